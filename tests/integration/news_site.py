"""A news site on 127.0.0.1 for the discovery tests: a home page, feeds, sitemaps.

    /                     home page announcing /feed.rss, /atom.xml, /broken-feed.xml
                          (and a comment feed, which discovery leaves out)
    /robots.txt           names /sitemap-index.xml
    /sitemap-index.xml    lists /news-sitemap.xml.gz, /pages-sitemap.xml, /endless-sitemap.xml
    /news-sitemap.xml.gz  Google News sitemap (gzip file, no Content-Encoding): dates, titles
    /pages-sitemap.xml    plain sitemap: articles (lastmod or none) mixed with tag, category,
                          author, search and media URLs, another host's URL, duplicates
    /feed.rss, /atom.xml  RSS 2.0 (absolute links) and Atom (relative links)
    /broken-feed.xml      not a feed at all
    /endless-sitemap.xml  a sitemap that never ends
    /article/N            article pages

Every article says in which document it is listed (`Listed`), so that a test can add
articles between two runs (`NewsSite.add`).
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

from .pages import article_page

HOST = "127.0.0.1"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
BROKEN_FEED = b'<?xml version="1.0"?>\n<rss version="2.0"><chan<<<nel &&& </item>'
#: Bound on how long the endless sitemap streams to one client.
ENDLESS_LIMIT_SECONDS = 60.0


@dataclass(frozen=True)
class Listed:
    """An article of the site: where it is listed, and the date given there (or none)."""

    number: int
    where: str  # "rss", "atom", "news" or "pages"
    age_hours: float | None  # None: listed without a date

    def date(self, now: datetime) -> datetime | None:
        return None if self.age_hours is None else now - timedelta(hours=self.age_hours)


#: The site as the tests start it. 20 days old entries fall out with --since 7d.
ARTICLES = (
    Listed(1, "rss", 2),
    Listed(2, "rss", 5),
    Listed(3, "rss", 20 * 24),
    Listed(4, "atom", 3),
    Listed(5, "atom", 30),
    Listed(6, "news", 1),
    Listed(7, "news", 4),
    Listed(8, "news", 10 * 24),
    Listed(9, "pages", 21 * 24),
    Listed(10, "pages", None),
)

#: URLs of /pages-sitemap.xml that are not articles (tag, category, author, search,
#: media files, a feed) or not this site's, each written as its path after the base.
NOT_ARTICLES = (
    "/tag/harbour/",
    "/category/politics/",
    "/author/jane-doe/",
    "/search?q=bridge",
    "/images/harbour-wall.jpg",
    "/media/council-meeting.mp4",
    "/files/budget-2026.pdf",
    "/feed/",
    "/",
)


class NewsSite:
    """The site on an ephemeral port; `articles` may grow between two runs (`add`)."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc).replace(microsecond=0)
        self.articles = list(ARTICLES)
        self.stopping = threading.Event()
        self.hits: dict[str, int] = {}
        self._server = ThreadingHTTPServer((HOST, 0), _Handler)
        self._server.daemon_threads = True
        self._server.site = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://{HOST}:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def article_url(self, number: int) -> str:
        return self.url(f"/article/{number}")

    def add(self, *articles: Listed) -> None:
        self.articles.extend(articles)

    def __enter__(self) -> NewsSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    # --- documents ------------------------------------------------------------------------

    def listed(self, where: str) -> list[Listed]:
        return [article for article in self.articles if article.where == where]

    def home(self) -> bytes:
        links = (
            '<link rel="alternate" type="application/rss+xml" title="News" href="/feed.rss">'
            '<link rel="alternate" type="application/atom+xml" href="atom.xml">'
            '<link rel="alternate" type="application/rss+xml" title="Comments Feed"'
            ' href="/comments/feed/">'
            '<link rel="alternate" type="application/rss+xml" href="/broken-feed.xml">'
            '<link rel="alternate" hreflang="fr" href="/fr/">'
        )
        teasers = "".join(
            f'<li><a href="/article/{a.number}">Article {a.number}</a></li>' for a in self.articles
        )
        page = f"<!DOCTYPE html><html><head><title>Valley Gazette</title>{links}</head>"
        return (page + f"<body><ul>{teasers}</ul></body></html>").encode()

    def robots(self) -> bytes:
        index = self.url("/sitemap-index.xml")
        return f"User-agent: *\nDisallow: /private/\nSitemap: {index}\n".encode()

    def sitemap_index(self) -> bytes:
        names = ("/news-sitemap.xml.gz", "/pages-sitemap.xml", "/endless-sitemap.xml")
        items = "".join(
            f"<sitemap><loc>{self.url(name)}</loc><lastmod>{self.now.isoformat()}</lastmod></sitemap>"
            for name in names
        )
        return f'<sitemapindex xmlns="{SITEMAP_NS}">{items}</sitemapindex>'.encode()

    def news_sitemap(self) -> bytes:
        items = "".join(
            f"<url><loc>{self.article_url(a.number)}</loc><news:news><news:publication>"
            "<news:name>Valley Gazette</news:name><news:language>en</news:language>"
            f"</news:publication><news:publication_date>{_iso(a.date(self.now))}"
            f"</news:publication_date><news:title>Story {a.number} &amp; more</news:title>"
            "</news:news></url>"
            for a in self.listed("news")
        )
        # Article 1 is in the RSS feed too: one URL, whatever the number of sources.
        items += f"<url><loc>{self.article_url(1)}</loc></url>"
        xml = f'<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">{items}</urlset>'
        return gzip.compress(xml.encode())

    def pages_sitemap(self) -> bytes:
        items = []
        for article in self.listed("pages"):
            date = article.date(self.now)
            lastmod = f"<lastmod>{_iso(date)}</lastmod>" if date else ""
            items.append(f"<url><loc>{self.article_url(article.number)}</loc>{lastmod}</url>")
        items += [f"<url><loc>{escape(self.url(path))}</loc></url>" for path in NOT_ARTICLES]
        other = self.base.replace(HOST, "localhost")
        items.append(f"<url><loc>{other}/article/99</loc></url>")  # another host
        upper = self.base.replace("http://", "HTTP://")
        items.append(f"<url><loc>{upper}/article/2#comments</loc></url>")  # a duplicate
        xml = f'<?xml version="1.0"?><urlset xmlns="{SITEMAP_NS}">{"".join(items)}</urlset>'
        return xml.encode()

    def rss(self) -> bytes:
        items = "".join(
            f"<item><title>Story {a.number}</title><link>{self.article_url(a.number)}</link>"
            f"<pubDate>{_rfc822(a.date(self.now))}</pubDate></item>"
            for a in self.listed("rss")
        )
        channel = (
            f"<channel><title>Valley Gazette</title><link>{self.base}/</link>{items}</channel>"
        )
        return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()

    def atom(self) -> bytes:
        entries = "".join(
            f'<entry><title>Story {a.number}</title><link href="/article/{a.number}"/>'
            f"<id>urn:{a.number}</id><updated>{_iso(a.date(self.now))}</updated></entry>"
            for a in self.listed("atom")
        )
        return (
            f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Valley Gazette</title>{entries}</feed>"
        ).encode()


def _iso(date: datetime | None) -> str:
    return date.isoformat() if date else ""


def _rfc822(date: datetime | None) -> str:
    return date.strftime("%a, %d %b %Y %H:%M:%S +0000") if date else ""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ThreadingHTTPServer

    def log_message(self, format: str, *args: object) -> None:
        """Silent."""

    def do_GET(self) -> None:
        site: NewsSite = self.server.site  # type: ignore[attr-defined]
        path = self.path.split("?", 1)[0]
        site.hits[path] = site.hits.get(path, 0) + 1
        documents = {
            "/": (site.home, "text/html; charset=utf-8"),
            "/robots.txt": (site.robots, "text/plain"),
            "/sitemap-index.xml": (site.sitemap_index, "application/xml"),
            "/news-sitemap.xml.gz": (site.news_sitemap, "application/gzip"),
            "/pages-sitemap.xml": (site.pages_sitemap, "text/xml; charset=utf-8"),
            "/feed.rss": (site.rss, "application/rss+xml"),
            "/atom.xml": (site.atom, "application/atom+xml"),
            "/broken-feed.xml": (lambda: BROKEN_FEED, "application/rss+xml"),
        }
        if path == "/endless-sitemap.xml":
            self._endless(site)
        elif path in documents:
            make, kind = documents[path]
            self._send(make(), kind)
        elif path.startswith("/article/"):
            number = int(path.rsplit("/", 1)[-1])
            self._send(article_page(number).html.encode(), "text/html; charset=utf-8")
        else:
            self._send(b"<html><body>Not found</body></html>", "text/html", 404)

    def _send(self, body: bytes, kind: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _endless(self, site: NewsSite) -> None:
        """A urlset that never closes: new <url> entries for as long as anyone reads."""
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self._chunk(f'<?xml version="1.0"?><urlset xmlns="{SITEMAP_NS}">'.encode())
        number = 0
        deadline = datetime.now(timezone.utc) + timedelta(seconds=ENDLESS_LIMIT_SECONDS)
        try:
            while not site.stopping.is_set() and datetime.now(timezone.utc) < deadline:
                block = "".join(
                    f"<url><loc>{site.base}/endless/{number + i}</loc></url>" for i in range(500)
                )
                number += 500
                self._chunk(block.encode())
        except OSError:
            return  # the reader hung up, as it should

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
