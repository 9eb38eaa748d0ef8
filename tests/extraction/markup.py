"""Generated markup for property-based tests of `extract` (hypothesis strategies).

Documents are made of pieces a hostile or broken page holds: tags of any case (listed and
unlisted, void and raw-text ones), unclosed and stray end tags, attributes with quotes and
charset declarations, entities, comments, doctype debris and text in several scripts.
"""

from __future__ import annotations

from hypothesis import strategies as st

TAGS = (
    "html", "head", "body", "title", "meta", "div", "p", "span", "a", "article", "section",
    "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "ul", "ol", "li", "table",
    "tr", "td", "th", "font", "b", "i", "br", "hr", "img", "figure", "figcaption", "time",
    "script", "style", "noscript", "template", "svg", "math", "textarea", "select", "option",
    "fieldset", "details", "summary", "dir", "blockquote", "pre", "code", "form", "iframe",
    "object", "frameset", "plaintext", "xmp", "custom-tag",
)  # fmt: skip
ATTRIBUTES = ("class", "id", "href", "src", "content", "name", "property", "lang", "charset")
VALUES = (
    "", "article", "byline author", "utf-8", "hex", "utf-16", "utf-7", "x-user-defined",
    "og:title", "article:published_time", "2024-02-30T25:61:00Z", "https://[::1/", "javascript:",
    "'\"<>&", "https://example.org/a b",
)  # fmt: skip
DEBRIS = (
    "<", "</", "<!", "<!--", "-->", "<!DOCTYPE html>", "<![CDATA[", "]]>", "&", "&amp;",
    "&#0;", "&#x110000;", "&nbsp;", "&notanentity", "\x00", "\ufeff", "\r\n", "\u2028",
)  # fmt: skip
WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40
)


def _case(name: str, pattern: list[bool]) -> str:
    return "".join(
        c.upper() if up else c for c, up in zip(name, pattern + [False] * len(name), strict=False)
    )


@st.composite
def tag(draw: st.DrawFn) -> str:
    name = _case(draw(st.sampled_from(TAGS)), draw(st.lists(st.booleans(), max_size=8)))
    attributes = draw(
        st.lists(st.tuples(st.sampled_from(ATTRIBUTES), st.sampled_from(VALUES)), max_size=3)
    )
    inside = "".join(f' {key}="{value}"' for key, value in attributes)
    return draw(st.sampled_from((f"<{name}{inside}>", f"</{name}>", f"<{name}{inside}/>")))


PIECE = st.one_of(tag(), WORDS, st.sampled_from(DEBRIS))


@st.composite
def document(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(PIECE, max_size=60))
    repeat = draw(st.integers(min_value=1, max_value=30))  # a run of one piece: depth
    piece = draw(PIECE)
    return (
        "".join(pieces[: len(pieces) // 2]) + piece * repeat + "".join(pieces[len(pieces) // 2 :])
    )


@st.composite
def page(draw: st.DrawFn) -> tuple[str | bytes, str | None]:
    """A document as text or as bytes in some encoding, with the charset a server gave."""
    text = draw(document())
    encoding = draw(st.sampled_from((None, "utf-8", "latin-1", "windows-1252", "utf-16", "bogus")))
    if draw(st.booleans()):
        return text, None
    codec = encoding if encoding in ("utf-8", "latin-1", "windows-1252", "utf-16") else "utf-8"
    return text.encode(codec, errors="replace"), encoding
