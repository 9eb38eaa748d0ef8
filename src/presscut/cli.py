"""Command line (placeholder until the CLI lands)."""

import click

from presscut._version import __version__


@click.command()
@click.version_option(__version__, prog_name="presscut")
def main() -> None:
    """presscut: pages to clean JSON."""
