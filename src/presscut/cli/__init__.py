"""The `presscut` command line (`presscut.cli:main`), one module per concern: options and
help text, usage checks, inputs, discovery, a single page, a batch, settings, output."""

from presscut.cli.command import main

__all__ = ["main"]
