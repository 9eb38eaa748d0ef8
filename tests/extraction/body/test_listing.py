"""Home pages and section fronts (lists of teasers) are no_article; articles with a few
related-post cards are still articles."""

from __future__ import annotations

import pytest

from presscut import extract

TEASERS = {
    "en": [
        (
            "City council extends night buses",
            "Shift workers had asked for a way home for two years.",
        ),
        ("Harbour reopens after the storm", "Ferries resume their normal timetable on Monday."),
        (
            "Local team wins the regional cup",
            "A late goal settled a tense final before 8,000 fans.",
        ),
        ("New library opens in the old mill", "The building gained a reading room over the river."),
        ("School meals to go organic", "The council doubled the budget for local produce."),
    ],
    "de": [
        ("Stadtrat verlängert die Nachtbusse", "Schichtarbeiter hatten zwei Jahre lang geklagt."),
        ("Hafen nach dem Sturm wieder offen", "Die Fähren fahren ab Montag wieder nach Plan."),
        ("Heimteam gewinnt den Pokal", "Ein spätes Tor entschied das Finale vor 8.000 Fans."),
        ("Neue Bibliothek in der alten Mühle", "Das Gebäude hat einen Lesesaal über dem Fluss."),
        ("Schulessen wird bio", "Der Stadtrat verdoppelt das Budget für regionale Produkte."),
    ],
}


def _front_page(lang: str, card: str) -> str:
    cards = "".join(
        card.format(i=i, title=title, summary=summary)
        for i, (title, summary) in enumerate(TEASERS[lang])
    )
    return (
        f"<html lang='{lang}'><head><title>The Courier</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><h1>The Courier</h1><section>{cards}</section></main>"
        "<footer>© 2026 The Courier</footer></body></html>"
    )


ARTICLE_CARD = (
    "<article class='post'><a href='/news/{i}'><h2>{title}</h2></a>"
    "<p class='summary'>{summary}</p><time>2026-11-2{i}</time></article>"
)
DIV_CARD = "<div class='teaser'><h3><a href='/artikel/{i}'>{title}</a></h3><p>{summary}</p></div>"


@pytest.mark.parametrize(("lang", "card"), [("en", ARTICLE_CARD), ("de", DIV_CARD)])
def test_a_front_page_of_teasers_is_no_article(lang: str, card: str) -> None:
    article = extract(_front_page(lang, card), url="https://courier.example/")
    assert article.error is not None and article.error.type == "no_article"
    assert article.body is None


def test_an_article_with_related_cards_is_still_an_article() -> None:
    prose = (
        "The city council voted on Tuesday to extend the night bus network to the northern "
        "suburbs, after two years of complaints from shift workers who had no way home. "
    )
    cards = "".join(
        ARTICLE_CARD.format(i=i, title=title, summary=summary)
        for i, (title, summary) in enumerate(TEASERS["en"])
    )
    html = (
        "<html lang='en'><body><main><article class='story'><h1>Night buses</h1>"
        f"<p>{prose}</p><p>{prose}</p></article><h2>More news</h2>{cards}</main></body></html>"
    )
    article = extract(html, url="https://courier.example/news/night-buses")
    assert article.error is None
    assert (article.body or "").startswith("The city council voted")
