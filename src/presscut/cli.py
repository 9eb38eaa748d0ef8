"""The `presscut` command: one page to JSON, or a list of URLs to JSON Lines."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from presscut._version import __version__
from presscut.article import Article
from presscut.batch import BatchOptions, distinct, read_urls
from presscut.batch.outfile import (
    OutputFailed,
    OutputFile,
    OutputRefused,
    is_storage_error,
    refuse_input_as_output,
)
from presscut.batch.pool import default_workers, extract_within
from presscut.batch.runner import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, RunSettings, run_batch
from presscut.batch.shards import ClusterError, parse_spec
from presscut.bounded import PAGE_MEMORY_MB, Limits, extract_bounded, run_bounded
from presscut.cli_discover import DISCOVERY_HELP, run_discovery, since_option
from presscut.cli_inputs import (
    STDIN,
    batch_items,
    check_output,
    is_batch,
    is_url,
    piped_stdin,
    single_target,
)
from presscut.deadline import EXTRACT_DEADLINE, ExtractionTimeout, run_within
from presscut.extraction import extract
from presscut.fetch import CacheError, FetchError, FetchOptions, check_cache_dir, fetch_page
from presscut.fetch import options as defaults
from presscut.fetch.local import gunzip
from presscut.logs import setup_logging
from presscut.output import csv as csv_output
from presscut.output import dumps
from presscut.output.markdown import document
from presscut.pipeline import failure_record, is_failure, page_article, page_record
from presscut.warc.detect import split_archives

USAGE_ERROR = 2
CONTEXT = {"max_content_width": 100, "help_option_names": ["-h", "--help"]}

HELP = """Turn news and blog pages into clean JSON: title, body and credit.

\b
INPUT is one of:
  URL         fetch the page (http/https; www.example.com/a is taken as https)
              and print one JSON object
  PATH        read a local HTML file, gzipped or not, no network (give its
              address with --url)
  -           read HTML from standard input (also when no INPUT is given and
              stdin is not a terminal)
  URL URL...  or -i FILE, or several files, or a directory (its .html, .htm,
              .xhtml files, recursively): batch mode, one JSON line per page
  WARC...     web archives (.warc, .warc.gz; told by their first bytes, also
              in an -i list): one JSON line per HTML response, no fetch
  SITE...     with --discover: home pages, feeds or sitemaps whose articles
              are found, then extracted as a batch (or listed with --list)
"""

EPILOG = """\b
Examples:
  presscut https://example.org/news/1
  presscut --url https://example.org/news/1 page.html
  curl -s https://example.org/news/1 | presscut --url https://example.org/news/1 -
  presscut -i urls.txt -o out.jsonl
  presscut -i urls.txt -o out.jsonl --resume --retry-failed
  cat urls.txt | presscut -i - --per-host 4 --delay 0 > out.jsonl
  presscut saved-pages/ -o out.jsonl
  presscut --discover https://example.org/ --since 1d --list
  presscut --discover -i sites.txt --since 36h -o news.jsonl --resume
  presscut --format markdown https://example.org/news/1 > article.md
  presscut -i urls.txt --format markdown --output-dir articles/
  presscut -i urls.txt --format csv -o articles.csv
  presscut -i urls.txt -o out.jsonl --warc-out crawl.warc.gz
  presscut crawl.warc.gz -o again.jsonl
  presscut -i urls.txt -o out.jsonl --cluster tcp://scheduler:8786

{discovery}

\b
URL lists: one URL a line; blank lines and lines starting with # are skipped;
the same URL (scheme/host case, default port and #fragment aside) is fetched once.

\b
Output: one JSON object per page, UTF-8, with every key always present
(null or [] when unknown):
  schema_version, url, final_url, canonical_url, status, title, kicker,
  lead, body, credit {authors, source, image}, published, language,
  site_name, section, description, image, tags, modified, word_count,
  fetched_at, error {type, message, status}, removed
error is null on success. Its types: invalid_url, blocked_address,
robots_disallowed, dns, connect, connection_lost, timeout, tls, http_status,
too_many_redirects, too_large, unsupported_content, no_article,
extract_failed, read_error, discovery_failed (extract_failed also for a page
whose extraction takes over --page-timeout or more memory than --page-memory:
each page is extracted in a process of its own, killed past either limit).
A single page prints pretty JSON on a terminal and one compact line otherwise;
a batch always writes JSON Lines, each line written whole and flushed as its
URL finishes.
--markdown writes body and lead in Markdown (headings, lists, quotes, code,
tables, links, emphasis); --format markdown prints a Markdown document per
page (a batch: one file per page in --output-dir DIR, named from its URL);
--format csv prints a header and one row per page, errors included.

\b
Fetching: only http and https, on redirects too; loopback, private and
link-local addresses are refused unless --allow-private; robots.txt is
honoured unless --ignore-robots (its Crawl-delay too, up to 10 s). A
"host" for --per-host and --delay is one origin (scheme, host, port).
--timeout is a total deadline per URL, from its first request to its last
byte, retries and redirects included (waiting for a free slot before that
does not count). Retries, with backoff and jitter and honouring
Retry-After up to 30 s, happen after connection errors, 429 and 5xx only.
Batch progress goes to stderr when it is a terminal; a one-line summary
ends every batch (not with -q).

\b
Exit status:
  0  every page yielded an article
  1  a page could not be fetched or yielded no article (its record is
     still written, with error set)
  1  also: the output could not be written (a full disk); the run stops
  2  usage error; also an existing, non-empty -o FILE without --resume or
     --overwrite, an -o FILE that is the input list, that another run holds
     (a lock), or that --resume finds unparsable lines in
  130 interrupted (Ctrl-C); records already written are kept
  143 terminated (SIGTERM); the same, with its summary
""".replace("{discovery}", DISCOVERY_HELP)


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
            raise click.BadParameter(_describe(exc)) from None
    return value


def _setup_output() -> None:
    """UTF-8 on stdout and stderr whatever the locale."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


@click.command(help=HELP, epilog=EPILOG, context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "-i",
    "--input-file",
    type=click.File("r", encoding="utf-8-sig", errors="replace"),
    metavar="FILE",
    help="Read URLs from FILE, one a line ('-': stdin). Batch mode.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Write to FILE, not stdout. An existing, non-empty FILE needs --resume or --overwrite.",
)
@click.option("--overwrite", is_flag=True, help="Replace the -o FILE if it exists.")
@click.option(
    "--url", "page_url", metavar="URL", help="The address of a page read from PATH or stdin."
)
@click.option(
    "--explain",
    is_flag=True,
    help="Add the 'removed' list: each text cut, and the rule that cut it.",
)
@click.option(
    "--markdown", is_flag=True, help="body and lead in Markdown (headings, lists, tables...)."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "markdown", "csv"]),
    default="json",
    help="json (JSON Lines in a batch), markdown (one document a page) or csv. [default: json]",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="With --format markdown: one .md file per page in DIR, named from its URL.",
)
@click.option(
    "--pretty/--compact",
    default=None,
    help="Indented or one-line JSON for a single page. [default: pretty on a terminal]",
)
@click.option(
    "--resume",
    is_flag=True,
    help="With -o: skip URLs already recorded in FILE (a torn last line is dropped).",
)
@click.option(
    "--drop-bad-lines",
    is_flag=True,
    help="With --resume: drop lines of FILE that are not records, instead of refusing FILE.",
)
@click.option(
    "--retry-failed",
    is_flag=True,
    help="Like --resume, but fetch the URLs recorded as failed again.",
)
@click.option(
    "--concurrency",
    type=int,
    callback=_at_least(1),
    metavar="N",
    default=defaults.DEFAULT_CONCURRENCY,
    help=f"Requests in flight in total. [default: {defaults.DEFAULT_CONCURRENCY}]",
)
@click.option(
    "--per-host",
    type=int,
    callback=_at_least(1),
    metavar="N",
    default=defaults.DEFAULT_PER_HOST,
    help=f"Requests in flight per host. [default: {defaults.DEFAULT_PER_HOST}]",
)
@click.option(
    "--delay",
    type=float,
    callback=_at_least(0),
    metavar="SECONDS",
    default=defaults.DEFAULT_DELAY,
    help=f"Pause between request starts to one host. [default: {defaults.DEFAULT_DELAY:g}]",
)
@click.option(
    "--timeout",
    type=float,
    callback=_positive,
    metavar="SECONDS",
    default=defaults.DEFAULT_TIMEOUT,
    help="Total deadline per URL, redirects and retries included. "
    f"[default: {defaults.DEFAULT_TIMEOUT:g}]",
)
@click.option(
    "--retries",
    type=int,
    callback=_at_least(0),
    metavar="N",
    default=defaults.DEFAULT_RETRIES,
    help="Extra attempts after a connection error, 429 or 5xx. "
    f"[default: {defaults.DEFAULT_RETRIES}]",
)
@click.option(
    "--max-bytes",
    type=int,
    callback=_at_least(1),
    metavar="N",
    default=defaults.DEFAULT_MAX_BYTES,
    help="Largest page, counted after decompression; more is too_large. "
    f"[default: {defaults.DEFAULT_MAX_BYTES} (10 MB)]",
)
@click.option(
    "--user-agent",
    metavar="TEXT",
    default=defaults.DEFAULT_USER_AGENT,
    help=f"User-Agent header. [default: {defaults.DEFAULT_USER_AGENT}]",
)
@click.option("--ignore-robots", is_flag=True, help="Do not read or honour robots.txt.")
@click.option(
    "--allow-private", is_flag=True, help="Fetch loopback, private and link-local addresses too."
)
@click.option(
    "--workers",
    type=int,
    callback=_at_least(0),
    metavar="N",
    default=default_workers(),
    help="Extraction processes; 0 extracts in the main process. [default: the machine's cores]",
)
@click.option(
    "--page-timeout",
    type=float,
    callback=_positive,
    metavar="SECONDS",
    default=EXTRACT_DEADLINE,
    help="Longest extraction of one page; past it the page is extract_failed. "
    f"[default: {EXTRACT_DEADLINE:g}]",
)
@click.option(
    "--page-memory",
    type=int,
    callback=_at_least(1),
    metavar="MB",
    default=PAGE_MEMORY_MB,
    help="Most memory one page's extraction may take above its process's own (Linux); "
    f"more is extract_failed. [default: {PAGE_MEMORY_MB}]",
)
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="HTTP cache (SQLite) in DIR: a re-run does not fetch again.",
)
@click.option(
    "--cache-ttl",
    type=click.FloatRange(min=0, min_open=True),
    default=defaults.DEFAULT_CACHE_TTL,
    metavar="SECONDS",
    help="How long --cache replays a page before fetching it again. "
    f"[default: {defaults.DEFAULT_CACHE_TTL:g}, a day]",
)
@click.option(
    "--discover", is_flag=True, help="INPUTs (or -i FILE) are sites: find their articles."
)
@click.option(
    "--since",
    metavar="DATE|AGE",
    callback=since_option,
    help="With --discover: entries dated at or after DATE (2026-12-01) or within AGE "
    "(36h, 7d); undated entries are kept.",
)
@click.option("--list", is_flag=True, help="With --discover: print the URLs, newest first.")
@click.option("--all-hosts", is_flag=True, help="With --discover: keep other hosts' URLs too.")
@click.option(
    "--cluster",
    metavar="ADDRESS",
    help="Run the batch on Dask: tcp://HOST:8786 (a running scheduler) or local:N "
    "(N worker processes here). Needs presscut[dask].",
)
@click.option(
    "--warc-out",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=_appendable,
    metavar="FILE",
    help="Archive every HTTP exchange (request and response) in FILE, a .warc.gz.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress, no summary, errors only.")
@click.version_option(__version__, "-V", "--version", prog_name="presscut")
@click.pass_context
def main(ctx: click.Context, inputs: tuple[str, ...], **opts: Any) -> None:
    _setup_output()
    setup_logging(logging.ERROR if opts["quiet"] else logging.WARNING)
    if not inputs and opts["input_file"] is None and piped_stdin():
        opts["stdin"] = sys.stdin.buffer.read()  # nothing given: stdin, unless it is empty
        inputs = (STDIN,) if opts["stdin"].strip() else ()
    batch = is_batch(inputs, opts["input_file"]) or bool(opts["cluster"])
    batch = batch or bool(split_archives(inputs)[1])
    _check_usage(inputs, batch, opts)
    opts["markdown"] = opts["markdown"] or opts["output_format"] == "markdown"
    try:  # before --overwrite may empty it
        refuse_input_as_output(opts["input_file"], opts["output"])
    except OutputRefused as refused:
        raise click.UsageError(str(refused)) from None
    check_output(opts["output"], opts["resume"] or opts["retry_failed"], opts["overwrite"])
    try:
        code = _run(inputs, batch, opts)
    except ClusterError as exc:
        raise _ClusterUnusable(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("presscut: interrupted", err=True)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (`presscut ... | head`): stop quietly
        _silence_stdout()
        code = EXIT_FAILED
    except OutputRefused as refused:
        click.echo(f"presscut: {refused}", err=True)
        code = USAGE_ERROR
    except OutputFailed as failed:
        click.echo(f"presscut: {failed}", err=True)
        code = EXIT_FAILED
    except OSError as exc:
        if is_storage_error(exc):  # a full disk is no usage error
            click.echo(f"presscut: {_describe(exc)}", err=True)
            ctx.exit(EXIT_FAILED)
        raise click.BadParameter(_describe(exc), param_hint="'-o' / '--output'") from None
    ctx.exit(code)


def _run(inputs: tuple[str, ...], batch: bool, opts: dict[str, Any]) -> int:
    if opts["overwrite"] and opts["output"] is not None and opts["output"].exists():
        emptied = OutputFile(opts["output"])  # refused when another run holds it
        emptied.truncate(0)
        emptied.close()
    if opts["discover"]:
        sites = _sites(inputs, opts)
        return run_discovery(sites, _fetch_options(opts), opts, _batch_settings(opts))
    return _run_batch(inputs, opts) if batch else _run_single(inputs[0], opts)


def _sites(inputs: tuple[str, ...], opts: dict[str, Any]) -> list[str]:
    if inputs == (STDIN,):
        return distinct(read_urls(_stdin(opts).decode("utf-8", errors="replace").splitlines()))
    return distinct(read_urls(inputs) + read_urls(opts["input_file"] or ()))


class _ClusterUnusable(click.ClickException):
    exit_code = 2


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _describe(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    return f"cannot write{where}: {exc.strerror or exc}"


def _check_usage(inputs: tuple[str, ...], batch: bool, opts: dict[str, Any]) -> None:
    if not inputs and opts["input_file"] is None:
        raise click.UsageError("give a URL, an HTML file, '-' (stdin) or -i FILE")
    discovery_only = [f"--{name}" for name in ("since", "list", "all_hosts") if opts[name]]
    if discovery_only and not opts["discover"]:
        raise click.UsageError(f"{discovery_only[0].replace('_', '-')} goes with --discover")
    if (batch or opts["discover"]) and opts["page_url"]:
        raise click.UsageError("--url names the page of a single file or stdin, not a batch")
    if (opts["resume"] or opts["retry_failed"]) and opts["output"] is None:
        raise click.UsageError("--resume and --retry-failed need -o FILE")
    if batch and STDIN in inputs and not opts["discover"]:
        raise click.UsageError("'-' (HTML on stdin) cannot be mixed with a URL list")
    if opts["cache_dir"]:
        try:
            check_cache_dir(opts["cache_dir"])
        except CacheError as exc:
            raise click.BadParameter(str(exc), param_hint="'--cache'") from None
    markdown_files = opts["output_format"] == "markdown" and batch
    if (opts["output_dir"] is not None) != markdown_files:
        raise click.UsageError("a batch with --format markdown needs --output-dir DIR (only it)")
    if opts["resume"] and opts["output_format"] != "json":
        raise click.UsageError("--resume works with JSON Lines only")
    if opts["cluster"]:
        _check_cluster(opts)


def _check_cluster(opts: dict[str, Any]) -> None:
    """A well-formed address and Dask installed."""
    try:
        parse_spec(opts["cluster"])
    except ClusterError as exc:
        raise click.BadParameter(str(exc), param_hint="'--cluster'") from None
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise click.UsageError("--cluster needs Dask: pip install 'presscut[dask]'") from None


def _fetch_options(opts: dict[str, Any]) -> FetchOptions:
    return FetchOptions(
        timeout=opts["timeout"],
        retries=opts["retries"],
        max_bytes=opts["max_bytes"],
        user_agent=opts["user_agent"],
        concurrency=opts["concurrency"],
        per_host=opts["per_host"],
        delay=opts["delay"],
        respect_robots=not opts["ignore_robots"],
        allow_private=opts["allow_private"],
        cache_dir=str(opts["cache_dir"]) if opts["cache_dir"] else None,
        cache_ttl=opts["cache_ttl"],
        warc_out=str(opts["warc_out"]) if opts["warc_out"] else None,
    )


def _run_batch(inputs: tuple[str, ...], opts: dict[str, Any]) -> int:
    rest, given = split_archives(inputs)  # archives first: batch_items would read them as HTML
    urls, files = batch_items(tuple(rest))
    if opts["input_file"] is not None:
        urls += read_urls(opts["input_file"])
    urls, archives = split_archives(urls)
    return run_batch(urls, *_batch_settings(opts, files, [*given, *archives]))


def _batch_settings(
    opts: dict[str, Any],
    files: frozenset[str] = frozenset(),
    archives: Sequence[Path] = (),
) -> tuple[BatchOptions, RunSettings]:
    fetch = replace(_fetch_options(opts), local_files=files)
    options = BatchOptions(fetch, opts["workers"], opts["explain"], opts["markdown"], _limits(opts))
    settings = RunSettings(
        output=opts["output"],
        resume=opts["resume"] or opts["retry_failed"],
        retry_failed=opts["retry_failed"],
        drop_bad_lines=opts["drop_bad_lines"],
        quiet=opts["quiet"],
        format=opts["output_format"],
        output_dir=opts["output_dir"],
        archives=archives,
        cluster=opts["cluster"],
    )
    return options, settings


def _run_single(source: str, opts: dict[str, Any]) -> int:
    source = single_target(source)
    if source == STDIN:
        record = _from_bytes(_stdin(opts), opts)
    elif is_url(source):
        record = _from_url(source, opts)
    else:
        record = _from_file(Path(source), opts)
    _print_record(record, opts)
    if not is_failure(record):
        return EXIT_OK
    if not opts["quiet"]:
        error = record["error"]
        click.echo(f"presscut: {source}: {error['type']}: {error['message']}", err=True)
    return EXIT_FAILED


def _stdin(opts: dict[str, Any]) -> bytes:
    """Standard input's bytes (read already when it was taken for the missing INPUT)."""
    data = opts.get("stdin")
    return sys.stdin.buffer.read() if data is None else data


def _limits(opts: dict[str, Any]) -> Limits:
    return Limits(seconds=opts["page_timeout"], memory_mb=opts["page_memory"])


def _from_url(url: str, opts: dict[str, Any]) -> dict[str, Any]:
    """The URL fetched and extracted as one page of a batch is, within the same limits."""
    try:
        page = fetch_page(url, _fetch_options(opts))
    except FetchError as error:
        return failure_record(url, error)
    if opts["workers"] <= 0:
        return extract_within(page, opts["explain"], opts["page_timeout"], opts["markdown"])
    job = (page, opts["explain"], opts["markdown"])
    article = run_bounded(page_article, job, _limits(opts), url)
    return page_record(page, article)


def _from_file(path: Path, opts: dict[str, Any]) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        hint = "" if path.suffix else " (for a URL, write it with http:// or https://)"
        message = f"cannot read {path}: {exc.strerror or exc}{hint}"
        return Article.failure(opts["page_url"], "read_error", message).to_dict()
    return _from_bytes(data, opts)


def _from_bytes(data: bytes, opts: dict[str, Any]) -> dict[str, Any]:
    """The page (gzip undone) extracted in a process of its own within the page limits
    (with ``--workers 0``, in this process, given up after the time limit only)."""
    url, explain, markdown = opts["page_url"], opts["explain"], opts["markdown"]
    try:
        data = gunzip(data, opts["max_bytes"])
    except FetchError as error:
        return Article.failure(url, error.type, error.message).to_dict()
    if opts["workers"] > 0:
        article = extract_bounded(
            data, url, explain=explain, markdown=markdown, limits=_limits(opts)
        )
        return article.to_dict()
    try:
        work = lambda: extract(data, url, explain=explain, markdown=markdown).to_dict()  # noqa: E731
        return run_within(work, opts["page_timeout"])
    except ExtractionTimeout as timeout:
        return Article.failure(url, "extract_failed", str(timeout)).to_dict()


def _print_record(record: dict[str, Any], opts: dict[str, Any]) -> None:
    output: Path | None = opts["output"]
    pretty = opts["pretty"]
    if pretty is None:
        pretty = output is None and sys.stdout.isatty()
    text = dumps(record, pretty=pretty) + "\n"
    if opts["output_format"] == "csv":
        text = csv_output.header() + csv_output.row(record)
    elif opts["output_format"] == "markdown":
        text = document(record)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        return
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        stream.write(text.encode("utf-8"))
    sys.stdout.flush()
