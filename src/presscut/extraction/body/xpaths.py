"""trafilatura's costliest XPath expressions, evaluated in Python inside presscut's call.

trafilatura tests class and id names with EXSLT regular expressions (``re:test``), and lxml
calls back into Python for each of them, up to three times per element; with lxml's XPath
machinery around them, the expressions listed in `SKELETONS` took about a sixth of
presscut's time on the corpora. The same tests written in Python, one walk of the tree
with the patterns compiled once, select the same elements in the same order in a third to
a half of the time, also for the few expressions without ``re:test`` that run on every page.

Each replacement is bound to the expression's text: trafilatura's expression, its white
space collapsed and each ``re:test`` pattern written ``'…'``, must read exactly as its
skeleton here; the patterns are then taken from trafilatura's own text. An expression
that reads otherwise (a later trafilatura) is left as it is. A replacement stands in
trafilatura's list and acts only inside `python_xpaths` (a context variable): other
callers of trafilatura in the process get the XPath itself.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from lxml import etree

try:  # trafilatura's lists of expressions (trafilatura 2.3)
    import trafilatura.baseline  # noqa: F401  (BOUND: its name for the cleaning expression)
    from trafilatura import xpaths as _trafilatura_xpaths
except ImportError:  # moved in a later trafilatura: `install` then leaves them as they are
    _trafilatura_xpaths = None  # type: ignore[assignment]

#: One ``re:test(ATTRIBUTES, 'PATTERN'[, 'FLAGS'])`` of an expression.
RE_TEST = re.compile(r"re:test\((@[\w|@-]+), '([^']*)'(, '[^']*')?\)")
PLACEHOLDER = "'…'"

Selector = Callable[[Any], list]
Patterns = list[re.Pattern[str]]

_ACTIVE: ContextVar[bool] = ContextVar("presscut_python_xpaths", default=False)


@contextmanager
def python_xpaths() -> Iterator[None]:
    """Within this block, the expressions installed are evaluated in Python."""
    token = _ACTIVE.set(True)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


class Replaced:
    """Stands in trafilatura's list for one XPath: its Python twin inside `python_xpaths`."""

    __slots__ = ("original", "path", "select")

    def __init__(self, original: etree.XPath, select: Selector) -> None:
        self.original = original
        self.path = original.path
        self.select = select

    def __call__(self, tree: Any, **variables: Any) -> Any:
        if _ACTIVE.get() and not variables:
            return self.select(tree)
        return self.original(tree, **variables)


def skeleton(path: str) -> tuple[str, Patterns]:
    """The expression's text with its ``re:test`` patterns taken out, and the patterns."""
    patterns = []

    def placeholder(match: re.Match[str]) -> str:
        flags = re.IGNORECASE if match[3] and "i" in match[3] else 0
        patterns.append(re.compile(match[2], flags))
        return f"re:test({match[1]}, {PLACEHOLDER}{match[3] or ''})"

    return RE_TEST.sub(placeholder, " ".join(path.split())), patterns


def _first_of(element: Any, first: str, second: str) -> str:
    """XPath's string of ``@first|@second``: the value of the one written first."""
    one, other = element.get(first), element.get(second)
    if one is None:
        return other or ""
    if other is None:
        return one
    names = element.keys()
    return one if names.index(first) < names.index(second) else other


def _test(pattern: re.Pattern[str], value: str | None) -> bool:
    return value is not None and pattern.search(value) is not None


DISCARD_TAGS = ("div", "item", "list", "p", "section", "span")


def _overall_discard(patterns: Patterns) -> Selector:
    cookie, ids, classes = patterns

    def matches(element: Any) -> bool:
        get = element.get
        return (
            get("data-lp-replacement-content") is not None
            or "nav" in (get("role") or "").replace("N", "n")
            or "MostPopularStories" in (get("data-component") or "")
            or cookie.search(_first_of(element, "id", "class")) is not None
            or _test(ids, get("id"))
            or _test(classes, get("class"))
        )

    return lambda tree: [e for e in tree.iterdescendants(*DISCARD_TAGS) if matches(e)]


def _overall_hidden(patterns: Patterns) -> Selector:
    hidden, ids, classes = patterns

    def matches(element: Any) -> bool:
        get = element.get
        name, style = get("class"), get("style") or ""
        return (
            name == "comments-title"
            or _first_of(element, "id", "class").startswith("reply-")
            or hidden.search(_first_of(element, "id", "style")) is not None
            or "display:none" in style
            or "display: none" in style
            or _test(ids, get("id"))
            or _test(classes, name)
            or get("aria-hidden") == "true"
        )

    return lambda tree: [e for e in tree.iterdescendants(etree.Element) if e.attrib and matches(e)]


COMMENT_TAGS = ("div", "list", "section", "details", "ol", "ul")


def _comments_and_lists(patterns: Patterns) -> Selector:
    ids, classes, list_ids, list_classes = patterns

    def matches(element: Any) -> bool:
        get = element.get
        if not (_test(ids, get("id")) or _test(classes, get("class"))):
            return False
        return (
            element.tag not in ("ol", "ul")
            or _test(list_ids, get("id"))
            or _test(list_classes, get("class"))
        )

    return lambda tree: [e for e in tree.iterdescendants(*COMMENT_TAGS) if matches(e)]


def _teasers(patterns: Patterns) -> Selector:
    def matches(element: Any) -> bool:
        get = element.get
        return "teaser" in (get("id") or "").replace("T", "t") or "teaser" in (
            get("class") or ""
        ).replace("T", "t")

    return lambda tree: [e for e in tree.iterdescendants(*DISCARD_TAGS) if matches(e)]


def _captions(patterns: Patterns) -> Selector:
    def matches(element: Any) -> bool:
        return "caption" in (element.get("id") or "") or "caption" in (element.get("class") or "")

    return lambda tree: [e for e in tree.iterdescendants(*DISCARD_TAGS) if matches(e)]


PRUNE_TAGS = ("div", "section", "aside")


def _appended_articles(patterns: Patterns) -> Selector:
    ids, classes, own_ids, own_classes = patterns

    def matches(element: Any) -> bool:
        get = element.get
        if not (_test(ids, get("id")) or _test(classes, get("class"))):
            return False
        return (
            element.find(".//h1") is None
            or _test(own_ids, get("id"))
            or _test(own_classes, get("class"))
        )

    return lambda tree: [e for e in tree.iterdescendants(*PRUNE_TAGS) if matches(e)]


def _share_buttons(patterns: Patterns) -> Selector:
    def matches(element: Any) -> bool:
        return "elementor-share-buttons" in (element.get("class") or "")

    return lambda tree: [e for e in tree.iterdescendants(*PRUNE_TAGS) if matches(e)]


#: The tags that trafilatura's baseline cleaning drops whatever their attributes.
BASIC_CLEAN_TAGS = frozenset(
    {"aside", "fencedframe", "footer", "script", "style", "svg", "template"}
)


def _basic_clean(patterns: Patterns) -> Selector:
    """A union of paths: each element once, in document order."""
    classes, ids = patterns

    def matches(element: Any) -> bool:
        tag, get = element.tag, element.get
        return (
            tag in BASIC_CLEAN_TAGS
            or (tag == "div" and "footer" in _first_of(element, "class", "id"))
            or _test(classes, get("class"))
            or _test(ids, get("id"))
        )

    return lambda tree: [e for e in tree.iterdescendants(etree.Element) if matches(e)]


BODY_TAGS = ("article", "div", "main", "section")


def _article_body(patterns: Patterns) -> Selector:
    """``.//*[...][1]``: the first matching child of each element, in document order."""
    ids, classes = patterns
    names = {"class": ("post", "entry"), "itemprop": ("articleBody",), "id": ("articleContent",)}

    def matches(element: Any) -> bool:
        get = element.get
        return (
            any(get(name) in values for name, values in names.items())
            or _test(ids, get("id"))
            or _test(classes, get("class"))
        )

    def select(tree: Any) -> list:
        found, parents = [], set()
        for element in tree.iterdescendants(*BODY_TAGS):
            if matches(element) and (parent := element.getparent()) not in parents:
                parents.add(parent)
                found.append(element)
        return found

    return select


def _first(matches: Callable[[Any], bool]) -> Selector:
    """``(.//*[...])[1]``: the first matching element in document order."""
    return lambda tree: next(([e] for e in tree.iterdescendants(*BODY_TAGS) if matches(e)), [])


def _story_body(patterns: Patterns) -> Selector:
    ids, full_text, classes = patterns
    names = {
        "role": ("article",),
        "id": ("article", "story"),
        "class": ("postarea", "art-postcontent", "text", "cell", "story"),
    }

    def matches(element: Any) -> bool:
        get = element.get
        return (
            any(get(name) in values for name, values in names.items())
            or _test(ids, get("id"))
            or _test(full_text, get("class"))
            or _test(classes, get("class"))
        )

    return _first(matches)


def _content_body(patterns: Patterns) -> Selector:
    ids, classes = patterns

    def matches(element: Any) -> bool:
        get = element.get
        name, ident = get("class") or "", get("id") or ""
        return (
            ident == "content"
            or name == "content"
            or _test(ids, get("id"))
            or _test(classes, get("class"))
            or "main-content" in ident.replace("C", "c").replace("M", "m")
            or "main-content" in name.replace("C", "c").replace("M", "m")
            or "page-content" in name.replace("C", "c").replace("P", "p")
        )

    return _first(matches)


_DISCARD = "self::div or self::item or self::list or self::p or self::section or self::span"
_BODY = "self::article or self::div or self::main or self::section"
#: (trafilatura's list, index): the expression's skeleton and its Python twin.
SKELETONS: dict[tuple[str, int], tuple[str, Callable[[Patterns], Selector]]] = {
    ("OVERALL_DISCARD_XPATH", 0): (
        f".//*[{_DISCARD}][ @data-lp-replacement-content or"
        " contains(translate(@role, 'N', 'n'), 'nav') or"
        " contains(@data-component, 'MostPopularStories') or re:test(@id|@class, '…') or"
        " re:test(@id, '…') or re:test(@class, '…')]",
        _overall_discard,
    ),
    ("OVERALL_DISCARD_XPATH", 1): (
        ".//*[@class='comments-title' or starts-with(@id|@class, 'reply-') or"
        " re:test(@id|@style, '…') or contains(@style, 'display:none') or"
        " contains(@style, 'display: none') or re:test(@id, '…') or re:test(@class, '…') or"
        " @aria-hidden='true']",
        _overall_hidden,
    ),
    ("REMOVE_COMMENTS_AND_LISTS_XPATH", 0): (
        ".//*[self::div or self::list or self::section or self::details or self::ol or"
        " self::ul][ re:test(@id, '…') or re:test(@class, '…')][ not(self::ol or self::ul) or"
        " re:test(@id, '…') or re:test(@class, '…')]",
        _comments_and_lists,
    ),
    ("RAW_TREE_PRUNE_XPATH", 0): (
        ".//*[self::div or self::section or self::aside][ re:test(@id, '…') or"
        " re:test(@class, '…')][ not(.//h1) or re:test(@id, '…') or re:test(@class, '…')]",
        _appended_articles,
    ),
    ("RAW_TREE_PRUNE_XPATH", 1): (
        ".//*[self::div or self::section or self::aside]"
        "[contains(@class, 'elementor-share-buttons')]",
        _share_buttons,
    ),
    ("TEASER_DISCARD_XPATH", 0): (
        f".//*[{_DISCARD}][ contains(translate(@id, 'T', 't'), 'teaser') or"
        " contains(translate(@class, 'T', 't'), 'teaser')]",
        _teasers,
    ),
    ("DISCARD_IMAGE_ELEMENTS", 0): (
        f".//*[{_DISCARD}][ contains(@id, 'caption') or contains(@class, 'caption')]",
        _captions,
    ),
    ("BODY_XPATH", 0): (
        f".//*[{_BODY}][ @class='post' or @class='entry' or @itemprop='articleBody' or"
        " @id='articleContent' or re:test(@id, '…') or re:test(@class, '…') ][1]",
        _article_body,
    ),
    ("BODY_XPATH", 2): (
        f"(.//*[{_BODY}][ @role='article' or @id='article' or @id='story' or"
        " @class='postarea' or @class='art-postcontent' or @class='text' or @class='cell' or"
        " @class='story' or re:test(@id, '…') or re:test(@class, '…', 'i') or"
        " re:test(@class, '…') ])[1]",
        _story_body,
    ),
    ("BODY_XPATH", 3): (
        f"(.//*[{_BODY}][ @id='content' or @class='content' or re:test(@id, '…') or"
        " re:test(@class, '…') or contains(translate(@id, 'CM','cm'), 'main-content') or"
        " contains(translate(@class, 'CM','cm'), 'main-content') or"
        " contains(translate(@class, 'CP','cp'), 'page-content') ])[1]",
        _content_body,
    ),
}

#: Expressions bound to a module's name rather than held in a list: (module of
#: trafilatura, name) to the skeleton and Python twin.
BOUND: dict[tuple[str, str], tuple[str, Callable[[Patterns], Selector]]] = {
    ("baseline", "BASIC_CLEAN_XPATH"): (
        ".//aside|.//div[contains(@class|@id, 'footer')]|.//fencedframe|.//footer|.//script"
        "|.//style|.//svg|.//template|.//*[re:test(@class, '…', 'i') or re:test(@id, '…', 'i')]",
        _basic_clean,
    ),
}


def install() -> list[str]:
    """Put the Python twins in trafilatura's lists and names (once), each where its
    expression reads as its skeleton and none of its patterns matches an empty string (a
    missing attribute is tested as one by XPath, and skipped here). The names of those
    replaced."""
    replaced = []
    for (name, index), (expected, build) in SKELETONS.items():
        expressions = getattr(_trafilatura_xpaths, name, None)
        if isinstance(expressions, list) and len(expressions) > index:
            twin = _twin(expressions[index], expected, build)
            if twin is not None:
                expressions[index] = twin
                replaced.append(f"{name}[{index}]")
    for (module_name, name), (expected, build) in BOUND.items():
        module = sys.modules.get(f"trafilatura.{module_name}")
        twin = _twin(getattr(module, name, None), expected, build)
        if twin is not None:
            setattr(module, name, twin)
            replaced.append(f"{module_name}.{name}")
    return replaced


def _twin(original: Any, expected: str, build: Callable[[Patterns], Selector]) -> Replaced | None:
    """The Python twin of ``original``, or None where it reads otherwise."""
    if isinstance(original, Replaced):
        return original
    if not isinstance(original, etree.XPath):
        return None
    text, patterns = skeleton(original.path)
    if text != expected or any(p.search("") for p in patterns):
        return None
    return Replaced(original, build(patterns))
