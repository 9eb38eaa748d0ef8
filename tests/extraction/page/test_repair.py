"""Text a site encoded twice is repaired ("donâ€™t" gives "don’t"); clean text in any
language is left exactly as written."""

from __future__ import annotations

import pytest

from presscut import extract
from presscut.extraction.page.repair import repair_plan, repair_text, repair_with


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


def test_decomposed_accents_are_composed() -> None:
    # "e" + U+0301 COMBINING ACUTE, "u" + U+0308 COMBINING DIAERESIS, as some CMSs store them
    assert repair_text("Cafe\u0301 in Zu\u0308rich") == "Café in Zürich"
    assert repair_text("Café in Zürich") == "Café in Zürich"  # composed already
    assert repair_text("が") == "が"  # ka + dakuten composed (U+304C)
    assert repair_text("か\u3099") == "が"


def test_extract_gives_every_text_in_normal_form_c() -> None:
    e, g = "e\u0301", "e\u0300"  # é and è written as e + a combining accent
    paragraph = (
        f"<p>Le caf{e} du village a ferm{e} ses portes lundi, apr{g}s quarante ans. Les "
        f"habitants regrettent d{e}jà ce lieu de rencontre et d'{e}changes.</p>"
    )
    html = f"""<html lang="fr"><head><title>Le caf{e} ferm{e}</title>
<meta name="author" content="H{e}l{g}ne L{e}ger"></head><body><article>
<header><h1>Le caf{e} ferm{e}</h1>
<p class="standfirst">Quarante ans de rencontres prennent fin dans un lieu aim{e}.</p></header>
<div class="article-body">{paragraph * 4}</div></article></body></html>"""
    article = extract(html)
    assert article.title == "Le café fermé"
    assert article.lead == "Quarante ans de rencontres prennent fin dans un lieu aimé."
    assert (article.body or "").startswith("Le café du village a fermé ses portes lundi")
    assert "\u0301" not in (article.body or "")
    assert article.credit.authors == ["Hélène Léger"]


def test_a_body_repair_applies_the_same_way_to_its_blocks_and_their_markdown() -> None:
    body = "Itâ€™s done.\n\nLess than 1%Â â€“Â just over 1,800."
    plan = repair_plan(body)
    assert plan is not None
    assert repair_with("Less than 1%Â â€“Â just", plan) == "Less than 1% – just"
    assert repair_with("[Itâ€™s](https://example.org/a) done.", plan) == (
        "[It’s](https://example.org/a) done."
    )
    assert repair_plan("It’s clean.") is None
