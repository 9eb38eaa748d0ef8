"""trafilatura's fallback extractors are skipped only where their result cannot be chosen."""

from __future__ import annotations

from typing import Any

import pytest

from presscut import extract
from presscut.extraction.body import fallback
from presscut.extraction.body.content import main_blocks

from ..pages import PROSE, numbered

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


# --- recall escalation: the page is measured as served, chrome included ------------------


def _text_module(paragraphs: list[str], heading: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div class='module module-text'><div class='text-content'>{heading}{text}</div></div>"


#: An image module between two text modules (a magazine's page builder).
GALLERY = (
    "<div class='module module-gallery'><img src='a.jpg' alt=''>"
    "<div class='img-caption'>Fotos: Stadtwerke</div></div>"
)
#: A long site menu, cut as chrome before trafilatura sees the page.
SITE_MENU = (
    "<nav class='main-menu'><ul>"
    + "".join(f"<li><a href='/r{n}'>Rubrik Nummer {n} mit Unterseiten</a></li>" for n in range(60))
    + "</ul></nav>"
)


def test_an_article_split_into_text_modules_is_read_whole() -> None:
    """trafilatura takes the first ``text-content`` module, a fifth of the page as served:
    it retries in recall mode and with justext, and finds the modules after the images.
    On the pruned page (the menu cut) the first module alone is no longer under a fifth:
    the page is measured with its chrome counted back in."""
    de = numbered(PROSE["de"], 3)
    modules = (
        _text_module(de[:2])
        + GALLERY
        + _text_module(de[2:5], "<h2>Neue Linien</h2>")
        + GALLERY
        + _text_module(de[5:], "<h2>Kritik</h2>")
    )
    html = (
        f"<html lang='de'><body>{SITE_MENU}<main class='site'>"
        f"<h1>Nachtbusse fahren bald auch im Norden</h1>{modules}</main></body></html>"
    )
    body = extract(html).body or ""
    assert [p for p in de if p in body] == de
    assert "Rubrik Nummer" not in body


def test_the_page_measure_counts_the_chrome_back_only_when_asked() -> None:
    html = "<html><body><p>Kurzer Text.</p></body></html>"
    plain = len(fallback.page_text(html))
    with fallback.skipping_lost_fallback(chrome_chars=500):
        assert len(fallback.page_text(html)) == plain + 500
    assert len(fallback.page_text(html)) == plain
