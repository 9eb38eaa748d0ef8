"""trafilatura's fallback extractors, run only when their result could be chosen.

After its own extraction, trafilatura runs readability on the page (a quarter of its time
on our pruned pages), then keeps readability's text only if its own is empty, "deficient"
(no paragraph text, or more tables than paragraphs), or less than half as long as
readability's; justext is tried only on a result shorter than ``MIN_EXTRACTED_SIZE`` or
holding an element of ``SANITIZED_XPATH`` (``trafilatura/external.py``,
``compare_extraction``). Readability's text comes out of the page's, so it is never longer
than the page's text: when trafilatura's own result is more than half of that, long enough,
well formed and clean, neither fallback can win, and `compare_when_needed` returns it
without running them. The result is trafilatura's, the same; the check costs one read of
the page's text.

trafilatura calls ``compare_extraction`` by its name in ``trafilatura.core``; the name is
bound to `compare_when_needed`, which does its check only inside `skipping_lost_fallback`
(a context variable: threads and other callers of trafilatura get the original).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import trafilatura.core
from lxml.etree import _Element
from lxml.html import HtmlElement

try:  # trafilatura's internals this module relies on (trafilatura 2.0 to 2.3)
    from trafilatura.core import compare_extraction, html2txt
    from trafilatura.external import SANITIZED_XPATH
    from trafilatura.utils import trim
except ImportError:  # moved in a later trafilatura: `install` then leaves it as it is
    compare_extraction = None

#: Readability's text is taken to be at most this much longer than the page's text (white
#: space it may add between elements that touched): a margin, so the check stays safe.
PAGE_TEXT_MARGIN = 1.05
#: trafilatura's own test of a "deficient" result (``external._prefer_readability``).
PARAGRAPH_TEXT = ".//p//text()"

_ACTIVE: ContextVar[bool] = ContextVar("presscut_skip_lost_fallback", default=False)
_CHROME: ContextVar[int] = ContextVar("presscut_chrome_chars", default=0)
_COMPARE: Callable[..., tuple[_Element, str]] | None = compare_extraction


@contextmanager
def skipping_lost_fallback(chrome_chars: int = 0) -> Iterator[None]:
    """Within this block, trafilatura skips the fallback extractors when they cannot win,
    and measures the page with the ``chrome_chars`` of text that pruning cut from it."""
    token = _ACTIVE.set(True)
    chrome = _CHROME.set(chrome_chars)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
        _CHROME.reset(chrome)


def page_text(content: Any, clean: bool = True) -> str:
    """trafilatura's ``html2txt``, as its recall escalation reads it: only the length of
    the page's text counts (an extraction under ``ESCALATION_PAGE_SHARE`` of it is retried
    in recall mode and with justext). The pruned page is measured with the chrome cut from
    it counted back: the share is of the page as served, as trafilatura alone sees it."""
    return html2txt(content, clean) + " " * _CHROME.get()


def compare_when_needed(
    cleaned_tree: HtmlElement, raw_tree: HtmlElement, body: _Element, text: str, options: Any
) -> tuple[_Element, str]:
    """trafilatura's ``compare_extraction``, or its own result when the fallback cannot win."""
    if _ACTIVE.get() and _fallback_loses(raw_tree, body, text, options):
        return body, text
    return _COMPARE(cleaned_tree, raw_tree, body, text, options)


def _fallback_loses(raw_tree: HtmlElement, body: _Element, text: str, options: Any) -> bool:
    if options.focus != "balanced" or len(text) < options.min_extracted_size:
        return False
    if body.xpath(SANITIZED_XPATH) or _deficient(body):
        return False
    page_chars = len(trim(raw_tree.text_content()))
    return 2 * len(text) >= PAGE_TEXT_MARGIN * page_chars


def _deficient(body: _Element) -> bool:
    """No paragraph text, or more tables than paragraphs: readability may be preferred."""
    paragraphs = len(body.findall(".//p"))
    return not body.xpath(PARAGRAPH_TEXT) or len(body.findall(".//table")) > paragraphs


def install() -> None:
    """Bind trafilatura's name for the comparison to `compare_when_needed` (once); a
    trafilatura without that name keeps running its fallback on every page."""
    if _COMPARE is None:
        return
    trafilatura.core.compare_extraction = compare_when_needed  # type: ignore[attr-defined]
    trafilatura.core.html2txt = page_text  # type: ignore[attr-defined]
