"""trafilatura's fallback extractors are skipped only where their result cannot be chosen."""

from __future__ import annotations

from typing import Any

import pytest

from presscut.extraction.body import fallback
from presscut.extraction.body.content import main_blocks

from ..pages import PROSE

ARTICLE = "".join(f"<p>{text}</p>" for text in PROSE["en"])
#: Six links of a footer menu: 40 characters against the article's 500.
MENU = "<ul>" + "".join(f"<li><a href='/{n}'>Section {n}</a></li>" for n in range(6)) + "</ul>"
#: Far more text than the article, outside the <article> that trafilatura takes.
OUTSIDE = "<div>" + "".join(f"<p>{text}</p>" for text in PROSE["fr"] * 4) + "</div>"


@pytest.fixture
def readability_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts that trafilatura's comparison (readability, justext) was run on."""
    runs: list[str] = []
    original = fallback._COMPARE

    def counted(*args: Any) -> Any:
        runs.append(args[3])
        return original(*args)

    monkeypatch.setattr(fallback, "_COMPARE", counted)
    return runs


def _page(*parts: str) -> str:
    return f"<html><body><article>{''.join(parts)}</article></body></html>"


def test_no_fallback_when_the_article_is_most_of_the_page(readability_runs: list[str]) -> None:
    blocks = main_blocks(_page(ARTICLE, MENU), None)
    assert [block.text for block in blocks] == PROSE["en"]
    assert readability_runs == []


def test_fallback_when_the_article_is_less_than_half_of_the_page(
    readability_runs: list[str],
) -> None:
    html = f"<html><body><article>{ARTICLE}</article>{OUTSIDE}</body></html>"
    main_blocks(html, None)
    assert len(readability_runs) == 1


def test_fallback_when_the_result_is_short(readability_runs: list[str]) -> None:
    main_blocks(_page(f"<p>{PROSE['en'][0][:120]}</p>"), None)
    assert len(readability_runs) == 1


def test_fallback_when_the_result_has_no_paragraph(readability_runs: list[str]) -> None:
    table = "<table>" + "".join(f"<tr><td>{text}</td></tr>" for text in PROSE["en"]) + "</table>"
    main_blocks(_page(table), None)
    assert len(readability_runs) == 1


def test_other_callers_of_trafilatura_get_the_full_comparison(
    readability_runs: list[str],
) -> None:
    import trafilatura

    trafilatura.extract(_page(ARTICLE, MENU))
    assert len(readability_runs) == 1


def test_same_blocks_with_and_without_the_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    html = _page("<h2>The vote</h2>", ARTICLE, MENU)
    skipped = main_blocks(html, None)
    monkeypatch.setattr(fallback, "_fallback_loses", lambda *args: False)
    assert main_blocks(html, None) == skipped
