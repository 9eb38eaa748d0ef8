"""Discovery of a site over respx-mocked HTTP: bounds, usual locations, caps, hosts."""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator
from datetime import datetime, timezone

import httpx
import pytest
import respx

from presscut.discovery import Discovery, DiscoveryOptions, discover_async
from presscut.discovery.crawl import Site
from presscut.discovery.reader import Document
from presscut.fetch import FetchOptions

SITE = "https://news.example"
OPTIONS = FetchOptions(timeout=5, retries=0, allow_private=True, respect_robots=False)
XML = {"content-type": "application/xml"}
HTML = {"content-type": "text/html"}
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def run(sources: list[str], options: DiscoveryOptions | None = None) -> Discovery:
    return asyncio.run(discover_async(sources, OPTIONS, options))


def urlset(*paths: str) -> bytes:
    items = "".join(f"<url><loc>{SITE}{path}</loc></url>" for path in paths)
    return f"<urlset {NS}>{items}</urlset>".encode()


def index(*children: tuple[str, str | None]) -> bytes:
    items = "".join(
        f"<sitemap><loc>{SITE}{path}</loc>"
        + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
        + "</sitemap>"
        for path, lastmod in children
    )
    return f"<sitemapindex {NS}>{items}</sitemapindex>".encode()


@respx.mock
def test_index_skips_sitemaps_unchanged_since_and_keeps_the_file_bound() -> None:
    respx.get(f"{SITE}/index.xml").respond(
        200,
        headers=XML,
        content=index(
            ("/2026-12.xml", "2026-12-05"),
            ("/2026-11.xml", "2026-11-30"),
            ("/2026-10.xml", "2026-10-31"),
            ("/undated.xml", None),
            ("/2026-09.xml", "2026-09-30"),
        ),
    )
    routes = {
        name: respx.get(f"{SITE}/{name}.xml").respond(
            200, headers=XML, content=urlset(f"/a/{name}")
        )
        for name in ("2026-12", "2026-11", "2026-10", "undated", "2026-09")
    }
    since = datetime(2026, 11, 15, tzinfo=timezone.utc)
    found = run([f"{SITE}/index.xml"], DiscoveryOptions(since=since))
    assert sorted(found.urls) == [f"{SITE}/a/2026-11", f"{SITE}/a/2026-12", f"{SITE}/a/undated"]
    assert [name for name, route in routes.items() if route.called] == [
        "2026-12",
        "2026-11",
        "undated",
    ]
    bounded = run([f"{SITE}/index.xml"], DiscoveryOptions(max_sitemap_files=2))
    assert sorted(bounded.urls) == [f"{SITE}/a/2026-11", f"{SITE}/a/2026-12"]  # newest first
    assert found.failures == bounded.failures == []


@respx.mock
def test_index_nesting_is_followed_two_levels_deep_only() -> None:
    respx.get(f"{SITE}/level0.xml").respond(200, headers=XML, content=index(("/level1.xml", None)))
    respx.get(f"{SITE}/level1.xml").respond(200, headers=XML, content=index(("/level2.xml", None)))
    respx.get(f"{SITE}/level2.xml").respond(200, headers=XML, content=index(("/level3.xml", None)))
    deep = respx.get(f"{SITE}/level3.xml").respond(200, headers=XML, content=urlset("/a/deep"))
    found = run([f"{SITE}/level0.xml"])
    assert found.urls == []
    assert not deep.called


@respx.mock
def test_home_page_without_feeds_tries_the_usual_locations_quietly() -> None:
    respx.get(f"{SITE}/").respond(200, headers=HTML, content=b"<!DOCTYPE html><html></html>")
    respx.get(f"{SITE}/sitemap.xml").respond(200, headers=XML, content=urlset("/a/1", "/tag/x/"))
    respx.get(url__startswith=SITE).respond(404, headers=HTML, content=b"<p>no</p>")
    found = run([f"{SITE}/"])
    assert found.urls == [f"{SITE}/a/1"]
    assert found.failures == []


async def endless_padding() -> AsyncIterator[bytes]:
    yield f"<urlset {NS}><url><loc>{SITE}/a/1</loc></url>".encode()
    while True:  # whitespace for ever: the size cap must stop it, not memory
        yield b" " * 1_000_000


@respx.mock
def test_a_sitemap_past_50_mib_is_refused_while_streaming() -> None:
    respx.get(f"{SITE}/huge.xml").mock(
        return_value=httpx.Response(200, headers=XML, content=endless_padding())
    )
    respx.get(f"{SITE}/feed.json").respond(
        200,
        headers={"content-type": "application/feed+json"},
        content=json.dumps(
            {"version": "https://jsonfeed.org/version/1.1", "items": [{"url": f"{SITE}/a/2"}]}
        ).encode(),
    )
    found = run([f"{SITE}/huge.xml", f"{SITE}/feed.json"])
    assert found.urls == [f"{SITE}/a/2"]
    [record] = found.records()
    assert record["url"] == f"{SITE}/huge.xml"
    assert record["error"]["type"] == "discovery_failed"
    assert "too_large" in record["error"]["message"]


@respx.mock
def test_hosts_follow_the_redirect_and_all_hosts_lifts_the_limit() -> None:
    respx.get(f"{SITE}/list.txt").respond(302, headers={"location": "https://www.news.example/l"})
    text = "https://www.news.example/a/1\nhttps://news.example/a/2\nhttps://cdn.example/a/3\n"
    respx.get("https://www.news.example/l").respond(
        200, headers={"content-type": "text/plain"}, content=gzip.compress(text.encode())
    )
    assert run([f"{SITE}/list.txt"]).urls == [
        "https://www.news.example/a/1",
        "https://news.example/a/2",
    ]
    everything = run([f"{SITE}/list.txt"], DiscoveryOptions(all_hosts=True))
    assert everything.urls[-1] == "https://cdn.example/a/3"


@respx.mock
def test_a_sitemap_named_twice_or_listing_itself_is_read_once() -> None:
    loop = respx.get(f"{SITE}/index.xml").respond(
        200, headers=XML, content=index(("/index.xml", None), ("/a.xml", None), ("/a.xml", None))
    )
    child = respx.get(f"{SITE}/a.xml").respond(200, headers=XML, content=urlset("/a/1"))
    found = run([f"{SITE}/index.xml"])
    assert found.urls == [f"{SITE}/a/1"]
    assert (loop.call_count, child.call_count) == (1, 1)


@respx.mock
def test_a_bug_while_reading_a_source_is_that_source_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    respx.get(f"{SITE}/a.xml").respond(200, headers=XML, content=urlset("/a/1"))
    respx.get(f"{SITE}/b.xml").respond(200, headers=XML, content=urlset("/a/2"))
    take = Site._take

    async def buggy_take(site: Site, document: Document, depth: int) -> None:
        if document.url.endswith("/b.xml"):
            raise RuntimeError("boom")
        await take(site, document, depth)

    monkeypatch.setattr(Site, "_take", buggy_take)
    found = run([f"{SITE}/a.xml", f"{SITE}/b.xml"])
    assert found.urls == [f"{SITE}/a/1"]
    [record] = found.records()
    assert record["url"] == f"{SITE}/b.xml"
    assert record["error"]["message"] == "unexpected failure: RuntimeError: boom"
