"""Publication dates: which of the dates a page gives (markup values, visible text, the
URL) is its publication date. Reading one value as ISO 8601 is ``date_values.py``'s job.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from datetime import datetime
from functools import cache
from itertools import islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extraction.dom import ancestors, clean_text, node_text, text_nodes
from presscut.extraction.metadata.date_values import (
    ISO_DATE,
    date_from_url,
    date_in_text,
    days_apart,
    first_date,
    parse_date,
)
from presscut.extraction.metadata.jsonld import Graph, ld_text
from presscut.extraction.metadata.metatags import MetaTags, values
from presscut.extraction.rules.dates import (
    CJK_DATE,
    DATED_SELECTORS,
    META_MODIFIED,
    META_PUBLISHED,
    MODIFIED_LABEL,
    MODIFIED_LABEL_HINTS,
    ORIGINAL_LABEL,
    ORIGINAL_STEMS,
    ORIGINAL_WORDS,
    PUBLISHED_LABEL,
    PUBLISHED_LABEL_HINTS,
    TEXT_DATE,
    TIME_SELECTORS,
    UPDATED_LABEL,
)

#: Longest text read for a date (a date line, not a paragraph), and how many texts of the
#: article are scanned for one.
MAX_DATE_TEXT_CHARS = 120
MAX_SCANNED_TEXTS = 400

#: The headline's neighbourhood, in texts: a date shown this close to the first <h1> is
#: the article's own (a kicker line may stand before the <h1>; the byline comes after).
HEADER_TEXTS_BEFORE, HEADER_TEXTS_AFTER = 5, 20
#: How deep in a <time> a shown date's text may be (<time><span>4 Sep</span></time>).
TIME_DEPTH = 3
#: How far after its label a publication date may be written, in characters.
LABEL_REACH = 60
_YEAR = re.compile(r"(?:19|20)\d\d")


def read_published(
    tree: LexborHTMLParser,
    metas: MetaTags,
    graph: Graph,
    article: dict | None,
    url: str | None,
    scope: Callable[[], LexborNode | None],
) -> str | None:
    """A date the page labels "originally published", else markup (JSON-LD, meta), then
    the date the article shows, then the URL's.
    A date the article labels "Published" beats markup that says another day (markup is
    often a template's or a republication's; a day apart is the time zone's doing), unless
    the date beside the headline confirms the markup (the label is then a related post's).
    Of several days the markup gives, the one shown beside the headline is taken.
    A modification date is never taken for the publication date."""
    header = cache(lambda: header_date(tree))  # found once, when first needed
    labelled = cache(lambda: labelled_date(scope()))
    named = [v for k, vs in metas.items() if "publish" in k for v in vs]
    markup = [ld_text(article, "datePublished"), *values(metas, META_PUBLISHED)]
    found = (
        first_date(markup)
        or first_date(graph.values("datePublished"))
        or shown_date(tree, scope, url, header, labelled)
        or first_date(named)
        or first_date([ld_text(article, "dateCreated")])
    )
    if _says_originally(tree) and (original := labelled_date(tree.body, ORIGINAL_LABEL, None)):
        return as_shown(found if found and days_apart(found, original) <= 1 else original, url)
    if not found:
        return None
    markup += [*graph.values("datePublished"), *named]
    return as_shown(_checked_on_page(found, labelled(), header(), markup), url)


def _checked_on_page(
    found: str, labelled: str | None, shown: tuple[str, bool] | None, markup: list[str | None]
) -> str:
    """The date found, unless the page says otherwise: its "Published" line (``labelled``)
    on another day the headline's date does not confirm, the headline's date (``shown``)
    days before it, or the headline's day when the markup gives it too."""
    if labelled and days_apart(labelled, found) > 1 and not _confirmed(shown, found):
        found = labelled
    if shown and _earlier_original(shown, found):
        return shown[0]
    return (_shown_in_markup(shown[0], markup) if shown else None) or found


def _shown_in_markup(shown: str, markup: list[str | None]) -> str | None:
    """The markup publication date on the day shown beside the headline, when the markup
    gives several days (a template's, a syndication's): the page shows the article's own,
    even when it labels it an update (the markup then calls that day the publication)."""
    for value in markup:
        found = parse_date(value)
        if found and found[:10] == shown[:10]:
            return found
    return None


#: The stems an ASCII text can hold (``str.isascii`` is free: CPython keeps the flag).
_ASCII_STEMS = tuple(stem for stem in ORIGINAL_STEMS if stem.isascii())


def _says_originally(tree: LexborHTMLParser) -> bool:
    """Whether the page's text has ``ORIGINAL_WORDS`` ("originally published"): the
    words' stems are looked up first, as a walk through every text of a page is slow."""
    text = tree.body.text() if tree.body is not None else ""
    for stem in ORIGINAL_STEMS if not text.isascii() else _ASCII_STEMS:
        at = text.find(stem)
        while at >= 0:
            if ORIGINAL_WORDS.search(text, max(0, at - LABEL_REACH), at + LABEL_REACH):
                return True
            at = text.find(stem, at + 1)
    return False


def _confirmed(shown: tuple[str, bool] | None, found: str) -> bool:
    """Whether the date beside the headline is the day found (or a day apart)."""
    return shown is not None and days_apart(shown[0], found) <= 1


def _earlier_original(shown: tuple[str, bool], found: str) -> bool:
    """Whether the date beside the headline, not labelled an update, is days before the
    one found: an article is not published after the date it shows, so the later markup
    date is a re-export's or a redesign's."""
    day, updated = shown
    return not updated and day[:10] < found[:10] and days_apart(day, found) > 1


def shown_date(
    tree: LexborHTMLParser,
    scope: Callable[[], LexborNode | None],
    url: str | None,
    header: Callable[[], tuple[str, bool] | None],
    labelled: Callable[[], str | None],
) -> str | None:
    """The date the page shows: a <time>, a labelled date, the date beside the headline
    (even an update's: a dated element further down may be a related post's), a dated
    element or a date in the article's text, else the URL's (``scope`` gives the
    article's element, ``header`` the headline's date and ``labelled`` the scope's
    `labelled_date`, each found when first needed)."""
    return (
        time_elements(tree)
        or labelled()
        or ((shown := header()) and shown[0])
        or dated_elements(scope())
        or date_from_url(url)
        or text_date(scope())
        or (text_date(tree.body) if scope() is not tree.body else None)
    )


def as_shown(found: str, url: str | None) -> str:
    """The URL's day when the markup's time falls on the day before or after it (the
    site's time zone against UTC): the day the page shows."""
    in_url = date_from_url(url)
    if in_url and in_url != found[:10] and days_apart(in_url, found) == 1:
        return in_url
    return found


def time_elements(tree: LexborHTMLParser) -> str | None:
    """The date of ``itemprop=datePublished``, else of the first <time> in the header."""
    for node in tree.css('[itemprop="datePublished"]'):
        found = parse_date(node.attributes.get("datetime") or node.attributes.get("content"))
        if found or (found := date_in_text(node_text(node)[:MAX_DATE_TEXT_CHARS])):
            return found
    for selector in TIME_SELECTORS:
        for node in tree.css(selector)[:3]:
            found = parse_date(node.attributes.get("datetime"))
            if found or (found := date_in_text(node_text(node)[:MAX_DATE_TEXT_CHARS])):
                return found
    return None


def labelled_date(
    scope: LexborNode | None,
    label_words: re.Pattern[str] = PUBLISHED_LABEL,
    limit: int | None = MAX_SCANNED_TEXTS,
) -> str | None:
    """A date written after a "Published" label ("Publié le 05/02/2026 à 17h32"), or
    after another label (``ORIGINAL_LABEL``), in the first ``limit`` texts of ``scope``."""
    if scope is None:
        return None
    pending: str | None = None  # the text after a label, when the date may follow
    hints = _LABEL_HINTS.get(label_words)
    for _node, raw in islice(text_nodes(scope), limit):
        if pending is not None:  # the date may be in the element after the label
            found = date_in_text(clean_text(f"{pending} {raw}")[:LABEL_REACH])
            if found:
                return found
            pending = None
        label = (
            label_words.search(raw)
            if len(raw) <= 4 * MAX_DATE_TEXT_CHARS and _may_hold(raw, hints)
            else None
        )
        if label:
            pending = clean_text(raw[label.end() :])
            found = date_in_text(pending[:LABEL_REACH])
            if found:
                return found
    return None


#: For each label pattern, words one of which every match holds (see rules/dates.py).
_LABEL_HINTS = {PUBLISHED_LABEL: PUBLISHED_LABEL_HINTS, MODIFIED_LABEL: MODIFIED_LABEL_HINTS}


def _may_hold(text: str, hints: tuple[str, ...] | None) -> bool:
    """Whether ``text`` holds one of ``hints`` (lower case), or there are none to check."""
    if hints is None:
        return True
    folded = text.lower()
    return any(map(folded.__contains__, hints))  # no generator: a hot loop


def header_texts(tree: LexborHTMLParser) -> list[tuple[LexborNode, str]]:
    """The texts around the page's headline: ``HEADER_TEXTS_BEFORE`` before the first
    <h1> with text, the <h1>'s own and ``HEADER_TEXTS_AFTER`` after (none without an <h1>)."""
    if tree.body is None or tree.css_first("h1") is None:
        return []  # not worth a walk through the page
    before: deque[tuple[LexborNode, str]] = deque(maxlen=HEADER_TEXTS_BEFORE)
    after: list[tuple[LexborNode, str]] = []
    in_header = False
    for node in tree.body.traverse(include_text=True):
        if node.is_text_node:  # (cheaper than reading the tag)
            if (raw := node.text_content) and not raw.isspace():
                (after if in_header else before).append((node, raw))
                if len(after) > HEADER_TEXTS_AFTER:
                    break
        elif not in_header and node.tag == "h1" and node.text().strip():
            in_header = True
    return [*before, *after] if in_header else []


def header_date(tree: LexborHTMLParser) -> tuple[str, bool] | None:
    """The first date written beside the headline (a <time>'s machine value when it is
    one), and whether the words before it label it an update ("Last updated:")."""
    texts = header_texts(tree)
    for index, (node, raw) in enumerate(texts):
        text = clean_text(raw) if _YEAR.search(raw) else ""
        if len(text) > MAX_DATE_TEXT_CHARS or not (found := date_in_text(text)):
            continue
        where = TEXT_DATE.search(text) or ISO_DATE.search(text) or CJK_DATE.search(text)
        before = text[: where.start()] if where else ""
        lead = " ".join([*(r for _, r in texts[max(0, index - 2) : index]), before])
        return _time_value(node) or found, bool(UPDATED_LABEL.search(clean_text(lead)))
    return None


def _time_value(node: LexborNode) -> str | None:
    """The machine-readable date of the <time> a text is in (its words may be in US order,
    "8/1/2025", or a template's wording)."""
    for parent in islice(ancestors(node), TIME_DEPTH):
        if parent.tag == "time":
            return parse_date(parent.attributes.get("datetime"))
    return None


def dated_elements(scope: LexborNode | None) -> str | None:
    """A date written in an element whose class names one ("post-date", "entry-meta")."""
    if scope is None:
        return None
    for selector in DATED_SELECTORS:
        for node in scope.css(selector)[:10]:
            text = node_text(node)
            if len(text) <= MAX_DATE_TEXT_CHARS and (found := date_in_text(text)):
                return found
    return None


def text_date(scope: LexborNode | None) -> str | None:
    """The first short text of the article that is or holds a date ("Updated July 9, 2025")."""
    if scope is None:
        return None
    for _node, raw in islice(text_nodes(scope), MAX_SCANNED_TEXTS):
        if len(raw) > 2 * MAX_DATE_TEXT_CHARS or not _YEAR.search(raw):
            continue  # cheap test first: a date has a year
        text = clean_text(raw)
        if len(text) <= MAX_DATE_TEXT_CHARS and (found := date_in_text(text)):
            return found
    return None


def read_modified(
    tree: LexborHTMLParser,
    metas: MetaTags,
    article: dict | None,
    scope: Callable[[], LexborNode | None],
    published: str | None,
) -> str | None:
    """The date of the article's last revision: markup (JSON-LD ``dateModified``, meta
    tags, an ``itemprop=dateModified`` element), else a date the article labels
    "Updated". Never earlier than ``published`` (such a date is a template's)."""
    markup = [ld_text(article, "dateModified"), *values(metas, META_MODIFIED)]
    for node in tree.css('[itemprop="dateModified"]')[:2]:
        markup.append(node.attributes.get("datetime") or node.attributes.get("content"))
    found = first_date(markup) or labelled_date(scope(), MODIFIED_LABEL)
    if found is None or published is None:
        return found
    return found if not _before(found, published) else None


def _before(day: str, other: str) -> bool:
    """Whether ``day`` is earlier than ``other``: by the moment when both have a time
    zone, else by the calendar day."""
    try:
        first, second = datetime.fromisoformat(day), datetime.fromisoformat(other)
        if first.tzinfo is not None and second.tzinfo is not None:
            return first < second
    except ValueError:
        pass
    return day[:10] < other[:10]
