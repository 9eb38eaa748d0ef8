"""The article's language: from the markup when it says, else detected from the text.

Codes are BCP 47: "fr", "en-GB", "pt-BR", "zh-Hant"; "en_US" becomes "en-US".
"""

from __future__ import annotations

import re

from presscut.extraction.words import HAN_CHARS, KANA_CHARS

#: Fewer letters than this and text detection is a guess: give no language.
MIN_DETECT_CHARS = 40
#: Only this much text is read for detection (speed; the start of an article suffices).
MAX_DETECT_CHARS = 3000
#: Markup values that name no language.
NO_LANGUAGE = frozenset({"", "x-default", "und", "mul", "zxx", "none", "null", "*", "xx"})

#: Scripts that name their language when they make up most of the sample's letters: kana
#: are only written in Japanese (beside the ideographs it shares with Chinese), Hangul
#: only in Korean, and ideographs without kana are Chinese. Read from the script alone,
#: without the statistical model (5 ms a page on a Chinese article).
SCRIPT_MAJORITY = 0.5
#: ...with kana at least this share of the ideographs and kana (Japanese prose writes its
#: particles and endings in kana; a Chinese page may quote a brand name in katakana).
KANA_SHARE = 0.1
KANA = re.compile(f"[{KANA_CHARS}]")
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
HAN = re.compile(f"[{HAN_CHARS}]")

_TAG = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]")


def normalise_language(code: str | None) -> str | None:
    """A markup language code as BCP 47, or None when it is not one."""
    code = re.split(r"[,;.@\s]", (code or "").strip().replace("_", "-"))[0]
    if code.casefold() in NO_LANGUAGE or not _TAG.match(code):
        return None
    parts = code.split("-")
    tag = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            tag.append(part.upper())  # region: GB, BR
        elif len(part) == 4 and part.isalpha():
            tag.append(part.title())  # script: Hant, Latn
        else:
            tag.append(part.lower())
    return "-".join(tag)


def detect_language(markup_lang: str | None, text: str) -> str | None:
    """The markup's language when given, else the language of ``text`` (py3langid)."""
    declared = normalise_language(markup_lang)
    if declared:
        return declared
    sample = (text or "")[:MAX_DETECT_CHARS]
    letters = len(_LETTERS.findall(sample))
    if letters < MIN_DETECT_CHARS:
        return None
    if by_script := _script_language(sample, letters):
        return by_script
    import py3langid  # imported (numpy, 0.3 s) and its model loaded only when needed

    code, _score = py3langid.classify(sample)
    return normalise_language(code)


def _script_language(sample: str, letters: int) -> str | None:
    """The language the sample's script names (``SCRIPT_MAJORITY``), if it names one."""
    han, kana = len(HAN.findall(sample)), len(KANA.findall(sample))
    if kana >= KANA_SHARE * (han + kana) and han + kana >= SCRIPT_MAJORITY * letters:
        return "ja"
    if len(HANGUL.findall(sample)) >= SCRIPT_MAJORITY * letters:
        return "ko"
    if han >= SCRIPT_MAJORITY * letters and not kana:
        return "zh"
    return None
