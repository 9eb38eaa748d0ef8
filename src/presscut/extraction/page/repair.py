"""Text a site encoded twice ("donâ€™t" for "don’t", "Â " for a no-break space, "we\x92re")
is repaired before it reaches the record, and every text of the record is given in
Unicode normal form C.

The page's bytes were decoded right; the site itself stored UTF-8 read as Windows-1252
(or Windows-1252 read as Latin-1) and serves the result. ftfy undoes that, and only
that: ``fix_encoding`` changes a text only when its heuristics find such mojibake, and
it leaves quotes and other characters as written. A cheap test runs first, so clean text
(nearly every page) costs no more than one regex search.
"""

from __future__ import annotations

import re
import unicodedata

from presscut.extraction.dom import clean_text

#: Signs of mojibake: a C1 control character (Windows-1252 read as Latin-1), or "Â", "Ã",
#: "â" followed by what the second byte of a UTF-8 sequence reads as in Windows-1252
#: ("â€™", "Ã©", "Â®", "Â " for a no-break space).
MOJIBAKE_SIGNS = re.compile(
    "[\u0080-\u009f]|[ÂÃâ][\u0080-\u00bf\u0152-\u0178\u02c6\u02dc\u2013-\u203a\u20ac\u2122 ]"
)

#: The characters that open every sign above: searched first, since one character class
#: is scanned about four times faster than the alternatives.
_SIGN_START = re.compile("[\u0080-\u009fÂÃâ]")
_BLANK_LINES = re.compile(r"\n{3,}")


def repair_text(text: str | None) -> str | None:
    """``text`` with mojibake undone, in Unicode normal form C (None stays None): an
    accent a page writes as a separate combining mark ("e" + U+0301) becomes the one
    character ("é") that searches and comparisons expect."""
    if not text or text.isascii():
        return text  # every sign holds a character beyond ASCII; ASCII is NFC
    return _nfc(_undo_mojibake(text))


#: How ftfy undid a text's mojibake: steps to undo it the same way in another text.
Plan = list[tuple[str, str]]


def repair_plan(text: str) -> Plan | None:
    """How ``text`` is repaired (None: it has no mojibake): decided once for a whole body,
    then applied to each of its blocks and to their Markdown (`repair_with`)."""
    if not _garbled(text):
        return None
    from ftfy import fix_encoding_and_explain

    fixed, plan = fix_encoding_and_explain(text)
    return plan if fixed != text and plan else None


def repair_with(text: str, plan: Plan | None) -> str | None:
    """``text`` repaired by ``plan`` (lines cleaned as `repair_text` cleans them), in
    normal form C. None when the plan does not apply (a character of the Markdown's link
    addresses)."""
    if plan:
        from ftfy import apply_plan

        try:
            text = _clean_lines(apply_plan(text, plan))
        except (UnicodeError, ValueError):
            return None
    return _nfc(text)


def _garbled(text: str) -> bool:
    """Signs of mojibake in ``text`` (a cheap test of one character class first)."""
    return _SIGN_START.search(text) is not None and MOJIBAKE_SIGNS.search(text) is not None


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _undo_mojibake(text: str) -> str:
    if not _garbled(text):
        return text
    from ftfy import fix_encoding  # imported at the first garbled text: 8 MB, spared otherwise

    fixed = fix_encoding(text)
    return text if fixed == text else _clean_lines(fixed)


def _clean_lines(fixed: str) -> str:
    """Each line cleaned as every text of the record is ("Â " was a no-break space,
    "â€" + U+008D a zero-width joiner), and the lines left empty go."""
    lines = (clean_text(line) for line in fixed.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def mojibake_signs(text: str) -> list[str]:
    """The characters that open a sign of mojibake, in order (compared between a block's
    text and its Markdown: the same repair must leave the same ones)."""
    return _SIGN_START.findall(text)
