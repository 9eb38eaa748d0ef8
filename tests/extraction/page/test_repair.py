"""Text a site encoded twice is repaired ("donâ€™t" gives "don’t"); clean text in any
language is left exactly as written."""

from __future__ import annotations

import pytest

from presscut import extract
from presscut.extraction.page.repair import repair_text


@pytest.mark.parametrize(
    ("garbled", "fixed"),
    [
        ("We donâ€™t know why.", "We don’t know why."),  # en, UTF-8 read as cp1252
        ("Le cafÃ© est fermÃ© depuis lundi.", "Le café est fermé depuis lundi."),  # fr
        ("GrÃ¼ÃŸe aus KÃ¶ln", "Grüße aus Köln"),  # de
        ("Feliz aÃ±o nuevo, seÃ±or.", "Feliz año nuevo, señor."),  # es
        ("Mais informaÃ§Ã£o sobre a eleiÃ§Ã£o.", "Mais informação sobre a eleição."),  # pt
        ("PerchÃ© no? CittÃ  aperta.", "Perché no? Città aperta."),  # it
        ("Because we\x92re used to it.", "Because we’re used to it."),  # cp1252 read as Latin-1
        ("1.Â Â Myth: sugar.\n\nÂ Two.", "1. Myth: sugar.\n\nTwo."),  # no-break spaces
        ("Itâ€™s done.\n\nâ€\x8d\n\nNext.", "It’s done.\n\nNext."),  # a zero-width joiner
    ],
)
def test_double_encoded_text_is_repaired(garbled: str, fixed: str) -> None:
    assert repair_text(garbled) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "L’été « chaud » – déjà, à Paris.",
        "SÃO PAULO — A cidade acordou cedo.",  # a capital Ã in Portuguese upper case
        "Une pâte à tartiner, « s’il vous plaît ».",
        'He said "it\'s fine" and left.',  # straight quotes stay straight
        "Über 100 € für ein Ticket? Straße gesperrt.",
    ],
)
def test_clean_text_is_left_as_written(clean: str) -> None:
    assert repair_text(clean) == clean


def test_none_and_empty_pass_through() -> None:
    assert repair_text(None) is None
    assert repair_text("") == ""


def test_extract_repairs_title_and_body() -> None:
    paragraph = (
        "<p>Nobody knows why the cafÃ© closed, but itâ€™s a shame for the village. The owner "
        "told us the rent had doubled in a single year.</p>"
    )
    headline = "<h1>The cafÃ© that wasnâ€™t</h1>"
    html = f"<html><body>{headline}<article>{paragraph * 4}</article></body></html>"
    article = extract(html)
    assert article.title == "The café that wasn’t"
    assert (article.body or "").startswith("Nobody knows why the café closed, but it’s a shame")
    assert "â€" not in (article.body or "")
