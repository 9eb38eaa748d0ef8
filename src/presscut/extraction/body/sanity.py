"""Page-level sanity: an error, maintenance or login page yields no article.

Such a page has a headline that says what it is ("404 Not Found", "We'll be right back",
"Sign in") and little text; trafilatura finds main content on it all the same.
"""

from __future__ import annotations

from presscut.extraction.rules.pages import NOT_ARTICLE_MAX_WORDS, NOT_ARTICLE_RULES


def not_article_rule(headlines: list[str | None], words: int) -> str | None:
    """The rule (``page.error``, ``page.maintenance``, ``page.login``) whose phrase starts
    one of the ``headlines`` (title, ``<h1>``, first block), on a page of ``words`` words
    too short to be an article; None otherwise."""
    if words >= NOT_ARTICLE_MAX_WORDS:
        return None
    for headline in headlines:
        text = " ".join((headline or "").casefold().split())
        for name, pattern in NOT_ARTICLE_RULES:
            if pattern.match(text):
                return name
    return None
