"""Collapsed accordion, tab and FAQ panels are the article's text: shown, not cut.

A reader opens them with one click; extractors that drop every ``display:none`` lose the
steps of a guide or the answers of a FAQ. Overlays (modals, drawers) and menus stay cut.
"""

from __future__ import annotations

import pytest

from presscut import extract

from ..pages import page

#: (language, the hidden panel's HTML with its toggle, the answer that must reach the body)
PANELS = [
    (
        "en",
        "<h3><button aria-controls='faq-1' aria-expanded='false'>How long does it take?</button>"
        "</h3><div id='faq-1' style='display:none'><p>Installing the new panels usually takes "
        "one to three days, depending on the size of the roof.</p></div>",
        "Installing the new panels usually takes one to three days",
    ),
    (
        "fr",
        "<div class='accordion'><button aria-expanded='false'>Combien de temps ?</button>"
        "<div role='region' aria-hidden='true'><p>Les travaux durent en général deux à trois "
        "semaines, selon la météo et la taille du chantier.</p></div></div>",
        "Les travaux durent en général deux à trois semaines",
    ),
    (
        "de",
        "<h3><button aria-expanded='false'>Wie lange dauert es?</button></h3>"
        "<div hidden><p>Die Bauarbeiten dauern in der Regel zwei bis drei Wochen, je nach "
        "Wetter und Größe der Baustelle.</p></div>",
        "Die Bauarbeiten dauern in der Regel zwei bis drei Wochen",
    ),
    (
        "es",
        "<div class='chakra-collapse' style='overflow:hidden;display:none;height:0px'>"
        "<p>Las obras suelen durar entre dos y tres semanas, según el tiempo y el tamaño de "
        "la obra.</p></div>",
        "Las obras suelen durar entre dos y tres semanas",
    ),
    (
        "pt",
        "<div class='faq-answer' style='height:0;overflow:hidden' aria-hidden='true'>"
        "<p>As obras duram normalmente duas a três semanas, conforme o tempo e o tamanho da "
        "obra.</p></div>",
        "As obras duram normalmente duas a três semanas",
    ),
]


#: (language, a FAQ panel collapsed by a class token, the answer that must reach the body)
CLASS_HIDDEN_PANELS = [
    (
        "en",
        "<h3>How long does it take?</h3><div class='faq-answer border-b hidden'><p>Installing "
        "the new panels usually takes one to three days, depending on the roof.</p></div>",
        "Installing the new panels usually takes one to three days",
    ),
    (
        "fr",
        "<div class='accordion'><button aria-expanded='false'>Combien de temps ?</button>"
        "<div class='accordion-body d-none'><p>Les travaux durent en général deux à trois "
        "semaines, selon la météo et la taille du chantier.</p></div></div>",
        "Les travaux durent en général deux à trois semaines",
    ),
    (
        "it",
        "<button aria-controls='r1' aria-expanded='false'>Quanto dura?</button>"
        "<div id='r1' class='panel hide'><p>I lavori durano di solito due o tre "
        "settimane, a seconda del tempo e delle dimensioni del cantiere.</p></div>",
        "I lavori durano di solito due o tre settimane",
    ),
]


@pytest.mark.parametrize("case", CLASS_HIDDEN_PANELS, ids=lambda case: case[0])
def test_a_panel_collapsed_by_its_class_is_shown(case: tuple[str, str, str]) -> None:
    lang, snippet, answer = case
    body = extract(page(lang, inside=snippet)).body or ""
    assert answer in body


def test_a_modal_collapsed_by_its_class_stays_hidden() -> None:
    snippet = (
        "<div class='modal accordion hidden'><p>Get our best stories every morning in your "
        "inbox, free of charge, and never miss a thing.</p></div>"
    )
    assert "Get our best stories" not in (extract(page("en", inside=snippet)).body or "")


@pytest.mark.parametrize("case", PANELS, ids=lambda case: case[0])
def test_a_collapsed_panel_is_shown(case: tuple[str, str, str]) -> None:
    lang, snippet, answer = case
    body = extract(page(lang, inside=snippet)).body or ""
    assert answer in body


#: (language, a hidden element that is not a panel, text that must not reach the body)
NOT_PANELS = [
    (
        "en",
        "<button aria-controls='signup' aria-expanded='false'>Subscribe</button>"
        "<div id='signup' role='dialog' aria-hidden='true'><p>Get our best stories every "
        "morning in your inbox, free of charge, and never miss a thing.</p></div>",
        "Get our best stories",
    ),
    (
        "it",
        "<button aria-controls='m' aria-expanded='false'>Sezioni</button>"
        "<div id='m' style='display:none'><a href='/a'>Cronaca cittadina di oggi</a> "
        "<a href='/b'>Politica e governo locale</a> <a href='/c'>Sport e tempo libero</a></div>",
        "Cronaca cittadina",
    ),
    (
        "fr",
        "<div role='tabpanel' hidden><p>Chargement des prix…</p></div>",
        "Chargement des prix",
    ),
    (
        "de",
        "<button aria-expanded='false'>Warenkorb</button><div class='cart-drawer' hidden>"
        "<p>Ihr Warenkorb ist leer. Entdecken Sie unsere Angebote der Woche im Shop.</p></div>",
        "Ihr Warenkorb ist leer",
    ),
]


@pytest.mark.parametrize("case", NOT_PANELS, ids=lambda case: case[0])
def test_overlays_menus_and_stubs_stay_hidden(case: tuple[str, str, str]) -> None:
    lang, snippet, hidden_text = case
    body = extract(page(lang, inside=snippet)).body or ""
    assert hidden_text not in body
