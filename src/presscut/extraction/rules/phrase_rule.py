"""The shape of a phrase rule, and how the rule modules write one.

``rules/boilerplate.py`` (prompts) and ``rules/furniture.py`` (page furniture) hold the
rules; ``extraction/body/phrases.py`` applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PhraseRule:
    """Remove a paragraph that starts with (or, for ``anywhere``, contains) ``pattern``.
    ``hints``: words one of which every match holds (lower case); a paragraph without any
    is passed over before the pattern is searched, which is much slower."""

    name: str
    pattern: re.Pattern[str]
    max_chars: int = 250
    hints: tuple[str, ...] = ()


def rule(
    name: str,
    regex: str,
    *,
    max_chars: int = 250,
    anywhere: bool = False,
    hints: tuple[str, ...] = (),
) -> PhraseRule:
    prefix = "" if anywhere else r"^\W{0,6}"
    return PhraseRule(name, re.compile(prefix + "(?:" + regex + ")", re.I), max_chars, hints)


def teaser(name: str, regex: str) -> PhraseRule:
    """A "read more" label: the phrase, then a colon or arrow, or nothing else at all."""
    return rule(name, "(?:" + regex + r")\s*(?:[:»›>|–—-]|$)", max_chars=200)
