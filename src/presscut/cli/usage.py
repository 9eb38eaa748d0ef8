"""Usage checks: option combinations the command refuses (exit 2) before any work."""

from __future__ import annotations

from typing import Any

import click

from presscut.batch.shards import ClusterError, parse_spec
from presscut.cli.inputs import STDIN
from presscut.fetch import CacheError, check_cache_dir

USAGE_ERROR = 2


class ClusterUnusable(click.ClickException):
    exit_code = USAGE_ERROR


def check_usage(inputs: tuple[str, ...], batch: bool, opts: dict[str, Any]) -> None:
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
