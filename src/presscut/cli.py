"""The `presscut` command: one page to JSON, or a list of URLs to JSON Lines."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from presscut._version import __version__
from presscut.article import Article
from presscut.batch import BatchOptions, read_urls
from presscut.batch.pool import default_workers, extract_within
from presscut.batch.runner import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, RunSettings, run_batch
from presscut.batch.shards import ClusterError, parse_spec
from presscut.deadline import ExtractionTimeout, run_within
from presscut.extraction import extract
from presscut.fetch import FetchError, FetchOptions, fetch_page
from presscut.fetch import options as defaults
from presscut.output import dumps
from presscut.pipeline import failure_record, is_failure
from presscut.warc.detect import split_archives

STDIN = "-"
URL_PREFIXES = ("http:", "https:")
CONTEXT = {"max_content_width": 100, "help_option_names": ["-h", "--help"]}

HELP = """Turn news and blog pages into clean JSON: title, body and credit.

\b
INPUT is one of:
  URL         fetch the page (http/https) and print one JSON object
  PATH        read a local HTML file, no network (give its address with --url)
  -           read HTML from standard input
  URL URL...  or -i FILE: batch mode, one JSON line per distinct URL
  WARC...     web archives (.warc, .warc.gz; told by their first bytes, also
              in an -i list): one JSON line per HTML response, no fetch
"""

EPILOG = """\b
Examples:
  presscut https://example.org/news/1
  presscut --url https://example.org/news/1 page.html
  curl -s https://example.org/news/1 | presscut --url https://example.org/news/1 -
  presscut -i urls.txt -o out.jsonl
  presscut -i urls.txt -o out.jsonl --resume --retry-failed
  cat urls.txt | presscut -i - --per-host 4 --delay 0 > out.jsonl
  presscut -i urls.txt -o out.jsonl --warc-out crawl.warc.gz
  presscut crawl.warc.gz -o again.jsonl
  presscut -i urls.txt -o out.jsonl --cluster tcp://scheduler:8786

\b
URL lists: one URL a line; blank lines and lines starting with # are skipped;
the same URL (scheme/host case, default port and #fragment aside) is fetched once.

\b
Output: one JSON object per page, UTF-8, with every key always present
(null or [] when unknown):
  schema_version, url, final_url, canonical_url, status, title, kicker,
  lead, body, credit {authors, source, image}, published, language,
  site_name, section, error {type, message, status}, removed
error is null on success. Its types: invalid_url, blocked_address,
robots_disallowed, dns, connect, connection_lost, timeout, tls, http_status,
too_many_redirects, too_large, unsupported_content, no_article,
extract_failed, read_error (extract_failed also for a page whose extraction
takes over 60 s). A single page prints pretty JSON on a terminal
and one compact line otherwise; a batch always writes JSON Lines, each line
written whole and flushed as its URL finishes.

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
  2  usage error
  130 interrupted (Ctrl-C); records already written are kept
"""


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
    help="Write to FILE, not stdout (a batch appends JSON Lines).",
)
@click.option(
    "--url", "page_url", metavar="URL", help="The address of a page read from PATH or stdin."
)
@click.option(
    "--explain",
    is_flag=True,
    help="Add the 'removed' list: each text cut, and the rule that cut it.",
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
@click.version_option(__version__, "--version", prog_name="presscut")
@click.pass_context
def main(ctx: click.Context, inputs: tuple[str, ...], **opts: Any) -> None:
    _setup_output()
    logging.basicConfig(
        level=logging.ERROR if opts["quiet"] else logging.WARNING,
        format="presscut: %(message)s",
        stream=sys.stderr,
    )
    batch = opts["input_file"] is not None or len(inputs) > 1 or bool(opts["cluster"])
    batch = batch or bool(split_archives(inputs)[1])
    _check_usage(inputs, batch, opts)
    try:
        code = _run_batch(inputs, opts) if batch else _run_single(inputs[0], opts)
    except ClusterError as exc:
        raise _ClusterUnusable(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("presscut: interrupted", err=True)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (`presscut ... | head`): stop quietly
        _silence_stdout()
        code = EXIT_FAILED
    except OSError as exc:
        raise click.BadParameter(_describe(exc), param_hint="'-o' / '--output'") from None
    ctx.exit(code)


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
    if batch and opts["page_url"]:
        raise click.UsageError("--url names the page of a single file or stdin, not a batch")
    if batch and STDIN in inputs:
        raise click.UsageError("'-' (HTML on stdin) cannot be mixed with a URL list")
    if (opts["resume"] or opts["retry_failed"]) and opts["output"] is None:
        raise click.UsageError("--resume and --retry-failed need -o FILE")
    if opts["cluster"]:
        _check_cluster(opts)


def _check_cluster(opts: dict[str, Any]) -> None:
    """A well-formed address, Dask installed, and nothing --cluster cannot do."""
    try:
        parse_spec(opts["cluster"])
    except ClusterError as exc:
        raise click.BadParameter(str(exc), param_hint="'--cluster'") from None
    if opts["warc_out"] is not None:
        raise click.UsageError("--warc-out archives this machine's fetches: not with --cluster")
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
    urls = read_urls(inputs)
    if opts["input_file"] is not None:
        urls += read_urls(opts["input_file"])
    urls, archives = split_archives(urls)
    options = BatchOptions(_fetch_options(opts), opts["workers"], opts["explain"])
    settings = RunSettings(
        output=opts["output"],
        resume=opts["resume"] or opts["retry_failed"],
        retry_failed=opts["retry_failed"],
        quiet=opts["quiet"],
        archives=archives,
        cluster=opts["cluster"],
    )
    return run_batch(urls, options, settings)


def _run_single(source: str, opts: dict[str, Any]) -> int:
    if source == STDIN:
        record = _from_bytes(sys.stdin.buffer.read(), opts)
    elif source.lower().startswith(URL_PREFIXES) or "://" in source:
        record = _from_url(source, opts)
    else:
        record = _from_file(Path(source), opts)
    _print_record(record, opts)
    return EXIT_FAILED if is_failure(record) else EXIT_OK


def _from_url(url: str, opts: dict[str, Any]) -> dict[str, Any]:
    """The URL fetched and extracted as one page of a batch is, deadline included."""
    try:
        page = fetch_page(url, _fetch_options(opts))
    except FetchError as error:
        return failure_record(url, error)
    return extract_within(page, opts["explain"])


def _from_file(path: Path, opts: dict[str, Any]) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        hint = "" if path.suffix else " (for a URL, write it with http:// or https://)"
        message = f"cannot read {path}: {exc.strerror or exc}{hint}"
        return Article.failure(opts["page_url"], "read_error", message).to_dict()
    return _from_bytes(data, opts)


def _from_bytes(data: bytes, opts: dict[str, Any]) -> dict[str, Any]:
    """The page extracted, given up after `presscut.deadline.EXTRACT_DEADLINE`."""
    url = opts["page_url"]
    try:
        return run_within(lambda: extract(data, url, explain=opts["explain"]).to_dict())
    except ExtractionTimeout as timeout:
        return Article.failure(url, "extract_failed", str(timeout)).to_dict()


def _print_record(record: dict[str, Any], opts: dict[str, Any]) -> None:
    output: Path | None = opts["output"]
    pretty = opts["pretty"]
    if pretty is None:
        pretty = output is None and sys.stdout.isatty()
    text = dumps(record, pretty=pretty) + "\n"
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
