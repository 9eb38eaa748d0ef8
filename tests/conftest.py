"""Shared test helpers: schema validation of records, and a small article page."""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.metadata.read import read_metadata
from presscut.output import load_schema

RecordCheck = Callable[[dict[str, Any]], dict[str, Any]]


@pytest.fixture(autouse=True)
def stop_signals_as_python_sets_them() -> None:
    """Each test starts with Python's own handling of the stop signals: SIGINT raises
    KeyboardInterrupt, SIGTERM ends the process, neither blocked. A suite started in the
    background by a non-interactive shell (``make test &``, some CI runners) inherits
    SIGINT ignored, and so would every presscut process the tests start: the Ctrl-C tests
    would then see a batch that cannot be interrupted."""
    if threading.current_thread() is not threading.main_thread():
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, (signal.SIGINT, signal.SIGTERM))


#: An article in French, so that charset mistakes show in the accents.
ARTICLE_TITLE = "Le café de la gare rouvre après l'été"
ARTICLE_SENTENCE = "Les habitués ont retrouvé leur comptoir préféré dès sept heures du matin."
FILLER = (
    "La municipalité a financé une partie des travaux de rénovation du bâtiment. "
    "Le nouveau gérant promet des prix inchangés et des horaires élargis le dimanche. "
    "Plusieurs associations du quartier y tiendront leurs réunions mensuelles. "
)


def article_html(title: str = ARTICLE_TITLE, sentence: str = ARTICLE_SENTENCE) -> str:
    """A plain news page with a headline and a few paragraphs (no charset declared)."""
    paragraphs = "".join(f"<p>{text}</p>" for text in (sentence, FILLER, FILLER, FILLER))
    return (
        "<!DOCTYPE html><html lang='fr'><head>"
        f"<title>{title}</title></head><body><nav><a href='/'>Accueil</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Tous droits réservés</footer></body></html>"
    )


#: A page's publication date in markup, for the date tests: 24 June 2025.
MARKUP = '<meta property="article:published_time" content="2025-06-24T10:00:00+00:00">'


def published(head: str, body: str) -> str | None:
    """The publication date read from a page made of ``head`` and ``body``."""
    tree = LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>")
    return read_metadata(tree, "https://example.com/story").published


def assert_valid_record(record: dict[str, Any]) -> dict[str, Any]:
    """Fail unless `record` is valid against the article schema; return it."""
    errors = [e.message for e in Draft202012Validator(load_schema()).iter_errors(record)]
    assert not errors, f"record breaks the schema: {errors}"
    return record


@pytest.fixture
def check_record() -> RecordCheck:
    """Validate one JSON record against the article schema (returns it, for chaining)."""
    return assert_valid_record


class LocalSite(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 answering every GET with `article_html()`, or with the
    page that `pages` holds for its path."""

    daemon_threads = True

    def __init__(self, handler: type[BaseHTTPRequestHandler] | None = None) -> None:
        super().__init__(("127.0.0.1", 0), handler or ArticleHandler)
        #: Seconds each answer waits; the Host header and path of every request, in order.
        self.delay = 0.0
        self.hosts: list[str] = []
        self.paths: list[str] = []
        self.pages: dict[str, bytes] = {}

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-answer (a batch stopped by a test) is expected: quiet.
        Any other error is printed as usual."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class ArticleHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LocalSite

    def do_GET(self) -> None:
        self.server.hosts.append(self.headers.get("host", ""))
        self.server.paths.append(self.path)
        time.sleep(self.server.delay)
        body = self.server.pages.get(self.path) or article_html().encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    """A real server on 127.0.0.1 (tests that use it need --allow-private or a fake DNS)."""
    yield from serving(LocalSite())


def serving(site: ThreadingHTTPServer) -> Iterator[Any]:
    """Serve ``site`` on a thread for the length of a fixture, then close it."""
    thread = threading.Thread(target=site.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield site
    site.shutdown()
    site.server_close()


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Single-page extraction forks from the test process even when earlier tests left
    threads in it, so that extraction patched by the test reaches the child process."""
    import multiprocessing

    import presscut.bounded

    fork = multiprocessing.get_context("fork")
    monkeypatch.setattr(presscut.bounded, "one_shot_context", lambda: fork)
