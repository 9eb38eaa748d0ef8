"""tf-dev scoring: trafilatura's own evaluation, plus title, author and date.

A `with` snippet found in the text is a true positive, one missing a false negative; a
`without` snippet found is a false positive, one absent a true negative. Text and snippets
are compared with white space normalised (runs of white space are one space) and case kept,
as trafilatura's `tests/comparison.py` does. A system that gives no text finds nothing.
Precision, recall, F1 and accuracy come from the counts summed over the pages.

tf-dev's `with` snippets sometimes hold the headline, which trafilatura's text repeats when it
sits inside the article while presscut gives it only as the record's `title`. So the snippets
are also scored, for every system alike, on the title and the text together ("title counted"):
the body-only figures stay the ones the targets check.
"""

from __future__ import annotations

import statistics
from typing import Any

import quality_scoring as sc
from quality_run import Output, Page


def normalise(text: str | None) -> str:
    """White space runs as one space; nothing else changed."""
    return " ".join((text or "").split())


def snippet_counts(text: str | None, with_: list[str], without: list[str]) -> dict[str, Any]:
    """The snippet checks of one page (trafilatura's `evaluate_result`)."""
    body = normalise(text)
    missing = [s for s in with_ if not body or normalise(s) not in body]
    leaked = [s for s in without if body and normalise(s) in body]
    return {
        "tp": len(with_) - len(missing),
        "fn": len(missing),
        "fp": len(leaked),
        "tn": len(without) - len(leaked),
        "with_missing": missing,
        "leaked": leaked,
    }


def _text(value: str | list[str] | None) -> str | None:
    """A truth field; a list of authors is one credit line ("A; B")."""
    return "; ".join(value) if isinstance(value, list) else value


def _joined(title: str | None, text: str | None) -> str | None:
    """The title and the text as one, for the "title counted" scoring (None if neither)."""
    return "\n".join(part for part in (title, text) if part) or None


def _titled(counts: dict[str, Any]) -> dict[str, int]:
    """The snippet counts of the "title counted" scoring, under their own keys."""
    return {f"{key}_titled": counts[key] for key in ("tp", "fn", "fp")}


def _prf(tp: int, fn: int, fp: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 of summed snippet counts."""
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision is not None and recall is not None and precision + recall
        else None
    )
    return precision, recall, f1


def score_tf(page: Page, out: Output) -> dict[str, Any]:
    """One system's output on one tf-dev page."""
    truth = page.truth
    title, date = (_text(truth.get(key)) for key in ("title", "date"))
    with_, without = list(truth.get("with") or []), list(truth.get("without") or [])
    entry: dict[str, Any] = {
        "crash": out.crash,
        "error": out.error,
        "ms": round(out.ms, 2) if out.ms is not None else None,
        "stderr": out.stderr or None,
        "traceback": "Traceback (most recent call last)" in out.stderr,
        "empty": not (out.text or "").strip(),
        **snippet_counts(out.text, with_, without),
        **_titled(snippet_counts(_joined(out.title, out.text), with_, without)),
        "title": out.title,
        "title_exact": sc.title_exact(out.title, title) if title else None,
        "title_relaxed": sc.title_relaxed(out.title, title) if title else None,
        # the truth names no one when its author is "" (None: the page has no metadata truth)
        **sc.author_fields(truth.get("author"), out.authors),
        "date": out.date,
        "date_ok": sc.date_match(date, out.date) if date else None,
    }
    return entry


def _ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def _share(flags: list[bool | None]) -> tuple[float | None, int]:
    judged = [f for f in flags if f is not None]
    return (sum(judged) / len(judged) if judged else None), len(judged)


def summarize_tf(entries: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The figures of one system over some tf-dev pages."""
    tp, fn, fp, tn = (sum(e[k] for _, e in entries) for k in ("tp", "fn", "fp", "tn"))
    precision, recall, f1 = _prf(tp, fn, fp)
    _, recall_titled, f1_titled = _prf(
        *(sum(e.get(f"{k}_titled", e[k]) for _, e in entries) for k in ("tp", "fn", "fp"))
    )
    times = [e["ms"] for _, e in entries if e["ms"] is not None]
    title, title_n = _share([e["title_exact"] for _, e in entries])
    author, author_n = _share([e["author_ok"] for _, e in entries])
    authors = sc.author_figures([e.get("author_verdict") for _, e in entries])
    date, date_n = _share([e["date_ok"] for _, e in entries])
    return {
        "pages": len(entries),
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": _ratio(tp + tn, tp + fn + fp + tn),
        "f1_titled": f1_titled,
        "recall_titled": recall_titled,
        "empty": [i for i, e in entries if e["empty"]],
        "title_exact": title,
        "title_pages": title_n,
        "author": author,
        "author_pages": author_n,
        **authors,
        "date": date,
        "date_pages": date_n,
        "ms_median": statistics.median(times) if times else None,
        "crashes": {i: e["crash"] for i, e in entries if e["crash"]},
        "errors": {i: e["error"] for i, e in entries if e["error"]},
    }


def page_score(entry: dict[str, Any]) -> float:
    """One number per page for `--compare`: snippets found minus snippets leaked."""
    return float(entry["tp"] - entry["fp"])
