"""The command's arguments and options (in --help's order) and the click callbacks that
check their values."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from presscut.batch.pool import default_workers
from presscut.bounded import PAGE_MEMORY_MB
from presscut.cli.discover import since_option
from presscut.cli.output import describe
from presscut.deadline import EXTRACT_DEADLINE
from presscut.fetch import options as defaults

Number = int | float


def _at_least(minimum: int) -> Any:
    """A click callback refusing numbers below `minimum` (a usage error, exit 2)."""

    def check(ctx: click.Context, param: click.Parameter, value: Number) -> Number:
        if value < minimum:
            raise click.BadParameter(f"{value} is below {minimum}")
        return value

    return check


def _positive(ctx: click.Context, param: click.Parameter, value: float) -> float:
    if value <= 0:
        raise click.BadParameter(f"{value} is not above 0")
    return value


def _appendable(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """A file that can be appended to (created if need be), or a usage error."""
    if value is not None:
        try:
            with value.open("ab"):
                pass
        except OSError as exc:
            raise click.BadParameter(describe(exc)) from None
    return value


#: The command's INPUT arguments and options, in the order --help lists them.
OPTIONS: list[Callable[[Any], Any]] = [
    click.argument("inputs", nargs=-1, metavar="[INPUT]..."),
    click.option(
        "-i",
        "--input-file",
        type=click.File("r", encoding="utf-8-sig", errors="replace"),
        metavar="FILE",
        help="Read URLs from FILE, one a line ('-': stdin). Batch mode.",
    ),
    click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help="Write to FILE, not stdout. An existing, non-empty FILE needs --resume or "
        "--overwrite.",
    ),
    click.option("--overwrite", is_flag=True, help="Replace the -o FILE if it exists."),
    click.option(
        "--url", "page_url", metavar="URL", help="The address of a page read from PATH or stdin."
    ),
    click.option(
        "--explain",
        is_flag=True,
        help="Add the 'removed' list: each text cut, and the rule that cut it.",
    ),
    click.option(
        "--markdown", is_flag=True, help="body and lead in Markdown (headings, lists, tables...)."
    ),
    click.option(
        "--format",
        "output_format",
        type=click.Choice(["json", "markdown", "csv"]),
        default="json",
        help="json (JSON Lines in a batch), markdown (one document a page) or csv. [default: json]",
    ),
    click.option(
        "--output-dir",
        type=click.Path(file_okay=False, path_type=Path),
        metavar="DIR",
        help="With --format markdown: one .md file per page in DIR, named from its URL.",
    ),
    click.option(
        "--pretty/--compact",
        default=None,
        help="Indented or one-line JSON for a single page. [default: pretty on a terminal]",
    ),
    click.option(
        "--resume",
        is_flag=True,
        help="With -o: skip URLs already recorded in FILE (a torn last line is dropped).",
    ),
    click.option(
        "--drop-bad-lines",
        is_flag=True,
        help="With --resume: drop lines of FILE that are not records, instead of refusing FILE.",
    ),
    click.option(
        "--retry-failed",
        is_flag=True,
        help="Like --resume, but fetch the URLs recorded as failed again.",
    ),
    click.option(
        "--concurrency",
        type=int,
        callback=_at_least(1),
        metavar="N",
        default=defaults.DEFAULT_CONCURRENCY,
        help=f"Requests in flight in total. [default: {defaults.DEFAULT_CONCURRENCY}]",
    ),
    click.option(
        "--per-host",
        type=int,
        callback=_at_least(1),
        metavar="N",
        default=defaults.DEFAULT_PER_HOST,
        help=f"Requests in flight per host. [default: {defaults.DEFAULT_PER_HOST}]",
    ),
    click.option(
        "--delay",
        type=float,
        callback=_at_least(0),
        metavar="SECONDS",
        default=defaults.DEFAULT_DELAY,
        help=f"Pause between request starts to one host. [default: {defaults.DEFAULT_DELAY:g}]",
    ),
    click.option(
        "--timeout",
        type=float,
        callback=_positive,
        metavar="SECONDS",
        default=defaults.DEFAULT_TIMEOUT,
        help="Total deadline per URL, redirects and retries included. "
        f"[default: {defaults.DEFAULT_TIMEOUT:g}]",
    ),
    click.option(
        "--retries",
        type=int,
        callback=_at_least(0),
        metavar="N",
        default=defaults.DEFAULT_RETRIES,
        help="Extra attempts after a connection error, 429 or 5xx. "
        f"[default: {defaults.DEFAULT_RETRIES}]",
    ),
    click.option(
        "--max-bytes",
        type=int,
        callback=_at_least(1),
        metavar="N",
        default=defaults.DEFAULT_MAX_BYTES,
        help="Largest page, counted after decompression; more is too_large. "
        f"[default: {defaults.DEFAULT_MAX_BYTES} (10 MB)]",
    ),
    click.option(
        "--user-agent",
        metavar="TEXT",
        default=defaults.DEFAULT_USER_AGENT,
        help=f"User-Agent header. [default: {defaults.DEFAULT_USER_AGENT}]",
    ),
    click.option("--ignore-robots", is_flag=True, help="Do not read or honour robots.txt."),
    click.option(
        "--allow-private",
        is_flag=True,
        help="Fetch loopback, private and link-local addresses too.",
    ),
    click.option(
        "--workers",
        type=int,
        callback=_at_least(0),
        metavar="N",
        default=default_workers(),
        help="Extraction processes; 0 extracts in the main process. [default: the machine's cores]",
    ),
    click.option(
        "--page-timeout",
        type=float,
        callback=_positive,
        metavar="SECONDS",
        default=EXTRACT_DEADLINE,
        help="Longest extraction of one page; past it the page is extract_failed. "
        f"[default: {EXTRACT_DEADLINE:g}]",
    ),
    click.option(
        "--page-memory",
        type=int,
        callback=_at_least(1),
        metavar="MB",
        default=PAGE_MEMORY_MB,
        help="Most memory one page's extraction may take above its process's own (Linux); "
        f"more is extract_failed. [default: {PAGE_MEMORY_MB}]",
    ),
    click.option(
        "--cache",
        "cache_dir",
        type=click.Path(file_okay=False, path_type=Path),
        metavar="DIR",
        help="HTTP cache (SQLite) in DIR: a re-run does not fetch again.",
    ),
    click.option(
        "--cache-ttl",
        type=click.FloatRange(min=0, min_open=True),
        default=defaults.DEFAULT_CACHE_TTL,
        metavar="SECONDS",
        help="How long --cache replays a page before fetching it again. "
        f"[default: {defaults.DEFAULT_CACHE_TTL:g}, a day]",
    ),
    click.option(
        "--discover", is_flag=True, help="INPUTs (or -i FILE) are sites: find their articles."
    ),
    click.option(
        "--since",
        metavar="DATE|AGE",
        callback=since_option,
        help="With --discover: entries dated at or after DATE (2026-12-01) or within AGE "
        "(36h, 7d); undated entries are kept.",
    ),
    click.option("--list", is_flag=True, help="With --discover: print the URLs, newest first."),
    click.option("--all-hosts", is_flag=True, help="With --discover: keep other hosts' URLs too."),
    click.option(
        "--cluster",
        metavar="ADDRESS",
        help="Run the batch on Dask: tcp://HOST:8786 (a running scheduler) or local:N "
        "(N worker processes here). Needs presscut[dask].",
    ),
    click.option(
        "--warc-out",
        type=click.Path(dir_okay=False, path_type=Path),
        callback=_appendable,
        metavar="FILE",
        help="Archive every HTTP exchange (request and response) in FILE, a .warc.gz.",
    ),
    click.option("-q", "--quiet", is_flag=True, help="No progress, no summary, errors only."),
]


def command_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` decorated with every entry of OPTIONS, as stacked decorators would."""
    for option in reversed(OPTIONS):
        func = option(func)
    return func
