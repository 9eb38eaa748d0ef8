"""What discovery keeps: article-shaped URLs on the site's hosts, once each, newest first;
and `--since` values."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from presscut.discovery.dates import parse_date, parse_since
from presscut.discovery.entries import Entry, select, site_host
from presscut.discovery.shapes import not_article

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("url", "rule"),
    [
        ("https://news.example/2026/12/05/harbour-wall-rebuilt", None),
        ("https://news.example/politique/article/2026/12/05/budget_123.html", None),
        ("https://news.example/news/world-europe-67890123", None),
        ("https://news.example/tag/harbour/", "url.tag"),
        ("https://news.example/tags/harbour", "url.tag"),
        ("https://news.example/topics/gadgets/best-electric-scooter", None),
        ("https://news.example/category/politics/2026/budget-vote", None),
        ("https://news.example/feeds/abc/entries/budget-vote.html", None),
        ("https://news.example/category/politics/", "url.category"),
        ("https://news.example/rubrique/societe/", "url.category"),
        ("https://news.example/author/jane-doe/", "url.author"),
        ("https://news.example/auteur/jean-dupont/", "url.author"),
        ("https://news.example/search?q=bridge", "url.search"),
        ("https://news.example/?s=bridge", "url.search"),
        ("https://news.example/news/page/3/", "url.pagination"),
        ("https://news.example/images/wall.JPG", "url.media"),
        ("https://news.example/media/clip.mp4", "url.media"),
        ("https://news.example/files/budget.pdf", "url.media"),
        ("https://news.example/feed/", "url.feed"),
        ("https://news.example/news/rss.xml", "url.feed"),
        ("https://news.example/", "url.home"),
        ("https://news.example/wp-content/uploads/2026/12/x", "url.courlan"),
    ],
)
def test_url_shapes(url: str, rule: str | None) -> None:
    assert not_article(url) == rule


def test_select_keeps_site_hosts_drops_listings_and_duplicates_newest_first() -> None:
    entries = [
        Entry("https://news.example/old", "Old", NOW - timedelta(days=9)),
        Entry("https://www.news.example/new", None, NOW - timedelta(hours=1)),
        Entry("https://news.example/undated"),
        Entry("HTTPS://WWW.NEWS.example:443/new#top", "New", NOW),  # the same URL again
        Entry("https://elsewhere.example/a", "Other site", NOW),
        Entry("https://news.example/tag/x/", "Tag", NOW),
        Entry("https://news.example/mid", "Mid", NOW - timedelta(days=2)),
    ]
    kept = select(entries, hosts={"news.example"})
    assert [(e.url, e.title) for e in kept] == [
        ("https://www.news.example/new", "New"),  # first seen wins; the title is filled in
        ("https://news.example/mid", "Mid"),
        ("https://news.example/old", "Old"),
        ("https://news.example/undated", None),
    ]
    recent = select(entries, hosts={"news.example"}, since=NOW - timedelta(days=3))
    assert [e.url for e in recent] == [
        "https://www.news.example/new",
        "https://news.example/mid",
        "https://news.example/undated",
    ]


def test_site_host_ignores_www_and_case() -> None:
    assert site_host("https://WWW.News.Example:8080/a") == "news.example"
    assert site_host("not a url") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("36h", NOW - timedelta(hours=36)),
        ("7d", NOW - timedelta(days=7)),
        (" 2W ", NOW - timedelta(weeks=2)),
        ("90m", NOW - timedelta(minutes=90)),
        ("2026-12-01", datetime(2026, 12, 1, tzinfo=timezone.utc)),
        ("2026-12-01T08:00:00+01:00", datetime(2026, 12, 1, 7, tzinfo=timezone.utc)),
        ("2026-12-01T08:00:00Z", datetime(2026, 12, 1, 8, tzinfo=timezone.utc)),
    ],
)
def test_since_values(text: str, expected: datetime) -> None:
    assert parse_since(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["yesterday", "7 days", "-3d", ""])
def test_since_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(ValueError, match="neither a date"):
        parse_since(text, now=NOW)


def test_dates_of_sitemaps() -> None:
    assert parse_date("2026-12") == datetime(2026, 12, 1, tzinfo=timezone.utc)
    assert parse_date("2026-12-01T10:00+01:00") == datetime(2026, 12, 1, 9, tzinfo=timezone.utc)
    assert parse_date("soon") is None
    assert parse_date(None) is None
