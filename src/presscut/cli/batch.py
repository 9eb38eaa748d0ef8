"""A batch from the command line: URLs, files, directories, an -i list and web archives."""

from __future__ import annotations

from typing import Any

from presscut.batch import read_urls
from presscut.batch.runner import run_batch as run_urls
from presscut.cli.inputs import batch_items
from presscut.cli.settings import batch_settings
from presscut.warc.detect import split_archives


def run_batch(inputs: tuple[str, ...], opts: dict[str, Any]) -> int:
    rest, given = split_archives(inputs)  # archives first: batch_items would read them as HTML
    urls, files = batch_items(tuple(rest))
    if opts["input_file"] is not None:
        urls += read_urls(opts["input_file"])
    urls, archives = split_archives(urls)
    return run_urls(urls, *batch_settings(opts, files, [*given, *archives]))
