"""Scoring one page: every system's output against the ground truth, as a plain dict."""

from __future__ import annotations

from collections import Counter
from typing import Any

import quality_scoring as sc
from quality_run import TIMING_ONLY, Output, Page, title_sources

#: A removal of at least this many words found in the ground-truth article, and not elsewhere
#: in the system's text, is a rule false positive.
MIN_REMOVED_WORDS = 8

#: A removal of at least this many words inside a missing `with` snippet ate part of it.
MIN_PART_WORDS = 5

#: Removed texts are cut to this length in the JSON output.
MAX_REMOVED_CHARS = 200


def score_page(page: Page, outputs: dict[str, Output]) -> dict[str, Any]:
    """The per-page record: ground-truth facts, then one entry per system."""
    truth = page.truth
    sources: dict[str, list[str]] | None = None
    facts = {key: truth.get(key) for key in ("title", "author", "publish_date")}
    facts["garbled"] = sc.garbled(truth.get("main_content"))
    record: dict[str, Any] = {"id": page.id, "url": page.url, "truth": facts, "systems": {}}
    record["timing"] = {
        name: {"ms": out.ms, "crash": out.crash}
        for name, out in outputs.items()
        if name in TIMING_ONLY
    }
    for name, out in outputs.items():
        if name in TIMING_ONLY:
            continue
        entry = score_output(truth, out)
        if entry["title_kind"] not in ("ok", None):
            sources = sources if sources is not None else title_sources(page.html)
            entry["title_from"] = sc.title_sources_matching(out.title, sources)
            entry["truth_title_from"] = sc.title_sources_matching(truth.get("title"), sources)
        if out.removed is not None:
            entry.update(audit_removals(truth, out, entry["with_missing"]))
        record["systems"][name] = entry
    return record


def score_output(truth: dict[str, Any], out: Output) -> dict[str, Any]:
    main = truth.get("main_content") or ""
    entry: dict[str, Any] = {
        "crash": out.crash,
        "error": out.error,
        "error_message": out.error_message,
        "ms": round(out.ms, 2) if out.ms is not None else None,
        "stderr": out.stderr or None,
        "traceback": "Traceback (most recent call last)" in out.stderr,
        "words": len(sc.words(out.text)),
        "empty": not (out.text or "").strip(),
        "garbled": sc.garbled(out.text) or sc.garbled(out.title),
    }
    entry.update(_body(main, truth, out.text))
    entry.update(_metadata(truth, out))
    return entry


def _body(main: str, truth: dict[str, Any], text: str | None) -> dict[str, Any]:
    if not main.strip():
        return {"scored": False, "with_missing": [], "leaked": []}
    prf = sc.word_prf(text, main)
    with_snippets = list(truth.get("with") or [])
    without = sc.fair_without(list(truth.get("without") or []), main)
    found = sc.snippets_in(text, with_snippets)
    paragraphs = [p for p in main.split("\n\n") if p.strip()]
    return {
        "scored": True,
        "p": round(prf.precision, 4),
        "r": round(prf.recall, 4),
        "f1": round(prf.f1, 4),
        "with_total": len(with_snippets),
        "with_missing": [s for s in with_snippets if s not in found],
        "without_total": len(without),
        "leaked": sc.snippets_in(text, without),
        "opening_kept": sc.paragraph_kept(text, paragraphs[0]) if paragraphs else None,
        "ending_kept": sc.paragraph_kept(text, paragraphs[-1]) if paragraphs else None,
    }


def _metadata(truth: dict[str, Any], out: Output) -> dict[str, Any]:
    title, author, date = truth.get("title"), truth.get("author"), truth.get("publish_date")
    return {
        "title": out.title,
        "title_exact": sc.title_exact(out.title, title) if title else None,
        "title_relaxed": sc.title_relaxed(out.title, title) if title else None,
        "title_kind": sc.title_kind(out.title, title) if title else None,
        # the truth names no one when its author is null
        **sc.author_fields(author or "", out.authors),
        "date": out.date,
        "date_ok": sc.date_match(date, out.date) if date else None,
    }


def audit_removals(truth: dict[str, Any], out: Output, with_missing: list[str]) -> dict[str, Any]:
    """What presscut's rules cut on this page, and which of those cuts were article text."""
    removed = out.removed or []
    folded_main = sc.fold_text(truth.get("main_content") or "")
    folded_text = sc.fold_text(out.text or "")
    eaten = [
        {"snippet": snippet, "rule": rule}
        for snippet in with_missing
        for rule in _rules_containing(removed, snippet)
    ]
    article_cuts = [
        {"rule": rule, "text": text[:MAX_REMOVED_CHARS]}
        for rule, text in removed
        if len(sc.words(text)) >= MIN_REMOVED_WORDS
        and sc.contains_snippet(folded_main, text)
        and not sc.contains_snippet(folded_text, text)  # moved (to the lead), not lost
    ]
    return {
        "rules": dict(Counter(rule for rule, _ in removed)),
        "eaten": eaten,
        "article_cuts": article_cuts,
        "removed": [{"rule": r, "text": t[:MAX_REMOVED_CHARS]} for r, t in removed],
        **_lead_checks(out.lead, folded_main, folded_text),
    }


def _lead_checks(lead: str | None, folded_main: str, folded_text: str) -> dict[str, Any]:
    """Is presscut's lead article text, and is it given twice (as lead and in the body)?"""
    if not lead or not lead.strip():
        return {"lead": None, "lead_in_truth": None, "lead_repeated": None}
    needle = sc.fold_text(lead)
    return {
        "lead": lead,
        "lead_in_truth": bool(folded_main) and sc.contains_snippet(folded_main, lead),
        "lead_repeated": folded_text.count(needle) >= 2,
    }


def _rules_containing(removed: list[tuple[str, str]], snippet: str) -> list[str]:
    """The rules whose removed text holds the snippet, or a long part of it (named once)."""
    rules: list[str] = []
    folded_snippet = sc.fold_text(snippet)
    for rule, text in removed:
        holds = bool(sc.snippets_in(text, [snippet]))
        part = len(sc.words(text)) >= MIN_PART_WORDS and sc.contains_snippet(folded_snippet, text)
        if rule not in rules and (holds or part):
            rules.append(rule)
    return rules
