"""presscut's extraction-quality bench: presscut and trafilatura side by side on three corpora.

    .venv/bin/python bench/quality.py                      # wcxb-dev, tf-dev, zh-dev: report
    .venv/bin/python bench/quality.py --corpus-set zh --presscut-only   # a quick look
    .venv/bin/python bench/quality.py --limit 50           # the first 50 pages of each
    .venv/bin/python bench/quality.py --pages 0001,0002 --json out.json
    .venv/bin/python bench/quality.py --write-readme       # refresh bench/README.md

The corpora are read in place from ``../shared/corpus/`` (relative to the project root) or
``--corpus-root DIR`` (``--corpus DIR`` for WCXB alone); never copied into the project.
Every figure is given for the whole corpus and for each of its two fixed halves (the first
byte of sha1(file name) even: A, odd: B). See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import shlex
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import quality_groups as qg
import quality_report as qr
import quality_summary as qs
import quality_tf as tf
import quality_zh as zh
from quality_compare import compare_block
from quality_corpora import CORPUS_SETS, FOLDERS, open_corpus
from quality_pages import score_page
from quality_run import (
    SYSTEMS,
    TIMING_ONLY,
    Output,
    Page,
    presscut_runner,
    run_corpus,
    trafilatura_text_runner,
)
from quality_run import trafilatura_runner as traf_runner

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ROOT = ROOT.parent / "shared" / "corpus"
DEFAULT_README = ROOT / "bench" / "README.md"
BEGIN, END = "<!-- quality:begin -->", "<!-- quality:end -->"
#: The README block of the per-half and per-language figures of every corpus.
GROUPS_BEGIN, GROUPS_END = "<!-- quality-corpora:begin -->", "<!-- quality-corpora:end -->"
#: Scored pages, one dict each.
Records = list[dict[str, Any]]
#: Section titles of the corpora.
TITLES = {
    "wcxb": "wcxb-dev (words)",
    "tf": "tf-dev (trafilatura's snippet evaluation)",
    "zh": "zh-dev (characters)",
}
QUALITY_HEADING, NEXT_HEADING = "## Quality", "\n## "


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help="WCXB corpus folder (else under --corpus-root)")
    parser.add_argument(
        "--corpus-root", type=Path, default=DEFAULT_ROOT, help="folder of the corpora"
    )
    parser.add_argument(
        "--corpus-set", choices=sorted(CORPUS_SETS), default="all", help="corpora run (all)"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages of each corpus")
    parser.add_argument("--pages", help="comma-separated page ids (of any corpus), e.g. 0001")
    parser.add_argument("--worst", type=int, default=20, help="worst pages listed (20)")
    parser.add_argument("--leaks", type=int, default=40, help="rows of each leak table (40)")
    parser.add_argument("--json", type=Path, help="write per-page results and summaries here")
    parser.add_argument("--write-readme", action="store_true", help="update bench/README.md")
    parser.add_argument("--readme", type=Path, default=DEFAULT_README, help=argparse.SUPPRESS)
    parser.add_argument("--cap", type=float, default=20.0, help="seconds per call before timeout")
    parser.add_argument("--compare", type=Path, help="an earlier --json file: show what moved")
    parser.add_argument(
        "--presscut-only", action="store_true", help="skip trafilatura (quick, no targets)"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return parser.parse_args(argv)


def select_pages(ids: list[str], args: argparse.Namespace) -> list[str]:
    if args.pages:
        wanted = {p.strip() for p in args.pages.split(",") if p.strip()}
        ids = [i for i in ids if i in wanted]
    return ids[: args.limit] if args.limit else ids


def build_runners(with_trafilatura: bool) -> tuple[dict[str, Callable[[Page], Output]], str | None]:
    presscut, failure = presscut_runner()
    runners: dict[str, Callable[[Page], Output]] = {}
    if presscut is not None:
        runners["presscut"] = presscut
    if not with_trafilatura:
        return runners, failure
    runners["trafilatura"] = traf_runner(comments=True)
    runners["trafilatura-nc"] = traf_runner(comments=False)
    runners["trafilatura-text"] = trafilatura_text_runner()
    order = (*SYSTEMS, *TIMING_ONLY)
    return {n: runners[n] for n in order if n in runners}, failure


def _progress(done: int, total: int) -> None:
    if done % 50 == 0 or done == total:
        print(f"  {done}/{total} pages", file=sys.stderr, flush=True)


def header(pages: int, argv: list[str], import_failure: str | None) -> str:
    import trafilatura

    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    command = shlex.join([".venv/bin/python", "bench/quality.py", *argv])
    lines = [
        f"Run {when} on {pages} pages; presscut {_presscut_version()} at {_git_state()}, "
        f"trafilatura {trafilatura.__version__}, Python {platform.python_version()}.",
        "",
        f"Command: `{command}`",
    ]
    if import_failure:
        lines += ["", f"presscut could not be imported: {import_failure}"]
    return "\n".join(lines)


def _presscut_version() -> str:
    try:
        import presscut._version as version
    except Exception:
        return "?"
    where = Path(version.__file__).resolve()
    elsewhere = "" if ROOT in where.parents else f" (from {where.parent})"
    return version.__version__ + elsewhere


def _git_state() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "?"
    dirty = git("status", "--porcelain", "--", "src")
    return f"commit {commit}" + (" with uncommitted changes in src/" if dirty else "")


def _without_local_paths(argv: list[str]) -> list[str]:
    """The command line as the README shows it: no local paths (`--json`, `--corpus`,
    `--compare`) and no `--quiet`."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--json", "--corpus", "--readme", "--compare"):
            skip = True
        elif not arg.startswith(("--json=", "--corpus=", "--readme=", "--compare=", "--quiet")):
            kept.append(arg)
    return kept


def write_readme(path: Path, block: str, begin: str = BEGIN, close: str = END) -> None:
    """Replace a generated block of the README's Quality section, and nothing else."""
    generated = f"{begin}\n{block}\n{close}"
    if not path.exists():
        path.write_text(
            f"# Benchmarks\n\n{QUALITY_HEADING}\n\n{generated}\n\n## Batch throughput\n"
        )
        return
    text = path.read_text("utf-8")
    start = text.find(QUALITY_HEADING)
    if start < 0:
        raise SystemExit(f"{path} has no '{QUALITY_HEADING}' section")
    end = text.find(NEXT_HEADING, start + len(QUALITY_HEADING))
    end = len(text) if end < 0 else end
    section = text[start:end]
    if begin in section and close in section:
        after = section.index(close) + len(close)
        new = section[: section.index(begin)] + generated + section[after:]
    else:
        new = section.rstrip("\n") + f"\n\n{generated}\n"
    path.write_text(text[:start] + new + text[end:], "utf-8")


def score_other(page: Page, outputs: dict[str, Output]) -> dict[str, Any]:
    """The per-page record of a tf-dev or zh-dev page."""
    scorer = tf.score_tf if page.corpus == "tf" else zh.score_zh
    return {
        "id": page.id,
        "url": page.url,
        "truth": {k: page.truth.get(k) for k in ("title", "author", "date")},
        "timing": {
            name: {"ms": out.ms, "crash": out.crash}
            for name, out in outputs.items()
            if name in TIMING_ONLY
        },
        "systems": {n: scorer(page, out) for n, out in outputs.items() if n not in TIMING_ONLY},
    }


def run_set(args: argparse.Namespace, runners: dict[str, Callable[[Page], Output]]) -> Records:
    """Every page of every corpus of the set, scored; each record names its corpus, half
    and language."""
    records: Records = []
    progress = None if args.quiet else _progress
    for name in CORPUS_SETS[args.corpus_set]:
        folder = args.corpus if name == "wcxb" and args.corpus else args.corpus_root / FOLDERS[name]
        corpus = open_corpus(name, folder)
        ids = select_pages(corpus.ids, args)
        if not args.quiet:
            print(f"{name}: {len(ids)} pages", file=sys.stderr, flush=True)
        for page, outputs in run_corpus(ids, corpus.load, runners, args.cap, progress=progress):
            record = score_page(page, outputs) if name == "wcxb" else score_other(page, outputs)
            record.update(corpus=name, half=page.half, lang=page.lang)
            records.append(record)
    return records


def report(
    records: Records, names: list[str], head: str, args: argparse.Namespace
) -> tuple[str, str | None, str]:
    """The printed report, the README's WCXB block (None without WCXB) and its corpora block."""
    wcxb = [r for r in records if r["corpus"] == "wcxb"]
    summaries = {name: qs.summarize(wcxb, name) for name in names}
    parts = [head]
    readme = None
    if wcxb:
        parts.append(qr.full_report(wcxb, summaries, "# wcxb-dev", args.worst, args.leaks))
        readme = qr.readme_block(wcxb, summaries, head)
    blocks = [
        qg.corpus_block(kind, TITLES[kind], group, names)
        for kind in FOLDERS
        if (group := [r for r in records if r["corpus"] == kind])
    ]
    if len(blocks) > 1:
        blocks.append(qg.speed_line(records))
    others = [r for r in records if r["corpus"] != "wcxb"]
    parts += [*blocks, qg.worst_pages(others, args.worst)] if others else blocks
    return "\n\n".join(parts) + "\n", readme, "\n\n".join([head, *blocks])


def compare(previous: dict[str, Any], records: Records, names: list[str], limit: int) -> str:
    """presscut now against an earlier `--json` run, corpus by corpus."""
    out = []
    wcxb = [r for r in records if r["corpus"] == "wcxb"]
    if wcxb and "presscut" in names:
        old = [p for p in previous.get("pages", []) if p.get("corpus", "wcxb") == "wcxb"]
        summary = qs.summarize(wcxb, "presscut")
        out.append(compare_block({**previous, "pages": old}, wcxb, summary, limit))
    for kind in ("tf", "zh"):
        group = [r for r in records if r["corpus"] == kind]
        if group:
            out.append(qg.compare_corpus(kind, previous, group, limit))
    return "\n\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    runners, import_failure = build_runners(with_trafilatura=not args.presscut_only)
    records = run_set(args, runners)
    names = [name for name in runners if name in SYSTEMS]
    head = header(len(records), argv, import_failure)
    readme_head = header(len(records), _without_local_paths(argv), import_failure)
    text, _, _ = report(records, names, head, args)
    print(text)
    if args.compare and "presscut" in names:
        print(compare(json.loads(args.compare.read_text("utf-8")), records, names, args.worst))
    if args.json:
        wcxb = [r for r in records if r["corpus"] == "wcxb"]
        payload = {
            "header": head,
            "summaries": {name: qs.summarize(wcxb, name) for name in names} if wcxb else {},
            "corpora": {
                kind: qg.summaries_by_half(kind, group, names)
                for kind in FOLDERS
                if (group := [r for r in records if r["corpus"] == kind])
            },
            "timings": qr.timing_summaries(records),
            "pages": records,
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), "utf-8")
    if args.write_readme:
        _, wcxb_block, corpora_block = report(records, names, readme_head, args)
        if wcxb_block:
            write_readme(args.readme, wcxb_block)
        write_readme(args.readme, corpora_block, GROUPS_BEGIN, GROUPS_END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
