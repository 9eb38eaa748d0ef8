"""Rules as data: what counts as page chrome, a credit line or a title suffix.

Each rule has a name (``kind.what[.lang]``) that ``--explain`` and the quality bench
report, so every cut can be traced to the rule that made it. The engines that apply
the rules live one level up (``body/prune.py``, ``body/clean.py``, ``credit/lines.py``).
"""


def words(text: str) -> frozenset[str]:
    """A vocabulary written as one space-separated string (easier to read and diff)."""
    return frozenset(text.split())
