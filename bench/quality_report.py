"""The quality bench's printed report and its README block (Markdown tables)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import quality_summary as qs
from quality_run import SYSTEM_LABELS, TIMING_ONLY

CREDIT = (
    "Corpus: the article pages of the development split of WCXB, the Web Content eXtraction "
    "Benchmark by Murrough Foley (2026), CC-BY-4.0."
)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table, columns padded for the terminal."""
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def num(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


#: Which page source to name when a title equals several.
TITLE_PRIORITY = ("h1", "og:title", "<title>", "twitter:title")

SUMMARY_ROWS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    ("Body F1 (mean)", lambda s: num(s["f1"])),
    ("Body precision (mean)", lambda s: num(s["precision"])),
    ("Body recall (mean)", lambda s: num(s["recall"])),
    ("Body F1 (median)", lambda s: num(s["f1_median"])),
    ("Pages with no text (scored 0)", lambda s: str(len(s["empty"]))),
    ("`with` snippets found", lambda s: f"{pct(s['with_found'])} of {s['with_total']}"),
    ("`without` snippets leaked", lambda s: f"{s['leaked']} ({pct(s['leaked_share'])})"),
    ("Title exact match", lambda s: f"{pct(s['title_exact'])} of {s['title_pages']}"),
    ("Title relaxed match", lambda s: pct(s["title_relaxed"])),
    ("Author match", lambda s: f"{pct(s['author'])} of {s['author_pages']}"),
    ("Date match", lambda s: f"{pct(s['date'])} of {s['date_pages']}"),
    ("ms per page (median)", lambda s: num(s["ms_median"], 1)),
    ("ms per page (p90)", lambda s: num(s["ms_p90"], 1)),
    ("Crashes / timeouts", lambda s: str(len(s["crashes"]))),
    (
        "Error records",
        lambda s: ", ".join(f"{k} {v}" for k, v in sorted(s["errors"].items())) or "0",
    ),
]


def summary_table(summaries: dict[str, dict[str, Any]]) -> str:
    names = list(summaries)
    headers = ["", *(SYSTEM_LABELS.get(n, n) for n in names)]
    rows = [[label, *(get(summaries[n]) for n in names)] for label, get in SUMMARY_ROWS]
    return table(headers, rows)


def timing_summaries(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Figures of the timing-only systems that took part in the run."""
    ran = {name for r in records for name in r.get("timing", {})}
    return {name: qs.timing_summary(records, name) for name in TIMING_ONLY if name in ran}


def targets_block(summaries: dict[str, dict[str, Any]], records: list[dict[str, Any]]) -> str:
    if "presscut" not in summaries or "trafilatura" not in summaries:
        return "Targets: not checked (presscut or trafilatura missing from the run)."
    ours, theirs = summaries["presscut"], summaries["trafilatura"]
    plain = timing_summaries(records).get("trafilatura-text")
    speed = [f"presscut / trafilatura with metadata {num(qs.speed_ratio(ours, theirs), 2)}x"]
    if plain:
        speed.append(
            "presscut / bare `trafilatura.extract(html, url)` "
            f"{num(qs.speed_ratio(ours, plain), 2)}x"
            f" (its median {num(plain['ms_median'], 1)} ms, p90 {num(plain['ms_p90'], 1)} ms)"
        )
    paired = qs.paired_ratio(records, "presscut", "trafilatura-text" if plain else "trafilatura")
    speed.append(f"median of the per-page ratios {num(paired, 2)}x")
    checks = qs.target_checks(ours, theirs, plain)
    lines = [f"- [{'x' if ok else ' '}] {label}" for label, ok in checks]
    return "Speed ratio: " + "; ".join(speed) + ".\n\nTargets:\n" + "\n".join(lines)


def worst_block(records: list[dict[str, Any]], count: int) -> str:
    scored = [r for r in records if r["systems"].get("presscut", {}).get("scored")]
    scored.sort(key=lambda r: (r["systems"]["presscut"]["f1"], r["id"]))
    rows = []
    for record in scored[:count]:
        ours = record["systems"]["presscut"]
        theirs = record["systems"].get("trafilatura", {})
        site = (record["url"] or "").split("/")[2] if "//" in (record["url"] or "") else "?"
        rows.append(
            [
                record["id"],
                num(ours["f1"], 2),
                num(ours["p"], 2),
                num(ours["r"], 2),
                num(theirs.get("f1"), 2),
                site[:32],
                ("ground truth garbled; " if record["truth"].get("garbled") else "")
                + qs.diagnosis(ours),
            ]
        )
    headers = ["page", "F1", "P", "R", "traf. F1", "site", "what went wrong"]
    return f"## {count} worst pages (presscut body F1)\n\n" + table(headers, rows)


def failures_block(records: list[dict[str, Any]], names: list[str]) -> str:
    counts = {n: qs.failure_categories(records, n) for n in names}
    labels = sorted({k for c in counts.values() for k in c}, key=lambda k: -counts[names[0]][k])
    rows = [[label, *(str(counts[n][label]) for n in names)] for label in labels]
    headers = ["pages with...", *(SYSTEM_LABELS.get(n, n) for n in names)]
    return "## Failure categories (pages)\n\n" + table(headers, rows)


def titles_block(records: list[dict[str, Any]], names: list[str]) -> str:
    kinds = {n: Counter(r["systems"][n]["title_kind"] for r in records) for n in names}
    labels = sorted({k for c in kinds.values() for k in c if k and k != "ok"})
    rows = [[k, *(str(kinds[n][k]) for n in names)] for k in labels]
    out = ["## Title mismatches by kind", table(["kind", *names], rows)]
    for name in names:
        pairs = Counter(
            f"truth={_main_source(e.get('truth_title_from'))}"
            f" got={_main_source(e.get('title_from'))}"
            for r in records
            if (e := r["systems"][name])["title_exact"] is False
        )
        listed = ", ".join(f"{k} x{v}" for k, v in pairs.most_common(8))
        out.append(f"{name}, wrong titles by page source (relaxed equality): {listed or '-'}")
    return "\n\n".join(out)


def _main_source(names: list[str] | None) -> str:
    """The one source named for a title: the first of TITLE_PRIORITY it equals."""
    for name in TITLE_PRIORITY:
        if name in (names or []):
            return name
    return "none"


def metadata_misses(records: list[dict[str, Any]], name: str, limit: int) -> str:
    out = [f"## {name}: author and date mismatches (first {limit} of each)"]
    for key, truth_key, got_key in (
        ("author_ok", "author", "authors"),
        ("date_ok", "publish_date", "date"),
    ):
        rows = [
            [r["id"], str(r["truth"][truth_key])[:50], str(r["systems"][name][got_key])[:50]]
            for r in records
            if r["systems"][name][key] is False
        ]
        out.append(table(["page", f"truth {truth_key}", "got"], rows[:limit]))
    return "\n\n".join(out)


def leaks_block(records: list[dict[str, Any]], names: list[str], limit: int) -> str:
    out = ["## Leak analysis"]
    totals = ", ".join(f"{n} {sum(len(r['systems'][n]['leaked']) for r in records)}" for n in names)
    out.append(f"Leaked `without` snippets: {totals}.")
    if "presscut" not in names:
        return "\n\n".join(out)
    leaks = [(r["id"], s) for r in records for s in r["systems"]["presscut"]["leaked"]]
    common = Counter(s.strip().casefold() for _, s in leaks).most_common(10)
    repeated = ", ".join(f"{s[:40]!r} x{n}" for s, n in common if n > 1)
    out.append("Snippets presscut leaks on several pages: " + (repeated or "none"))
    rows = [[page, snippet[:90]] for page, snippet in leaks[:limit]]
    out.append(table(["page", f"leaked by presscut (first {limit})"], rows))
    audit = qs.rule_audit(records, "presscut")
    rows = [
        [a["rule"], str(a["fired"]), str(a["pages"]), str(a["cuts"]), str(a["eaten"])]
        for a in audit
    ]
    headers = ["rule", "removals", "pages", "cuts of article text", "`with` eaten"]
    out.append("presscut rules (`--explain` names):\n\n" + table(headers, rows))
    eaten = [
        [r["id"], x["rule"], x["snippet"][:80]]
        for r in records
        for x in r["systems"]["presscut"].get("eaten", [])
    ]
    out.append(
        "`with` snippets eaten by a rule:\n\n" + table(["page", "rule", "snippet"], eaten[:limit])
    )
    cuts = [
        [r["id"], x["rule"], x["text"][:80]]
        for r in records
        for x in r["systems"]["presscut"].get("article_cuts", [])
    ]
    out.append(
        f"Article text cut by a rule ({len(cuts)}; first {limit}):\n\n"
        + table(["page", "rule", "text"], cuts[:limit])
    )
    return "\n\n".join(out)


def robustness_block(summaries: dict[str, dict[str, Any]]) -> str:
    out = ["## Robustness"]
    for name, s in summaries.items():
        crashes = "; ".join(f"{i}: {c}" for i, c in list(s["crashes"].items())[:10]) or "none"
        out.append(
            f"- {name}: crashes/timeouts {len(s['crashes'])} ({crashes}); tracebacks on stderr "
            f"{s['tracebacks'] or 'none'}; other stderr output on {len(s['stderr'])} pages; "
            f"slower than {qs.SLOW_SECONDS:g} s: {s['slow'] or 'none'}; "
            f"max {num(s['ms_max'], 0)} ms"
        )
        by_message: dict[str, list[str]] = {}
        for page, message in s["failed"].items():
            by_message.setdefault(message or "?", []).append(page)
        for message, ids in sorted(by_message.items(), key=lambda x: -len(x[1])):
            shown = ", ".join(ids[:12])
            out.append(f"  - extract_failed x{len(ids)}: {message[:160]} (pages {shown})")
    return "\n".join(out)


def full_report(
    records: list[dict[str, Any]],
    summaries: dict[str, dict[str, Any]],
    header: str,
    worst: int,
    leaks: int,
) -> str:
    names = list(summaries)
    parts = [
        header,
        summary_table(summaries),
        targets_block(summaries, records),
        robustness_block(summaries),
    ]
    if "presscut" in names:
        parts += [
            worst_block(records, worst),
            failures_block(records, names),
            titles_block(records, names),
            metadata_misses(records, "presscut", 15),
        ]
    parts += [leaks_block(records, names, leaks), CREDIT]
    return "\n\n".join(parts) + "\n"


def readme_block(
    records: list[dict[str, Any]], summaries: dict[str, dict[str, Any]], header: str
) -> str:
    """The generated part of the README's Quality section."""
    names = list(summaries)
    parts = [header, summary_table(summaries), targets_block(summaries, records)]
    if "presscut" in names:
        top = qs.failure_categories(records, "presscut").most_common(8)
        parts.append(
            "Most frequent presscut problems (pages): "
            + "; ".join(f"{label} {count}" for label, count in top)
        )
        audit = [a for a in qs.rule_audit(records, "presscut") if a["cuts"] or a["eaten"]]
        parts.append(
            "Rules that cut article text (cuts / `with` snippets eaten): "
            + ("; ".join(f"{a['rule']} {a['cuts']}/{a['eaten']}" for a in audit[:8]) or "none")
        )
    return "\n\n".join(parts)
