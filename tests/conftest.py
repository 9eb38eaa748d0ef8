"""Shared test helpers: schema validation of records, and a small article page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from presscut.output import load_schema

RecordCheck = Callable[[dict[str, Any]], dict[str, Any]]

#: An article in French, so that charset mistakes show in the accents.
ARTICLE_TITLE = "Le café de la gare rouvre après l'été"
ARTICLE_SENTENCE = "Les habitués ont retrouvé leur comptoir préféré dès sept heures du matin."
FILLER = (
    "La municipalité a financé une partie des travaux de rénovation du bâtiment. "
    "Le nouveau gérant promet des prix inchangés et des horaires élargis le dimanche. "
    "Plusieurs associations du quartier y tiendront leurs réunions mensuelles. "
)


def article_html(title: str = ARTICLE_TITLE, sentence: str = ARTICLE_SENTENCE) -> str:
    """A plain news page with a headline and a few paragraphs (no charset declared)."""
    paragraphs = "".join(f"<p>{text}</p>" for text in (sentence, FILLER, FILLER, FILLER))
    return (
        "<!DOCTYPE html><html lang='fr'><head>"
        f"<title>{title}</title></head><body><nav><a href='/'>Accueil</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Tous droits réservés</footer></body></html>"
    )


def assert_valid_record(record: dict[str, Any]) -> dict[str, Any]:
    """Fail unless `record` is valid against the article schema; return it."""
    errors = [e.message for e in Draft202012Validator(load_schema()).iter_errors(record)]
    assert not errors, f"record breaks the schema: {errors}"
    return record


@pytest.fixture
def check_record() -> RecordCheck:
    """Validate one JSON record against the article schema (returns it, for chaining)."""
    return assert_valid_record
