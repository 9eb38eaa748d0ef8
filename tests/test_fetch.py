"""The fetcher: respx-mocked HTTP with a fake DNS resolver; guard tests on a 127.0.0.1 server."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

import presscut
from conftest import ARTICLE_SENTENCE, ARTICLE_TITLE, LocalSite, RecordCheck, article_html
from presscut import __version__
from presscut.fetch import Fetcher, FetchError, FetchOptions, Page, address
from presscut.pipeline import extract_page, failure_record, fetch_article

BASE = "https://news.example"
HTML = {"content-type": "text/html; charset=utf-8"}
PAGE = article_html().encode("utf-8")
#: Fake DNS: host -> addresses. Anything else does not resolve.
DNS = {
    "news.example": ["93.184.216.34"],
    "other.example": ["93.184.216.35"],
    "intranet.example": ["10.1.2.3"],
    "sneaky.example": ["93.184.216.36", "127.0.0.1"],
}
FAST = FetchOptions(timeout=5, retries=2, delay=0, respect_robots=False)


async def fake_resolver(host: str) -> list[str]:
    if host not in DNS:
        raise OSError(f"unknown host {host}")
    return DNS[host]


class Sleeps:
    """Records the pauses the fetcher asks for instead of sleeping."""

    def __init__(self) -> None:
        self.pauses: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.pauses.append(seconds)


def fetch(url: str, options: FetchOptions = FAST, sleep: Sleeps | None = None) -> Page:
    async def run() -> Page:
        fetcher = Fetcher(options, resolver=fake_resolver, sleep=sleep or Sleeps())
        async with fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(run())


def fetch_error(url: str, options: FetchOptions = FAST, sleep: Sleeps | None = None) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, options, sleep)
    return caught.value


@respx.mock
def test_page_is_fetched_with_its_facts() -> None:
    route = respx.get(f"{BASE}/a").respond(200, headers=HTML, content=PAGE)
    page = fetch(f"{BASE}/a")
    assert (page.url, page.final_url, page.status, page.charset) == (
        f"{BASE}/a",
        f"{BASE}/a",
        200,
        "utf-8",
    )
    assert page.body == PAGE
    user_agent = route.calls.last.request.headers["user-agent"]
    assert user_agent.startswith(f"presscut/{__version__} ")


@respx.mock
def test_redirects_are_followed_to_the_final_url() -> None:
    respx.get(f"{BASE}/old").respond(301, headers={"location": "/mid"})
    respx.get(f"{BASE}/mid").respond(302, headers={"location": "https://other.example/new#x"})
    respx.get("https://other.example/new").respond(200, headers=HTML, content=PAGE)
    page = fetch(f"{BASE}/old")
    assert page.url == f"{BASE}/old"
    assert page.final_url == "https://other.example/new"


@respx.mock
def test_redirect_loop_is_too_many_redirects() -> None:
    respx.get(f"{BASE}/a").respond(302, headers={"location": "/b"})
    respx.get(f"{BASE}/b").respond(302, headers={"location": "/a"})
    assert fetch_error(f"{BASE}/a").type == "too_many_redirects"


@respx.mock
def test_redirect_to_a_file_url_is_refused() -> None:
    respx.get(f"{BASE}/a").respond(302, headers={"location": "file:///etc/passwd"})
    error = fetch_error(f"{BASE}/a")
    assert error.type == "invalid_url"
    assert "file:///etc/passwd" in error.message


@respx.mock
def test_not_found_is_http_status_and_not_retried() -> None:
    route = respx.get(f"{BASE}/gone").respond(404, headers=HTML, content=b"<p>no</p>")
    error = fetch_error(f"{BASE}/gone")
    assert (error.type, error.status) == ("http_status", 404)
    assert route.call_count == 1


@respx.mock
def test_failure_after_a_redirect_names_the_final_url(check_record: RecordCheck) -> None:
    respx.get(f"{BASE}/moved").respond(301, headers={"location": "/gone"})
    respx.get(f"{BASE}/gone").respond(410)
    error = fetch_error(f"{BASE}/moved")
    assert error.final_url == f"{BASE}/gone"
    record = check_record(failure_record(f"{BASE}/moved", error))
    assert (record["url"], record["final_url"], record["status"]) == (
        f"{BASE}/moved",
        f"{BASE}/gone",
        410,
    )


@respx.mock
def test_server_errors_are_retried_with_backoff() -> None:
    route = respx.get(f"{BASE}/flaky")
    route.side_effect = [
        httpx.Response(503),
        httpx.Response(500),
        httpx.Response(200, headers=HTML, content=PAGE),
    ]
    sleeps = Sleeps()
    assert fetch(f"{BASE}/flaky", sleep=sleeps).status == 200
    assert route.call_count == 3
    assert len(sleeps.pauses) == 2
    assert sleeps.pauses[1] > sleeps.pauses[0] * 0.5  # grows (with jitter) rather than shrinks


@respx.mock
def test_retry_after_is_honoured_and_capped() -> None:
    route = respx.get(f"{BASE}/busy")
    route.side_effect = [
        httpx.Response(429, headers={"retry-after": "2"}),
        httpx.Response(429, headers={"retry-after": "3600"}),
        httpx.Response(200, headers=HTML, content=PAGE),
    ]
    sleeps = Sleeps()
    options = FetchOptions(timeout=100, retries=2, delay=0, respect_robots=False)
    fetch(f"{BASE}/busy", options, sleeps)
    assert sleeps.pauses == [2.0, 30.0]


@respx.mock
def test_retries_stop_at_the_limit() -> None:
    route = respx.get(f"{BASE}/down").respond(502)
    error = fetch_error(f"{BASE}/down", FetchOptions(retries=1, delay=0, respect_robots=False))
    assert (error.type, error.status) == ("http_status", 502)
    assert route.call_count == 2


@respx.mock
def test_connect_error_is_retried_then_reported() -> None:
    route = respx.get(f"{BASE}/a").mock(side_effect=httpx.ConnectError("refused"))
    assert fetch_error(f"{BASE}/a").type == "connect"
    assert route.call_count == 3


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadError("[Errno 104] Connection reset by peer"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
    ],
)
@respx.mock
def test_a_connection_lost_after_it_was_made_is_retried_then_reported(
    failure: httpx.TransportError,
) -> None:
    route = respx.get(f"{BASE}/a").mock(side_effect=failure)
    error = fetch_error(f"{BASE}/a")
    assert error.type == "connection_lost"
    assert "connection to news.example was lost" in error.message
    assert route.call_count == 3


@respx.mock
def test_read_timeout_is_timeout() -> None:
    respx.get(f"{BASE}/slow").mock(side_effect=httpx.ReadTimeout("slow"))
    assert fetch_error(f"{BASE}/slow").type == "timeout"


def test_total_deadline_covers_a_slow_body() -> None:
    async def drip() -> AsyncIterator[bytes]:
        while True:
            yield b" "
            await asyncio.sleep(0.05)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HTML, content=drip())

    async def run() -> FetchError:
        options = FetchOptions(timeout=0.3, delay=0, respect_robots=False)
        async with Fetcher(
            options, resolver=fake_resolver, transport=httpx.MockTransport(handler)
        ) as f:
            with pytest.raises(FetchError) as caught:
                await f.fetch(f"{BASE}/drip")
            return caught.value

    assert asyncio.run(run()).type == "timeout"


@respx.mock
def test_non_html_is_unsupported_content() -> None:
    respx.get(f"{BASE}/doc.pdf").respond(200, headers={"content-type": "application/pdf"})
    error = fetch_error(f"{BASE}/doc.pdf")
    assert error.type == "unsupported_content"
    assert "application/pdf" in error.message


@respx.mock
def test_xhtml_is_accepted() -> None:
    headers = {"content-type": "application/xhtml+xml"}
    respx.get(f"{BASE}/x").respond(200, headers=headers, content=PAGE)
    assert fetch(f"{BASE}/x").charset is None


@respx.mock
def test_binary_bytes_served_as_html_are_unsupported() -> None:
    noise = bytes(range(256)) * 20
    respx.get(f"{BASE}/noise").respond(200, headers=HTML, content=noise)
    assert fetch_error(f"{BASE}/noise").type == "unsupported_content"


@respx.mock
def test_announced_length_over_the_cap_is_too_large() -> None:
    respx.get(f"{BASE}/big").respond(200, headers=HTML, content=b"x" * 5000)
    error = fetch_error(f"{BASE}/big", FetchOptions(max_bytes=1000, respect_robots=False))
    assert error.type == "too_large"


@respx.mock
def test_streamed_body_over_the_cap_is_too_large() -> None:
    async def endless() -> AsyncIterator[bytes]:
        for _ in range(1000):
            yield b"<p>lorem ipsum</p>" * 100

    respx.get(f"{BASE}/chunked").respond(200, headers=HTML, content=endless())
    error = fetch_error(f"{BASE}/chunked", FetchOptions(max_bytes=10_000, respect_robots=False))
    assert error.type == "too_large"


@respx.mock
def test_gzip_bomb_is_cut_off_on_decoded_bytes() -> None:
    bomb = gzip.compress(bytes(5_000_000))
    headers = {**HTML, "content-encoding": "gzip"}
    respx.get(f"{BASE}/bomb").respond(200, headers=headers, content=bomb)
    options = FetchOptions(max_bytes=100_000, respect_robots=False)
    assert len(bomb) < 100_000
    assert fetch_error(f"{BASE}/bomb", options).type == "too_large"


@respx.mock
def test_gzip_body_is_decoded() -> None:
    headers = {**HTML, "content-encoding": "gzip"}
    respx.get(f"{BASE}/gz").respond(200, headers=headers, content=gzip.compress(PAGE))
    assert fetch(f"{BASE}/gz").body == PAGE


@respx.mock
def test_latin1_charset_from_the_header_only(check_record: RecordCheck) -> None:
    body = article_html().encode("iso-8859-1")
    headers = {"content-type": "text/html; charset=ISO-8859-1"}
    respx.get(f"{BASE}/latin1").respond(200, headers=headers, content=body)
    page = fetch(f"{BASE}/latin1")
    assert page.charset == "ISO-8859-1"
    record = check_record(extract_page(page))
    assert record["title"] == ARTICLE_TITLE
    assert ARTICLE_SENTENCE in record["body"]


@respx.mock
def test_latin1_page_without_any_charset(check_record: RecordCheck) -> None:
    body = article_html().encode("iso-8859-1")
    respx.get(f"{BASE}/bare").respond(200, headers={"content-type": "text/html"}, content=body)
    page = fetch(f"{BASE}/bare")
    assert page.charset is None
    record = check_record(extract_page(page))
    assert record["title"] == ARTICLE_TITLE
    assert ARTICLE_SENTENCE in record["body"]


# --- addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/a",
        "http://[::1]/a",
        "http://10.0.0.8/a",
        "http://169.254.169.254/latest/meta-data/",
        "http://intranet.example/a",
        "http://sneaky.example/a",
    ],
)
@respx.mock
def test_private_addresses_are_refused(url: str) -> None:
    route = respx.get(url__regex=r".*").respond(200, headers=HTML, content=PAGE)
    error = fetch_error(url)
    assert error.type == "blocked_address"
    assert "--allow-private" in error.message
    assert route.call_count == 0


@respx.mock
def test_redirect_to_a_private_address_is_refused() -> None:
    respx.get(f"{BASE}/a").respond(302, headers={"location": "http://192.168.1.1/admin"})
    inside = respx.get("http://192.168.1.1/admin").respond(200, headers=HTML, content=PAGE)
    assert fetch_error(f"{BASE}/a").type == "blocked_address"
    assert inside.call_count == 0


@respx.mock
def test_allow_private_fetches_a_private_address() -> None:
    respx.get("http://10.0.0.8/a").respond(200, headers=HTML, content=PAGE)
    options = FetchOptions(allow_private=True, respect_robots=False, delay=0)
    assert fetch("http://10.0.0.8/a", options).status == 200


def test_unknown_host_is_dns() -> None:
    assert fetch_error("https://nowhere.example/a").type == "dns"


@pytest.mark.parametrize("url", ["ftp://news.example/a", "not a url", "file:///etc/passwd"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    assert fetch_error(url).type == "invalid_url"


# --- robots.txt --------------------------------------------------------------------------

ROBOTS = "User-agent: *\nDisallow: /private/\n"
POLITE = FetchOptions(delay=0)


@respx.mock
def test_robots_disallowed_page_is_not_requested() -> None:
    robots = respx.get(f"{BASE}/robots.txt").respond(200, text=ROBOTS)
    page = respx.get(f"{BASE}/private/1").respond(200, headers=HTML, content=PAGE)
    error = fetch_error(f"{BASE}/private/1", POLITE)
    assert error.type == "robots_disallowed"
    assert "--ignore-robots" in error.message
    assert (robots.call_count, page.call_count) == (1, 0)


@respx.mock
def test_robots_is_fetched_once_per_host() -> None:
    robots = respx.get(f"{BASE}/robots.txt").respond(200, text=ROBOTS)
    respx.get(url__startswith=f"{BASE}/news/").respond(200, headers=HTML, content=PAGE)

    async def run() -> list[Page]:
        async with Fetcher(POLITE, resolver=fake_resolver) as fetcher:
            return await asyncio.gather(*(fetcher.fetch(f"{BASE}/news/{n}") for n in range(5)))

    assert len(asyncio.run(run())) == 5
    assert robots.call_count == 1


@respx.mock
def test_robots_crawl_delay_spaces_later_requests() -> None:
    respx.get(f"{BASE}/robots.txt").respond(200, text="User-agent: *\nCrawl-delay: 3\n")
    respx.get(url__startswith=f"{BASE}/news/").respond(200, headers=HTML, content=PAGE)
    sleeps = Sleeps()

    async def run() -> None:
        async with Fetcher(POLITE, resolver=fake_resolver, sleep=sleeps) as fetcher:
            for n in range(3):
                await fetcher.fetch(f"{BASE}/news/{n}")

    asyncio.run(run())
    assert len(sleeps.pauses) == 1  # requests 1 and 2 start at once, 3 waits (sleep is faked)
    assert 2 < sleeps.pauses[0] <= 3


@respx.mock
def test_missing_robots_allows_everything() -> None:
    respx.get(f"{BASE}/robots.txt").respond(404)
    respx.get(f"{BASE}/private/1").respond(200, headers=HTML, content=PAGE)
    assert fetch(f"{BASE}/private/1", POLITE).status == 200


@respx.mock
def test_robots_server_error_disallows_everything() -> None:
    respx.get(f"{BASE}/robots.txt").respond(503)
    assert fetch_error(f"{BASE}/news/1", POLITE).type == "robots_disallowed"


@respx.mock
def test_fetch_article_uses_the_same_fetcher(check_record: RecordCheck) -> None:
    respx.get("http://10.0.0.8/robots.txt").respond(200, text=ROBOTS)
    respx.get("http://10.0.0.8/private/2").respond(200, headers=HTML, content=PAGE)
    options = FetchOptions(allow_private=True, delay=0)
    record = check_record(fetch_article("http://10.0.0.8/private/2", options).to_dict())
    assert record["error"]["type"] == "robots_disallowed"
    assert record["url"] == "http://10.0.0.8/private/2"


# --- the connect-time guard (a real server on 127.0.0.1) ---------------------------------------


def test_dns_answer_changed_after_the_check_is_still_blocked(local_site: LocalSite) -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])  # checked public, then rebound

    async def rebinding(host: str) -> list[str]:
        return next(answers)

    async def run() -> FetchError:
        async with Fetcher(FetchOptions(respect_robots=False, delay=0), resolver=rebinding) as f:
            with pytest.raises(FetchError) as caught:
                await f.fetch(f"http://rebind.example:{local_site.server_address[1]}/a")
            return caught.value

    assert asyncio.run(run()).type == "blocked_address"
    assert local_site.hosts == []


def test_guard_connects_to_the_checked_address_and_keeps_the_host_name(
    local_site: LocalSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(address, "blocked_reason", lambda ip: None)  # let 127.0.0.1 pass

    async def resolver(host: str) -> list[str]:
        return ["127.0.0.1"]

    url = f"http://site.example:{local_site.server_address[1]}/a"

    async def run() -> Page:
        async with Fetcher(FetchOptions(respect_robots=False, delay=0), resolver=resolver) as f:
            return await f.fetch(url)

    assert asyncio.run(run()).status == 200
    assert local_site.hosts == [f"site.example:{local_site.server_address[1]}"]


# --- the library call: presscut.fetch_article ------------------------------------------------


@respx.mock
def test_the_library_fetches_and_extracts_one_url() -> None:
    respx.get("http://10.0.0.9/news/1").respond(200, headers=HTML, content=PAGE)
    options = presscut.FetchOptions(allow_private=True, delay=0, respect_robots=False)
    article = presscut.fetch_article("http://10.0.0.9/news/1", options)
    assert isinstance(article, presscut.Article)
    assert article.error is None
    assert article.title == ARTICLE_TITLE
    assert ARTICLE_SENTENCE in (article.body or "")
    assert (article.url, article.status) == ("http://10.0.0.9/news/1", 200)


@pytest.mark.parametrize(
    ("url", "kind"),
    [("ftp://news.example/1", "invalid_url"), ("http://127.0.0.1:9/private", "blocked_address")],
)
def test_the_library_returns_failures_instead_of_raising(url: str, kind: str) -> None:
    article = presscut.fetch_article(url)
    assert article.error is not None and article.error.type == kind
    assert article.title is None and article.body is None
