"""Feeds (RSS, Atom, RDF, JSON Feed) and the feeds a home page announces."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from presscut.discovery.feeds import FeedError, announced_feeds, parse_feed

BASE = "https://news.example/feeds/main.xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Gazette</title>
<item><title>Caf\xc3\xa9 &amp; harbour</title><link>https://news.example/a/1</link>
<pubDate>Tue, 01 Dec 2026 10:30:00 +0100</pubDate></item>
<item><title>No date</title><link> /a/2 </link></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>G</title>
<entry><title>Bridge</title><link rel="alternate" href="/a/3"/><id>3</id>
<published>2026-12-02T08:00:00Z</published><updated>2026-12-04T08:00:00Z</updated></entry>
<entry><title>Tram</title><link href="https://news.example/a/4"/><id>4</id>
<updated>2026-12-03T09:00:00+02:00</updated></entry></feed>"""

RDF = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>G</title></channel>
<item rdf:about="https://news.example/a/5"><title>Farm</title><link>https://news.example/a/5</link>
<dc:date>2026-12-01T09:00:00+01:00</dc:date></item></rdf:RDF>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "G",
        "items": [
            {
                "id": "6",
                "url": "https://news.example/a/6",
                "title": "Museum",
                "date_published": "2026-12-05T07:00:00Z",
            },
        ],
    }
).encode()


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


def test_rss_entries_with_titles_dates_and_relative_links() -> None:
    entries = parse_feed(RSS, BASE)
    assert [(e.url, e.title, e.published) for e in entries] == [
        ("https://news.example/a/1", "Café & harbour", utc(2026, 12, 1, 9, 30)),
        ("https://news.example/a/2", "No date", None),
    ]


def test_atom_takes_the_publication_date_before_the_update() -> None:
    entries = parse_feed(ATOM, BASE)
    assert [(e.url, e.published) for e in entries] == [
        ("https://news.example/a/3", utc(2026, 12, 2, 8)),
        ("https://news.example/a/4", utc(2026, 12, 3, 7)),
    ]


def test_rdf_and_json_feed() -> None:
    assert [(e.url, e.published) for e in parse_feed(RDF, BASE)] == [
        ("https://news.example/a/5", utc(2026, 12, 1, 8))
    ]
    assert [(e.url, e.title) for e in parse_feed(JSON_FEED, BASE)] == [
        ("https://news.example/a/6", "Museum")
    ]


@pytest.mark.parametrize(
    "data",
    [b'<?xml version="1.0"?>\n<rss version="2.0"><chan<<<nel &&& </item>', b"", b"plain text"],
)
def test_what_is_not_a_feed_is_a_feed_error(data: bytes) -> None:
    with pytest.raises(FeedError):
        parse_feed(data, BASE)


HOME = b"""<!DOCTYPE html><html><head><base href="https://news.example/en/">
<link rel="alternate" type="application/rss+xml" title="News" href="rss.xml">
<link rel="Alternate" type="application/atom+xml; charset=utf-8" href="/atom.xml">
<link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/c.xml">
<link rel="alternate" type="application/rss+xml" href="/news/comments/feed/">
<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">
<link rel="alternate" hreflang="fr" href="https://news.example/fr/">
<link rel="stylesheet" type="text/css" href="/s.css">
<link rel="alternate" type="application/feed+json" href="/feed.json">
<link rel="alternate" type="application/rss+xml" href="rss.xml">
</head><body></body></html>"""


def test_home_page_announces_feeds_but_not_comment_feeds_nor_json_api() -> None:
    assert announced_feeds(HOME, "https://news.example/") == [
        "https://news.example/en/rss.xml",
        "https://news.example/atom.xml",
        "https://news.example/feed.json",
    ]
