"""`presscut --discover` against a news site on 127.0.0.1 (tests/integration/news_site.py)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from .news_site import Listed, NewsSite
from .runner import (
    FAST_OPTIONS,
    RUN_LIMIT_SECONDS,
    clean_env,
    error_type,
    presscut_command,
    run_presscut,
)

OPTIONS = ("--allow-private", "--workers", "0", *FAST_OPTIONS)
#: Every article of the site, newest first: what the site's sources date them (hours ago).
ALL_NEWEST_FIRST = (6, 1, 4, 7, 2, 5, 8, 3, 9, 10)  # 10 is undated: last
#: Within a week: 3 (20 days), 8 (10 days) and 9 (21 days) fall out, undated 10 stays.
WEEK_NEWEST_FIRST = (6, 1, 4, 7, 2, 5, 10)
FAILED_SOURCES = ("/broken-feed.xml", "/endless-sitemap.xml")


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with NewsSite() as news:
        yield news


def listing(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`presscut --discover ... --list`: its stdout is URLs, not JSON."""
    done = subprocess.run(
        presscut_command("--discover", *args, "--list", *OPTIONS),
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=RUN_LIMIT_SECONDS,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def articles(site: NewsSite, numbers: tuple[int, ...]) -> list[str]:
    return [site.article_url(n) for n in numbers]


def test_list_gives_every_article_once_newest_first(site: NewsSite, tmp_path: Path) -> None:
    run = listing(site.base + "/", cwd=tmp_path)
    assert run.stdout.splitlines() == articles(site, ALL_NEWEST_FIRST)
    assert run.returncode == 1  # two sources failed; the rest went on
    for path in FAILED_SOURCES:
        assert f"discovery_failed: {site.url(path)}:" in run.stderr
    assert "more than 50000 URLs" in run.stderr
    assert "broken feed" in run.stderr
    # Listing fetches no article, and leaves the comment feed alone.
    assert not any(path.startswith("/article/") for path in site.hits)
    assert "/comments/feed/" not in site.hits


def test_since_duration_keeps_recent_and_undated_entries(site: NewsSite, tmp_path: Path) -> None:
    run = listing(site.base, "--since", "7d", cwd=tmp_path)
    assert run.stdout.splitlines() == articles(site, WEEK_NEWEST_FIRST)


def test_since_date_is_inclusive_and_in_utc(site: NewsSite, tmp_path: Path) -> None:
    since = (site.now - timedelta(hours=4)).isoformat()  # article 7 is dated exactly then
    run = listing(site.base, "--since", since, cwd=tmp_path)
    assert run.stdout.splitlines() == articles(site, (6, 1, 4, 7, 10))


def test_batch_then_resume_writes_only_the_new_articles(site: NewsSite, tmp_path: Path) -> None:
    args = ("--discover", site.base, "--since", "7d", "-o", "news.jsonl", "--resume", *OPTIONS)
    out = tmp_path / "news.jsonl"
    first = run_presscut(*args, cwd=tmp_path, output=out)
    assert first.code == 1
    good = [r for r in first.records if r["error"] is None]
    failed = [r for r in first.records if r["error"] is not None]
    assert sorted(r["url"] for r in good) == sorted(articles(site, WEEK_NEWEST_FIRST))
    assert all(r["title"] for r in good)
    assert sorted(r["url"] for r in failed) == sorted(site.url(p) for p in FAILED_SOURCES)
    assert {error_type(r) for r in failed} == {"discovery_failed"}

    site.add(Listed(11, "news", 0.5), Listed(12, "atom", 0.2))
    second = run_presscut(*args, cwd=tmp_path, output=out)
    new = second.records[len(first.records) :]
    assert sorted(r["url"] for r in new) == sorted(articles(site, (11, 12)))
    assert all(r["error"] is None for r in new)
    assert second.code == 0


def test_a_feed_given_directly_and_broken_sources_beside_it(site: NewsSite, tmp_path: Path) -> None:
    sources = [
        site.url("/atom.xml"),
        site.url("/missing-feed.xml"),  # 404
        site.url("/private/sitemap.xml"),  # robots.txt disallows /private/
        "http://127.0.0.1:9/",  # nothing listens
    ]
    run = run_presscut("--discover", *sources, *OPTIONS, cwd=tmp_path)
    by_url = {r["url"]: r for r in run.records}
    assert set(by_url) == {*articles(site, (4, 5)), *sources[1:]}
    assert by_url[site.article_url(4)]["error"] is None
    missing = by_url[sources[1]]["error"]
    assert (missing["type"], missing["status"]) == ("discovery_failed", 404)
    assert "http_status" in missing["message"]
    assert "robots_disallowed" in by_url[sources[2]]["error"]["message"]
    assert "connect" in by_url[sources[3]]["error"]["message"]
    assert run.code == 1


def test_private_addresses_are_refused_without_allow_private(
    site: NewsSite, tmp_path: Path
) -> None:
    run = run_presscut("--discover", site.base, *FAST_OPTIONS, cwd=tmp_path)
    assert [r["url"] for r in run.records] == [site.base]
    assert "blocked_address" in run.records[0]["error"]["message"]
    assert site.hits == {}


def test_sites_from_a_file_and_the_gzipped_news_sitemap_alone(
    site: NewsSite, tmp_path: Path
) -> None:
    (tmp_path / "sites.txt").write_text(f"# news\n{site.url('/news-sitemap.xml.gz')}\n", "utf-8")
    run = listing("-i", "sites.txt", cwd=tmp_path)
    assert run.stdout.splitlines() == articles(site, (6, 7, 8, 1))  # 1 is undated there
    assert run.returncode == 0


def test_sites_on_stdin_when_no_site_is_given(site: NewsSite, tmp_path: Path) -> None:
    run = listing(cwd=tmp_path, stdin=f"{site.url('/atom.xml')}\n")
    assert run.stdout.splitlines() == articles(site, (4, 5))


def test_the_list_piped_into_a_batch(site: NewsSite, tmp_path: Path) -> None:
    urls = listing(site.url("/feed.rss"), cwd=tmp_path).stdout
    run = run_presscut("-i", "-", *OPTIONS, cwd=tmp_path, stdin=urls)
    assert run.code == 0
    assert sorted(r["url"] for r in run.records) == sorted(articles(site, (1, 2, 3)))
