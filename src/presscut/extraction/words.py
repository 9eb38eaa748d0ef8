"""Text measures that know the script: how many words a text holds.

Chinese, Japanese and Thai are written without spaces between words, so counting
space-separated tokens says a 1,000-character Xinhua article is "19 words". Here each
character of such a script counts as one word (a Chinese word averages 1.5 characters, so
the count is of the same order as an English word count, and cheap: no segmenter), and the
runs of other scripts between them are counted by spaces as before.
"""

from __future__ import annotations

import re

#: Japanese kana (character ranges, for a regular expression's class).
KANA_CHARS = (
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\uff66-\uff9f"  # half-width Katakana
)
#: The CJK ideographs (Han), shared by Chinese and Japanese.
HAN_CHARS = (
    "\u3400-\u4dbf"  # CJK Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
    "\U00020000-\U0002fa1f"  # CJK Extensions B-F, compatibility supplement
)
#: Scripts written without spaces between words, each character counted as a word: CJK
#: ideographs (with their extensions), kana, Thai, Lao, Khmer and Myanmar. Korean Hangul is
#: written with spaces between words, so it is counted by spaces.
UNSPACED_SCRIPT_CHARS = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    f"{KANA_CHARS}{HAN_CHARS}"
)
_UNSPACED = re.compile(f"[{UNSPACED_SCRIPT_CHARS}]")


def count_words(text: str | None) -> int:
    """Words in ``text``: space-separated tokens, and each character of a script written
    without spaces (Chinese, Japanese, Thai...) as one word."""
    if not text:
        return 0
    if text.isascii():
        return len(text.split())
    spaced, unspaced = _UNSPACED.subn(" ", text)  # one pass: the count and the rest
    return unspaced + len(spaced.split())
