"""A personal site's owner is the author of an article that names nobody, only when the
site is named like a person and the article is written as "I" (several languages); a
brand's site, a site named like a page, or a byline elsewhere keeps the owner out."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.owner import person_shaped, written_as_i
from presscut.extraction.metadata.read import read_metadata

EN_POST = """
<p>I moved my side project from SQLite to Postgres last month, and I do not regret it.</p>
<p>My first worry was backups. I wrote a small cron job and I test it every week.</p>
<p>I still think it is the right call for me.</p>
"""
FR_POST = """
<p>Je suis partie à Lisbonne en mars. J'ai loué un vélo et j'ai suivi la côte.</p>
<p>Mon conseil : partez tôt. Moi, je me suis levée à six heures chaque jour.</p>
<p>Mes photos sont en bas de page.</p>
"""
DE_POST = """
<p>Ich habe meinen Garten im Herbst umgegraben. Mein Rücken war nicht begeistert.</p>
<p>Ich zeige euch, was ich gepflanzt habe und was mir misslungen ist.</p>
<p>Meine Tomaten kommen im nächsten Beitrag.</p>
"""
WE_POST = """
<p>We shipped our new release today. Our team worked hard and we are proud of it.</p>
<p>We thank our customers; I am told our support desk is ready for us.</p>
<p>We will share our roadmap soon, and we hope you like our plans.</p>
"""


def page(head: str, body: str, footer: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><header><a href='/'>Home</a></header>"
        f"<article><h1>A post</h1>{body}</article><footer>{footer}</footer></body></html>"
    )


def authors(html: str, url: str = "https://example.org/posts/a-post") -> list[str]:
    return read_metadata(LexborHTMLParser(html), url).authors


@pytest.mark.parametrize(
    ("head", "body", "footer", "owner"),
    [
        ("<title>Why I moved to Postgres | Jane Doe</title>", EN_POST, "", "Jane Doe"),
        ('<meta property="og:site_name" content="Claire Martin">', FR_POST, "", "Claire Martin"),
        (
            "<title>Gartenjahr</title>",
            DE_POST,
            "© 2019–2025 Jonas Weber. Alle Rechte",
            "Jonas Weber",
        ),
    ],
)
def test_personal_site_owner_is_the_author(head: str, body: str, footer: str, owner: str) -> None:
    assert authors(page(head, body, footer)) == [owner]


def test_site_named_like_a_person_but_written_as_we_has_no_author() -> None:
    assert authors(page("<title>Release notes | Sam Carter</title>", WE_POST)) == []


def test_brand_named_site_written_as_i_has_no_author() -> None:
    html = page(
        "<title>Why I moved | Talking Home Renovations</title>", EN_POST, "© 2025 Acme Shop"
    )
    assert authors(html) == []


def test_a_byline_beats_the_owner() -> None:
    body = '<p class="byline">By Sam Roe</p>' + EN_POST
    assert authors(page("<title>Why I moved | Jane Doe</title>", body)) == ["Sam Roe"]


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("Jane Doe", True),
        ("Zoë O'Neil", True),
        ("Jean-Luc Picard", True),
        ("Privacy Policy", False),  # a page's name
        ("Acme Media", False),  # an organisation's word
        ("Talking Home Renovations", False),  # three words: a brand
        ("A Post", False),  # a one-letter word
        ("Le Monde", False),  # a newspaper's title starts with an article
        ("Der Spiegel", False),
        ("El País", False),
        ("Madonna", False),  # one word is a brand as often as a name
        ("jane doe", False),
        ("ACME CORP", False),
    ],
)
def test_person_shaped(name: str, shaped: bool) -> None:
    assert person_shaped(name) is shaped


@pytest.mark.parametrize(
    ("body", "as_i"),
    [
        (EN_POST, True),
        (FR_POST, True),
        (DE_POST, True),
        (WE_POST, False),
        ("<p>I agree.</p>", False),
    ],
)
def test_written_as_i(body: str, as_i: bool) -> None:
    scope = LexborHTMLParser(f"<article>{body}</article>").css_first("article")
    assert written_as_i(scope) is as_i


@pytest.mark.parametrize(
    "footer",
    [
        "<footer><p>© 2019–2025 Jonas Weber</p><p>Impressum</p></footer>",
        "<footer><span>Copyright 2025</span> <span>Jonas Weber.</span></footer>",
        # no <footer>: the end of the page's text
        "<div class='end'><p>Menu</p><p>(c) Jonas Weber, all rights reserved</p></div>",
    ],
)
def test_copyright_holder_is_the_owner(footer: str) -> None:
    html = page("<title>Gartenjahr</title>", DE_POST).replace("<footer></footer>", footer)
    assert authors(html) == ["Jonas Weber"]
