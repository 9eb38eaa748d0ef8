"""The command's options turned into the library's settings: fetch, batch, page limits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from presscut.batch import BatchOptions
from presscut.batch.runner import RunSettings
from presscut.bounded import Limits
from presscut.fetch import FetchOptions


def fetch_options(opts: dict[str, Any]) -> FetchOptions:
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


def limits(opts: dict[str, Any]) -> Limits:
    return Limits(seconds=opts["page_timeout"], memory_mb=opts["page_memory"])


def batch_settings(
    opts: dict[str, Any],
    files: frozenset[str] = frozenset(),
    archives: Sequence[Path] = (),
) -> tuple[BatchOptions, RunSettings]:
    fetch = replace(fetch_options(opts), local_files=files)
    options = BatchOptions(fetch, opts["workers"], opts["explain"], opts["markdown"], limits(opts))
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
