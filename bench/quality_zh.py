"""zh-dev scoring: the body by characters, the authors by name, the date by its prefix.

Chinese has no spaces between words, so the body's precision, recall and F1 are taken over
the multiset of letters and digits (NFKC, case folded; punctuation and white space left
out), per page, then averaged over the pages. A page where the system gives no text scores 0
and is counted as empty. The truth's authors are names separated by spaces (or 、，,;), one person
each, judged by `quality_scoring.author_verdict` (UNKNOWN: no one). The
truth's date ("2005-5-7 21:23:57", "1998-3", "2018") is compared by as much of YYYY-MM-DD as
it gives.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from typing import Any

from quality_run import Output, Page
from quality_scoring import PRF, author_fields, author_figures

_NAME_SPLIT = re.compile(r"[\s、，,;；/]+")
_DATE = re.compile(r"^(\d{4})(?:[-/.年](\d{1,2}))?(?:[-/.月](\d{1,2}))?")


def characters(text: str | None) -> Counter[str]:
    """The letters and digits of a text, as a multiset."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return Counter(c for c in folded if c.isalnum())


def char_prf(system: str | None, truth: str) -> PRF:
    """Character-bag precision, recall and F1 (0 for an empty side)."""
    got, want = characters(system), characters(truth)
    overlap = sum((got & want).values())
    if not overlap:
        return PRF(0.0, 0.0, 0.0)
    precision = overlap / sum(got.values())
    recall = overlap / sum(want.values())
    return PRF(precision, recall, 2 * precision * recall / (precision + recall))


def _name(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def truth_names(author: str | None) -> list[str]:
    """The people a zh-dev author line names, one item each ("" or None: no one)."""
    return [n for n in _NAME_SPLIT.split(author or "") if _name(n)]


def truth_date(value: str | None) -> str | None:
    """As much of YYYY-MM-DD as the truth gives, zero-padded; None when it is no date."""
    match = _DATE.match((value or "").strip())
    if not match:
        return None
    return "-".join(
        part.zfill(2) if index else part
        for index, part in enumerate(match.groups())
        if part is not None
    )


def score_zh(page: Page, out: Output) -> dict[str, Any]:
    """One system's output on one zh-dev page."""
    truth = page.truth
    main = truth.get("main_content") or ""
    prf = char_prf(out.text, main)
    author, date = truth.get("author"), truth_date(truth.get("date"))
    return {
        "crash": out.crash,
        "error": out.error,
        "ms": round(out.ms, 2) if out.ms is not None else None,
        "stderr": out.stderr or None,
        "traceback": "Traceback (most recent call last)" in out.stderr,
        "scored": bool(characters(main)),
        "empty": not (out.text or "").strip(),
        "chars": sum(characters(out.text).values()),
        "p": round(prf.precision, 4),
        "r": round(prf.recall, 4),
        "f1": round(prf.f1, 4),
        "title": out.title,
        **author_fields(truth_names(author), out.authors),
        "date": out.date,
        "date_ok": bool(out.date) and str(out.date).startswith(date) if date else None,
    }


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def summarize_zh(entries: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The figures of one system over some zh-dev pages."""
    scored = [e for _, e in entries if e["scored"]]
    authors = [e["author_ok"] for _, e in entries if e["author_ok"] is not None]
    dates = [e["date_ok"] for _, e in entries if e["date_ok"] is not None]
    times = [e["ms"] for _, e in entries if e["ms"] is not None]
    return {
        "pages": len(entries),
        "scored": len(scored),
        "precision": _mean([e["p"] for e in scored]),
        "recall": _mean([e["r"] for e in scored]),
        "f1": _mean([e["f1"] for e in scored]),
        "f1_median": statistics.median([e["f1"] for e in scored]) if scored else None,
        "empty": [i for i, e in entries if e["empty"] and e["scored"]],
        "author": sum(authors) / len(authors) if authors else None,
        "author_pages": len(authors),
        **author_figures([e.get("author_verdict") for _, e in entries]),
        "date": sum(dates) / len(dates) if dates else None,
        "date_pages": len(dates),
        "ms_median": statistics.median(times) if times else None,
        "crashes": {i: e["crash"] for i, e in entries if e["crash"]},
        "errors": {i: e["error"] for i, e in entries if e["error"]},
    }


def page_score(entry: dict[str, Any]) -> float:
    """One number per page for `--compare`: the character F1."""
    return float(entry["f1"])
