"""presscut's extraction-quality bench: presscut and trafilatura side by side on WCXB pages.

    .venv/bin/python bench/quality.py                      # all pages, printed report
    .venv/bin/python bench/quality.py --limit 50           # a quick look
    .venv/bin/python bench/quality.py --pages 0001,0002 --json out.json
    .venv/bin/python bench/quality.py --write-readme       # refresh bench/README.md

The corpus is read in place from ``../shared/corpus/wcxb-dev`` (relative to the project
root) or ``--corpus DIR``; it is never copied into the project. See bench/README.md.
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

import quality_report as qr
import quality_summary as qs
from quality_compare import compare_block
from quality_pages import score_page
from quality_run import (
    SYSTEMS,
    TIMING_ONLY,
    Output,
    Page,
    page_ids,
    presscut_runner,
    run_corpus,
    trafilatura_text_runner,
)
from quality_run import trafilatura_runner as traf_runner

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wcxb-dev"
DEFAULT_README = ROOT / "bench" / "README.md"
BEGIN, END = "<!-- quality:begin -->", "<!-- quality:end -->"
QUALITY_HEADING, NEXT_HEADING = "## Quality", "\n## "


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="WCXB corpus folder")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--pages", help="comma-separated page ids, e.g. 0001,0002")
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


def select_pages(args: argparse.Namespace) -> list[str]:
    ids = page_ids(args.corpus)
    if args.pages:
        wanted = [p.strip() for p in args.pages.split(",") if p.strip()]
        unknown = sorted(set(wanted) - set(ids))
        if unknown:
            raise SystemExit(f"unknown page ids: {', '.join(unknown)}")
        ids = wanted
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


def write_readme(path: Path, block: str) -> None:
    """Replace the generated block of the README's Quality section, and nothing else."""
    generated = f"{BEGIN}\n{block}\n{END}"
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
    if BEGIN in section and END in section:
        new = section[: section.index(BEGIN)] + generated + section[section.index(END) + len(END) :]
    else:
        new = section.rstrip("\n") + f"\n\n{generated}\n"
    path.write_text(text[:start] + new + text[end:], "utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if not (args.corpus / "ground-truth").is_dir():
        print(f"corpus not found: {args.corpus} (use --corpus DIR)", file=sys.stderr)
        return 2
    ids = select_pages(args)
    runners, import_failure = build_runners(with_trafilatura=not args.presscut_only)
    progress = None if args.quiet else _progress
    records: list[dict[str, Any]] = [
        score_page(page, outputs)
        for page, outputs in run_corpus(ids, args.corpus, runners, args.cap, progress=progress)
    ]
    summaries = {name: qs.summarize(records, name) for name in runners if name in SYSTEMS}
    head = header(len(ids), argv, import_failure)
    readme_head = header(len(ids), _without_local_paths(argv), import_failure)
    print(qr.full_report(records, summaries, head, args.worst, args.leaks))
    if args.compare and "presscut" in summaries:
        previous = json.loads(args.compare.read_text("utf-8"))
        print(compare_block(previous, records, summaries["presscut"], args.worst) + "\n")
    if args.json:
        timings = qr.timing_summaries(records)
        payload = {"header": head, "summaries": summaries, "timings": timings, "pages": records}
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), "utf-8")
    if args.write_readme:
        write_readme(args.readme, qr.readme_block(records, summaries, readme_head))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
