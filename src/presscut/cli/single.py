"""One page (a URL, a file or stdin) to one record, printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from presscut.article import Article
from presscut.batch.pool import extract_within
from presscut.batch.runner import EXIT_FAILED, EXIT_OK
from presscut.bounded import extract_bounded, run_bounded
from presscut.cli.inputs import STDIN, is_url, single_target, stdin_bytes
from presscut.cli.output import print_record
from presscut.cli.settings import fetch_options, limits
from presscut.deadline import ExtractionTimeout, run_within
from presscut.extraction import extract
from presscut.fetch import FetchError, fetch_page
from presscut.fetch.local import gunzip
from presscut.pipeline import failure_record, is_failure, page_article, page_record


def run_single(source: str, opts: dict[str, Any]) -> int:
    source = single_target(source)
    if source == STDIN:
        record = _from_bytes(stdin_bytes(opts), opts)
    elif is_url(source):
        record = _from_url(source, opts)
    else:
        record = _from_file(Path(source), opts)
    print_record(record, opts)
    if not is_failure(record):
        return EXIT_OK
    if not opts["quiet"]:
        error = record["error"]
        click.echo(f"presscut: {source}: {error['type']}: {error['message']}", err=True)
    return EXIT_FAILED


def _from_url(url: str, opts: dict[str, Any]) -> dict[str, Any]:
    """The URL fetched and extracted as one page of a batch is, within the same limits."""
    try:
        page = fetch_page(url, fetch_options(opts))
    except FetchError as error:
        return failure_record(url, error)
    if opts["workers"] <= 0:
        return extract_within(page, opts["explain"], opts["page_timeout"], opts["markdown"])
    job = (page, opts["explain"], opts["markdown"])
    article = run_bounded(page_article, job, limits(opts), url)
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
            data, url, explain=explain, markdown=markdown, limits=limits(opts)
        )
        return article.to_dict()
    try:
        work = lambda: extract(data, url, explain=explain, markdown=markdown).to_dict()  # noqa: E731
        return run_within(work, opts["page_timeout"])
    except ExtractionTimeout as timeout:
        return Article.failure(url, "extract_failed", str(timeout)).to_dict()
