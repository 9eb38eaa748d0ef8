"""--warc-out: every HTTP exchange archived as it happens, and extracted again later."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from .pages import article_page, cp1252_page
from .runner import (
    FAST_OPTIONS,
    by_url,
    clean_env,
    error_type,
    normalise,
    parse_lines,
    presscut_command,
    run_presscut,
)
from .server import SiteCluster

#: Article numbers used by this module only (the server counts hits per path).
ROUND_TRIP_PAGES = range(700, 706)
KILLED_PAGES = range(720, 760)  # /slow/N
SINGLE_PAGE = 710
OTHER_PATHS = ("/cp1252", "/missing-page", "/doc.pdf", "/private/711")


def archive(path: Path) -> list[tuple[str, str | None, dict[str, str]]]:
    """(record type, target URI, WARC headers) of every record, read with warcio."""
    with path.open("rb") as stream:
        return [
            (
                record.rec_type,
                record.rec_headers.get_header("WARC-Target-URI"),
                dict(record.rec_headers.headers),
            )
            for record in ArchiveIterator(stream)
        ]


def test_round_trip_gives_the_same_articles(cluster: SiteCluster, tmp_path: Path) -> None:
    urls = [cluster.url(f"/article/{n}", host=n) for n in ROUND_TRIP_PAGES]
    urls += [cluster.url(path, host=i) for i, path in enumerate(OTHER_PATHS)]
    warc = tmp_path / "run.warc.gz"
    fetched = run_presscut(*urls, "--allow-private", "--warc-out", str(warc), *FAST_OPTIONS,
                           cwd=tmp_path)  # fmt: skip
    again = run_presscut(str(warc), cwd=tmp_path)
    assert fetched.code == again.code == 1  # the 404, the PDF, the robots.txt refusal
    first, second = by_url(fetched.records), by_url(again.records)
    articles = {normalise(u) for u in urls[: len(ROUND_TRIP_PAGES)]}
    articles |= {normalise(cluster.url("/cp1252", 0)), normalise(cluster.url("/missing-page", 1))}
    assert set(second) == articles  # the PDF is counted, robots' refusal was never fetched
    for key in articles:
        assert second[key]["title"] == first[key]["title"]
        assert second[key]["body"] == first[key]["body"]
        assert error_type(second[key]) == error_type(first[key])
    assert second[normalise(cluster.url("/cp1252", 0))]["title"] == cp1252_page()[0].title
    assert "warc non-HTML response 4" in again.stderr  # the PDF and three robots.txt
    assert "warc request 12" in again.stderr


def test_archive_has_request_response_date_digest_and_address(
    cluster: SiteCluster, tmp_path: Path
) -> None:
    url = cluster.url(f"/article/{SINGLE_PAGE}", host=1)
    warc = tmp_path / "one.warc.gz"
    run = run_presscut(url, "--allow-private", "--warc-out", str(warc), cwd=tmp_path)
    assert run.code == 0
    assert run.records[0]["title"] == article_page(SINGLE_PAGE).title
    records = archive(warc)
    assert [(kind, uri) for kind, uri, _ in records] == [
        ("warcinfo", None),
        ("request", cluster.bases[1] + "/robots.txt"),
        ("response", cluster.bases[1] + "/robots.txt"),
        ("request", url),
        ("response", url),
    ]
    request, response = records[3][2], records[4][2]
    assert response["WARC-Concurrent-To"] == request["WARC-Record-ID"]
    assert response["WARC-IP-Address"] == "127.0.0.1"
    assert response["WARC-Payload-Digest"].startswith("sha1:")
    assert response["WARC-Date"] == request["WARC-Date"]
    assert response["WARC-Date"].endswith("Z")


def test_killed_run_leaves_a_valid_archive(cluster: SiteCluster, tmp_path: Path) -> None:
    urls = [cluster.url(f"/slow/{n}", host=n) for n in KILLED_PAGES]
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", "utf-8")
    warc, output = tmp_path / "run.warc.gz", tmp_path / "out.jsonl"
    command = presscut_command(
        "-i", "urls.txt", "-o", "out.jsonl", "--allow-private", "--warc-out", str(warc),
        *FAST_OPTIONS,
    )  # fmt: skip
    child = subprocess.Popen(command, cwd=tmp_path, env=clean_env(), stderr=subprocess.DEVNULL)
    while _lines(output) < 3:
        assert child.poll() is None
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait()
    kinds = [kind for kind, _, _ in archive(warc)]  # warcio reads it through
    assert kinds.count("response") >= 3
    again = run_presscut(str(warc), cwd=tmp_path)
    assert again.code == 0, again.stderr
    written = by_url(parse_lines(output.read_text("utf-8").rsplit("\n", 1)[0]))
    assert set(written) <= set(by_url(again.records))


def _lines(path: Path) -> int:
    return len(path.read_bytes().splitlines()) if path.exists() else 0
