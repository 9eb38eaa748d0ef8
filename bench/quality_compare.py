"""Comparing a run with an earlier one (`--compare PREV.json`): what got better or worse."""

from __future__ import annotations

from typing import Any

from quality_report import num, pct, table

#: Summary figures compared, with how to show them.
COMPARED = [
    ("Body F1 (mean)", "f1", num),
    ("Body precision (mean)", "precision", num),
    ("Body recall (mean)", "recall", num),
    ("`with` snippets found", "with_found", pct),
    ("Title exact match", "title_exact", pct),
    ("Author match", "author", pct),
    ("Date match", "date", pct),
    ("ms per page (median)", "ms_median", lambda v: num(v, 1)),
]

#: Per-page yes/no checks whose flips are listed.
FLIPS = [("title", "title_exact"), ("author", "author_ok"), ("date", "date_ok")]

#: A page's F1 must move by more than this to be listed.
MIN_F1_CHANGE = 0.02


def compare_block(
    previous: dict[str, Any], records: list[dict[str, Any]], summary: dict[str, Any], limit: int
) -> str:
    """presscut now against presscut in the earlier run's JSON."""
    before = previous.get("summaries", {}).get("presscut")
    if before is None:
        return "## Compared with the earlier run\n\nThe earlier run has no presscut figures."
    head = previous.get("header", "").split("\n")[0]
    rows = [[label, show(before.get(key)), show(summary.get(key))] for label, key, show in COMPARED]
    rows.append(["leaked `without`", str(before.get("leaked")), str(summary.get("leaked"))])
    out = [
        "## Compared with the earlier run",
        f"Earlier: {head}",
        table(["", "before", "now"], rows),
    ]
    old = {p["id"]: p["systems"].get("presscut") for p in previous.get("pages", [])}
    moves = f1_moves(old, records)
    for title, chosen in (("worse", moves[:limit]), ("better", moves[::-1][:limit])):
        picked = [m for m in chosen if (m[2] < m[1]) == (title == "worse")]
        shown = [[pid, num(a, 2), num(b, 2)] for pid, a, b in picked]
        out.append(f"Pages whose F1 got {title}:\n\n" + table(["page", "before", "now"], shown))
    out.append("Flips (page ids): " + "; ".join(_flips(old, records)))
    return "\n\n".join(out)


def f1_moves(
    old: dict[str, dict[str, Any] | None], records: list[dict[str, Any]]
) -> list[tuple[str, float, float]]:
    """(page, F1 before, F1 now) for pages that moved, the biggest drop first."""
    moves = []
    for record in records:
        now, then = record["systems"].get("presscut"), old.get(record["id"])
        if not now or not then or not now.get("scored") or not then.get("scored"):
            continue
        if abs(now["f1"] - then["f1"]) > MIN_F1_CHANGE:
            moves.append((record["id"], then["f1"], now["f1"]))
    return sorted(moves, key=lambda m: (m[2] - m[1], m[0]))


def _flips(old: dict[str, dict[str, Any] | None], records: list[dict[str, Any]]) -> list[str]:
    lines = []
    for label, key in FLIPS:
        lost, won = [], []
        for record in records:
            now, then = record["systems"].get("presscut"), old.get(record["id"])
            if not now or not then:
                continue
            if then.get(key) is True and now.get(key) is False:
                lost.append(record["id"])
            elif then.get(key) is False and now.get(key) is True:
                won.append(record["id"])
        lines.append(f"{label} lost {len(lost)} {lost[:10]}, won {len(won)} {won[:10]}")
    return lines
