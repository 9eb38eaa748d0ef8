"""An error, maintenance or login page yields no_article; an article about such things
does not."""

from __future__ import annotations

import pytest

from presscut import extract

FILLER = (
    "Our team is working on the servers tonight and the pages you asked for will be back "
    "online in a few hours, with everything that was on them before."
)


def _page(title: str, h1: str, text: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><main><h1>{h1}</h1>"
        f"<p>{text}</p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "h1", "rule"),
    [
        ("We'll be right back | The Courier", "We’ll be right back", "page.maintenance"),
        ("The Courier", "Site under maintenance", "page.maintenance"),
        ("404 Not Found", "Page not found", "page.error"),
        ("Seite nicht gefunden - Der Kurier", "Seite nicht gefunden", "page.error"),
        ("Sign in - The Courier", "Sign in to continue", "page.login"),
    ],
)
def test_a_page_that_says_what_it_is_yields_no_article(title: str, h1: str, rule: str) -> None:
    article = extract(_page(title, h1, FILLER))
    assert article.error is not None
    assert article.error.type == "no_article"
    assert article.error.message == f"not an article page ({rule})"
    assert article.body is None


def test_a_long_article_with_such_a_headline_is_an_article() -> None:
    text = " ".join([FILLER] * 6)  # 6 x 30 words
    article = extract(_page("Sign in with a passkey", "Sign in with a passkey", text))
    assert article.error is None
    assert article.body == text


def test_a_headline_that_only_mentions_an_error_is_an_article() -> None:
    article = extract(_page("How we fixed our 404 pages", "How we fixed our 404 pages", FILLER))
    assert article.error is None
