"""The page's address, read once: what extraction derives from it (absolute links, the
canonical URL, the site) needs a URL that parses; a broken one is set aside, not fatal."""

from __future__ import annotations

from urllib.parse import urlsplit


def base_url(url: str | None) -> str | None:
    """``url`` when it parses (its host, its port if any), else None: ``https://[::1/``
    made the whole extraction fail."""
    if not url:
        return None
    try:
        _ = urlsplit(url).port  # parsed lazily: "https://example.com:abc/" raises only here
    except ValueError:
        return None
    return url
