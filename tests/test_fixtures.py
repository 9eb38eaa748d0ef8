"""Extraction checked against the hand-made pages in `fixtures/`.

Each `fixtures/<name>/` folder holds `page.html` (a page written by hand, modelled on how a
real publisher renders it) and `expected.json` (what a careful reader wants from that page,
written by hand from the page). Only the keys present in `expected.json` are compared; a few
keys are not article fields:

- `url`: the address the page is extracted for (passed to `presscut.extract`, and also
  compared with the record's `url`);
- `body_must_not_contain`: pieces of page chrome (menus, notices, prompts, credit lines,
  kicker...) that must not appear anywhere in `body`.

`body` is compared exactly; `credit` is compared whole; `published` must be extended ISO 8601
and is compared as an instant with its UTC offset (so `+01:00` must stay `+01:00`, and a page
that gives no time zone must give none); `language` ignoring case (BCP 47).

`test_fixture_is_consistent` checks the fixtures themselves, without the extractor: every
expected body paragraph and every chrome string is on the page, and no chrome is in the body.
"""

from __future__ import annotations

import difflib
import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from selectolax.lexbor import LexborHTMLParser

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures"

#: Keys of expected.json that are instructions to the test, not article fields.
META_KEYS = ("body_must_not_contain",)

#: Article fields a fixture may assert (every top-level key of the record but the envelope).
ARTICLE_KEYS = (
    "url",
    "canonical_url",
    "title",
    "kicker",
    "lead",
    "body",
    "credit",
    "published",
    "language",
    "site_name",
    "section",
)


def _fixture_names() -> list[str]:
    return sorted(p.name for p in FIXTURES_DIR.iterdir() if (p / "page.html").is_file())


FIXTURES = _fixture_names()


@cache
def _expected(name: str) -> dict[str, Any]:
    text = (FIXTURES_DIR / name / "expected.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _page(name: str) -> bytes:
    return (FIXTURES_DIR / name / "page.html").read_bytes()


@cache
def _record(name: str) -> dict[str, Any]:
    import presscut  # here, so the fixture self-checks run even when the extractor is broken

    article = presscut.extract(_page(name), url=_expected(name)["url"])
    return article.to_dict()


def _field_cases() -> list[Any]:
    cases = []
    for name in FIXTURES:
        for key in _expected(name):
            if key in ARTICLE_KEYS:
                cases.append(pytest.param(name, key, id=f"{name}:{key}"))
    return cases


def _body_diff(expected: str, actual: str) -> str:
    diff = difflib.unified_diff(
        expected.split("\n"),
        actual.split("\n"),
        fromfile="expected body",
        tofile="extracted body",
        lineterm="",
    )
    return "\n".join(diff)


#: Extended ISO 8601: a date, optionally a time, optionally `Z` or a `±HH:MM` offset.
ISO_8601 = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?")


def _parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _same_published(expected: str | None, actual: Any) -> bool:
    if expected is None or not isinstance(actual, str):
        return expected == actual
    if not ISO_8601.fullmatch(actual):
        return False
    try:
        got = _parse_iso(actual)
    except ValueError:
        return False
    want = _parse_iso(expected)
    if (want.tzinfo is None) != (got.tzinfo is None):
        return False
    return got == want and got.utcoffset() == want.utcoffset()


# ---------------------------------------------------------------- the fixtures themselves


def _decoded_page(name: str) -> str:
    """The page as text: UTF-8, or else windows-1252 (what browsers use for latin-1 pages)."""
    try:
        return _page(name).decode("utf-8")
    except UnicodeDecodeError:
        return _page(name).decode("cp1252")


def _page_text(name: str) -> str:
    """All the text of the page, as a reader (or a view-source) would see it."""
    tree = LexborHTMLParser(_decoded_page(name))
    root = tree.root
    parts = [root.text(separator=" "), root.text(separator="")] if root else []
    parts += [node.attributes.get("content") or "" for node in tree.css("meta")]
    parts += [node.text() for node in tree.css("script")]
    return " ".join(parts)


def _paragraph_snippets(paragraph: str) -> list[str]:
    """The pieces of a body paragraph that must be on the page ("- " list markers removed)."""
    lines = paragraph.split("\n")
    if all(line.startswith("- ") for line in lines):
        return [line[2:] for line in lines]
    return [paragraph]


def test_fixtures_exist() -> None:
    assert len(FIXTURES) >= 7, f"expected at least 7 fixtures, found {FIXTURES}"


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_is_consistent(name: str) -> None:
    """expected.json is well formed and written from its page (guards against typos)."""
    expected = _expected(name)
    unknown = set(expected) - set(ARTICLE_KEYS) - set(META_KEYS)
    assert not unknown, f"{name}: unknown keys in expected.json: {sorted(unknown)}"
    for key in ("url", "title", "body", "credit", "language"):
        assert key in expected, f"{name}: expected.json must assert {key!r}"
    body = expected["body"]
    assert body == body.strip() and "\n\n\n" not in body, f"{name}: badly separated body"
    assert not re.search(r"[ \t\u00a0]{2,}|[ \t]\n|\n[ \t]", body), f"{name}: uncollapsed body"
    page_text = _page_text(name)
    collapsed = " ".join(page_text.split())
    for paragraph in body.split("\n\n"):
        for snippet in _paragraph_snippets(paragraph):
            assert snippet in collapsed, f"{name}: body text not on the page: {snippet[:80]!r}"
    for chrome in expected.get("body_must_not_contain", []):
        assert chrome in page_text or chrome in collapsed, (
            f"{name}: chrome string not on the page: {chrome!r}"
        )
        assert chrome not in body, f"{name}: expected body itself contains {chrome!r}"


# ---------------------------------------------------------------- extraction


@pytest.mark.parametrize("name", FIXTURES)
def test_record_is_valid(name: str) -> None:
    from presscut.output import load_schema

    record = _record(name)
    jsonschema.validate(record, load_schema())
    assert record["error"] is None, f"{name}: extraction reported an error: {record['error']}"


@pytest.mark.parametrize(("name", "key"), _field_cases())
def test_field(name: str, key: str) -> None:
    want = _expected(name)[key]
    got = _record(name).get(key)
    if key == "body":
        if got != want:
            pytest.fail(f"{name}: body differs\n{_body_diff(want, got or '')}", pytrace=False)
    elif key == "published":
        assert _same_published(want, got), f"{name}: published {got!r}, expected {want!r}"
    elif key == "language":
        same = isinstance(got, str) and want is not None and got.lower() == want.lower()
        assert same or got == want, f"{name}: language {got!r}, expected {want!r}"
    else:
        assert got == want, f"{name}: {key} is {got!r}, expected {want!r}"


@pytest.mark.parametrize("name", FIXTURES)
def test_body_has_no_chrome(name: str) -> None:
    body = _record(name).get("body") or ""
    found = [s for s in _expected(name).get("body_must_not_contain", []) if s in body]
    assert not found, f"{name}: page chrome left in the body: {found}"


@pytest.mark.parametrize("name", FIXTURES)
def test_body_does_not_start_with_lead(name: str) -> None:
    record = _record(name)
    lead, body = record.get("lead"), record.get("body") or ""
    if lead:
        assert not body.startswith(lead[:60]), f"{name}: body starts with the lead"
