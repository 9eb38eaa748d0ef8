"""`presscut --discover`: the sites' article URLs listed (`--list`) or run as a batch."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from presscut.batch import BatchOptions, distinct, read_urls
from presscut.batch.runner import EXIT_FAILED, EXIT_OK, RunSettings, run_batch
from presscut.cli.inputs import STDIN, stdin_bytes
from presscut.discovery import Discovery, DiscoveryOptions, discover, parse_since
from presscut.discovery.crawl import MAX_SITEMAP_DEPTH, MAX_SITEMAP_FILES
from presscut.discovery.sitemaps import MAX_SITEMAP_URLS, SITEMAP_MAX_BYTES
from presscut.fetch import FetchOptions

#: The --help paragraph on discovery (a part of the command's epilog).
DISCOVERY_HELP = f"""Discovery (--discover): each SITE is a home page, a feed (RSS, Atom,
JSON Feed) or a sitemap (XML, index, Google News, text; gzipped or not). A home page gives
the feeds its <link rel="alternate"> announces and the sitemaps its robots.txt names (else
/sitemap.xml, /feed and a few usual places). Sitemap indexes are followed
{MAX_SITEMAP_DEPTH} levels deep, {MAX_SITEMAP_FILES} files per site at most; a sitemap over
{SITEMAP_MAX_BYTES // 2**20} MiB or {MAX_SITEMAP_URLS:,} URLs is refused. Only URLs on the
site's own hosts (www. aside) are kept, unless --all-hosts; tag, category, author, search
and pagination pages, media files and feeds are dropped; each URL is kept once. --since
keeps entries dated at or after it (publication date, or a sitemap's lastmod); undated
entries are kept. --list prints the URLs newest first; otherwise they are extracted as a
batch, with every batch option. A feed, sitemap or site that cannot be read gives a
discovery_failed record (url: that source); the other sources go on."""


def since_option(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    """The click callback of --since: an aware datetime, or a usage error."""
    if value is None:
        return None
    try:
        return parse_since(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def sites(inputs: tuple[str, ...], opts: dict[str, Any]) -> list[str]:
    """The sites to discover: the INPUTs and -i FILE's lines, or stdin's lines."""
    if inputs == (STDIN,):
        return distinct(read_urls(stdin_bytes(opts).decode("utf-8", errors="replace").splitlines()))
    return distinct(read_urls(inputs) + read_urls(opts["input_file"] or ()))


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
