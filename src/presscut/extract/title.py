"""The article's headline: choose among JSON-LD, og:title, <title> and <h1>, and clean it.

Site-name segments (" | Atlantico.fr", "Le Monde - ") are cut only when they match the
site's name or domain; a headline with a dash or a colon in it is kept whole. When the
page's <h1> equals a candidate (or a candidate minus a segment), the <h1> wins: it is the
headline the reader sees.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from presscut.extract.dom import clean_text
from presscut.extract.rules.title import (
    GENERIC_TITLES,
    HTML_COMMENT,
    MAX_TITLE_CHARS,
    SEGMENT_SEPARATORS,
    SITE_NAME_FILLERS,
)

_NON_WORD = re.compile(r"[\W_]+")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)


@dataclass
class TitleChoice:
    title: str | None = None
    h1: str | None = None
    raw_titles: list[str] = field(default_factory=list)


@dataclass
class TitleCandidates:
    """Headline candidates in order of trust, as found in the page (uncleaned)."""

    meta: list[str] = field(default_factory=list)  # JSON-LD headline, og:title, twitter:title
    title_tag: str | None = None
    h1s: list[str] = field(default_factory=list)


def clean_title(text: str | None) -> str:
    """Text without React's "<!-- -->" markers, entities or extra white space."""
    text = HTML_COMMENT.sub("", text or "")
    if _ENTITY.search(text):
        text = html.unescape(text)
    return clean_text(text).strip(" |-–—:·•")


def site_keys(site_names: list[str], url: str | None) -> frozenset[str]:
    """Comparable forms of the site's names and domain ("atlanticofr", "atlantico")."""
    keys = {_key(n) for n in site_names if n}
    keys.update(_key(_without_fillers(n)) for n in site_names if n)
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [lab for lab in host.casefold().split(".") if lab and lab != "www"]
    if labels:
        keys.add(_key(".".join(labels)))
        if len(labels) >= 2:
            keys.add(_key(labels[-2]))
            keys.add(_key("".join(labels[-2:])))
        if len(labels) >= 3 and len(labels[-2]) <= 3:  # example.co.uk
            keys.add(_key(labels[-3]))
            keys.add(_key("".join(labels[-3:])))
    keys.discard("")
    return frozenset(keys)


def strip_site_name(title: str, keys: frozenset[str]) -> str:
    """Cut leading and trailing segments that name the site; keep everything else."""
    changed = True
    while changed and keys:
        changed = False
        matches = list(SEGMENT_SEPARATORS.finditer(title))
        if not matches:
            break
        last, first = matches[-1], matches[0]
        if _is_site(title[last.end() :], keys) and title[: last.start()].strip():
            title, changed = title[: last.start()].rstrip(), True
        elif _is_site(title[: first.start()], keys) and title[first.end() :].strip():
            title, changed = title[first.end() :].lstrip(), True
    return title


def choose_title(found: TitleCandidates, keys: frozenset[str]) -> TitleChoice:
    """The headline, the main <h1> and the other title variants (all cleaned)."""
    raw = [clean_title(t) for t in [*found.meta, found.title_tag or ""]]
    cands = [c for c in (strip_site_name(r, keys) for r in raw) if _usable(c)]
    h1s = [h for h in (clean_title(h) for h in found.h1s) if _usable(h)]
    title, h1 = _h1_match(h1s, cands, raw)
    if title is None:
        title = cands[0] if cands else (h1s[0] if h1s else None)
        h1 = h1s[0] if h1s else None
    variants = []
    for text in [*raw, *cands]:
        if text and text != title and text not in variants:
            variants.append(text)
    return TitleChoice(title=title, h1=h1, raw_titles=variants)


def _h1_match(h1s: list[str], cands: list[str], raw: list[str]) -> tuple[str | None, str | None]:
    """An <h1> that equals a candidate, or a candidate minus a segment before/after it."""
    cand_keys = {_key(c) for c in cands}
    for h1 in h1s:
        key = _key(h1)
        if key in cand_keys:
            return h1, h1
        for text in raw:
            if _is_segment_of(h1, text):
                return h1, h1
    return None, None


def _is_segment_of(part: str, text: str) -> bool:
    for match in SEGMENT_SEPARATORS.finditer(text):
        if _key(text[: match.start()]) == _key(part) or _key(text[match.end() :]) == _key(part):
            return True
    return False


def _usable(text: str) -> bool:
    return bool(text) and len(text) <= MAX_TITLE_CHARS and text.casefold() not in GENERIC_TITLES


def _is_site(segment: str, keys: frozenset[str]) -> bool:
    key = _key(segment)
    return bool(key) and (key in keys or _key(_without_fillers(segment)) in keys)


def _without_fillers(text: str) -> str:
    return " ".join(w for w in text.split() if _key(w) not in SITE_NAME_FILLERS)


def _key(text: str) -> str:
    return _NON_WORD.sub("", text.casefold())
