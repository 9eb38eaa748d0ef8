"""What the command line writes on stderr: presscut's own warnings, and nothing from its
dependencies.

trafilatura logs "discarding data: None" for an empty page, python-dateutil warns about
time zones it does not know, and a root logger set up with `logging.basicConfig` would
print all of it under presscut's name. Only the ``presscut`` logger is given a handler;
the root logger gets a null one (so Python's last-resort handler stays silent too), and
Python warnings are routed to logging (where nothing prints them).
"""

from __future__ import annotations

import logging
import sys

LOG_FORMAT = "presscut: %(message)s"
#: The logger whose records reach stderr.
LOGGER = "presscut"


class _StderrHandler(logging.StreamHandler):
    """Writes to the current ``sys.stderr`` (a test runner may swap it between runs)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def setup_logging(level: int) -> None:
    """presscut's records at ``level`` and above on stderr; every other logger's and every
    Python warning dropped. Safe to call again (in each worker process, in tests)."""
    root = logging.getLogger()
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())
    log = logging.getLogger(LOGGER)
    if not any(isinstance(h, _StderrHandler) for h in log.handlers):
        log.addHandler(_StderrHandler())
    log.setLevel(level)
    log.propagate = False
    logging.captureWarnings(True)  # to the "py.warnings" logger, which nothing prints
