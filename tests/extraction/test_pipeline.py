"""The pipeline as a whole: records, never exceptions; no article, no junk text."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut import extract
from presscut.extraction.body.harvest import Harvest
from presscut.extraction.body.prune import prune

from .pages import PROSE, page


@pytest.mark.parametrize(
    "html",
    [
        "",
        b"",
        "<html><head><title>Accueil</title></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav></body></html>",
        "<html><body><form><input name='user'><input type='password'></form>"
        "<p>Please log in to continue.</p></body></html>",
    ],
)
def test_pages_without_an_article_are_no_article_records(html: str | bytes) -> None:
    article = extract(html, url="https://example.org/")
    assert article.error is not None
    assert article.error.type == "no_article"
    assert article.body is None


def test_broken_markup_still_gives_its_text() -> None:
    html = "<html><body><h1>Broken</h1>" + "<div><p>unclosed <b>tags <i>everywhere " * 60
    article = extract(html)
    assert article.error is None
    assert article.body is not None and article.body.startswith("unclosed tags everywhere")


def test_deeply_nested_markup_does_not_crash() -> None:
    html = "<div>" * 5000 + "<p>deep</p>" + "</div>" * 5000
    assert extract(html).error is not None


def test_removed_is_null_unless_explained() -> None:
    assert extract(page("en")).removed is None
    assert isinstance(extract(page("en"), explain=True).removed, list)


def test_lead_is_kept_apart_from_the_body() -> None:
    header = "<p class='standfirst'>Two years of complaints ended with a unanimous vote.</p>"
    article = extract(page("en", header=header))
    assert article.lead == "Two years of complaints ended with a unanimous vote."
    assert article.body is not None and article.body.split("\n\n") == PROSE["en"]


def test_a_style_sheet_inside_the_lead_is_no_text_of_it() -> None:
    # hrsa.gov's summary block carries the CSS of its promoted cards.
    header = (
        "<div class='intro-summary'><p>Small steps can protect your teeth at any age.</p>"
        "<style>.grid-row > div { padding-top: 2rem; }</style></div>"
    )
    article = extract(page("en", header=header))
    assert article.lead == "Small steps can protect your teeth at any age."
    assert article.body is not None and "padding" not in article.body


@pytest.mark.parametrize(
    "summary",
    [
        "Summarize this article with: ChatGPT Perplexity Claude",  # a prompt
        "Written By: Jane Doe Last Updated: August 1, 2025",  # a byline
        "Nous utilisons des cookies pour mesurer l'audience du site.",  # consent text
    ],
)
def test_boilerplate_in_a_summary_element_is_no_lead(summary: str) -> None:
    header = f"<p class='article-summary'>{summary}</p>"
    assert extract(page("en", header=header)).lead is None


def test_kicker_is_kept_apart_from_the_body() -> None:
    header = "<p class='article-kicker'>Vives tensions</p>"
    article = extract(page("fr", before="", header=header))
    assert article.kicker == "Vives tensions"
    assert "Vives tensions" not in (article.body or "")


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("en", "July 29, 2025"),
        ("en", "Article"),
        ("en", "Updated"),
        ("en", "Success!"),
        ("fr", "Mis à jour le 3 mars 2025"),
        ("fr", "Partager"),
        ("de", "Teilen"),
        ("es", "Compartir"),
        ("en", "By"),
        ("en", "/"),
    ],
)
def test_eyebrow_labels_that_are_no_kicker(lang: str, label: str) -> None:
    header = f"<p class='eyebrow'>{label}</p>"
    assert extract(page(lang, header=header)).kicker is None


def test_a_menu_styled_as_an_overline_is_no_kicker() -> None:
    menu = "<div class='overline'><a href='/news'>News</a> <a href='/events'>Events</a></div>"
    assert extract(page("en", header=menu)).kicker is None


def test_an_eyebrow_far_below_the_headline_is_no_kicker() -> None:
    # a "Key takeaways" box in the body: it stays in the body, it is not the kicker
    box = "<h2 class='eyebrow'>Key takeaways</h2>"
    article = extract(page("en", header="<span>·</span>" * 20, inside=box))
    assert article.kicker is None
    assert "Key takeaways" in (article.body or "")


def test_title_repeated_as_first_line_is_dropped() -> None:
    html = page("en").replace(
        '<div class="article-body">',
        '<div class="article-body"><p>Night buses to reach the northern suburbs</p>',
    )
    article = extract(html, explain=True)
    assert article.body is not None and article.body.split("\n\n") == PROSE["en"]
    assert "header.title_repeat" in {r.rule for r in article.removed or []}


def test_react_streamed_segments_are_not_hidden() -> None:
    # React's streaming renderer parks content in <div hidden id="S:n"> until a script
    # moves it; without a browser it must still count as visible
    html = (
        "<body><h1>T</h1><p>first</p><template id='B:0'></template>"
        "<div hidden id='S:0'><p>second, streamed</p></div><div hidden><p>really hidden</p></div>"
        "</body>"
    )
    tree = LexborHTMLParser(html)
    prune(tree, Harvest(), explain=False)
    assert [p.text() for p in tree.css("p")] == ["first", "second, streamed"]


def test_trafilatura_is_handed_the_body_only() -> None:
    from presscut.extraction.pipeline import _pruned_html

    head = "<head><title>T</title><style>.a{color:red}</style><script>var x = 1;</script></head>"
    tree = LexborHTMLParser(f"<html lang='fr'>{head}<body><p>Bonjour</p></body></html>")
    html = _pruned_html(tree)
    assert "<p>Bonjour</p>" in html
    assert "<style>" not in html and "var x" not in html and "<title>" not in html


def test_an_article_with_a_heavy_head_is_read_from_its_body() -> None:
    styles = "<style>" + ".c{margin:0}" * 5000 + "</style>"
    html = page("it").replace("</head>", f"{styles}</head>")
    article = extract(html)
    assert (article.body or "").split("\n\n")[0] == PROSE["it"][0]


def test_an_author_styled_as_a_kicker_is_no_kicker() -> None:
    header = (
        "<div class='author-wrap'><div class='heading-eyebrow'>By</div>"
        "<div class='heading-eyebrow'>Jane Doe</div></div>"
    )
    html = page("en", header=header).replace(
        "<head>", "<head><meta name='author' content='Jane Doe'>"
    )
    article = extract(html)
    assert article.credit.authors == ["Jane Doe"]
    assert article.kicker is None


@pytest.mark.parametrize("url", ["https://[::1/", "https://news.example:port/a", "http://[v9]/"])
def test_a_url_that_does_not_parse_loses_only_what_comes_from_it(url: str) -> None:
    # the whole page was extract_failed ("Invalid IPv6 URL")
    html = page("en").replace("<head>", "<head><link rel='canonical' href='/news/buses'>")
    article = extract(html, url=url)
    assert article.error is None
    assert article.url == url
    assert article.canonical_url is None  # relative: nothing to resolve it against
    assert article.body is not None and article.body.startswith(PROSE["en"][0])
    with_url = extract(html, url="https://news.example/a")
    assert with_url.canonical_url == "https://news.example/news/buses"
    assert (with_url.title, with_url.body) == (article.title, article.body)


def test_an_excerpt_below_the_byline_and_the_photo_is_the_lead() -> None:
    # thelocal.se: headline, a byline box (avatar, name in bold, a mail link), a date
    # line, then the photo and its caption, then <h2 class="article-single__excerpt">.
    # The inline pieces of those blocks are no distance from the headline.
    header = (
        "<div class='meta'><div class='author'><img src='a.jpg' alt=''>"
        "<div><span><strong><a href='/a'>Agency staff</a></strong> - "
        "<a href='mailto:x@example.org'>x@example.org</a></span></div></div>"
        "<div class='published'><span>Published: 28 Apr, 2020.</span> "
        "<span>Updated: 28 Apr 2020</span></div></div>"
        "<figure><img src='p.jpg' alt=''><figcaption>A man and his new tattoo. "
        "Photo: A. Photographer</figcaption></figure>"
        "<h2 class='article-single__excerpt'>Whatever one thinks of the lockdown rules, "
        "the state epidemiologist has become a household name.</h2>"
    )
    article = extract(page("en", header=header))
    assert article.lead == (
        "Whatever one thinks of the lockdown rules, "
        "the state epidemiologist has become a household name."
    )


def test_an_excerpt_far_below_the_headline_is_no_lead() -> None:
    # A heading's "excerpt" many blocks down (a related-stories strip) is no lead.
    blocks = "".join(f"<div><p>Block {n} of the header.</p></div>" for n in range(8))
    header = blocks + "<h2 class='excerpt'>An excerpt of another story, far below.</h2>"
    assert extract(page("en", header=header)).lead is None
