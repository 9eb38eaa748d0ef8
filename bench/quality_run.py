"""Running the systems of the quality bench on the corpus, in one process.

Each page is given, as the same raw bytes, to every system in turn (the order rotates from
page to page so that cache and noise effects hit all of them alike); each call is timed with
`time.perf_counter`, guarded against exceptions, capped in time and its stderr captured.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

#: The systems compared, in report order. Both trafilatura runs use its own `extract`.
SYSTEMS = ("presscut", "trafilatura", "trafilatura-nc")

#: Systems run only to be timed: trafilatura's `extract` exactly as called with defaults.
TIMING_ONLY = ("trafilatura-text",)

SYSTEM_LABELS = {
    "presscut": "presscut",
    "trafilatura": "trafilatura (defaults)",
    "trafilatura-nc": "trafilatura (include_comments=False)",
    "trafilatura-text": "trafilatura extract(html, url) (defaults: text, no metadata)",
}

#: Title sources read from the page to tell where a title came from.
TITLE_SOURCES = {
    "og:title": 'meta[property="og:title"]',
    "twitter:title": 'meta[name="twitter:title"]',
    "<title>": "title",
    "h1": "h1",
}


@dataclass
class Page:
    id: str
    url: str | None
    html: bytes
    truth: dict[str, Any]
    corpus: str = "wcxb"
    half: str | None = None
    lang: str | None = None


@dataclass
class Output:
    """What one system made of one page (None fields: it gave nothing)."""

    text: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    lead: str | None = None
    error: str | None = None
    error_message: str | None = None
    removed: list[tuple[str, str]] | None = None
    ms: float | None = None
    crash: str | None = None
    stderr: str = ""


class PageTimeout(Exception):
    """A system took longer than the per-page cap."""


# --- corpus -------------------------------------------------------------------------------


def page_ids(corpus: Path) -> list[str]:
    return sorted(p.name.split(".")[0] for p in (corpus / "html").glob("*.html.gz"))


def load_page(corpus: Path, page_id: str) -> Page:
    record = json.loads((corpus / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
    html = gzip.decompress((corpus / "html" / f"{page_id}.html.gz").read_bytes())
    return Page(page_id, record.get("url"), html, record["ground_truth"])


def title_sources(html: bytes) -> dict[str, list[str]]:
    """The candidate titles a page offers, by source name (every h1, for instance)."""
    tree = LexborHTMLParser(html)
    found: dict[str, list[str]] = {}
    for name, selector in TITLE_SOURCES.items():
        nodes = tree.css(selector)
        if name == "<title>":
            nodes = nodes[:1]
        found[name] = [_node_text(node) for node in nodes]
    return found


def _node_text(node: Any) -> str:
    if node.tag == "meta":
        return str(node.attributes.get("content") or "")
    return str(node.text(separator=" ", strip=True))


# --- systems ------------------------------------------------------------------------------


def presscut_runner() -> tuple[Callable[[Page], Output] | None, str | None]:
    """presscut's runner, or the reason it cannot be imported."""
    try:
        import presscut
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"

    def run(page: Page) -> Output:
        article = presscut.extract(page.html, url=page.url, explain=True)
        return Output(
            text=_article_text(article.lead, article.body),
            title=article.title,
            authors=list(article.credit.authors),
            date=article.published,
            lead=article.lead,
            error=article.error.type if article.error else None,
            error_message=article.error.message if article.error else None,
            removed=[(r.rule, r.text) for r in article.removed or []],
        )

    return run, None


def trafilatura_runner(comments: bool) -> Callable[[Page], Output]:
    import trafilatura

    def run(page: Page) -> Output:
        raw = trafilatura.extract(
            page.html,
            url=page.url,
            with_metadata=True,
            output_format="json",
            include_comments=comments,
        )
        if raw is None:
            return Output()
        data = json.loads(raw)
        text = "\n".join(part for part in (data.get("text"), data.get("comments")) if part)
        authors = [a.strip() for a in (data.get("author") or "").split(";") if a.strip()]
        return Output(text or None, data.get("title"), authors, data.get("date"))

    return run


def trafilatura_text_runner() -> Callable[[Page], Output]:
    import trafilatura

    def run(page: Page) -> Output:
        return Output(text=trafilatura.extract(page.html, url=page.url))

    return run


def _article_text(lead: str | None, body: str | None) -> str | None:
    return "\n\n".join(part for part in (lead, body) if part) or None


# --- guarded, timed calls -----------------------------------------------------------------


def _on_alarm(signum: int, frame: object) -> None:
    raise PageTimeout


def guarded_call(run: Callable[[Page], Output], page: Page, cap: float) -> Output:
    """Run one system on one page: timed, exceptions and stderr recorded, capped at `cap` s."""
    stderr = io.StringIO()
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    start = time.perf_counter()
    try:
        with contextlib.redirect_stderr(stderr):
            output = run(page)
        output.ms = (time.perf_counter() - start) * 1000
    except PageTimeout:
        output = Output(crash=f"timeout: over {cap:g} s")
    except Exception as exc:
        output = Output(crash=f"{type(exc).__name__}: {exc}"[:300])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    output.stderr = stderr.getvalue()[-2000:]
    return output


def run_corpus(
    pages: list[str],
    load: Callable[[str], Page],
    runners: dict[str, Callable[[Page], Output]],
    cap: float,
    warmup: int = 3,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[tuple[Page, dict[str, Output]]]:
    """Yield every page with the output of each system; the first `warmup` pages run once
    untimed beforehand so imports and caches are warm for all systems."""
    names = list(runners)
    if not names:
        return
    for page_id in pages[:warmup]:
        page = load(page_id)
        for name in names:
            guarded_call(runners[name], page, cap)
    for index, page_id in enumerate(pages):
        page = load(page_id)
        order = names[index % len(names) :] + names[: index % len(names)]
        outputs = {name: guarded_call(runners[name], page, cap) for name in order}
        if progress:
            progress(index + 1, len(pages))
        yield page, {name: outputs[name] for name in names}
