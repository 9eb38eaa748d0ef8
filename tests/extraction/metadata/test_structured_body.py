"""The article's text from its JSON-LD, for a page that renders the article by script."""

from __future__ import annotations

import json

from presscut import extract
from presscut.extraction.metadata.structured_body import structured_paragraphs

from ..pages import PROSE

DESCRIPTION = (
    "<p>Unabhängig von Größe und Stil kannst du dich glücklich schätzen, wenn du einen runden "
    "Tisch hast.</p><p>Hier erfährst du, wie du eine runde Tischdecke selbst nähst.</p>"
)
STEP_ONE = (
    "<p>Um eine runde Tischdecke anzufertigen, musst du den <strong>Durchmesser</strong> "
    "des Tisches kennen.</p>"
)
STEP_TWO = "Schneide den Stoff zu einem Quadrat zu, das etwas größer als der Kreis ist."
HOWTO = {
    "@context": "http://schema.org/",
    "@type": "HowTo",
    "name": "Wie man eine runde Tischdecke herstellt",
    "description": DESCRIPTION,
    "step": [
        {
            "@type": "HowToStep",
            "name": "Schritt 1: Miss deine Tischplatte",
            "itemListElement": {"@type": "HowToDirection", "text": STEP_ONE},
        },
        {"@type": "HowToStep", "name": "Schritt 2", "text": STEP_TWO},
    ],
}
HOWTO_PARAGRAPHS = [
    "Unabhängig von Größe und Stil kannst du dich glücklich schätzen, wenn du einen runden "
    "Tisch hast.",
    "Hier erfährst du, wie du eine runde Tischdecke selbst nähst.",
    "Um eine runde Tischdecke anzufertigen, musst du den Durchmesser des Tisches kennen.",
    STEP_TWO,
]


def test_a_howto_gives_its_description_and_steps_as_paragraphs() -> None:
    assert structured_paragraphs(HOWTO) == HOWTO_PARAGRAPHS


def test_an_article_body_is_split_at_its_blank_lines() -> None:
    body = "\n\n".join(PROSE["de"])
    assert structured_paragraphs({"@type": "NewsArticle", "articleBody": body}) == PROSE["de"]


def test_an_object_without_text_gives_nothing() -> None:
    assert structured_paragraphs({"@type": "NewsArticle", "headline": "Titel"}) == []
    assert structured_paragraphs(None) == []


def _page(visible: str, data: dict) -> str:
    return (
        "<html lang='de'><head><title>Runde Tischdecke nähen</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head>"
        f"<body><nav><a href='/'>Räume</a> <a href='/diy'>DIY</a></nav>{visible}</body></html>"
    )


def test_a_page_rendered_by_script_gets_its_article_from_the_json_ld() -> None:
    """The served page holds the article only in a component's data attribute."""
    visible = "<div data-react-class='DiyShowProjectPage' data-react-props='{}'></div>"
    article = extract(_page(visible, HOWTO))
    assert article.error is None
    assert (article.body or "").split("\n\n") == HOWTO_PARAGRAPHS


def test_the_article_shown_on_the_page_is_preferred_to_the_json_ld() -> None:
    visible = "<article>" + "".join(f"<p>{p}</p>" for p in PROSE["de"])
    article = extract(_page(visible + "</article>", HOWTO))
    assert (article.body or "").split("\n\n") == PROSE["de"]


# --- a paywall's teaser: the page shows much less than the JSON-LD holds -------------------

FULL_STORY = [
    "The city council voted on Tuesday to extend the night bus network to the northern "
    "suburbs, after two years of complaints from shift workers who had no way home.",
    "Transport officials said the new routes would run every thirty minutes between midnight "
    "and five in the morning, starting in the first week of September.",
    "Residents' groups welcomed the decision but warned that the timetable still leaves the "
    "industrial estate without a direct connection to the hospital.",
    "The council's budget committee put the cost of the first year at four million euros, "
    "to be shared between the city and the regional transport authority.",
    "Drivers' unions asked for the night shifts to be paid at the weekend rate and said they "
    "would decide in August whether to accept the new rota.",
]
TEASER = FULL_STORY[0]
NEWSLETTER = "Sign up for our newsletter to get the morning briefing in your inbox."


def _paywalled(data: dict) -> str:
    return (
        "<html lang='en'><head><title>Night buses reach the suburbs</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body>"
        f"<article><h1>Night buses reach the suburbs</h1><p>{TEASER}</p>"
        "<div class='paywall'><p>This story is for subscribers.</p></div></article>"
        "</body></html>"
    )


def test_a_paywall_teaser_gives_way_to_the_json_ld_article_body() -> None:
    data = {"@type": "NewsArticle", "articleBody": "\n\n".join(FULL_STORY)}
    article = extract(_paywalled(data), explain=True)
    assert article.error is None
    assert (article.body or "").split("\n\n") == FULL_STORY
    rules = {removal.rule: removal.text for removal in article.removed or []}
    assert rules["cut.shown_teaser"] == TEASER
    assert rules["restored.structured_body"] == "\n\n".join(FULL_STORY)


def test_the_json_ld_text_goes_through_the_same_cleaning() -> None:
    """A newsletter prompt closing the JSON-LD text is cut as it would be on the page."""
    data = {"@type": "NewsArticle", "text": "\n\n".join([*FULL_STORY, NEWSLETTER])}
    article = extract(_paywalled(data), explain=True)
    assert (article.body or "").split("\n\n") == FULL_STORY
    assert NEWSLETTER in [removal.text for removal in article.removed or []]


def test_a_page_showing_most_of_the_json_ld_text_keeps_its_own() -> None:
    """Four of five paragraphs shown: the page's own text stays (its markup, its order)."""
    shown = "".join(f"<p>{p}</p>" for p in FULL_STORY[:4])
    page = _paywalled({"@type": "NewsArticle", "articleBody": "\n\n".join(FULL_STORY)})
    article = extract(page.replace(f"<p>{TEASER}</p>", shown), explain=True)
    assert (article.body or "").split("\n\n") == FULL_STORY[:4]
    assert "restored.structured_body" not in {r.rule for r in article.removed or []}
