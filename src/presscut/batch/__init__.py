"""Batch scraping: a list of URLs in, JSON Lines out.

    >>> run_shard(urls, BatchOptions(), sink=print)

`run_shard` fetches and extracts one shard of URLs and hands each record to a sink; the
command line adds the input list, the output file, `--resume` and progress around it.
"""

from presscut.batch.engine import BatchOptions, Sink, run_shard, run_shard_async
from presscut.batch.inputs import distinct, interleave_hosts, read_urls, url_key
from presscut.batch.output import JsonlWriter, prepare_resume
from presscut.batch.report import Progress, Tally

__all__ = [
    "BatchOptions",
    "JsonlWriter",
    "Progress",
    "Sink",
    "Tally",
    "distinct",
    "interleave_hosts",
    "prepare_resume",
    "read_urls",
    "run_shard",
    "run_shard_async",
    "url_key",
]
