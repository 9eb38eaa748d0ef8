"""Aggregating the per-page records into figures per system, and checking the targets."""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

import quality_scoring as sc

#: The issue's targets for presscut: (label, check on presscut and trafilatura summaries).
TITLE_TARGET, AUTHOR_TARGET, DATE_TARGET, SPEED_TARGET = 0.95, 0.90, 0.90, 1.2

#: Pages slower than this (seconds) are listed.
SLOW_SECONDS = 2.0


def _share(flags: list[bool | None]) -> tuple[float | None, int]:
    """Share of true values among those that apply (not None), and how many apply."""
    judged = [f for f in flags if f is not None]
    return (sum(judged) / len(judged) if judged else None), len(judged)


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def summarize(records: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """The figures of one system over all pages."""
    entries = [(r["id"], r["systems"][name]) for r in records if name in r["systems"]]
    scored = [e for _, e in entries if e["scored"]]
    times = [e["ms"] for _, e in entries if e["ms"] is not None]
    with_total = sum(e["with_total"] for e in scored)
    without_total = sum(e["without_total"] for e in scored)
    title, title_n = _share([e["title_exact"] for _, e in entries])
    relaxed, _ = _share([e["title_relaxed"] for _, e in entries])
    author, author_n = _share([e["author_ok"] for _, e in entries])
    date, date_n = _share([e["date_ok"] for _, e in entries])
    return {
        "pages": len(entries),
        "scored": len(scored),
        "precision": _mean([e["p"] for e in scored]),
        "recall": _mean([e["r"] for e in scored]),
        "f1": _mean([e["f1"] for e in scored]),
        "f1_median": statistics.median([e["f1"] for e in scored]) if scored else None,
        "empty": [i for i, e in entries if e["empty"]],
        "with_found": 1 - sum(len(e["with_missing"]) for e in scored) / with_total
        if with_total
        else None,
        "with_total": with_total,
        "leaked": sum(len(e["leaked"]) for e in scored),
        "without_total": without_total,
        "leaked_share": sum(len(e["leaked"]) for e in scored) / without_total
        if without_total
        else None,
        "title_exact": title,
        "title_relaxed": relaxed,
        "title_pages": title_n,
        "title_kinds": dict(Counter(e["title_kind"] for _, e in entries if e["title_kind"])),
        "author": author,
        "author_pages": author_n,
        **sc.author_figures([e.get("author_verdict") for _, e in entries]),
        "date": date,
        "date_pages": date_n,
        "ms_median": statistics.median(times) if times else None,
        "ms_p90": statistics.quantiles(times, n=10)[-1] if len(times) >= 2 else None,
        "ms_max": max(times) if times else None,
        "slow": [i for i, e in entries if (e["ms"] or 0) > SLOW_SECONDS * 1000],
        "crashes": {i: e["crash"] for i, e in entries if e["crash"]},
        "errors": dict(Counter(e["error"] for _, e in entries if e["error"])),
        "failed": {i: e["error_message"] for i, e in entries if e["error"] == "extract_failed"},
        "tracebacks": [i for i, e in entries if e["traceback"]],
        "stderr": [i for i, e in entries if e["stderr"]],
    }


def timing_summary(records: list[dict[str, Any]], name: str) -> dict[str, Any]:
    """Median and p90 ms of a timing-only system, and its crashes."""
    entries = [(r["id"], r.get("timing", {}).get(name)) for r in records]
    times = [e["ms"] for _, e in entries if e and e["ms"] is not None]
    return {
        "ms_median": statistics.median(times) if times else None,
        "ms_p90": statistics.quantiles(times, n=10)[-1] if len(times) >= 2 else None,
        "crashes": {i: e["crash"] for i, e in entries if e and e["crash"]},
    }


def target_checks(
    ours: dict[str, Any], theirs: dict[str, Any], plain: dict[str, Any] | None = None
) -> list[tuple[str, bool]]:
    """The issue's targets for presscut, each with whether it is met. Speed is checked
    against `plain` (trafilatura's bare `extract` call) when it was timed, the stricter."""

    def above(a: float | None, b: float | None, strict: bool = True) -> bool:
        return a is not None and b is not None and (a > b if strict else a >= b)

    ratio = speed_ratio(ours, plain or theirs)
    return [
        ("body F1 above trafilatura's", above(ours["f1"], theirs["f1"])),
        ("fewer leaked `without` snippets", ours["leaked"] < theirs["leaked"]),
        ("recall at least trafilatura's", above(ours["recall"], theirs["recall"], strict=False)),
        (
            f"title exact match >= {TITLE_TARGET:.0%}",
            above(ours["title_exact"], TITLE_TARGET, False),
        ),
        (f"author match >= {AUTHOR_TARGET:.0%}", above(ours["author"], AUTHOR_TARGET, False)),
        (f"date match >= {DATE_TARGET:.0%}", above(ours["date"], DATE_TARGET, False)),
        (
            f"time per page <= {SPEED_TARGET}x trafilatura's "
            + ("bare `extract`" if plain else "`extract` with metadata"),
            ratio is not None and ratio <= SPEED_TARGET,
        ),
        (
            "no crash, hang or traceback",
            not ours["crashes"]
            and not ours["tracebacks"]
            and not ours["errors"].get("extract_failed"),
        ),
    ]


def paired_ratio(records: list[dict[str, Any]], ours: str, theirs: str) -> float | None:
    """Median over pages of (our ms / their ms) on the same page: steadier than the ratio of
    medians when the machine's load drifts during the run."""
    ratios = []
    for record in records:
        timed = {**record["systems"], **record.get("timing", {})}
        a, b = (timed.get(ours) or {}).get("ms"), (timed.get(theirs) or {}).get("ms")
        if a is not None and b:
            ratios.append(a / b)
    return statistics.median(ratios) if ratios else None


def speed_ratio(ours: dict[str, Any], theirs: dict[str, Any]) -> float | None:
    if ours["ms_median"] is None or not theirs["ms_median"]:
        return None
    return ours["ms_median"] / theirs["ms_median"]


def failure_categories(records: list[dict[str, Any]], name: str) -> Counter[str]:
    """How many pages show each kind of problem for one system."""
    found: Counter[str] = Counter()
    for record in records:
        entry = record["systems"].get(name)
        if entry is None:
            continue
        for label, hit in _page_problems(entry):
            if hit:
                found[label] += 1
    return found


def _page_problems(e: dict[str, Any]) -> list[tuple[str, bool]]:
    scored = e["scored"]
    return [
        ("crashed or timed out", bool(e["crash"])),
        (f"error {e['error']}", bool(e["error"])),
        ("no article text at all", e["empty"]),
        ("garbled text (UTF-8 read as cp1252)", e["garbled"]),
        ("low recall (R < 0.7): article text missed", scored and not e["empty"] and e["r"] < 0.7),
        ("low precision (P < 0.7): page chrome kept", scored and not e["empty"] and e["p"] < 0.7),
        ("opening paragraph missing", scored and e.get("opening_kept") is False),
        ("closing paragraph missing", scored and e.get("ending_kept") is False),
        ("`with` snippet missing", bool(e["with_missing"])),
        ("`with` snippet eaten by a rule", bool(e.get("eaten"))),
        ("lead not in the ground-truth article", e.get("lead_in_truth") is False),
        ("lead repeated in the body", bool(e.get("lead_repeated"))),
        ("article text cut by a rule (>= 8 words)", bool(e.get("article_cuts"))),
        ("`without` snippet leaked", bool(e["leaked"])),
        ("title wrong", e["title_exact"] is False),
        ("author missing", e["author_ok"] is False and not e["authors"]),
        ("author wrong", e["author_ok"] is False and bool(e["authors"])),
        ("date missing", e["date_ok"] is False and not e["date"]),
        ("date wrong", e["date_ok"] is False and bool(e["date"])),
    ]


def diagnosis(e: dict[str, Any]) -> str:
    """A short line saying what went wrong on one page for one system."""
    if e["crash"]:
        return f"crash: {e['crash']}"
    parts = [f"error={e['error']}"] if e["error"] else []
    if e["empty"]:
        parts.append("no text")
        return "; ".join(parts)
    if e["garbled"]:
        parts.append("garbled encoding")
    elif e["scored"]:
        if e["r"] < 0.7:
            parts.append(f"missed text (R={e['r']:.2f})")
        if e["p"] < 0.7:
            parts.append(f"chrome kept (P={e['p']:.2f})")
        if e.get("opening_kept") is False:
            parts.append("opening missing")
        if e.get("ending_kept") is False:
            parts.append("ending missing")
    rules = sorted({x["rule"] for x in e.get("eaten", []) + e.get("article_cuts", [])})
    if rules:
        parts.append("cut by " + ",".join(rules))
    if e.get("lead_in_truth") is False:
        parts.append("lead not article text")
    if e.get("lead_repeated"):
        parts.append("lead repeated")
    if e["leaked"]:
        parts.append(f"leaked {len(e['leaked'])}")
    if e["title_exact"] is False:
        parts.append(f"title {e['title_kind']}")
    return "; ".join(parts) or "-"


def rule_audit(records: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """Per rule: removals, pages, article-text cuts, `with` snippets eaten; busiest first."""
    rows: dict[str, dict[str, Any]] = {}
    for record in records:
        entry = record["systems"].get(name) or {}
        for rule, count in (entry.get("rules") or {}).items():
            row = rows.setdefault(
                rule, {"rule": rule, "fired": 0, "pages": 0, "cuts": 0, "eaten": 0}
            )
            row["fired"] += count
            row["pages"] += 1
        for key, field in (("article_cuts", "cuts"), ("eaten", "eaten")):
            for item in entry.get(key) or []:
                row = rows.setdefault(
                    item["rule"],
                    {"rule": item["rule"], "fired": 0, "pages": 0, "cuts": 0, "eaten": 0},
                )
                row[field] += 1
    return sorted(rows.values(), key=lambda r: (-r["eaten"], -r["cuts"], -r["fired"], r["rule"]))
