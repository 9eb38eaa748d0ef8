"""Inputs, outputs, exit codes, address blocking and robots.txt, one small batch each."""

from __future__ import annotations

from pathlib import Path

from .pages import article_page
from .runner import FAST_OPTIONS, by_url, error_type, normalise, run_presscut
from .server import SiteCluster

#: Article numbers used by this module only (the server counts hits per path).
STDIN_PAGES = (10, 11, 12)
ARGUMENT_PAGES = (13, 14)
BLOCKED_PAGE = 15
IGNORED_ROBOTS_PAGE = 42
AGENT_PAGE = 16
AGENT = "presscut-integration/1.0 (+tests)"
LIMITED_PAGES = range(300, 318)  # /slow/N, 6 per host


def test_list_on_stdin_all_good_exits_zero(cluster: SiteCluster, tmp_path: Path) -> None:
    urls = [cluster.url(f"/article/{n}", host=n) for n in STDIN_PAGES]
    listing = "# read from stdin\n\n" + "\n".join(urls) + "\n"
    out = tmp_path / "out.jsonl"
    run = run_presscut(
        "-i", "-", "-o", "out.jsonl", "--allow-private", *FAST_OPTIONS,
        cwd=tmp_path, stdin=listing, output=out,
    )  # fmt: skip
    assert run.code == 0
    records = by_url(run.records)
    assert set(records) == {normalise(u) for u in urls}
    for number, url in zip(STDIN_PAGES, urls, strict=True):
        assert records[normalise(url)]["title"] == article_page(number).title


def test_url_arguments_write_to_stdout(cluster: SiteCluster, tmp_path: Path) -> None:
    urls = [cluster.url(f"/article/{n}", host=n) for n in ARGUMENT_PAGES]
    run = run_presscut(*urls, "--allow-private", *FAST_OPTIONS, cwd=tmp_path)
    assert run.code == 0
    assert set(by_url(run.records)) == {normalise(u) for u in urls}
    assert all(record["error"] is None for record in run.records)


def test_loopback_is_blocked_without_allow_private(cluster: SiteCluster, tmp_path: Path) -> None:
    port = cluster.bases[0].rsplit(":", 1)[1]
    urls = [
        cluster.url(f"/article/{BLOCKED_PAGE}"),
        f"http://localhost:{port}/article/{BLOCKED_PAGE}",
        f"http://[::1]:{port}/article/{BLOCKED_PAGE}",
        "http://127.0.0.1:80/nothing-here",
        "http://127.0.0.1/nothing-here",  # same URL once the default port is dropped
    ]
    before = sum(cluster.hits.values())
    run = run_presscut(*urls, *FAST_OPTIONS, cwd=tmp_path)
    assert run.code == 1
    assert len(run.records) == 4
    assert {error_type(record) for record in run.records} == {"blocked_address"}
    assert sum(cluster.hits.values()) == before


def test_allow_private_fetches_loopback(cluster: SiteCluster, tmp_path: Path) -> None:
    url = cluster.url(f"/article/{BLOCKED_PAGE}", host=1)
    run = run_presscut(url, "--allow-private", *FAST_OPTIONS, cwd=tmp_path)
    assert run.code == 0
    assert run.records[0]["title"] == article_page(BLOCKED_PAGE).title


def test_ignore_robots_fetches_a_disallowed_path(cluster: SiteCluster, tmp_path: Path) -> None:
    url = cluster.url(f"/private/{IGNORED_ROBOTS_PAGE}", host=2)
    run = run_presscut(url, "--allow-private", "--ignore-robots", *FAST_OPTIONS, cwd=tmp_path)
    assert run.code == 0
    assert run.records[0]["error"] is None
    assert run.records[0]["title"] == article_page(IGNORED_ROBOTS_PAGE).title
    assert cluster.hits[f"/private/{IGNORED_ROBOTS_PAGE}"] == 1


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    run = run_presscut("--no-such-option", "http://example.org/", cwd=tmp_path)
    assert run.code == 2
    assert run.records == []


def test_bad_option_value_is_a_usage_error(tmp_path: Path) -> None:
    run = run_presscut("--concurrency", "many", "http://example.org/", cwd=tmp_path)
    assert run.code == 2
    assert run.records == []


def test_user_agent_is_sent(cluster: SiteCluster, tmp_path: Path) -> None:
    url = cluster.url(f"/article/{AGENT_PAGE}", host=0)
    run = run_presscut(url, "--allow-private", "--user-agent", AGENT, *FAST_OPTIONS, cwd=tmp_path)
    assert run.code == 0
    assert cluster.agents[f"/article/{AGENT_PAGE}"] == AGENT


def test_per_host_limit_is_honoured(cluster: SiteCluster, tmp_path: Path) -> None:
    urls = [cluster.url(f"/slow/{n}", host=n) for n in LIMITED_PAGES]
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", "utf-8")
    cluster.reset_watch()
    run = run_presscut(
        "-i", "urls.txt", "--allow-private", "--concurrency", "5", "--per-host", "2",
        "--timeout", "5", "--retries", "0", "--delay", "0", "-q",
        cwd=tmp_path,
    )  # fmt: skip
    assert run.code == 0
    assert len(run.records) == len(urls)
    assert sum(len(starts) for starts in cluster.starts.values()) == len(urls)
    assert max(cluster.peak_in_flight.values()) <= 2
