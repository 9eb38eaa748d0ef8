"""Apply phrase rules (``rules/boilerplate.py``, ``rules/furniture.py``; data only) to a paragraph.

Rules are tried in order; a rule only looks at a paragraph short enough for it
(``max_chars``), so a long paragraph of prose is never cut by a phrase it quotes.
(One compiled alternation of all the rules was measured slower: it loses the literal-prefix
scan that each rule's own pattern gets.)
"""

from __future__ import annotations

from presscut.extraction.rules.phrase_rule import PhraseRule


def first_rule(text: str, rules: tuple[PhraseRule, ...]) -> str | None:
    """The name of the first rule that matches the whole paragraph ``text``, if any."""
    folded: str | None = None  # lower-cased once, for the rules with hints
    size = len(text)
    for rule in rules:
        if size > rule.max_chars:
            continue
        if rule.hints:
            if folded is None:
                folded = text.lower()
            if not any(map(folded.__contains__, rule.hints)):  # no generator: a hot loop
                continue
        if rule.pattern.search(text):
            return rule.name
    return None
