"""The JSON schema of one article record, checked against records built by hand."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from jsonschema import Draft202012Validator

from presscut.article import ERROR_TYPES, Article, Credit, Removal
from presscut.output import dumps, load_schema

#: A record with every field filled in, as a successful extraction with --explain gives it.
FULL_ARTICLE = Article(
    url="https://example.org/news/1",
    final_url="https://www.example.org/news/1",
    canonical_url="https://www.example.org/news/1",
    status=200,
    title="Un titre",
    kicker="Vives tensions",
    lead="Le chapô de l'article.",
    body="Premier paragraphe.\n\nUn intertitre\n\n- un\n- deux",
    credit=Credit(authors=["Jeanne Martin", "Paul Durand"], source="AFP", image="AFP / X"),
    published="2020-01-01T10:05:00+01:00",
    language="fr",
    site_name="Exemple.fr",
    section="International",
    removed=[Removal(rule="comment-notice", text="Les commentaires sont fermés.")],
)


def _validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema())


def _full() -> dict[str, Any]:
    return copy.deepcopy(FULL_ARTICLE.to_dict())


def _errors(record: dict[str, Any]) -> list[str]:
    return [error.message for error in _validator().iter_errors(record)]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_full_record_validates() -> None:
    assert _errors(_full()) == []


def test_full_record_survives_json_round_trip() -> None:
    record = json.loads(dumps(FULL_ARTICLE))
    assert record == _full()
    assert _errors(record) == []


def test_empty_record_validates() -> None:
    assert _errors(Article().to_dict()) == []


def test_failure_record_validates() -> None:
    record = Article.failure("https://example.org/x", "http_status", "HTTP 404", 404).to_dict()
    assert _errors(record) == []
    assert record["error"] == {"type": "http_status", "message": "HTTP 404", "status": 404}


@pytest.mark.parametrize("error_type", ERROR_TYPES)
def test_every_error_type_is_in_the_schema(error_type: str) -> None:
    record = Article.failure(None, error_type, "why").to_dict()
    assert _errors(record) == []


def test_schema_error_types_are_the_model_error_types() -> None:
    error_branch = load_schema()["properties"]["error"]["oneOf"][1]
    assert tuple(error_branch["properties"]["type"]["enum"]) == ERROR_TYPES


def test_every_schema_key_is_a_record_key() -> None:
    schema = load_schema()
    record = Article().to_dict()
    assert set(schema["required"]) == set(record) == set(schema["properties"])
    credit = schema["properties"]["credit"]
    assert set(credit["required"]) == set(record["credit"]) == set(credit["properties"])


@pytest.mark.parametrize("key", sorted(Article().to_dict()))
def test_record_missing_a_key_fails(key: str) -> None:
    record = _full()
    del record[key]
    assert _errors(record), f"a record without {key!r} should not validate"


@pytest.mark.parametrize("key", ["authors", "source", "image"])
def test_credit_missing_a_key_fails(key: str) -> None:
    record = _full()
    del record["credit"][key]
    assert _errors(record), f"a credit without {key!r} should not validate"


def test_record_with_an_extra_key_fails() -> None:
    record = _full()
    record["author"] = "Jeanne Martin"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, load_schema())


def test_credit_with_an_extra_key_fails() -> None:
    record = _full()
    record["credit"]["photographer"] = "X"
    assert _errors(record)


def test_error_with_an_extra_key_fails() -> None:
    record = Article.failure(None, "timeout", "slow").to_dict()
    record["error"]["retry"] = True
    assert _errors(record)


def test_removal_with_an_extra_key_fails() -> None:
    record = _full()
    record["removed"][0]["score"] = 1
    assert _errors(record)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema_version",), "2.0"),
        (("title",), 42),
        (("status",), "200"),
        (("credit", "authors"), "Jeanne Martin"),
        (("credit", "authors"), [""]),
        (("error",), {"type": "teapot", "message": "no", "status": None}),
        (("removed",), [{"rule": "x"}]),
    ],
)
def test_record_with_a_wrong_value_fails(path: tuple[str, ...], value: Any) -> None:
    record = _full()
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert _errors(record), f"{'.'.join(path)} = {value!r} should not validate"
