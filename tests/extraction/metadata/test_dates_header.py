"""The date shown beside the headline against the markup's publication date."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from conftest import MARKUP, published
from presscut.extraction.metadata.date_values import parse_date
from presscut.extraction.metadata.dates import header_date

FILLER = "".join(f"<p>Paragraph {n} of the article.</p>" for n in range(30))


@pytest.mark.parametrize(
    "shown",
    [
        "<span>August 25, 2024</span>",
        "<span>25 août 2024</span>",
        "<span>25. August 2024</span>",
        "<span>25 de agosto de 2024</span>",
        "<span>25 agosto 2024</span>",
        "<span>By Ann Lee</span> <span>25/08/2024</span>",
    ],
)
def test_an_earlier_date_beside_the_headline_beats_the_markup(shown: str) -> None:
    assert published(MARKUP, f"<h1>Title</h1>{shown}{FILLER}")[:10] == "2024-08-25"


@pytest.mark.parametrize(
    "label",
    ["Last updated:", "Updated on", "Mis à jour le", "Aktualisiert am", "Actualizado el",
     "Aggiornato il", "Atualizado em", "Reviewed"],
)  # fmt: skip
def test_an_update_beside_the_headline_does_not(label: str) -> None:
    body = f"<h1>Title</h1><span>{label}</span> <span>25/08/2024</span>{FILLER}"
    assert published(MARKUP, body)[:10] == "2025-06-24"


def test_a_later_date_beside_the_headline_does_not() -> None:
    assert published(MARKUP, f"<h1>Title</h1><p>August 25, 2025</p>{FILLER}")[:10] == "2025-06-24"


def test_a_day_apart_is_the_time_zone_not_another_date() -> None:
    assert published(MARKUP, f"<h1>Title</h1><p>June 23, 2025</p>{FILLER}")[:10] == "2025-06-24"


def test_a_date_far_below_the_headline_is_not_the_article_date() -> None:
    body = f"<h1>Title</h1>{FILLER}<p>On 25 August 2024</p>"
    assert published(MARKUP, body)[:10] == "2025-06-24"


def test_a_time_element_gives_its_machine_value() -> None:
    tree = LexborHTMLParser(
        '<body><h1>Title</h1><time datetime="2025-08-01T10:00:00-05:00">8/1/2025</time></body>'
    )
    assert header_date(tree) == ("2025-08-01T10:00:00-05:00", False)


def test_no_headline_no_header_date() -> None:
    assert header_date(LexborHTMLParser("<body><p>August 25, 2024</p></body>")) is None


def test_iso_dates_without_leading_zeros() -> None:
    assert parse_date("2025-11-7") == "2025-11-07"
    assert parse_date("2025-1-15T08:00:00Z") == "2025-01-15T08:00:00+00:00"
