"""Bylines and author names: "By Jane Doe and John Roe, Staff Writers" to two names.

An agency named in a byline ("Jeanne Dupont avec AFP", "Reuters") is the ``source``,
never an author. Vocabularies live in ``rules/byline.py``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from presscut.extraction.dom import clean_text
from presscut.extraction.rules.byline import (
    AGENCY_KEYS,
    BYLINE_AGENCIES,
    BYLINE_LEADING_DATE,
    BYLINE_TAIL,
    CJK_ORGANIZATION_ENDINGS,
    DESK_WORDS,
    FONT_FAMILY_WORDS,
    FONT_STYLE_WORDS,
    JA_NAME_PART_CHARS,
    JOB_NOUNS,
    LABEL_NOT_NAMES,
    LEAD_INS,
    LOWER_CASE_LEAD_INS,
    MAX_CJK_BYLINE_CHARS,
    MAX_CJK_NAME_CHARS,
    MAX_NAME_CHARS,
    MAX_NAME_WORDS,
    MAX_TITLE_WORDS,
    MAX_VISIBLE_NAME_WORDS,
    NAME_PARTICLES,
    NAME_SEPARATORS,
    NOT_NAME_PHRASES,
    NOT_NAMES,
    ORGANIZATION_WORDS,
    PHOTO_LABEL,
    PLACE_NOT_NAMES,
    REVIEWER_LABELS,
    ROLE_WORDS,
    SENTENCE_LEAD_IN,
    SENTENCE_NAMES_END,
    WITH_WORDS,
)
from presscut.extraction.rules.byline_page import (
    MAX_BYLINE_LINES,
    NAME_CONNECTOR,
)
from presscut.extraction.rules.credit import CJK_BYLINE_LINE

_ALL_LEAD_INS = sorted({w for ws in LEAD_INS.values() for w in ws}, key=len, reverse=True)
#: A lead-in ends at a space, a colon or the end; one ending in a CJK character or a slash
#: ("记者张三", "文／王五") needs no space.
_LEAD_IN = re.compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in _ALL_LEAD_INS) + r")"
    r"(?:(?=[\s:：]|$)|(?<=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef/]))[\s:：]*",
    re.IGNORECASE,
)
#: Markup in a name (JSON-LD that holds a link: "<a href=...>Jane Doe</a>"), and what is
#: left of it when a tag was cut in two.
_TAG = re.compile(r"<[^<>]*>")
_MARKUP_DEBRIS = re.compile(r"[<>=\"{}]|\bhref\b")
#: A handle after the name ("Williams Perdomo @wperdomod").
_TRAILING_HANDLE = re.compile(r"\s+@\w+$")
#: Names written in CJK characters only, spaces aside ("王建宏 张文攀": two people).
_CJK_ONLY = re.compile(r"^[\u3400-\u9fff\u3040-\u30ff·・ ]+$")
_CJK_NAME = r"[\u3400-\u9fff\u3040-\u30ff·・]{2,}"
_CJK_NAMES = re.compile(rf"^{_CJK_NAME}(?:\s+{_CJK_NAME})+$")
_DOTTED_HANDLE = re.compile(r"[a-z]{2,}\.[a-z]{2,}")
_URL_OR_EMAIL = re.compile(r"https?://|www\.|\S@\S|\.(?:com|org|net)\b", re.IGNORECASE)
_ROLE_AFTER_DASH = re.compile(r"^(?P<name>.+?)\s+[-–—]\s+(?P<role>[^-–—]+)$")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
#: A credential after a name: "MD", "Ph.D.", "RD", "CEPF®" (upper case, short, one word).
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]?\.?){1,6}[®™]?$|^Ph\.?D\.?$|^Jr\.?$|^Sr\.?$")
_EDGE_PUNCT = " \t.,;:|-–—•·/()[]{}\"'“”‘’«»"
_BRACKETS = ("()", "[]")
_AGENCY_BY_KEY: dict[str, str] = {}
for _agency in BYLINE_AGENCIES:
    _AGENCY_BY_KEY.setdefault(_agency.casefold(), _agency)


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    source: str | None = None  # agency named in the byline ("Jane Doe avec AFP" -> "AFP")
    desks: list[str] = field(default_factory=list)  # "Staff", "the Lavazza Team": no person


def parse_byline(text: str) -> Byline:
    """People and agency named in a byline, in order, without lead-ins, roles or dates."""
    text = clean_text(text)
    cjk = CJK_BYLINE_LINE.match(text) if len(text) <= MAX_CJK_BYLINE_CHARS else None
    text = cjk["names"] if cjk else _cut_tail(strip_lead_in(_sentence_names(text)))
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
            desk = None if name else desk_name(piece)
            if desk and desk not in byline.desks:
                byline.desks.append(desk)
    byline.source = ", ".join(sources) or None
    return byline


def japanese_names(names: list[str]) -> list[str]:
    """A Japanese page's names with each family name joined again to the given name a
    space set apart from it ("山田", "太郎" give "山田 太郎"): two short parts in a row."""
    joined: list[str] = []
    for name in names:
        if joined and _ja_part(joined[-1]) and _ja_part(name):
            joined[-1] = f"{joined[-1]} {name}"
        else:
            joined.append(name)
    return joined


def _ja_part(name: str) -> bool:
    return len(name) <= JA_NAME_PART_CHARS and _CJK_ONLY.match(name) is not None


def _sentence_names(text: str) -> str:
    """The names of a byline written as a sentence ("This post was written by Jane Doe,
    Head of Marketing" gives "Jane Doe"); any other text as it is."""
    lead_in = SENTENCE_LEAD_IN.search(text)
    if lead_in is None:
        return text
    names = text[lead_in.end() :]
    end = SENTENCE_NAMES_END.search(names)
    return names[: end.start()] if end else names


def split_names(text: str) -> list[str]:
    """Split "A, B and C" into people; credentials stay with the name before them. An
    organisation's name stays whole ("Center for Drug Evaluation and Research")."""
    if set(text.casefold().split()) & ORGANIZATION_WORDS and not re.search(r"[,;&|/]", text):
        return [trimmed] if (trimmed := _trim(text)) else []
    pieces = [_trim(p) for p in NAME_SEPARATORS.split(text)]
    pieces = [q for p in pieces for q in (p.split() if _CJK_NAMES.match(p) else [p])]
    names: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if names and (_CREDENTIAL.match(piece) or _is_title(piece)):
            continue  # "Dylan Bailey, MS, RD", "Jane Doe, WCI Columnist": not a person
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
    written = _trim(text)
    key = written.casefold()
    if key in AGENCY_KEYS:
        return written  # as the page writes it: "dpa", "AFP"
    for suffix in (" staff", " news"):
        if key.endswith(suffix) and key[: -len(suffix)] in AGENCY_KEYS:
            return _AGENCY_BY_KEY[key[: -len(suffix)]]
    return None


def desk_name(text: str) -> str | None:
    """A named desk's collective byline ("the Lavazza Team", "EcoCult Staff"), as the page
    writes it: credited only when no place names a person. An unnamed one ("Staff", "Our
    Editors") names nobody and is rejected like "Email the author"."""
    name = _trim(strip_lead_in(clean_text(_unescape(text))))
    key = name.casefold()
    words = key.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or words[-1] not in DESK_WORDS:
        return None
    if _URL_OR_EMAIL.search(name) or NOT_NAME_PHRASES.search(name) or key in NOT_NAMES:
        return None
    if not_a_name(name):
        return None
    return name if name[0].isupper() or words[0] == "the" else None


def normalise_author(text: str) -> str | None:
    """A clean person's name, or None when the text names nobody."""
    text = _TRAILING_HANDLE.sub("", clean_text(_TAG.sub(" ", _unescape(text))))
    if PHOTO_LABEL.match(text):
        return None  # a photo's credit: "Fotos: EL HERALDO"
    name = _without_role(_trim(strip_lead_in(text)))
    if not name or not _LETTER.search(name) or not_a_name(name):
        return None
    if _URL_OR_EMAIL.search(name) or _DIGIT.search(name) or len(name) > MAX_NAME_CHARS:
        return None
    if _DOTTED_HANDLE.search(name):  # "page.head.author", "jane.doe": code or a login
        return None
    words = name.split()
    if len(words) > MAX_NAME_WORDS or name.casefold() in NOT_NAMES:
        return None
    if NOT_NAME_PHRASES.search(name) or _is_role(words):
        return None
    if name.startswith("@") or (name.isupper() and len(name) <= 3):
        return None  # a handle, or an avatar's initials
    if name.isupper() and len(name) > 3:
        name = name.title()
    if _CJK_ONLY.match(name) and all(len(w) == 1 for w in words):
        name = "".join(words)  # "赵 培": a two-character name spaced out
    return name


def not_a_name(name: str) -> bool:
    """A label, a place, a font, markup or an editor's initials where a name would be
    ("Źródło", "Hamburg", "Open Sans Regular", "a>", "so")."""
    key = name.casefold()
    words = key.split()
    if key in LABEL_NOT_NAMES or key in PLACE_NOT_NAMES or _MARKUP_DEBRIS.search(name):
        return True
    if set(words) & FONT_FAMILY_WORDS or words[-1] in FONT_STYLE_WORDS:
        return True
    if _CJK_ONLY.match(name):  # "郭荣梅指挥乐团练习": a caption, unless an organisation
        letters = len(name) - name.count(" ")
        return letters > MAX_CJK_NAME_CHARS and not key.endswith(CJK_ORGANIZATION_ENDINGS)
    return len(words) == 1 and name.islower() and len(name) <= 2  # initials: "(eg)", "so"


def looks_like_name(name: str, strict: bool = False) -> bool:
    """A visible text that reads as a name, not a sentence ("By submitting this form").

    Strict (free text after "By"): every word capitalised, particles aside. Else (an
    author element): a user name ("jsteinhardt") or at most a third of words in lower case.
    """
    words = [w for w in name.split() if w not in NAME_PARTICLES]
    if len(words) > MAX_VISIBLE_NAME_WORDS:
        return False
    lower = sum(1 for w in words if not w[0].isupper())
    if strict:
        return lower == 0
    return len(words) == 1 or lower * 3 <= len(words)


def name_key(name: str) -> str:
    """A name's letters, case-folded and without accents or spaces ("José Pérez" gives
    "joseperez"): the form an address spells it in."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))


def _unescape(text: str) -> str:
    return html.unescape(text) if "&" in text else text


def _is_role(words: list[str]) -> bool:
    """A job title, not a name: only job words ("Staff Writer"), or mostly job words in
    lower case ("envoyée spéciale à Kyiv")."""
    roles = sum(1 for w in words if w.strip(_EDGE_PUNCT).casefold() in ROLE_WORDS)
    return roles == len(words) or (words[0].islower() and roles * 2 >= len(words))


def _is_title(piece: str) -> bool:
    """A short job title ending or starting with a job's noun ("WCI Columnist",
    "Columnista invitada"): after a name it is that person's job (alone, it is the
    page's credit)."""
    words = piece.casefold().split()
    return 0 < len(words) <= MAX_TITLE_WORDS and bool({words[0], words[-1]} & JOB_NOUNS)


def _without_role(name: str) -> str:
    """The name without a job after a dash ("Jane Doe - Author", "Jane Doe – Editor")."""
    found = _ROLE_AFTER_DASH.match(name)
    if found and _is_role(found["role"].split()):
        return found["name"]
    return name


def _trim(text: str) -> str:
    """``text`` without punctuation and spaces at its edges, but with the closing bracket
    of a bracket it opens ("Claight Corporation (Expert Market Research)")."""
    trimmed = text.strip(_EDGE_PUNCT)
    for opening, closing in _BRACKETS:
        if trimmed.count(opening) > trimmed.count(closing) and text.rstrip().endswith(closing):
            trimmed += closing
    return trimmed


def _cut_tail(text: str) -> str:
    """Drop a date before the names, then dates, "Updated ..." and reading times after
    them, and whoever is named after a "Reviewed by" (the reviewer is no author)."""
    reviewer = REVIEWER_LABELS.search(text)
    text = text[: reviewer.start()] if reviewer else text
    return _trim(BYLINE_TAIL.sub("", BYLINE_LEADING_DATE.sub("", text)))


def markup_byline(found: list[tuple[str, bool]]) -> Byline:
    """Authors named in markup, ``(name, is_organization)``: people split and cleaned,
    agencies moved to the source; an organization's name is kept whole."""
    byline = Byline()
    sources: list[str] = []
    for name, is_org in found:
        name = clean_text(_TAG.sub(" ", _unescape(name)))  # "Maria &amp; Katerina", "<a ...>"
        for piece in [name] if is_org else split_names(name):
            agency = agency_name(piece)
            person = None if agency else normalise_author(piece)
            desk = None if agency or person or is_org else desk_name(piece)
            if agency and agency not in sources:
                sources.append(agency)
            if desk and desk not in byline.desks:
                byline.desks.append(desk)
            if person and person not in byline.authors:
                byline.authors.append(person)
    byline.source = ", ".join(sources) or None
    return byline


def first_naming(bylines: list[Byline]) -> Byline:
    """The first byline that names people; the first source and desk of any."""
    people = next(
        (b for b in bylines if any(" " in a and looks_like_name(a, True) for a in b.authors)),
        next((b for b in bylines if b.authors), Byline()),
    )
    source = next((b.source for b in bylines if b.source), None)
    desks = next((b.desks for b in bylines if b.desks), [])
    return Byline(list(people.authors), source, list(desks))


def without_site_name(name: str, site_name: str | None) -> str:
    """The name without the site's name after it ("Brian Truitt USA TODAY"); nothing when
    what is left is a label ("Noticias El Comercio": the site's section, no one)."""
    site = site_name or ""
    if site and len(name) > len(site) + 2 and name.casefold().endswith(site.casefold()):
        rest = name[: -len(site)].strip(" ,|-–—")
        key = rest.casefold()
        if key in LABEL_NOT_NAMES:
            return ""
        return name if key in NOT_NAMES or key in DESK_WORDS else rest  # "Redacción X"
    return name


# --- bylines in the page ---------------------------------------------------------------


def parse_lines(lines: list[str], strict: bool = False) -> Byline:
    """A byline element's text, one line per element: names until the first line that
    is neither a name, a lead-in nor a connector ("Jane Doe" / "Head Winemaker" stops)."""
    found = Byline()
    sources: list[str] = []
    expecting = True
    for line in lines[:MAX_BYLINE_LINES]:
        if NAME_CONNECTOR.match(line):
            expecting = True
            continue
        if not expecting or (found.authors and _is_title(line)):
            break  # "Jane Doe" / "WCI Columnist": her job
        byline = parse_byline(line)
        byline.authors = [a for a in byline.authors if looks_like_name(a, strict)]
        if byline.source and byline.source not in sources:
            sources.append(byline.source)
        new = [a for a in byline.authors if a not in found.authors]
        found.authors.extend(new)
        found.desks.extend(d for d in byline.desks if d not in found.desks)
        if new or byline.source or byline.desks:
            expecting = bool(re.search(r"(?:,|&|\band|\bet|\bund)\s*$", line))
        elif found.authors:
            break
    found.source = ", ".join(sources) or None
    return found
