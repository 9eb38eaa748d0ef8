"""The corpora of the quality bench, read in place from ``../shared/corpus``.

- ``wcxb``: ``wcxb-dev/``, 711 article pages, ground truth with the article text (mostly
  English), scored by words;
- ``tf``: ``tf-dev/``, 482 pages in many languages with `with` / `without` snippets and
  title/author/date, scored as trafilatura's own evaluation scores them;
- ``zh``: ``zh-dev/``, 38 Chinese pages with the article text, authors and date, scored by
  characters.

Every page also gets a language (from its markup, else detected from its text) and a half,
``A`` or ``B``: the first byte of sha1(the page file's name, e.g. ``0001.html.gz``) even or
odd. The split is fixed (it depends on nothing but the file name) so that a rule can be
checked on two independent halves of every corpus.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import charset_normalizer
from quality_run import Page, load_page, page_ids
from selectolax.lexbor import LexborHTMLParser

#: The corpus folders under the shared corpus root, by corpus name.
FOLDERS = {"wcxb": "wcxb-dev", "tf": "tf-dev", "zh": "zh-dev"}

#: `--corpus-set` values and the corpora each runs.
CORPUS_SETS = {"wcxb": ("wcxb",), "tf": ("tf",), "zh": ("zh",), "all": ("wcxb", "tf", "zh")}

#: The two fixed halves.
HALVES = ("A", "B")

#: Page text read for language detection when the markup declares none.
DETECT_CHARS = 3000
MIN_DETECT_LETTERS = 40

_LETTERS = re.compile(r"[^\W\d_]")
_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
#: A language tag as markup writes it ("de", "en-GB", "pt_BR"; not "utf-8").
_LANG_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$", re.IGNORECASE)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
#: Share of the letters in a script that settles the language before py3langid is asked
#: (it reads short Chinese texts as Wu or as a Creole).
SCRIPT_SHARE = {"ja": (_KANA, 0.05), "ko": (_HANGUL, 0.3), "zh": (_HAN, 0.3)}


def half_of(file_name: str) -> str:
    """``A`` when the first byte of sha1(file name) is even, else ``B``."""
    return HALVES[hashlib.sha1(file_name.encode("utf-8")).digest()[0] % 2]


@dataclass
class Corpus:
    """One corpus: its name, folder, page ids and a loader of one page."""

    name: str
    folder: Path
    ids: list[str]
    load: Callable[[str], Page]


def open_corpus(name: str, folder: Path) -> Corpus:
    """The named corpus read from its folder (SystemExit when the folder is not one)."""
    opener = {"wcxb": _wcxb, "tf": _tf, "zh": _zh}[name]
    try:
        return opener(folder)
    except OSError as exc:
        raise SystemExit(f"corpus {name} not found at {folder}: {exc}") from exc


def _wcxb(folder: Path) -> Corpus:
    if not (folder / "ground-truth").is_dir():
        raise SystemExit(f"corpus wcxb not found at {folder} (use --corpus DIR)")

    def load(page_id: str) -> Page:
        page = load_page(folder, page_id)
        return _placed(page, "wcxb", f"{page_id}.html.gz")

    return Corpus("wcxb", folder, page_ids(folder), load)


def _tf(folder: Path) -> Corpus:
    records: dict[str, Any] = json.loads((folder / "evaldata.json").read_text("utf-8"))
    by_file = {record["file"]: (url, record) for url, record in records.items()}

    def load(page_id: str) -> Page:
        url, record = by_file[page_id]
        html = gzip.decompress((folder / "html" / f"{page_id}.gz").read_bytes())
        return _placed(Page(page_id, url, html, record), "tf", f"{page_id}.gz")

    return Corpus("tf", folder, sorted(by_file), load)


def _zh(folder: Path) -> Corpus:
    ids = sorted(p.stem for p in (folder / "original").glob("*.html"))

    def load(page_id: str) -> Page:
        html = (folder / "original" / f"{page_id}.html").read_bytes()
        truth = {
            "main_content": (folder / "cleaned" / f"{page_id}.txt").read_text("utf-8"),
            "author": _known((folder / "author" / f"{page_id}.txt").read_text("utf-8")),
            "date": _known((folder / "date" / f"{page_id}.txt").read_text("utf-8")),
        }
        return _placed(Page(page_id, None, html, truth), "zh", f"{page_id}.html")

    return Corpus("zh", folder, ids, load)


def _known(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "UNKNOWN") else value


def _placed(page: Page, corpus: str, file_name: str) -> Page:
    page.corpus = corpus
    page.half = half_of(file_name)
    page.lang = page_language(page.html)
    return page


# --- language -----------------------------------------------------------------------------


def page_language(html: bytes) -> str | None:
    """The page's language (primary subtag, "de", "zh"): `<html lang>` or the
    Content-Language meta tag, else py3langid on the start of the page's visible text."""
    tree = LexborHTMLParser(_decoded(html))
    declared = [
        tree.root.attributes.get("lang") if tree.root else None,
        tree.root.attributes.get("xml:lang") if tree.root else None,
        *(
            n.attributes.get("content")
            for n in tree.css('meta[http-equiv="content-language" i], meta[name="language" i]')
        ),
    ]
    for value in declared:
        match = _LANG_CODE.match((value or "").strip())
        if match:
            return match.group(1).lower()
    tree.strip_tags(["script", "style", "noscript", "template"])
    body = tree.body
    text = body.text(separator=" ", strip=True)[:DETECT_CHARS] if body else ""
    return _detected(text)


def _decoded(html: bytes) -> str:
    """The page as text, by its declared charset (GBK pages would be garbled as UTF-8),
    else as charset_normalizer reads it."""
    match = _CHARSET.search(html[:4096])
    name = match.group(1).decode("ascii").lower() if match else ""
    name = "gb18030" if name in ("gb2312", "gbk", "x-gbk") else name
    try:
        return html.decode(name, errors="replace")
    except LookupError:
        best = charset_normalizer.from_bytes(html).best()
        return str(best) if best is not None else html.decode("utf-8", errors="replace")


@lru_cache(maxsize=1)
def _classifier() -> Callable[[str], tuple[str, float]]:
    import py3langid

    return py3langid.classify  # type: ignore[no-any-return]


def _detected(text: str) -> str | None:
    letters = len(_LETTERS.findall(text))
    if letters < MIN_DETECT_LETTERS:
        return None
    for code, (script, share) in SCRIPT_SHARE.items():
        if len(script.findall(text)) >= share * letters:
            return code
    code, _ = _classifier()(text)
    return str(code).lower() or None
