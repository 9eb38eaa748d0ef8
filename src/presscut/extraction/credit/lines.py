"""Credit lines: recognise source and photo-credit paragraphs and clean their text."""

from __future__ import annotations

import re

from presscut.extraction.rules.credit import (
    ABBREVIATION_END,
    BYLINE_LINE,
    BYLINE_WORD,
    CAPTION_CREDIT,
    CJK_CAPTION_CREDIT,
    CJK_CLOSING_AGENCIES,
    CJK_CLOSING_BYLINE,
    CJK_CLOSING_NOT_NAMES,
    CREDIT_LABEL,
    CREDIT_MAX_LOWER_WORDS,
    CREDIT_MAX_WORDS,
    CREDIT_SMALL_WORDS,
    CREDIT_WORD,
    DATELINE,
    FILE_NAME,
    FOOTER_TEXT,
    IMAGE_CREDIT_LINES,
    IMAGE_CREDIT_MAX_CHARS,
    LABEL_ONLY,
    LEADING_SEPARATORS,
    NOT_A_CREDIT,
    PERMISSION_NOTE,
    PLACEHOLDER,
    READ_TIME,
    SENTENCE_END,
    SENTENCE_MIN_WORDS,
    SITE_CREDIT,
    SITE_NOTICE,
    SOURCE_LINE_MAX_CHARS,
    SOURCE_LINES,
    URL_VALUE,
    VALUE_LABEL,
)
from presscut.extraction.rules.dates import TEXT_DATE

Patterns = tuple[tuple[str, re.Pattern[str]], ...]
#: The end of a paragraph searched for a closing byline, in characters.
CLOSING_BYLINE_MAX_CHARS = 30
#: A word, for counting a value's lowercase words.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def source_line(text: str) -> tuple[str, str] | None:
    """``(rule, source)`` when the paragraph is only a source line ("France 24", "(AFP)")."""
    return _whole_line(text, SOURCE_LINES, "src", SOURCE_LINE_MAX_CHARS)


def image_credit_line(text: str) -> tuple[str, str | None] | None:
    """``(rule, credit)`` when the paragraph is only a photo credit ("©NAME / AFP"); the
    credit is None when what the line credits is no credit ("Photo: IMG_2041.jpg"): the
    line is still furniture, not article text."""
    if len(text) > IMAGE_CREDIT_MAX_CHARS or SITE_NOTICE.search(text):
        return None  # the length first: every paragraph comes here, some are megabytes
    found = _whole_line(text, IMAGE_CREDIT_LINES, "credit", IMAGE_CREDIT_MAX_CHARS)
    return (found[0], credit_value(found[1])) if found else None


def closing_byline(text: str) -> tuple[str, str, bool] | None:
    """``(text without it, names, is_agency)`` when a paragraph ends with a bracketed
    Chinese or Japanese byline ("…と話した。（佐藤花子）"), or an agency ("（共同）")."""
    found = CJK_CLOSING_BYLINE.search(text[-CLOSING_BYLINE_MAX_CHARS:])
    if found is None or found["names"] in CJK_CLOSING_NOT_NAMES:
        return None
    kept = text[: len(text) - len(found.group(0))].rstrip()
    return kept, found["names"], found["names"] in CJK_CLOSING_AGENCIES


def dateline_source(text: str) -> str | None:
    """The agency of a dateline opening the article: "PARIS (AFP) - ..." gives "AFP"."""
    match = DATELINE.match(text)
    return match.group("src") if match else None


def caption_credit(text: str) -> str | None:
    """The photo credit inside a caption or credit element, without © or "Photo:"."""
    if SITE_NOTICE.search(text):
        return None
    found = image_credit_line(text)
    if found:
        return found[1]
    match = CAPTION_CREDIT.search(text) or CJK_CAPTION_CREDIT.search(text)
    return credit_value(match.group("credit")) if match else None


def element_credit(text: str) -> str | None:
    """The credit written in a credit element: its pattern's part, else the whole text
    without a label ("Photo Credit NAME"), when that reads like a credit."""
    if SITE_NOTICE.search(text):
        return None
    bare = CREDIT_LABEL.sub("", text, count=1)
    found = caption_credit(bare)
    if found:
        return found
    bare = tidy(bare.lstrip("©"))
    return credit_value(bare) if bare and _reads_like_credit(bare) else None


def credit_value(text: str) -> str | None:
    """The credit a credit line or element holds, or None when its shape says it holds
    none. Markup puts more than the credit in credit elements: a separator ("| NAME"), a
    second label ("Fotografía de NAME"), a permission note, the caption's sentence, or no
    credit at all (a URL to a page, a file name, "Site by", a footer link, a date, a
    template's "undefined", a caption sentence)."""
    value = tidy(LEADING_SEPARATORS.sub("", text))
    value = tidy(VALUE_LABEL.sub("", value, count=1))
    value = _after_caption_sentence(tidy(PERMISSION_NOTE.sub("", value)))
    if url := URL_VALUE.match(value):
        return url.group("host") if url.group("path") in ("", "/") else None
    if not value or LABEL_ONLY.match(value) or PLACEHOLDER.match(value) or _is_sentence(value):
        return None
    return None if any(p.search(value) for p in _NOT_CREDITS) else value


#: Shapes of a value that credits no photo (see rules/credit.py).
_NOT_CREDITS = (FILE_NAME, SITE_CREDIT, FOOTER_TEXT, READ_TIME, CREDIT_WORD, TEXT_DATE)


def _is_sentence(value: str) -> bool:
    """A caption sentence, not names: more lowercase words than a credit holds."""
    lower = [w for w in _WORD.findall(value) if w.islower() and w not in CREDIT_SMALL_WORDS]
    return len(lower) > CREDIT_MAX_LOWER_WORDS


def _after_caption_sentence(value: str) -> str:
    """The credit after a caption's sentence run into it: "Fitness is back in fashion this
    year. NAME / Getty Images" gives "NAME / Getty Images"; a period inside a credit
    ("C. Morel", "NAME. Courtesy X") stays."""
    ends = list(SENTENCE_END.finditer(value))
    if not ends:
        return value
    head, tail = value[: ends[-1].start()], value[ends[-1].end() :]
    if len(head.split()) >= SENTENCE_MIN_WORDS and "/" in tail:
        return tidy(tail)
    return value


def _reads_like_credit(text: str) -> bool:
    """A few names, not a caption sentence, a byline ("By Jane Doe, 5 min read") or a
    button ("View image credit")."""
    return (
        len(text.split()) <= CREDIT_MAX_WORDS
        and not BYLINE_LINE.match(text)
        and not BYLINE_WORD.match(text)
        and not NOT_A_CREDIT.search(text)
    )


def tidy(credit: str) -> str:
    """Trim spaces and stray punctuation around a credit (not an abbreviation's period)."""
    stripped = credit.strip()
    trimmed = stripped.strip(".,;:()[]").strip()
    end = stripped.find(trimmed) + len(trimmed)
    if stripped[end : end + 1] == "." and ABBREVIATION_END.search(trimmed):
        return trimmed + "."
    return trimmed


def _whole_line(
    text: str, patterns: Patterns, group: str, max_chars: int
) -> tuple[str, str] | None:
    if len(text) > max_chars:
        return None
    for name, pattern in patterns:
        match = pattern.match(text)
        if match and (value := tidy(match.group(group))):
            return name, value
    return None
