"""Bylines and author names: "By Jane Doe and John Roe, Staff Writers" to two names.

An agency named in a byline ("Jeanne Dupont avec AFP", "Reuters") is the ``source``,
never an author. Vocabularies live in ``rules/byline.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presscut.extract.dom import clean_text
from presscut.extract.rules.byline import (
    AGENCY_KEYS,
    BYLINE_AGENCIES,
    BYLINE_TAIL,
    LEAD_INS,
    LOWER_CASE_LEAD_INS,
    MAX_NAME_CHARS,
    MAX_NAME_WORDS,
    NAME_SEPARATORS,
    NOT_NAME_PHRASES,
    NOT_NAMES,
    ROLE_WORDS,
    WITH_WORDS,
)

_ALL_LEAD_INS = sorted({w for ws in LEAD_INS.values() for w in ws}, key=len, reverse=True)
_LEAD_IN = re.compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in _ALL_LEAD_INS) + r")(?=[\s:]|$)[\s:]*",
    re.IGNORECASE,
)
_URL_OR_EMAIL = re.compile(r"https?://|www\.|\S@\S|\.(?:com|org|net)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: A credential after a name: "MD", "Ph.D.", "RD", "CEPF®" (upper case, short, one word).
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]?\.?){1,6}[®™]?$|^Ph\.?D\.?$|^Jr\.?$|^Sr\.?$")
_EDGE_PUNCT = " \t.,;:|-–—•·/()[]{}\"'“”‘’«»"
_AGENCY_BY_KEY = {a.casefold(): a for a in sorted(BYLINE_AGENCIES, key=len)}


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    source: str | None = None  # agency named in the byline ("Jane Doe avec AFP" -> "AFP")


def parse_byline(text: str) -> Byline:
    """People and agency named in a byline, in order, without lead-ins, roles or dates."""
    text = _cut_tail(strip_lead_in(clean_text(text)))
    parts = WITH_WORDS.split(text)
    byline = Byline()
    sources: list[str] = []
    for part in parts:
        for piece in split_names(part):
            agency = agency_name(piece)
            if agency:
                if agency not in sources:
                    sources.append(agency)
                continue
            name = normalise_author(piece)
            if name and name not in byline.authors:
                byline.authors.append(name)
    byline.source = ", ".join(sources) or None
    return byline


def split_names(text: str) -> list[str]:
    """Split "A, B and C" into people; credentials stay with the name before them."""
    pieces = [p.strip(_EDGE_PUNCT) for p in NAME_SEPARATORS.split(text)]
    names: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if names and _CREDENTIAL.match(piece):
            continue  # "Dylan Bailey, MS, RD": the credential is not a person
        names.append(piece)
    return names


def strip_lead_in(text: str) -> str:
    """Remove "By", "Par", "Von", "Por", "Di", "Written by" ... before the names."""
    for _ in range(2):  # "Text: By Jane Doe"
        stripped = _LEAD_IN.sub("", text, count=1)
        for lead in LOWER_CASE_LEAD_INS:
            if stripped.startswith(lead):
                stripped = stripped[len(lead) :]
        if stripped == text:
            break
        text = stripped
    return text


def agency_name(text: str) -> str | None:
    """The agency a byline part names ("AFP", "Reuters", "The Associated Press"), if any."""
    key = text.strip(_EDGE_PUNCT).casefold()
    if key in AGENCY_KEYS:
        return _AGENCY_BY_KEY[key]
    for suffix in (" staff", " news"):
        if key.endswith(suffix) and key[: -len(suffix)] in AGENCY_KEYS:
            return _AGENCY_BY_KEY[key[: -len(suffix)]]
    return None


def normalise_author(text: str) -> str | None:
    """A clean person's name, or None when the text names nobody."""
    name = strip_lead_in(clean_text(text)).strip(_EDGE_PUNCT)
    if not name or not _LETTER.search(name):
        return None
    if _URL_OR_EMAIL.search(name) or _DIGIT.search(name) or len(name) > MAX_NAME_CHARS:
        return None
    words = name.split()
    if len(words) > MAX_NAME_WORDS or name.casefold() in NOT_NAMES:
        return None
    if NOT_NAME_PHRASES.search(name) or _is_role(words):
        return None
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def _is_role(words: list[str]) -> bool:
    return all(w.strip(_EDGE_PUNCT).casefold() in ROLE_WORDS for w in words)


def _cut_tail(text: str) -> str:
    """Drop dates, "Updated ..." and reading times after the names."""
    return BYLINE_TAIL.sub("", text).strip(_EDGE_PUNCT)
