"""Publication dates: "originally published" lines, related posts' dates, the headline's date
when the markup gives none."""

from __future__ import annotations

import pytest

from conftest import MARKUP, published

FILLER = "".join(f"<p>Paragraph {n} of the article, long enough to read.</p>" for n in range(30))


@pytest.mark.parametrize(
    "line",
    [
        "This article was originally published on 26 Sep 2019 at 4:12pm but has been updated.",
        "Cet article a été initialement publié le 26 septembre 2019.",
        "Dieser Beitrag wurde ursprünglich veröffentlicht am 26. September 2019.",
        "Dieser Beitrag ist ursprünglich am 26. September 2019 erschienen.",
        "Este artículo fue publicado originalmente el 26 de septiembre de 2019.",
        "Questo articolo è stato pubblicato originariamente il 26 settembre 2019.",
        "Este artigo foi publicado originalmente em 26 de setembro de 2019.",
    ],
)
def test_an_originally_published_line_anywhere_gives_the_date(line: str) -> None:
    body = f"<article><h1>Title</h1><p>30 Sep 2022</p>{FILLER}</article><p>{line}</p>"
    assert published("", body)[:10] == "2019-09-26"


def test_an_originally_published_line_beats_the_markup() -> None:
    body = f"<h1>Title</h1>{FILLER}<p>Originally published on March 2, 2022.</p>"
    assert published(MARKUP, body)[:10] == "2022-03-02"


def test_markup_on_the_same_day_keeps_its_time() -> None:
    body = f"<h1>Title</h1>{FILLER}<p>Originally published on June 24, 2025.</p>"
    assert published(MARKUP, body) == "2025-06-24T10:00:00+00:00"


@pytest.mark.parametrize(
    "line",
    [
        "The novel was first published on 2 March 1998.",
        "The study, originally published on 2 March 2021 in a journal, found this.",
        "Le rapport, initialement publié le 2 mars 2021, disait cela.",
        "Quote: Originally Posted by Ann on 02/03/2021",
    ],
)
def test_originally_published_is_about_the_article_itself(line: str) -> None:
    body = f"<article><h1>Title</h1>{FILLER}</article><aside><p>{line}</p></aside>"
    assert published(MARKUP, body)[:10] == "2025-06-24"


def test_a_note_that_opens_with_originally_published() -> None:
    body = f"<article><h1>Title</h1>{FILLER}</article><p>Originally published: 2 March 2021</p>"
    assert published(MARKUP, body)[:10] == "2021-03-02"


def test_a_published_line_of_a_related_post_does_not_beat_confirmed_markup() -> None:
    body = (
        f"<article><h1>Title</h1><p>June 24, 2025</p>{FILLER}"
        "<div class='related'><a>Another story</a><p>Published on May 02, 2024</p></div>"
        "</article>"
    )
    assert published(MARKUP, body)[:10] == "2025-06-24"


def test_a_published_line_still_beats_unconfirmed_markup() -> None:
    body = f"<article><h1>Title</h1>{FILLER}<p>Published on May 02, 2024</p></article>"
    assert published(MARKUP, body)[:10] == "2024-05-02"


@pytest.mark.parametrize("label", ["Last updated:", "Mis à jour le", "Aktualisiert am", ""])
def test_without_markup_the_headline_date_beats_a_related_card(label: str) -> None:
    body = (
        f"<article><h1>Title</h1><span>{label}</span> <span>12/12/2025</span>{FILLER}"
        "<div class='card'><span class='post-date'>2 December 2025</span></div></article>"
    )
    assert published("", body)[:10] == "2025-12-12"


def test_json_ld_written_in_a_meta_tag() -> None:
    ld = (
        "{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Title&quot;,"
        "&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"
    )
    head = f'<meta name="script:ld+json" content="{ld}">'
    assert published(head, f"<h1>Title</h1>{FILLER}") == "2025-11-17T09:00:00-05:00"
    assert published('<meta name="description" content="2025-11-17">', "<h1>T</h1>") is None


TWO_DAYS = (
    '<script type="application/ld+json">{"@type": "Article", "headline": "Title", '
    '"datePublished": "2018-04-03T16:50:31Z"}</script>'
    '<meta property="article:published_time" content="2025-11-25T10:00:00+00:00">'
)


@pytest.mark.parametrize(
    "shown",
    ["Nov 25, 2025 5:00 am", "Updated: Nov 25, 2025", "25 novembre 2025", "25. November 2025",
     "Actualizado el 25 de noviembre de 2025", "25 de novembro de 2025", "25/11/2025"],
)  # fmt: skip
def test_of_two_markup_days_the_one_beside_the_headline(shown: str) -> None:
    body = f"<h1>Title</h1><p>{shown}</p>{FILLER}"
    assert published(TWO_DAYS, body) == "2025-11-25T10:00:00+00:00"


def test_a_headline_day_the_markup_does_not_give_changes_nothing() -> None:
    body = f"<h1>Title</h1><p>Updated: Dec 1, 2025</p>{FILLER}"
    assert published(TWO_DAYS, body) == "2018-04-03T16:50:31+00:00"
