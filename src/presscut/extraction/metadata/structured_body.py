"""The article's text as the page's JSON-LD gives it, for a page that shows little of it.

Some sites render the article by script only: the page served holds it in a script's data
(a React component's props) and in its JSON-LD, nowhere in the HTML a reader's browser
would show without scripts; paywalled pages show a teaser. The JSON-LD's own text is then
the article (``body/structured.py`` decides): an Article's ``articleBody`` (or ``text``),
a HowTo's or a Recipe's description and steps. The text may hold HTML paragraphs; it is
read as plain paragraphs.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.dom import clean_text

#: Properties holding the steps of a HowTo or a Recipe.
STEP_KEYS = ("step", "recipeInstructions")
#: A HowTo step holds its text, or its directions (HowToDirection) or sub-steps
#: (HowToSection) in an item list.
STEP_LIST_KEYS = ("itemListElement",)
#: How deep steps are read inside sections.
MAX_STEP_DEPTH = 4
#: Tags that end a paragraph inside the JSON-LD's HTML text.
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote)\b[^>]*>", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def structured_paragraphs(article: dict | None) -> list[str]:
    """The article's paragraphs from its JSON-LD object (empty when it gives no text)."""
    if not article:
        return []
    texts: list[str] = []
    body = article.get("articleBody") or article.get("text")
    if isinstance(body, str):
        texts.append(body)
    elif any(key in article for key in STEP_KEYS):
        if isinstance(description := article.get("description"), str):
            texts.append(description)
        for key in STEP_KEYS:
            _step_texts(article.get(key), texts, 0)
    return [p for text in texts for p in _paragraphs(text)]


def _step_texts(value: object, out: list[str], depth: int) -> None:
    if depth > MAX_STEP_DEPTH:
        return
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        for item in value:
            _step_texts(item, out, depth + 1)
    elif isinstance(value, dict):
        if isinstance(text := value.get("text"), str):
            out.append(text)
        for key in STEP_LIST_KEYS:
            _step_texts(value.get(key), out, depth + 1)


def _paragraphs(text: str) -> list[str]:
    """Plain paragraphs of a text that may hold HTML: block tags and blank lines end one."""
    if "<" in text:
        marked = _BLOCK_TAG.sub("\n\n", text)
        tree = LexborHTMLParser(f"<body>{marked}</body>")
        text = tree.body.text() if tree.body is not None else ""
    parts = _PARAGRAPH_BREAK.split(text) if "\n\n" in text.replace("\r", "") else text.split("\n")
    return [p for p in map(clean_text, parts) if p]
