"""The result of presscut: one article, as plain data.

These dataclasses are shared by every package (extraction fills them, the fetcher
adds the HTTP facts, output serialises them). `Article.to_dict()` is exactly the
JSON that the command line prints; its shape is documented in
`presscut/output/article.schema.json` and in the README.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.2"

#: Every `error.type` presscut can report.
ERROR_TYPES = (
    "invalid_url",
    "blocked_address",
    "robots_disallowed",
    "dns",
    "connect",
    "connection_lost",
    "timeout",
    "tls",
    "http_status",
    "too_many_redirects",
    "too_large",
    "unsupported_content",
    "no_article",
    "extract_failed",
    "read_error",
    "discovery_failed",
)


@dataclass
class Credit:
    """Who made the article: byline authors, the agency or source, the photo credit."""

    authors: list[str] = field(default_factory=list)
    source: str | None = None
    image: str | None = None


@dataclass
class ErrorInfo:
    """Why a page yielded no article. `type` is one of `ERROR_TYPES`."""

    type: str
    message: str
    status: int | None = None


@dataclass
class Removal:
    """One piece of text cut from the page, and the named rule that cut it."""

    rule: str
    text: str


@dataclass
class Article:
    """One page turned into clean data. Every field is always present in the JSON."""

    url: str | None = None
    final_url: str | None = None
    canonical_url: str | None = None
    status: int | None = None
    title: str | None = None
    kicker: str | None = None
    lead: str | None = None
    body: str | None = None
    credit: Credit = field(default_factory=Credit)
    published: str | None = None
    language: str | None = None
    site_name: str | None = None
    section: str | None = None
    #: Schema 1.2: the page's own summary, lead image, tags and last revision; the
    #: words of lead and body; when the page was fetched (null for a file).
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    modified: str | None = None
    word_count: int | None = None
    fetched_at: str | None = None
    error: ErrorInfo | None = None
    #: Filled only when extraction runs with ``explain=True``; null otherwise.
    removed: list[Removal] | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the documented schema, keys in a stable order."""
        data = asdict(self)
        return {"schema_version": SCHEMA_VERSION, **data}

    @classmethod
    def failure(
        cls, url: str | None, type: str, message: str, status: int | None = None
    ) -> Article:
        """An article record that carries only an error (and the URL it is about)."""
        return cls(url=url, status=status, error=ErrorInfo(type, message, status))
