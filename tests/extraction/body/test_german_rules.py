"""German boilerplate: teaser and related-article prompts, comment notices, newsletter
invitations, advertising and affiliate disclosures, login notices, category labels, photo
credits and end-matter headings, as German sites print them."""

from __future__ import annotations

import pytest

from presscut import extract
from presscut.extraction.body.clean import clean_blocks
from presscut.extraction.body.content import Block

from ..pages import PROSE, page

#: (a boilerplate paragraph as sites print it, the rule that must cut it)
BOILERPLATE_DE = [
    ("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "comments.first.de"),
    ("Noch keine Kommentare vorhanden", "comments.first.de"),
    ("Schreiben Sie den ersten Kommentar", "comments.first.de"),
    ("Kommentare insgesamt: 0 |", "comments.count.de"),
    ("Lesen Sie hier: Busstreik legt die Stadt lahm", "read_more.de"),
    ("Auch lesen: Diese drei Buslinien fahren die ganze Nacht", "read_more.de"),
    ("Lesen Sie auch die folgenden Beiträge:", "read_more.de"),
    ("Das könnte Sie auch interessieren:", "read_more.de"),
    ("Das Thema könnte dich auch interessieren:", "read_more.de"),
    ("Weitere Beiträge aus der Kolumne:", "read_more.de"),
    ("Sie sind aktuell nicht eingeloggt.", "furniture.login.de"),
    ("Kategorie: Nahverkehr", "furniture.category.de"),
    (
        "*Werbung. Dieser Beitrag enthält Werbung für einen Fahrradhändler.",
        "disclosure.advertising.de",
    ),
    ("Unbezahlte Werbung wegen Markennennung", "disclosure.advertising.de"),
    (
        "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate "
        "Links / Bilder von der Amazon Product Advertising API",
        "disclosure.affiliate.de",
    ),
    (
        "Lust auf mehr? Lass dir die besten Geschichten jede Woche in deinen Posteingang liefern.",
        "newsletter.invite",
    ),
    (
        "Sie möchten wöchentliche Fahrplantipps? Schauen Sie mal in unseren Pendlernewsletter!",
        "newsletter.invite",
    ),
    ("Melde dich hier für unseren Newsletter an!", "newsletter.invite"),
    ("Unterstütze Stadtbus-Magazin bereits mit 2,50!", "appeal.support.de"),
    ("Unterstützen Sie unseren Journalismus", "appeal.support.de"),
    ("Abbildung 4: Der neue Nachtbus an der Endhaltestelle.", "caption.figure_label.de"),
    ("Abb. 2: Streckennetz der Nachtlinien", "caption.figure_label.de"),
]


def _ids(case: tuple[str, str]) -> str:
    return f"{case[1]}:{case[0][:20]}"


@pytest.mark.parametrize("case", BOILERPLATE_DE, ids=_ids)
def test_the_rule_cuts_the_paragraph_and_names_itself(case: tuple[str, str]) -> None:
    text, rule = case
    blocks = [Block("paragraph", p) for p in PROSE["de"]]
    blocks.insert(2, Block("paragraph", text))
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE["de"]
    assert [(r.rule, r.text) for r in cleaned.removed] == [(rule, text)]


@pytest.mark.parametrize("case", BOILERPLATE_DE, ids=_ids)
def test_german_boilerplate_never_reaches_the_body(case: tuple[str, str]) -> None:
    text, _rule = case
    article = extract(page("de", inside=f"<p>{text}</p>"), explain=True)
    assert article.body is not None
    assert article.body.split("\n\n") == PROSE["de"]


@pytest.mark.parametrize(
    "text",
    [
        # prose that starts like a notice or names a phrase is kept
        "Keine Kommentare gab der Bürgermeister zu den Vorwürfen ab, die Opposition "
        "kritisierte sein Schweigen.",
        "Werbung für Tabak ist in Deutschland seit 2021 weitgehend verboten.",
        "Sie sind nicht angemeldet, wenn Sie ohne Ticket fahren, erklärte die Sprecherin der "
        "Verkehrsbetriebe am Dienstag.",
        "Das könnte Sie auch interessieren, sagte der Sprecher, denn die Linie 12 fährt bald "
        "bis zum Krankenhaus.",
        "Die Kategorie der Nachtbusse wird im Fahrplan neu geordnet.",
        "Unterstützen Sie Ihr Kind beim Lernen, rät die Lehrerin.",
        "Abbildungen des neuen Busses zeigt die Stadt ab Montag im Rathaus.",
    ],
)
def test_german_prose_that_mentions_a_phrase_is_kept(text: str) -> None:
    blocks = [Block("paragraph", text)]
    assert clean_blocks(blocks, header={}).blocks == blocks


@pytest.mark.parametrize(
    "heading",
    [
        "Das könnte Sie auch interessieren",
        "Empfohlene Beiträge",
        "Weitere Artikel zum Thema",
        "Beiträge aus dem Forum",
        "Auch auf stadtbus.de",
        "Vorschau auf den nächsten Artikel",
        "Weitere Reisetipps in Schweden",
    ],
)
def test_a_german_end_matter_heading_cuts_the_teasers_after_it(heading: str) -> None:
    blocks = [Block("paragraph", p) for p in PROSE["de"]]
    teasers = [heading, "Neue Linie 12 fährt bis zum Klinikum", "Busstreik: Was Pendler wissen"]
    cleaned = clean_blocks(blocks + [Block("paragraph", t) for t in teasers], header={})
    assert [b.text for b in cleaned.blocks] == PROSE["de"]
    assert [r.text for r in cleaned.removed] == teasers
    assert {r.rule for r in cleaned.removed} == {"end_matter.heading"}


def test_a_teaser_list_headed_by_its_first_item_is_end_matter() -> None:
    """The heading is the list's first item: "- Das könnte Sie auch interessieren", then
    the teasers as the next items."""
    teasers = (
        "- Das könnte Sie auch interessieren\n"
        "- Busstreik: Was Pendler jetzt wissen müssen\n"
        "- Neue Linie 12 fährt bis zum Klinikum"
    )
    blocks = [Block("paragraph", p) for p in PROSE["de"]] + [Block("list", teasers)]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE["de"]
    assert [(r.rule, r.text) for r in cleaned.removed] == [("end_matter.heading", teasers)]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Titelbild: Max Muster/picture alliance", "Max Muster/picture alliance"),
        ("Beitragsbild: Stadtwerke Nord", "Stadtwerke Nord"),
    ],
)
def test_a_closing_photo_credit_line_is_read_as_the_image_credit(line: str, credit: str) -> None:
    blocks = [Block("paragraph", p) for p in PROSE["de"]] + [Block("paragraph", line)]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE["de"]
    assert cleaned.image_credit == credit
