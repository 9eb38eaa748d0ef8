"""The `presscut` command: one page to JSON, or a list of URLs to JSON Lines."""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from presscut._version import __version__
from presscut.batch.outfile import (
    OutputFailed,
    OutputFile,
    OutputRefused,
    is_storage_error,
    refuse_input_as_output,
)
from presscut.batch.runner import EXIT_FAILED, EXIT_INTERRUPTED
from presscut.batch.shards import ClusterError
from presscut.cli.batch import run_batch
from presscut.cli.discover import run_discovery, sites
from presscut.cli.help import CONTEXT, EPILOG, HELP
from presscut.cli.inputs import STDIN, check_output, is_batch, piped_stdin
from presscut.cli.options import command_options
from presscut.cli.output import describe, setup_output, silence_stdout
from presscut.cli.settings import batch_settings, fetch_options
from presscut.cli.single import run_single
from presscut.cli.usage import USAGE_ERROR, ClusterUnusable, check_usage
from presscut.logs import setup_logging
from presscut.warc.detect import split_archives


@click.command(help=HELP, epilog=EPILOG, context_settings=CONTEXT)
@command_options
@click.version_option(__version__, "-V", "--version", prog_name="presscut")
@click.pass_context
def main(ctx: click.Context, inputs: tuple[str, ...], **opts: Any) -> None:
    setup_output()
    setup_logging(logging.ERROR if opts["quiet"] else logging.WARNING)
    if not inputs and opts["input_file"] is None and piped_stdin():
        opts["stdin"] = sys.stdin.buffer.read()  # nothing given: stdin, unless it is empty
        inputs = (STDIN,) if opts["stdin"].strip() else ()
    batch = is_batch(inputs, opts["input_file"]) or bool(opts["cluster"])
    batch = batch or bool(split_archives(inputs)[1])
    check_usage(inputs, batch, opts)
    opts["markdown"] = opts["markdown"] or opts["output_format"] == "markdown"
    try:  # before --overwrite may empty it
        refuse_input_as_output(opts["input_file"], opts["output"])
    except OutputRefused as refused:
        raise click.UsageError(str(refused)) from None
    check_output(opts["output"], opts["resume"] or opts["retry_failed"], opts["overwrite"])
    try:
        code = _run(inputs, batch, opts)
    except ClusterError as exc:
        raise ClusterUnusable(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("presscut: interrupted", err=True)
        code = EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (`presscut ... | head`): stop quietly
        silence_stdout()
        code = EXIT_FAILED
    except OutputRefused as refused:
        click.echo(f"presscut: {refused}", err=True)
        code = USAGE_ERROR
    except OutputFailed as failed:
        click.echo(f"presscut: {failed}", err=True)
        code = EXIT_FAILED
    except OSError as exc:
        if is_storage_error(exc):  # a full disk is no usage error
            click.echo(f"presscut: {describe(exc)}", err=True)
            ctx.exit(EXIT_FAILED)
        raise click.BadParameter(describe(exc), param_hint="'-o' / '--output'") from None
    ctx.exit(code)


def _run(inputs: tuple[str, ...], batch: bool, opts: dict[str, Any]) -> int:
    if opts["overwrite"] and opts["output"] is not None and opts["output"].exists():
        emptied = OutputFile(opts["output"])  # refused when another run holds it
        emptied.truncate(0)
        emptied.close()
    if opts["discover"]:
        found = sites(inputs, opts)
        return run_discovery(found, fetch_options(opts), opts, batch_settings(opts))
    return run_batch(inputs, opts) if batch else run_single(inputs[0], opts)
