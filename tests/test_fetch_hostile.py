"""The fetcher against hostile servers: redirects to what is not a web page, addresses
that hide a private one, raw deflate bodies, an unusable cache directory."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from click.testing import CliRunner

from conftest import ARTICLE_SENTENCE, ArticleHandler, LocalSite, RecordCheck, serving
from presscut.cli import main
from presscut.fetch import CacheError, FetchOptions, check_cache_dir
from presscut.pipeline import fetch_article
from test_fetch import BASE, HTML, PAGE, fetch, fetch_error


class RedirectSite(LocalSite):
    """A server on 127.0.0.1: ``/go`` answers 302 with ``location`` (any bytes), every
    other path the article page; ``paths`` lists the paths asked for."""

    def __init__(self) -> None:
        super().__init__(_RedirectHandler)
        self.location = b""


class _RedirectHandler(ArticleHandler):
    server: RedirectSite

    def do_GET(self) -> None:
        if self.path != "/go":
            super().do_GET()
            return
        self.server.paths.append(self.path)
        self.send_response(302)
        self.send_header("Location", self.server.location.decode("latin-1"))
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def redirect_site() -> Iterator[RedirectSite]:
    yield from serving(RedirectSite())


LOCAL = FetchOptions(allow_private=True, respect_robots=False, retries=2, timeout=10)


@pytest.mark.parametrize(
    "location",
    [b"data:text/html,hi", b"javascript:alert(1)", b"mailto:desk@example.org", b"http://[::1/"],
)
def test_a_redirect_to_what_is_not_a_web_page_is_invalid_url(
    redirect_site: RedirectSite, location: bytes, check_record: RecordCheck
) -> None:
    # httpx raised InvalidURL (not an HTTPError) out of fetch_article for the first three
    redirect_site.location = location
    article = fetch_article(f"{redirect_site.base}/go", LOCAL)
    record = check_record(article.to_dict())
    assert record["error"]["type"] == "invalid_url"
    assert record["error"]["message"].startswith(f"redirected to {location.decode()}")
    assert redirect_site.paths == ["/go"]  # asked once: not retried


def test_http_colon_without_slashes_is_a_path_as_browsers_read_it(
    redirect_site: RedirectSite,
) -> None:
    # "http:127.0.0.1" on an http page is relative: /127.0.0.1 on the same host
    redirect_site.location = b"http:127.0.0.1"
    article = fetch_article(f"{redirect_site.base}/go", LOCAL)
    assert article.error is None
    assert article.final_url == f"{redirect_site.base}/127.0.0.1"


def test_a_tab_in_location_is_dropped_as_browsers_drop_it(redirect_site: RedirectSite) -> None:
    # it was reported as connection_lost and retried
    redirect_site.location = b"/new\tpage"
    article = fetch_article(f"{redirect_site.base}/go", LOCAL)
    assert article.error is None
    assert article.final_url == f"{redirect_site.base}/newpage"
    assert redirect_site.paths == ["/go", "/newpage"]


def test_the_single_url_command_prints_the_record_of_a_bad_redirect(
    redirect_site: RedirectSite, check_record: RecordCheck
) -> None:
    redirect_site.location = b"data:text/html,hi"
    result = CliRunner().invoke(main, ["--allow-private", f"{redirect_site.base}/go"])
    assert result.exit_code == 1
    record = check_record(json.loads(result.stdout))
    assert record["error"]["type"] == "invalid_url"


@pytest.mark.parametrize(
    ("host", "inner"),
    [
        ("[2002:7f00:1::1]", "127.0.0.1"),  # 6to4
        ("[2002:a00:1::1]", "10.0.0.1"),
        ("[2002:a9fe:a9fe::]", "169.254.169.254"),
        ("[64:ff9b::7f00:1]", "127.0.0.1"),  # NAT64
        ("[64:ff9b::c0a8:101]", "192.168.1.1"),
        ("[::ffff:127.0.0.1]", "127.0.0.1"),  # IPv4-mapped
    ],
)
@respx.mock
def test_ipv6_addresses_that_carry_a_private_ipv4_are_refused(host: str, inner: str) -> None:
    route = respx.get(url__regex=r".*").respond(200, headers=HTML, content=PAGE)
    error = fetch_error(f"http://{host}/a")
    assert error.type == "blocked_address"
    assert f"({inner}, embedded in IPv6)" in error.message
    assert route.call_count == 0


@pytest.mark.parametrize("host", ["[2002:5db8:d822::1]", "[64:ff9b::5db8:d822]"])
@respx.mock
def test_ipv6_addresses_that_carry_a_public_ipv4_are_fetched(host: str) -> None:
    # 93.184.216.34 through 6to4, and through NAT64 (how IPv6-only networks reach IPv4)
    respx.get(f"http://{host}/a").respond(200, headers=HTML, content=PAGE)
    assert fetch(f"http://{host}/a").status == 200


@pytest.mark.parametrize("wbits", [-15, 15], ids=["raw deflate", "zlib"])
@respx.mock
def test_deflate_bodies_are_read_with_or_without_the_zlib_header(wbits: int) -> None:
    packer = zlib.compressobj(wbits=wbits)
    body = packer.compress(PAGE) + packer.flush()
    headers = {**HTML, "content-encoding": "deflate"}
    respx.get(f"{BASE}/d").respond(200, headers=headers, content=body)
    assert fetch(f"{BASE}/d").body == PAGE


@respx.mock
def test_a_one_byte_raw_deflate_body_is_read() -> None:
    packer = zlib.compressobj(wbits=-15)
    body = packer.compress(b"") + packer.flush()  # an empty page: a single byte
    assert len(body) <= 2
    headers = {**HTML, "content-encoding": "deflate"}
    respx.get(f"{BASE}/e").respond(200, headers=headers, content=body)
    assert fetch(f"{BASE}/e").body == b""


def _unusable_cache(tmp_path: Path) -> Path:
    # the database's name taken by a directory: SQLite cannot open it, even for root
    (tmp_path / "cache" / "presscut-http-cache.sqlite").mkdir(parents=True)
    return tmp_path / "cache"


def test_an_unusable_cache_directory_is_one_usage_error(tmp_path: Path) -> None:
    cache = _unusable_cache(tmp_path)
    result = CliRunner().invoke(main, ["-q", "--cache", str(cache), "https://news.example/a"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == (
        f"Error: Invalid value for '--cache': cannot use {cache} as the HTTP cache: "
        "unable to open database file"
    )
    assert "Traceback" not in result.stderr


def test_a_cache_path_through_a_file_is_refused_by_the_library(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(CacheError, match="Not a directory"):
        check_cache_dir(tmp_path / "file" / "cache")
    with pytest.raises(CacheError, match="unable to open database file"):
        fetch_article(
            "https://news.example/a", FetchOptions(cache_dir=str(_unusable_cache(tmp_path)))
        )


def test_a_writable_cache_directory_is_created(tmp_path: Path) -> None:
    database = check_cache_dir(tmp_path / "new" / "cache")
    assert database.parent == tmp_path / "new" / "cache"
    assert database.is_file()


@respx.mock
def test_fetch_article_turns_an_unexpected_error_into_a_record(
    monkeypatch: pytest.MonkeyPatch, check_record: RecordCheck
) -> None:
    def broken(url: str, options: object) -> None:
        raise httpx.InvalidURL("unexpected")

    monkeypatch.setattr("presscut.pipeline.fetch_page", broken)
    record = check_record(fetch_article(f"{BASE}/a").to_dict())
    assert record["error"]["type"] == "extract_failed"
    assert "InvalidURL: unexpected" in record["error"]["message"]
    assert ARTICLE_SENTENCE  # the page itself is never reached
