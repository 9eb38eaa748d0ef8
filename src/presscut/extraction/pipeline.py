"""The extraction pipeline: HTML in, `Article` out, in five named phases.

The sub-packages are named after what they produce: ``page/`` (text and tree ready to
read), ``metadata/`` (title, date, language...), ``credit/`` (authors, source, image
credit), ``body/`` (the article text); ``rules/`` holds every rule as data.

1. decode   bytes to text as a browser would (``page/decode.py``), and cap how deep
            tags nest, as a browser does (``page/nesting.py``)
2. parse    once, with selectolax; read metadata (``metadata/read.py``); turn layout
            tables into plain blocks (``page/layout.py``)
3. prune    one walk of the tree: harvest the kicker, lead, credits and bylines
            (``body/harvest.py``), cut page chrome by structure (``body/prune.py``,
            rules in ``rules/structure.py``)
4. locate   the main content with trafilatura, as blocks (``body/content.py``), and
            weigh them against a second locator's opinion on our own tree
            (``body/locator.py``, ``body/reconcile.py``, rules in ``rules/locator.py``)
5. clean    blocks with phrase and credit rules (``body/clean.py``,
            ``rules/boilerplate.py``); then the record is assembled, its credit read
            (``credit/``), text a site encoded twice repaired (``page/repair.py``),
            error, maintenance and login pages refused (``body/sanity.py``)

Pure: no network, no global state; safe to call from threads and processes.
"""

from __future__ import annotations

import logging

from selectolax.lexbor import LexborHTMLParser

from presscut.article import Article, Credit, ErrorInfo
from presscut.extraction.body.clean import Cleaned, clean_blocks
from presscut.extraction.body.content import main_blocks, markdown_body, repair_blocks
from presscut.extraction.body.harvest import Harvest, new_harvest
from presscut.extraction.body.inline import inline_renderer
from presscut.extraction.body.listing import is_listing
from presscut.extraction.body.locator import locate
from presscut.extraction.body.markdown import escape
from presscut.extraction.body.prune import prune
from presscut.extraction.body.reconcile import reconcile
from presscut.extraction.body.sanity import not_article_rule
from presscut.extraction.body.structured import structured_fallback
from presscut.extraction.credit.byline import parse_byline
from presscut.extraction.credit.lines import credit_value
from presscut.extraction.metadata.language import detect_language
from presscut.extraction.metadata.read import PageMeta, read_metadata
from presscut.extraction.page.address import base_url
from presscut.extraction.page.decode import decode_html
from presscut.extraction.page.layout import flatten_layout_tables
from presscut.extraction.page.limits import MAX_RAW_TAGS, PageTooLarge, check_tags
from presscut.extraction.page.nesting import cap_nesting
from presscut.extraction.page.repair import repair_text
from presscut.extraction.words import count_words
from presscut.sniff import looks_binary

log = logging.getLogger("presscut")

#: Fewer words than this in lead and body together: the page holds no article (each
#: character of a script written without spaces counts as a word: ``words.count_words``).
MIN_ARTICLE_WORDS = 25


def extract(
    html: str | bytes,
    url: str | None = None,
    *,
    encoding: str | None = None,
    explain: bool = False,
    markdown: bool = False,
) -> Article:
    """Extract the article of one page. Never raises on bad input: errors are records.

    ``encoding`` is the charset the server declared, if any (bytes input only).
    ``explain`` fills ``Article.removed`` with what was cut and by which rule.
    ``markdown`` gives ``body`` and ``lead`` in Markdown, made from the same blocks.
    """
    try:
        return _extract(html, url, encoding, explain, markdown)
    except PageTooLarge as exc:
        return Article.failure(url, "too_large", str(exc))
    except Exception as exc:  # a bug or a pathological page must not kill a batch
        log.warning("extraction failed for %s: %r", url, exc)
        return Article.failure(url, "extract_failed", f"{type(exc).__name__}: {exc}")


def _extract(
    html: str | bytes, url: str | None, encoding: str | None, explain: bool, markdown: bool
) -> Article:
    if isinstance(html, bytes) and looks_binary(html, encoding):
        return Article.failure(url, "unsupported_content", "binary data, not an HTML page")
    text = decode_html(html, encoding) if isinstance(html, bytes) else html
    check_tags(text, MAX_RAW_TAGS)
    text = cap_nesting(text)
    check_tags(text)
    tree = LexborHTMLParser(text)
    base = base_url(url)  # None for a URL that cannot be read: only what it gives is lost
    meta = read_metadata(tree, base)
    tree = flatten_layout_tables(tree)
    found = new_harvest(tree)
    pruned = prune(tree, found, explain=explain)
    inline = inline_renderer(tree, base) if markdown else None
    blocks = main_blocks(_pruned_html(tree), base, inline, found.chrome_chars)
    root = tree.body or tree.root
    reconciled = reconcile(blocks, locate(root) if root is not None else [])
    header = _header_texts(meta, found)
    cleaned = clean_blocks(reconciled.blocks, header)
    cleaned.blocks = repair_blocks(cleaned.blocks)
    cleaned = structured_fallback(
        meta.structured_body, found.lead, cleaned, header, MIN_ARTICLE_WORDS
    )
    article = _assemble(url, meta, found, cleaned)
    if article.error is None and is_listing(tree, cleaned.blocks):
        article.body, article.lead = None, None
        article.error = ErrorInfo("no_article", "a list of article teasers, not an article")
    if article.error is None:
        article.word_count = count_words(f"{article.lead or ''} {article.body or ''}")
        if markdown:
            _as_markdown(article, cleaned)
    if explain:
        article.removed = [*found.removed, *pruned, *reconciled.decisions, *cleaned.removed]
    return article


def _as_markdown(article: Article, cleaned: Cleaned) -> None:
    """``body`` and ``lead`` in Markdown, from the blocks that made the plain ones."""
    article.body = markdown_body(cleaned.blocks)
    article.lead = escape(article.lead) if article.lead else None


def _pruned_html(tree: LexborHTMLParser) -> str:
    """The pruned page for trafilatura: its body only. The <head> (style sheets, scripts,
    JSON-LD, often a fifth of the page) was read for metadata already; trafilatura would
    parse it only to throw it away."""
    if tree.body is None:
        return tree.html or ""
    return f"<html>{tree.body.html or ''}</html>"


def _header_texts(meta: PageMeta, found: Harvest) -> dict[str, list[str]]:
    """Texts that the top of the body may repeat, by the rule that drops them."""
    return {
        "header.title_repeat": [t for t in (meta.title, meta.h1, *meta.raw_titles) if t],
        "header.kicker": [found.kicker] if found.kicker else [],
        "header.lead": [found.lead] if found.lead else [],
    }


def _assemble(url: str | None, meta: PageMeta, found: Harvest, cleaned: Cleaned) -> Article:
    body = "\n\n".join(block.text for block in cleaned.blocks) or None  # repaired blocks
    credit = _credit(meta, found, cleaned)
    article = Article(
        url=url,
        canonical_url=meta.canonical_url,
        title=meta.title,  # repaired by clean_title already
        kicker=_kicker(found.kicker, credit.authors),
        lead=repair_text(found.lead),
        body=body,
        credit=credit,
        published=meta.published,
        language=detect_language(meta.language, " ".join(filter(None, (found.lead, body)))),
        site_name=meta.site_name,
        section=meta.section,
        description=repair_text(meta.description),
        image=meta.image,
        tags=[t for t in map(repair_text, meta.tags) if t],
        modified=meta.modified,
    )
    words = count_words(f"{found.lead or ''} {body or ''}")
    first = cleaned.blocks[0].text if cleaned.blocks else None
    page_rule = not_article_rule([meta.title, meta.h1, *meta.raw_titles, first], words)
    if words < MIN_ARTICLE_WORDS:
        article.body = None
        article.error = ErrorInfo("no_article", f"no article text found ({words} words)")
    elif page_rule is not None:
        article.body, article.lead = None, None
        article.error = ErrorInfo("no_article", f"not an article page ({page_rule})")
    return article


def _kicker(kicker: str | None, authors: list[str]) -> str | None:
    """The kicker, unless it is an author's name styled like one ("By" and the name in
    "eyebrow" elements under the headline)."""
    kicker = repair_text(kicker)
    if kicker and kicker.casefold() in {a.casefold() for a in authors}:
        return None
    return kicker


def _credit(meta: PageMeta, found: Harvest, cleaned: Cleaned) -> Credit:
    authors = list(meta.authors)
    source = meta.source or cleaned.source or found.source
    for line in [*found.bylines, *cleaned.bylines]:
        byline = parse_byline(line)
        if not authors:
            authors = list(byline.authors)
        source = source or byline.source
    markup_image = credit_value(meta.image_credit) if meta.image_credit else None
    image = markup_image or found.image_credit or cleaned.image_credit
    authors = [a for a in map(repair_text, authors) if a]
    return Credit(authors=authors, source=repair_text(source), image=repair_text(image))
