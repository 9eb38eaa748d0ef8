"""Credit lines: recognise source and photo-credit paragraphs and clean their text."""

from __future__ import annotations

import re

from presscut.extract.rules.credit import (
    BYLINE_LINE,
    BYLINE_WORD,
    CAPTION_CREDIT,
    CREDIT_LABEL,
    CREDIT_MAX_WORDS,
    DATELINE,
    IMAGE_CREDIT_LINES,
    IMAGE_CREDIT_MAX_CHARS,
    NOT_A_CREDIT,
    SITE_NOTICE,
    SOURCE_LINE_MAX_CHARS,
    SOURCE_LINES,
)

Patterns = tuple[tuple[str, re.Pattern[str]], ...]


def source_line(text: str) -> tuple[str, str] | None:
    """``(rule, source)`` when the paragraph is only a source line ("France 24", "(AFP)")."""
    return _whole_line(text, SOURCE_LINES, "src", SOURCE_LINE_MAX_CHARS)


def image_credit_line(text: str) -> tuple[str, str] | None:
    """``(rule, credit)`` when the paragraph is only a photo credit ("©NAME / AFP")."""
    if SITE_NOTICE.search(text):
        return None
    return _whole_line(text, IMAGE_CREDIT_LINES, "credit", IMAGE_CREDIT_MAX_CHARS)


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
    match = CAPTION_CREDIT.search(text)
    return tidy(match.group("credit")) if match else None


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
    return bare if bare and _reads_like_credit(bare) else None


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
    """Trim spaces and stray punctuation around a credit."""
    return credit.strip().strip(".,;:()[]").strip()


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
