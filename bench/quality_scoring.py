"""Scoring functions of the quality bench: pure, small, unit-tested.

Body: word-level precision, recall and F1 over bags of words, and the `with` / `without`
snippet checks. Metadata: title (exact and relaxed, with a kind for each mismatch),
authors (one verdict for every corpus: `author_verdict`) and the publication date.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

#: Typographic characters folded to ASCII in the relaxed comparisons.
QUOTES_AND_DASHES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
    }
)

#: Invisible characters dropped before any comparison.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

#: A list item's marker at the start of a line ("- ", "• ", "3. ").
LIST_MARKER = re.compile(r"^[ \t]*(?:[-*•·▪]|\d{1,2}[.)])[ \t]+", re.MULTILINE)
SPACE_BEFORE_PUNCTUATION = re.compile(r" ([,.;:!?)\]])")
SPACE_AFTER_OPENING = re.compile(r"([(\[]) ")

#: Snippets shorter than this (characters) must match whole words ("Home" not in "homeowners").
WHOLE_WORDS_BELOW = 40

#: Text garbled by decoding UTF-8 as Windows-1252 ("â€™" for "’") or as Latin-1, which
#: leaves C1 control characters ("â\x80\x99").
MOJIBAKE = re.compile("â€|Ã[©¨¢£¤§¶¼³±ª«]|Â[ ©®°·]|â\x80[\x80-\xbf]")

#: Separators a site name is glued to a title with ("Title | Site", "Site - Title").
TITLE_SEPARATORS = "|-–—:·•»/~"

#: How a ground-truth author string lists several people.
AUTHOR_SPLIT = re.compile(r"\s*(?:[;|&,]|\band\b|\bet\b)\s*", re.IGNORECASE)

#: Words dropped at the start of a name ("By Jane Doe", "Dr Jane Doe").
NAME_PREFIXES = frozenset({"by", "dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir"})

#: Post-nominal letters and suffixes: never a name, dropped wherever they stand.
CREDENTIALS = frozenset(
    re.findall(
        r"\w+",
        """md do phd dphd rd rdn ldn ms msc ma mba mph mpa ba bs bsc dvm vmd dds dmd jd esq cpa
        cfp cepf cfa cpp psp rn np pa lpc lcsw lmft ibclc cde cdces fand faclm facp facc facs
        dacvb dabom foma lvt vts ryt e cscs nasm ace pharmd od psyd edd llm frcp mrcp mbbs jr sr
        ii iii iv""",
    )
)

#: Words that make a listed item a role or an organisation rather than a person.
ROLE_WORDS = frozenset(
    re.findall(
        r"\w+",
        """expert editor editors edited director writer writers ceo cto cfo founder cofounder
        president manager dietitian nutritionist contributor contributors reporter correspondent
        representative committee officer specialist consultant analyst columnist years industry
        head lead partner professor researcher author staff team newsroom desk""",
    )
)

#: A letter of a script written without spaces between words (Han, kana, Hangul).
CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")

#: An item of more words than this is a description, not a name.
MAX_NAME_WORDS = 5

#: What a system's authors are against the truth's (`author_verdict`): every person the
#: truth names found (right); no author where the truth names no one (none); some of the
#: truth's people, not all (partial); no author where the truth names someone (missed);
#: authors none of whom the truth names (wrong); authors where the truth names no one
#: (spurious). Accuracy counts right and none; "wrong authors" count wrong and spurious.
AUTHOR_VERDICTS = ("right", "none", "partial", "missed", "wrong", "spurious")


# --- text normalisation -------------------------------------------------------------------


def fold(text: str) -> str:
    """Case-, width-, quote- and whitespace-insensitive form of a text."""
    text = unicodedata.normalize("NFKC", text).translate(INVISIBLE).translate(QUOTES_AND_DASHES)
    return " ".join(text.casefold().split())


def fold_text(text: str) -> str:
    """`fold` for body text and snippets: list markers dropped, and the space that inline
    markup leaves before punctuation ("types , we") removed."""
    text = LIST_MARKER.sub("", unicodedata.normalize("NFKC", text))
    return SPACE_AFTER_OPENING.sub(r"\1", SPACE_BEFORE_PUNCTUATION.sub(r"\1", fold(text)))


def words(text: str | None) -> list[str]:
    """The words of a text: lowercase runs of unicode word characters."""
    if not text:
        return []
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


# --- body ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def word_prf(system: str | None, truth: str) -> PRF:
    """Word-bag precision, recall and F1 of `system` against `truth` (0 for an empty side)."""
    got, want = Counter(words(system)), Counter(words(truth))
    overlap = sum((got & want).values())
    if not overlap:
        return PRF(0.0, 0.0, 0.0)
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return PRF(precision, recall, 2 * precision * recall / (precision + recall))


def contains_snippet(folded_text: str, snippet: str) -> bool:
    """True when the snippet occurs in the `fold_text` text. A short snippet (a label such as
    "Home") must not be glued to other word characters; a long one may be cut mid-word, as
    many ground-truth snippets are (at 80 characters), so it is matched as it is."""
    needle = fold_text(snippet)
    if not needle:
        return False
    if len(needle) >= WHOLE_WORDS_BELOW:
        return needle in folded_text
    start = r"(?<!\w)" if re.match(r"\w", needle) else ""
    end = r"(?!\w)" if re.search(r"\w$", needle) else ""
    return re.search(start + re.escape(needle) + end, folded_text) is not None


def snippets_in(text: str | None, snippets: list[str]) -> list[str]:
    """The snippets that occur in the text."""
    folded = fold_text(text or "")
    return [s for s in snippets if contains_snippet(folded, s)]


def fair_without(without: list[str], main_content: str) -> list[str]:
    """The `without` snippets that a perfect body can avoid (not inside the article itself)."""
    folded = fold_text(main_content)
    return [s for s in without if not contains_snippet(folded, s)]


def article_text(lead: str | None, body: str | None) -> str:
    """presscut's article text: the lead (standfirst) then the body."""
    return "\n\n".join(part for part in (lead, body) if part)


def paragraph_kept(text: str | None, paragraph: str, min_words: int = 6) -> bool | None:
    """Whether a ground-truth paragraph is in the text (None when too short to judge)."""
    if len(words(paragraph)) < min_words:
        return None
    return contains_snippet(fold_text(text or ""), paragraph)


def garbled(text: str | None) -> bool:
    """True when the text shows UTF-8 decoded as Windows-1252."""
    return bool(text) and MOJIBAKE.search(text or "") is not None


# --- title --------------------------------------------------------------------------------


def title_exact(system: str | None, truth: str) -> bool:
    """Equal after NFKC and whitespace normalisation (case-sensitive)."""
    return bool(system) and _spaced(system or "") == _spaced(truth)


def _spaced(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(INVISIBLE).split())


def title_relaxed(system: str | None, truth: str) -> bool:
    """Equal after folding case, quotes, dashes and whitespace."""
    return bool(system) and fold(system or "") == fold(truth)


def _glued(longer: str, shorter: str, at_end: bool) -> bool:
    rest = longer[len(shorter) :] if at_end else longer[: len(longer) - len(shorter)]
    rest = rest.strip()
    return bool(rest) and (rest[0] if at_end else rest[-1]) in TITLE_SEPARATORS


def title_kind(system: str | None, truth: str) -> str:
    """What is wrong with a title: `ok`, `case/typography`, `missing`, `suffix kept` or
    `prefix kept` (a site name or subtitle after a separator such as "|" or "-"),
    `suffix dropped`, `prefix dropped`, `truncated`, `longer`, `shorter` or `different`."""
    if title_exact(system, truth):
        return "ok"
    if not system or not system.strip():
        return "missing"
    got, want = fold(system), fold(truth)
    if got == want:
        return "case/typography"
    for longer, shorter, extra in ((got, want, "kept"), (want, got, "dropped")):
        if longer.startswith(shorter) and _glued(longer, shorter, at_end=True):
            return f"suffix {extra}"
        if longer.endswith(shorter) and _glued(longer, shorter, at_end=False):
            return f"prefix {extra}"
    if want.startswith(got):
        return "truncated"
    if want in got:
        return "longer"
    if got in want:
        return "shorter"
    return "different"


def title_sources_matching(title: str | None, sources: dict[str, list[str]]) -> list[str]:
    """Names of the page's title sources (h1, og:title, <title>...) equal to a title, relaxed."""
    if not title:
        return []
    return [name for name, values in sources.items() if any(fold(v) == fold(title) for v in values)]


# --- authors ------------------------------------------------------------------------------


def _name_words(item: str) -> list[str]:
    item = re.sub(r"\([^)]*\)", " ", item)
    item = unicodedata.normalize("NFKD", item)
    item = "".join(c for c in item if not unicodedata.combining(c)).replace(".", "")
    tokens = re.findall(r"[^\W\d_]+", item.casefold().replace("'", ""))
    while tokens and tokens[0] in NAME_PREFIXES:
        tokens = tokens[1:]
    return [w for w in tokens if w not in CREDENTIALS]


def author_names(text: str | None) -> list[tuple[str, ...]]:
    """The people a credit string names, as word tuples; roles and credentials dropped.

    "Jane Doe, MS, RD and Dr John Roe, Editor" gives [("jane", "doe"), ("john", "roe")].
    The first item is always kept (a lone "Podium Staff" is the author).
    """
    names: list[tuple[str, ...]] = []
    for index, item in enumerate(AUTHOR_SPLIT.split(text or "")):
        tokens = _name_words(item)
        if not tokens:
            continue
        is_role = bool(ROLE_WORDS.intersection(tokens)) or len(tokens) > MAX_NAME_WORDS
        if index and is_role:
            continue
        names.append(tuple(tokens))
    return names


def _same_person(want: tuple[str, ...], got: tuple[str, ...]) -> bool:
    if len(want) == 1 and CJK_LETTER.search(want[0]):
        return got == want  # a Chinese or Japanese name is one word: "张三" is not "张三 李四"
    wanted, have = set(want), set(got)
    if wanted <= have:  # "Jane Doe" found as "Jane A. Doe"
        return len(got) <= len(want) + 2
    return len(have) >= 2 and have <= wanted  # "Jane Doe" for "Jane A. Doe"


def _wanted(truth: str | list[str]) -> list[tuple[str, ...]]:
    """The people a truth names: a credit string ("A, MD and B"), or a list of names (one
    person each: its first name)."""
    if isinstance(truth, list):
        return [name for item in truth for name in author_names(item)[:1]]
    return author_names(truth)


def author_match(truth: str | list[str], system: list[str]) -> bool:
    """Every person named by the ground truth is among the system's authors."""
    return author_verdict(truth, system) == "right"


def author_verdict(truth: str | list[str] | None, system: list[str]) -> str | None:
    """The one author verdict of every corpus (see `AUTHOR_VERDICTS`); None when the truth
    is not annotated. A truth that names no one is "" (or an empty list)."""
    if truth is None:
        return None
    wanted = _wanted(truth)
    have = [name for entry in system for name in author_names(entry)]
    if not wanted:
        return "spurious" if have else "none"
    if not have:
        return "missed"
    found = sum(any(_same_person(w, h) for h in have) for w in wanted)
    if found == len(wanted):
        return "right"
    return "partial" if found else "wrong"


def author_fields(truth: str | list[str] | None, authors: list[str]) -> dict[str, Any]:
    """The author entries of a page record, from the one verdict (`author_verdict`):
    ``author_ok`` (None where the truth names no one or is not annotated) and
    ``author_wrong`` (authors given, none of them the truth's; None: not annotated)."""
    verdict = author_verdict(truth, authors)
    return {
        "authors": authors,
        "author_verdict": verdict,
        "author_ok": None if verdict in (None, "none", "spurious") else verdict == "right",
        "author_wrong": None if verdict is None else verdict in ("wrong", "spurious"),
    }


def author_figures(verdicts: list[str | None]) -> dict[str, Any]:
    """Author accuracy over the annotated pages ((right + none) / annotated), the share of
    pages naming someone where all of them are found, and the count of each verdict."""
    counts = Counter(v for v in verdicts if v is not None)
    annotated = counts.total()
    named = annotated - counts["none"] - counts["spurious"]
    return {
        "author_accuracy": (counts["right"] + counts["none"]) / annotated if annotated else None,
        "author_annotated": annotated,
        "author_verdicts": {v: counts[v] for v in AUTHOR_VERDICTS},
        "author_wrong": counts["wrong"] + counts["spurious"],
        "author_partial": counts["partial"],
        "author_named": named,
    }


# --- date ---------------------------------------------------------------------------------


def date_match(truth: str, system: str | None) -> bool:
    """The system's date starts with the ground truth's (YYYY-MM-DD, or YYYY-MM)."""
    return bool(system) and str(system).strip()[: len(truth)] == truth
