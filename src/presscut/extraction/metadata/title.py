"""The article's headline: choose among JSON-LD, og:title, <title> and <h1>, and clean it.

Site-name segments (" | Atlantico.fr", "Le Monde - ") are cut only when they match the
site's name or domain; a headline with a dash or a colon in it is kept whole. When the
page's <h1> equals a candidate (or a candidate minus a segment), the <h1> wins: it is the
headline the reader sees; an <h1> that <title> writes beside the headline is a name.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extraction.dom import clean_text
from presscut.extraction.page.repair import repair_text
from presscut.extraction.rules.dates import TEXT_DATE
from presscut.extraction.rules.title import (
    CJK_SCRIPT,
    DOMAIN_EDGE,
    FORMAT_LABELS,
    FULLWIDTH_ASCII,
    FULLWIDTH_OFFSET,
    GENERIC_TITLES,
    HTML_COMMENT,
    MAX_TITLE_CHARS,
    NAME_SEPARATORS,
    PAGE_TYPE_LABEL,
    SEGMENT_SEPARATORS,
    SITE_NAME_FILLERS,
    SOURCE_CREDIT,
    SPACED_TAGS,
)

#: An <h1> that matches no meta title is still the headline the reader sees when it
#: shares this many words, and this share of its words, with one (else it is a logo or
#: a menu heading). Measured on the development corpus.
MIN_SHARED_WORDS = 2
MIN_SHARED_RATIO = 0.34
#: "Headline | Section | Site": a pipe ends a headline that has this many words before it.
MIN_WORDS_BEFORE_PIPE = 4
#: Longest text looked at as a headline candidate, before site names are cut.
MAX_RAW_TITLE_CHARS = 1000
#: A headline this long that is the start of a longer candidate was cut short.
MIN_CUT_TITLE_CHARS = 60
#: A site name this long (letters and digits) matches a segment that starts with it.
MIN_PREFIX_KEY = 6
#: Title case may leave words shorter than this in lower case ("to", "and", "for").
MIN_CASED_WORD = 4
#: Between a site's name and its tagline in og:site_name.
TAGLINE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
#: A character lost to a bad encoding: "?" inside a headline, or the replacement mark.
_DAMAGE = re.compile(r"\?(?=\s*\w)|\ufffd")
_WORDS = re.compile(r"\w+")
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


def headline_text(node: LexborNode) -> str:
    """Text as displayed: inline tags joined without a space, <br> and blocks with one."""
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag in SPACED_TAGS:
            parts.append(" ")
    return clean_text("".join(parts))


def title_tag(tree: LexborHTMLParser) -> str | None:
    head = tree.head
    node = head.css_first("title") if head is not None else None
    node = node or tree.css_first("title")
    return node.text() if node is not None else None


def clean_title(text: str | None) -> str:
    """Text without React's "<!-- -->" markers, entities or extra white space."""
    text = repair_text(HTML_COMMENT.sub("", text or "")) or ""
    if _ENTITY.search(text):
        text = html.unescape(text)
    return _ascii_forms(clean_text(text)).strip(" |-–—:·•")


def _ascii_forms(text: str) -> str:
    """Full-width "？" as "?" in a headline written without East Asian script."""
    if not FULLWIDTH_ASCII.search(text) or CJK_SCRIPT.search(text):
        return text
    return FULLWIDTH_ASCII.sub(lambda m: chr(ord(m.group()) - FULLWIDTH_OFFSET), text)


def site_names(values: list[str | None]) -> list[str]:
    """The names a site gives itself (og:site_name, JSON-LD publisher ...), cleaned and
    distinct, in the order given."""
    names: list[str] = []
    for value in values:
        name = clean_title(value) if value else ""
        if name and name not in names:
            names.append(name)
    return names


def without_tagline(name: str) -> str:
    """The name without its tagline ("Beinsure - Insurance, InsurTech Insights")."""
    head = TAGLINE_SEPARATOR.split(name, maxsplit=1)[0].strip()
    return head or name


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
    """Cut leading and trailing segments that name the site; keep everything else.

    A trailing name may hold separators itself ("Stacy Blackman - MBA Consulting") or
    add words to the name ("Blue Line Bike Lab Houston Texas"); a leading one must be
    the name exactly ("Digjitale Signal #18" is not the site "Digjitale").
    """
    changed = True
    while changed and keys:
        changed = False
        matches = list(SEGMENT_SEPARATORS.finditer(title))
        for match in matches:
            tail, head = title[match.end() :], title[: match.start()]
            last = match is matches[-1]
            if head.strip() and _is_site(tail, keys, loose=last):
                title, changed = head.rstrip(), True
                break
        if not changed and matches:
            first = matches[0]
            if title[first.end() :].strip() and _is_site(title[: first.start()], keys):
                title, changed = title[first.end() :].lstrip(), True
    return title


def choose_title(found: TitleCandidates, keys: frozenset[str]) -> TitleChoice:
    """The headline, the main <h1> and the other title variants (all cleaned)."""
    raw = [clean_title(t) for t in [*found.meta, found.title_tag or ""] if _short(t)]
    cands = _untruncated([c for c in (_trim(r, keys) for r in raw) if _usable(c)])
    shown = [h for h in map(clean_title, found.h1s) if _short(h)]
    unlabelled = [
        _uncredited(clean_title(PAGE_TYPE_LABEL.sub("", h, count=1)), cands) for h in shown
    ]
    h1s = [_trim(h, keys) for h in unlabelled if not _is_site(h, keys)]
    h1s = [h for h in h1s if _usable(h) and not _names_beside(h, cands, raw, keys)]
    title, h1 = _h1_match(h1s, cands, raw)
    if title is None:
        h1 = _closest(h1s, cands) if cands else (h1s[0] if h1s else None)
        title = h1 or (cands[0] if cands else None)
        if h1 and h1.isupper() and cands:  # capitals: the style sheet's; take the editor's
            title = cands[0]
        elif h1:
            title = _cleaner_variant(h1, cands) or title
    labelled = [h for h, u in zip(shown, unlabelled, strict=True) if h != u]  # as the body has it
    return TitleChoice(title=title, h1=h1, raw_titles=_variants([*raw, *cands, *labelled], title))


def _variants(texts: list[str], title: str | None) -> list[str]:
    """The texts other than the headline, once each: the body may repeat any of them."""
    variants: list[str] = []
    for text in texts:
        if text and text != title and text not in variants:
            variants.append(text)
    return variants


def _uncredited(h1: str, cands: list[str]) -> str:
    """The <h1> without a source credit after it ("... (example.com) 87"), when a meta title
    confirms the headline without it ("Servers in Node.js (Vue.js)" keeps its brackets)."""
    head = SOURCE_CREDIT.sub("", h1)
    return head if head != h1 and _key(head) in {_key(c) for c in cands} else h1


def _h1_match(h1s: list[str], cands: list[str], raw: list[str]) -> tuple[str | None, str | None]:
    """An <h1> that equals a candidate, or a candidate minus a segment before/after it."""
    by_key = {_key(c): c for c in reversed(cands)}
    for h1 in h1s:
        key = _key(h1)
        if key in by_key:
            return _editors_form(h1, by_key[key]), h1
        for text in raw:
            segment = _segment_of(h1, text)
            if segment:
                return _editors_form(h1, segment), h1
    return None, None


def _names_beside(h1: str, cands: list[str], raw: list[str], keys: frozenset[str]) -> bool:
    """The <h1> is the name written beside the headline in a title ("Acme Data Blog:
    Small models" with og:title "Small models"): the blog's or the site's name, in a logo."""
    key = _key(h1)
    heads = {_key(c) for c in cands if not _is_site(c, keys)} - {key}
    for text in raw:
        for match in NAME_SEPARATORS.finditer(text):
            before, after = _key(text[: match.start()]), _key(text[match.end() :])
            if (before == key and after in heads) or (after == key and before in heads):
                return True
    return False


def _editors_form(h1: str, meta: str) -> str:
    """The <h1>, unless the meta title writes the same headline better: with the separator
    the <h1> lost between its title and subtitle elements ("Tutoring: what it is" for
    <h1><span>Tutoring</span> <span>what it is</span></h1>), or in the editor's case."""
    if meta != h1 and clean_text(NAME_SEPARATORS.sub(" ", meta)) == h1:
        return meta
    return _editors_case(h1, meta)


def _editors_case(h1: str, meta: str) -> str:
    """The <h1>, unless the meta title has the same words in the editor's case: the <h1>
    in capitals, starting in lower case, or with fewer capitalised words than the meta
    title ("How to install solar panels" / "How to Install Solar Panels") is restyled."""
    if h1 == meta or h1.casefold() != meta.casefold():
        return h1
    restyled = h1.isupper() or h1[:1].islower() or _capitalised(h1) < _capitalised(meta)
    return meta if restyled else h1


def _capitalised(text: str) -> int:
    """Capitalised words long enough not to be the small words title case may leave alone."""
    return sum(1 for w in _WORDS.findall(text) if len(w) >= MIN_CASED_WORD and w[0].isupper())


def _cleaner_variant(h1: str, cands: list[str]) -> str | None:
    """The meta title that is the <h1> without a date written before or after it
    ("Dec 18 2025 Preparing a transition"), or with the characters the <h1> lost to a
    bad encoding ("Beginner? Guide" for "Beginner's Guide")."""
    undated = _key(TEXT_DATE.sub("", h1))
    damaged = _DAMAGE.search(h1.rstrip("?"))
    pattern = _damage_pattern(h1) if damaged else None
    for cand in cands:
        if undated and undated != _key(h1) and _key(cand) == undated:
            return cand
        if pattern and pattern.fullmatch(cand):
            return cand
    return None


def _damage_pattern(h1: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in _DAMAGE.split(h1)]
    return re.compile(".{1,3}".join(parts), re.IGNORECASE)


def _trim(title: str, keys: frozenset[str]) -> str:
    """Cut site names, then anything after a pipe: "Headline | Section | Site"."""
    title = _without_format(_without_domain(strip_site_name(title, keys), keys))
    head, pipe, _tail = title.partition(" | ")
    if pipe and len(head.split()) >= MIN_WORDS_BEFORE_PIPE:
        return head
    return title


def _without_format(title: str) -> str:
    """The title without a last segment that names the page's format ("- Infographic")."""
    matches = list(SEGMENT_SEPARATORS.finditer(title))
    last = matches[-1] if matches else None
    if last and title[: last.start()].strip() and title[last.end() :].casefold() in FORMAT_LABELS:
        return title[: last.start()].rstrip()
    return title


def _without_domain(title: str, keys: frozenset[str]) -> str:
    """The title without the site's domain name written before or after it."""
    match = DOMAIN_EDGE.search(title)
    domain = match and (match.group("lead") or match.group("tail"))
    if domain and _key(domain) in keys:
        return (title[: match.start()] + title[match.end() :]).strip()
    return title


def _closest(h1s: list[str], cands: list[str]) -> str | None:
    """The <h1> sharing most words with a meta title, if it shares enough to be the same
    headline reworded ("Top 10 Health Trends to Watch" / "Health Trends For 2026")."""
    best, best_score = None, 0.0
    for h1 in h1s:
        words = _words(h1)
        for cand in cands:
            shared = len(words & _words(cand))
            score = shared / max(len(words), 1)
            if shared >= MIN_SHARED_WORDS and score >= MIN_SHARED_RATIO and score > best_score:
                best, best_score = h1, score
    return best


def _words(text: str) -> set[str]:
    """Words of two letters or more: "M&A" shares nothing with "a" or "M. Smith"."""
    return {w for w in _WORDS.findall(text.casefold()) if len(w) > 1}


def _untruncated(cands: list[str]) -> list[str]:
    """A cut candidate (ending in "…", or long and the start of another: JSON-LD headlines
    are often cut at 110 characters) replaced by its full form."""
    result = []
    for cand in cands:
        stem = cand.rstrip(".…").rstrip()
        cut = stem != cand or len(cand) >= MIN_CUT_TITLE_CHARS
        longer = [c for c in cands if len(c) > len(stem) + 3 and c.startswith(stem)]
        result.append(max(longer, key=len) if cut and longer else cand)
    return result


def _segment_of(part: str, text: str) -> str | None:
    """The segment of ``text`` before or after a separator that is ``part``, if any."""
    for match in SEGMENT_SEPARATORS.finditer(text):
        for segment in (text[: match.start()], text[match.end() :]):
            if _key(segment) == _key(part):
                return segment.strip()
    return None


def _short(text: str | None) -> bool:
    """Short enough to be a headline with a site name and a section around it: longer
    texts are body text, and are not worth the segment search."""
    return bool(text) and len(text) <= MAX_RAW_TITLE_CHARS


def _usable(text: str) -> bool:
    return bool(text) and len(text) <= MAX_TITLE_CHARS and text.casefold() not in GENERIC_TITLES


def is_site_name(text: str, keys: frozenset[str]) -> bool:
    """Whether ``text`` names the site ("Atlantico", "atlantico.fr", "The Atlantico Blog")."""
    return _is_site(text, keys)


def _is_site(segment: str, keys: frozenset[str], loose: bool = False) -> bool:
    """The segment is the site's name or domain, maybe with more words after the name
    ("Blue Line Bike Lab Houston Texas") or fewer ("Thrive" for "Thrive Agency")."""
    key = _key(segment)
    if not key:
        return False
    if key in keys or _key(_without_fillers(segment)) in keys:
        return True
    return loose and any(
        (len(k) >= MIN_PREFIX_KEY and key.startswith(k))
        or (len(key) >= MIN_PREFIX_KEY and k.startswith(key))
        for k in keys
    )


@lru_cache(maxsize=4096)
def _without_fillers(text: str) -> str:
    return " ".join(w for w in text.split() if _key(w) not in SITE_NAME_FILLERS)


@lru_cache(maxsize=16384)  # called for every segment of every candidate: texts repeat
def _key(text: str) -> str:
    return _NON_WORD.sub("", text.casefold())
