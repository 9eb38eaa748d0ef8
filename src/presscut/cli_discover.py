"""`presscut --discover`: the sites' article URLs listed (`--list`) or run as a batch."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from presscut.batch import BatchOptions
from presscut.batch.runner import EXIT_FAILED, EXIT_OK, RunSettings, run_batch
from presscut.discovery import Discovery, DiscoveryOptions, discover, parse_since
from presscut.fetch import FetchOptions


def since_option(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    """The click callback of --since: an aware datetime, or a usage error."""
    if value is None:
        return None
    try:
        return parse_since(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def run_discovery(
    sites: list[str],
    fetch: FetchOptions,
    opts: dict[str, Any],
    batch: tuple[BatchOptions, RunSettings],
) -> int:
    """Discover, then print the URLs (`--list`) or fetch and extract them as a batch."""
    since: datetime | None = opts["since"]
    found = discover(sites, fetch, DiscoveryOptions(since=since, all_hosts=opts["all_hosts"]))
    _summary(found, len(sites), opts["quiet"])
    if opts["list"]:
        _print_list(found, opts["output"])
        return EXIT_FAILED if found.failures else EXIT_OK
    options, settings = batch
    return run_batch(found.urls, options, settings, found.records())


def _summary(found: Discovery, sites: int, quiet: bool) -> None:
    """Each failed source (even with -q: errors are always said), then the count."""
    for failure in found.failures:
        click.echo(f"presscut: discovery_failed: {failure.source}: {failure.message}", err=True)
    if quiet:
        return
    plural = "" if sites == 1 else "s"
    click.echo(f"presscut: {len(found.urls)} article URLs found on {sites} site{plural}", err=True)


def _print_list(found: Discovery, output: Path | None) -> None:
    text = "".join(url + "\n" for url in found.urls)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        return
    sys.stdout.write(text)
    sys.stdout.flush()
