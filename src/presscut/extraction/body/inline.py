"""Links and emphasis for ``--markdown``, read from the pruned page beside trafilatura.

trafilatura's own link and formatting output changes which text it keeps (on 37 of 237
corpus pages), and so does any marker added to the text it reads (27 of 299 pages), so
the blocks would not be the plain body's. Instead trafilatura reads the page unchanged,
and each block's text is found again in the pruned page's text (`InlineMap`): the
characters of the block that the page has inside a link, a <strong>/<b> or an <em>/<i>
are written ``[text](URL)``, ``**text**`` or ``*text*``. A block not found as it is in
the page (trafilatura rewrote it) is written without links and emphasis.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import groupby
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extraction.body.markdown import inline_escape
from presscut.extraction.dom import CODE_TAGS

#: Elements read as emphasis, and how Markdown writes each kind.
STRONG_TAGS = frozenset({"strong", "b"})
EM_TAGS = frozenset({"em", "i"})
#: Link addresses kept: the page's own anchors ("#top") and scripts are not links to show.
LINK_SCHEMES = ("http://", "https://", "mailto:")
_URL_UNSAFE = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"})
#: How far up from a text an enclosing link or emphasis is looked for.
MAX_INLINE_DEPTH = 8

#: What a run of text is inside: (link number or -1, strong, emphasis).
Context = tuple[int, bool, bool]
PLAIN: Context = (-1, False, False)


class InlineMap:
    """The page's text without white space, and what each piece of it is inside."""

    def __init__(self, tree: LexborHTMLParser, url: str | None) -> None:
        self.links: list[str] = []
        self._link_ids: dict[int, int] = {}
        self._url = url
        self._starts: list[int] = []
        self._contexts: list[Context] = []
        parts: list[str] = []
        size = 0
        for node in tree.body.traverse(include_text=True) if tree.body is not None else []:
            if not node.is_text_node or not (raw := node.text_content):
                continue
            text = "".join(raw.split())
            if text and (context := self._context(node)) is not None:
                self._starts.append(size)
                self._contexts.append(context)
                parts.append(text)
                size += len(text)
        self.text = "".join(parts)
        self._cursor = 0

    def _context(self, node: LexborNode) -> Context | None:
        """The link and emphasis a text is in (None: a script's or a style's text)."""
        link, strong, em = -1, False, False
        parent = node.parent
        for _ in range(MAX_INLINE_DEPTH):
            if parent is None:
                break
            tag = parent.tag
            if tag in CODE_TAGS:
                return None
            strong = strong or tag in STRONG_TAGS
            em = em or tag in EM_TAGS
            if tag == "a" and link < 0:
                link = self._link(parent)
            parent = parent.parent
        return link, strong, em

    def _link(self, node: LexborNode) -> int:
        key = node.mem_id
        if key not in self._link_ids:
            href = (node.attributes.get("href") or "").strip()
            target = urljoin(self._url, href) if self._url and href else href
            ok = href and not href.startswith("#") and target.startswith(LINK_SCHEMES)
            self._link_ids[key] = len(self.links) if ok else -1
            if ok:
                self.links.append(target.translate(_URL_UNSAFE))
        return self._link_ids[key]

    def render(self, text: str) -> str:
        """``text`` as inline Markdown, with the links and emphasis the page gives it."""
        compact = "".join(text.split())
        at = self.text.find(compact, self._cursor) if compact else -1
        if at < 0:
            at = self.text.find(compact) if compact else -1
        if at < 0:
            return inline_escape(text)
        self._cursor = at + len(compact)
        return "".join(self._pieces(text, at))

    def _pieces(self, text: str, at: int) -> list[str]:
        """The text cut where its context changes, each piece written in Markdown."""
        marked: list[tuple[str, Context]] = []
        context = PLAIN
        for char in text:
            if not char.isspace():
                context = self._contexts[bisect_right(self._starts, at) - 1]
                at += 1
            marked.append((char, context))
        _spaces_outside(marked)
        pieces = []
        for link, chars in groupby(marked, key=lambda m: m[1][0]):
            inner = [_emphasis(c, "".join(ch for ch, _ in group)) for c, group in _by_style(chars)]
            pieces.append(_link("".join(inner), self.links[link] if link >= 0 else None))
        return pieces


def _by_style(chars: object) -> groupby:
    return groupby(chars, key=lambda m: m[1][1:])  # type: ignore[arg-type]


def _spaces_outside(marked: list[tuple[str, Context]]) -> None:
    """A space takes the context of the text before it when that goes on after it, else
    none: Markdown's markup may not start or end with a space."""
    for index, (char, _) in enumerate(marked):
        if char.isspace():
            before = marked[index - 1][1] if index else PLAIN
            after = next((c for ch, c in marked[index + 1 :] if not ch.isspace()), PLAIN)
            marked[index] = (char, before if before == after else PLAIN)


def _emphasis(style: tuple[bool, bool], text: str) -> str:
    escaped = inline_escape(text)
    strong, em = style
    if not (strong or em) or not (text[:1].isalnum() and text[-1:].isalnum()):
        return escaped  # Markdown reads "**" before punctuation as text
    mark = "***" if strong and em else "**" if strong else "*"
    return f"{mark}{escaped}{mark}"


def _link(text: str, target: str | None) -> str:
    return f"[{text}]({target})" if target and text.strip() else text


def inline_renderer(tree: LexborHTMLParser, url: str | None) -> Callable[[str], str]:
    """A function writing a block's text with the links and emphasis the page gives it;
    blocks must be given in page order (each is looked for after the one before)."""
    return InlineMap(tree, url).render
