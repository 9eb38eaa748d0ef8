"""Figures of every corpus per half and per language, side by side for every system.

Each figure is shown as ``all (A / B)``: over the corpus, then over each of its two fixed
halves (`quality_corpora.half_of`), so a rule can be kept only when it helps on both.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import quality_summary as qs
import quality_tf as tf
import quality_zh as zh
from quality_report import num, pct, table
from quality_run import SYSTEM_LABELS

Summary = dict[str, Any]
Records = list[dict[str, Any]]

#: A language with fewer pages than this is counted under "other".
LANG_MIN_PAGES = 5
#: Language groups with at least this many pages are held to the tf-dev target.
TARGET_LANG_PAGES = 10
#: zh-dev: presscut's character F1 must exceed trafilatura's by this much.
ZH_F1_MARGIN = 0.05
#: The systems presscut's targets are checked against.
RIVALS = ("trafilatura", "trafilatura-nc")


def _entries(records: Records, name: str) -> list[tuple[str, dict[str, Any]]]:
    return [(r["id"], r["systems"][name]) for r in records if name in r["systems"]]


@dataclass(frozen=True)
class Kind:
    """How a corpus is summarised and shown."""

    summarize: Callable[[Records, str], Summary]
    rows: list[tuple[str, Callable[[Summary], str]]]
    lang_columns: list[tuple[str, Callable[[Summary], str]]]


def _wcxb_summary(records: Records, name: str) -> Summary:
    return qs.summarize(records, name)


def _count(key: str) -> Callable[[Summary], str]:
    return lambda s: str(len(s[key]) if isinstance(s[key], list | dict) else s[key])


def _number(key: str, digits: int = 3) -> Callable[[Summary], str]:
    return lambda s: num(s[key], digits)


def _share(key: str) -> Callable[[Summary], str]:
    return lambda s: pct(s[key])


KINDS = {
    "wcxb": Kind(
        _wcxb_summary,
        [
            ("Body F1 (mean, words)", _number("f1")),
            ("Body precision (mean)", _number("precision")),
            ("Body recall (mean)", _number("recall")),
            ("Pages with no text", _count("empty")),
            ("`with` snippets found", _share("with_found")),
            ("`without` snippets leaked", _count("leaked")),
            ("Title exact match", _share("title_exact")),
            ("Author found (pages naming someone)", _share("author")),
            ("Author accuracy (right or rightly none)", _number("author_accuracy")),
            ("Authors wrong or where the truth has none", _count("author_wrong")),
            ("Date match", _share("date")),
            ("ms per page (median)", _number("ms_median", 1)),
        ],
        [("F1", _number("f1")), ("R", _number("recall")), ("empty", _count("empty"))],
    ),
    "tf": Kind(
        lambda records, name: tf.summarize_tf(_entries(records, name)),
        [
            ("Body F1 (snippets)", _number("f1")),
            ("Body precision (snippets)", _number("precision")),
            ("Body recall (snippets)", _number("recall")),
            ("Accuracy (snippets)", _number("accuracy")),
            ("Body F1, title counted (snippets)", _number("f1_titled")),
            ("Body recall, title counted (snippets)", _number("recall_titled")),
            ("`with` found (TP)", _count("tp")),
            ("`with` missing (FN)", _count("fn")),
            ("`without` found (FP)", _count("fp")),
            ("Pages with no text", _count("empty")),
            ("Title exact match", _share("title_exact")),
            ("Author found (pages naming someone)", _share("author")),
            ("Author accuracy (right or rightly none)", _number("author_accuracy")),
            ("Authors wrong or where the truth has none", _count("author_wrong")),
            ("Date match", _share("date")),
            ("ms per page (median)", _number("ms_median", 1)),
        ],
        [
            ("F1", _number("f1")),
            ("R", _number("recall")),
            ("F1 title counted", _number("f1_titled")),
            ("R title counted", _number("recall_titled")),
            ("empty", _count("empty")),
        ],
    ),
    "zh": Kind(
        lambda records, name: zh.summarize_zh(_entries(records, name)),
        [
            ("Body F1 (mean, characters)", _number("f1")),
            ("Body precision (mean)", _number("precision")),
            ("Body recall (mean)", _number("recall")),
            ("Body F1 (median)", _number("f1_median")),
            ("Pages with no text (truth has text)", _count("empty")),
            ("Author found (pages naming someone)", _share("author")),
            ("Author accuracy (right or rightly none)", _number("author_accuracy")),
            ("Authors wrong or where the truth has none", _count("author_wrong")),
            ("Date match", _share("date")),
            ("ms per page (median)", _number("ms_median", 1)),
        ],
        [("F1", _number("f1")), ("R", _number("recall")), ("empty", _count("empty"))],
    ),
}


def halves(records: Records) -> dict[str, Records]:
    """The corpus, then each half."""
    return {
        "all": records,
        "A": [r for r in records if r.get("half") == "A"],
        "B": [r for r in records if r.get("half") == "B"],
    }


def summaries_by_half(kind: str, records: Records, names: list[str]) -> dict[str, Any]:
    """{system: {"all"|"A"|"B": summary}} for one corpus."""
    summarize = KINDS[kind].summarize
    parts = halves(records)
    return {n: {h: summarize(part, n) for h, part in parts.items()} for n in names}


def _cell(by_half: dict[str, Summary], show: Callable[[Summary], str]) -> str:
    return f"{show(by_half['all'])} ({show(by_half['A'])} / {show(by_half['B'])})"


def corpus_table(kind: str, records: Records, names: list[str]) -> str:
    """Every figure of the corpus for every system, as ``all (A / B)``."""
    by = summaries_by_half(kind, records, names)
    parts = halves(records)
    headers = [
        f"pages {len(records)} ({len(parts['A'])} / {len(parts['B'])})",
        *(SYSTEM_LABELS.get(n, n) for n in names),
    ]
    rows = [[label, *(_cell(by[n], show) for n in names)] for label, show in KINDS[kind].rows]
    return table(headers, rows)


def language_groups(records: Records) -> dict[str, Records]:
    """Records by page language; rare languages as "other", none found as "unknown"."""
    counts = Counter(r.get("lang") or "unknown" for r in records)
    groups: dict[str, Records] = {}
    for record in records:
        lang = record.get("lang") or "unknown"
        key = lang if counts[lang] >= LANG_MIN_PAGES or lang == "unknown" else "other"
        groups.setdefault(key, []).append(record)
    return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))


def language_table(kind: str, records: Records, names: list[str]) -> str:
    """Per language: pages, then each system's figures as ``all (A / B)``."""
    columns = KINDS[kind].lang_columns
    headers = ["lang", "pages (A / B)"]
    headers += [f"{n} {label}" for n in names for label, _ in columns]
    rows = []
    for lang, group in language_groups(records).items():
        parts = halves(group)
        by = summaries_by_half(kind, group, names)
        row = [lang, f"{len(group)} ({len(parts['A'])} / {len(parts['B'])})"]
        row += [_cell(by[n], show) for n in names for _, show in columns]
        rows.append(row)
    return table(headers, rows)


# --- targets ------------------------------------------------------------------------------


def _best_rival(by: dict[str, Any], half: str, key: str) -> float | None:
    values = [by[r][half][key] for r in RIVALS if r in by and by[r][half][key] is not None]
    return max(values) if values else None


def _at_least(ours: float | None, theirs: float | None, margin: float = 0.0) -> bool:
    return ours is not None and theirs is not None and ours >= theirs + margin - 1e-9


def corpus_targets(kind: str, records: Records, names: list[str]) -> list[tuple[str, bool]]:
    """The issue's targets for tf-dev and zh-dev, on the whole corpus and on each half;
    checked against the better of trafilatura's two runs."""
    if "presscut" not in names or not any(r in names for r in RIVALS):
        return []
    checks: list[tuple[str, bool]] = []
    if kind == "zh":
        by = summaries_by_half(kind, records, names)
        for half in ("all", "A", "B"):
            ours = by["presscut"][half]
            checks.append((f"zh {half}: no empty body where the truth has text", not ours["empty"]))
            checks.append(
                (
                    f"zh {half}: character F1 >= trafilatura's + {ZH_F1_MARGIN}",
                    _at_least(ours["f1"], _best_rival(by, half, "f1"), ZH_F1_MARGIN),
                )
            )
    if kind == "tf":
        for lang, group in language_groups(records).items():
            if len(group) < TARGET_LANG_PAGES or lang in ("other", "unknown"):
                continue
            by = summaries_by_half(kind, group, names)
            for half in ("all", "A", "B"):
                ours = by["presscut"][half]
                ok = _at_least(ours["f1"], _best_rival(by, half, "f1")) and _at_least(
                    ours["recall"], _best_rival(by, half, "recall")
                )
                checks.append((f"tf {lang} {half}: body F1 and recall >= trafilatura's", ok))
    return checks


def speed_line(records: Records) -> str:
    """presscut's median ms against trafilatura's bare `extract` over the pages given."""
    ours = [r["systems"]["presscut"]["ms"] for r in records if "presscut" in r["systems"]]
    theirs = [
        t["ms"] for r in records if (t := r.get("timing", {}).get("trafilatura-text")) is not None
    ]
    ours, theirs = [v for v in ours if v is not None], [v for v in theirs if v is not None]
    if not ours or not theirs:
        return "Speed: not compared (presscut or bare trafilatura not timed)."
    a, b = statistics.median(ours), statistics.median(theirs)
    paired = qs.paired_ratio(records, "presscut", "trafilatura-text")
    return (
        f"Speed over {len(records)} pages: presscut median {a:.1f} ms, bare "
        f"`trafilatura.extract(html, url)` {b:.1f} ms: {a / b:.2f}x (target <= "
        f"{qs.SPEED_TARGET}x); median of the per-page ratios {num(paired, 2)}x."
    )


#: Where each corpus comes from (shown under its figures).
CREDITS = {
    "tf": "Corpus: half of the multilingual evaluation set of trafilatura by Adrien Barbaresi "
    "(Apache-2.0); the pages belong to their publishers.",
    "zh": "Corpus: half of the Chinese Web Content Extraction Dataset by Elwin (2022), MIT.",
}


def corpus_block(kind: str, title: str, records: Records, names: list[str]) -> str:
    """A corpus's section: figures by half, by language, targets and speed."""
    parts = [
        f"### {title}",
        corpus_table(kind, records, names),
        "By page language (from `<html lang>` or detection):\n\n"
        + language_table(kind, records, names),
    ]
    checks = corpus_targets(kind, records, names)
    if checks:
        parts.append("Targets:\n" + "\n".join(f"- [{'x' if ok else ' '}] {t}" for t, ok in checks))
    parts.append(speed_line(records))
    if kind in CREDITS:
        parts.append(CREDITS[kind])
    return "\n\n".join(parts)


def worst_pages(records: Records, limit: int) -> str:
    """tf-dev and zh-dev pages where presscut does worst, against trafilatura (defaults)."""
    rows = []
    for record in records:
        ours, theirs = record["systems"].get("presscut"), record["systems"].get("trafilatura")
        if ours is None:
            continue
        if record["corpus"] == "zh":
            lost = 1 - ours["f1"] - (1 - theirs["f1"] if theirs else 0)
            what = f"F1 {ours['f1']:.2f}" + (f" (traf. {theirs['f1']:.2f})" if theirs else "")
            what += "; empty" if ours["empty"] and ours["scored"] else ""
        else:
            misses = ours["fn"] + ours["fp"]
            lost = misses - (theirs["fn"] + theirs["fp"] if theirs else 0)
            what = "; ".join(
                [f"missing {s[:40]!r}" for s in ours["with_missing"]]
                + [f"leaked {s[:40]!r}" for s in ours["leaked"]]
            )
        if lost > 0:
            error = f"{ours['error']}; " if ours["error"] else ""
            rows.append((lost, record, f"{error}{what}"))
    rows.sort(key=lambda row: (-row[0], row[1]["id"]))
    shown = [
        [r["corpus"], r["id"][:40], r.get("lang") or "?", r.get("half") or "?", f"{lost:g}", what]
        for lost, r, what in rows[:limit]
    ]
    rival = any("trafilatura" in r["systems"] for r in records)
    headers = ["corpus", "page", "lang", "half", "worse by" if rival else "lost", "presscut"]
    where = "presscut does worse than trafilatura" if rival else "presscut loses most"
    return f"## tf-dev and zh-dev: {len(rows)} pages where {where} (first {limit})\n\n" + table(
        headers, shown
    )


# --- compare ------------------------------------------------------------------------------

PAGE_SCORES: dict[str, Callable[[dict[str, Any]], float]] = {
    "tf": tf.page_score,
    "zh": zh.page_score,
}


def compare_corpus(kind: str, previous: dict[str, Any], records: Records, limit: int) -> str:
    """presscut now against presscut in an earlier `--json` run, on one tf/zh corpus."""
    old_records = [p for p in previous.get("pages", []) if p.get("corpus") == kind]
    if not old_records:
        return f"## {kind}: compared with the earlier run\n\nThe earlier run has no {kind} pages."
    ids = {r["id"] for r in records}
    before = halves([r for r in old_records if r["id"] in ids])
    now = halves(records)
    summarize = KINDS[kind].summarize
    rows = [
        [label, *(show(summarize(part, "presscut")) for part in (*before.values(), *now.values()))]
        for label, show in KINDS[kind].rows
    ]
    headers = ["", "before", "before A", "before B", "now", "now A", "now B"]
    score = PAGE_SCORES[kind]
    old = {r["id"]: r["systems"].get("presscut") for r in old_records}
    moves = []
    for record in records:
        then, current = old.get(record["id"]), record["systems"].get("presscut")
        if then and current and abs(score(current) - score(then)) > 1e-3:
            moves.append([record["id"], record.get("half") or "?", score(then), score(current)])
    moves.sort(key=lambda m: (m[3] - m[2], m[0]))
    picked = moves if len(moves) <= 2 * limit else moves[:limit] + moves[-limit:]
    shown = [[i, h, f"{a:g}", f"{b:g}"] for i, h, a, b in picked]
    return "\n\n".join(
        [
            f"## {kind}: compared with the earlier run",
            table(headers, rows),
            f"Pages whose score moved ({len(moves)}; worst and best {limit}):\n\n"
            + table(["page", "half", "before", "now"], shown),
        ]
    )
