"""trafilatura's costliest XPath expressions, in Python inside presscut's call: the same
elements, in the same order, as the expressions themselves."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import lxml.html
import pytest
from lxml import etree
from trafilatura import xpaths as trafilatura_xpaths

from presscut.extraction.body import xpaths
from presscut.extraction.body.content import main_blocks

from ..pages import PROSE


def _tree(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def _selected(name: str, index: int, body: str) -> list[str | None]:
    """The ``data-t`` marks of the elements the Python twin selects, checked against
    trafilatura's own expression on the same tree."""
    replaced = getattr(trafilatura_xpaths, name)[index]
    assert isinstance(replaced, xpaths.Replaced)
    tree = _tree(body)
    with xpaths.python_xpaths():
        ours = [element.get("data-t") for element in replaced(tree)]
    assert ours == [element.get("data-t") for element in replaced.original(tree)]
    return ours


def test_every_expression_of_this_trafilatura_is_replaced() -> None:
    expected = [f"{n}[{i}]" for n, i in xpaths.SKELETONS] + [f"{m}.{n}" for m, n in xpaths.BOUND]
    assert sorted(xpaths.install()) == sorted(expected)


def test_discard_reads_the_attribute_written_first() -> None:
    body = (
        '<div data-t="class-first" class="cookie" id="main">a</div>'
        '<div data-t="id-first" id="main" class="cookie">b</div>'  # "main": no cookie
        '<span data-t="share-id" id="share-box">c</span>'
        '<p data-t="menu" class="main-menu">d</p>'
        '<section data-t="nav-role" role="Navigation">e</section>'
        '<a data-t="a-link" class="sidebar">f</a>'  # not one of the tags
        '<div data-t="plain">g<div data-t="inner" data-lp-replacement-content="1">h</div></div>'
    )
    found = _selected("OVERALL_DISCARD_XPATH", 0, body)
    assert found == ["class-first", "share-id", "menu", "nav-role", "inner"]


def test_hidden_elements_of_any_tag() -> None:
    body = (
        '<a data-t="reply" class="reply-link" id="r1">a</a>'
        '<b data-t="id-first" id="r2" class="reply-link">b</b>'  # starts-with reads "r2"
        '<i data-t="style-hidden" style="visibility: hidden">c</i>'
        '<i data-t="id-hidden-after-style" style="color: red" id="hidden-x">d</i>'
        '<u data-t="display" style="display:none">e</u>'
        '<p data-t="class-hide" class="x hidden">f</p>'
        '<p data-t="aria" aria-hidden="true">g</p>'
        '<p data-t="shown" class="visible" id="x">h</p>'
    )
    found = _selected("OVERALL_DISCARD_XPATH", 1, body)
    assert found == ["reply", "style-hidden", "display", "class-hide", "aria"]


def test_comment_lists_only_by_their_own_names() -> None:
    body = (
        '<div data-t="comments" id="comments">a</div>'
        '<div data-t="commentary" class="commentary">b</div>'
        '<ul data-t="list-of-comments" class="comment-list">c</ul>'
        '<ol data-t="post-comments" class="x post-comments">d</ol>'
        '<ul data-t="disqus-list" id="disqus_thread">e</ul>'  # a div's name only
    )
    found = _selected("REMOVE_COMMENTS_AND_LISTS_XPATH", 0, body)
    assert found == ["comments", "list-of-comments", "post-comments"]


def test_appended_articles_unless_they_hold_the_headline() -> None:
    body = (
        '<div data-t="scroll" class="infinite-scroll"><p>a</p></div>'
        '<div data-t="scroll-h1" class="infinite-scroll"><h1>Title</h1></div>'
        '<aside data-t="mvp" id="mvp-post-add-box"><h1>Other</h1></aside>'
    )
    found = _selected("RAW_TREE_PRUNE_XPATH", 0, body)
    assert found == ["scroll", "mvp"]


def test_article_body_first_match_of_each_parent() -> None:
    body = (
        '<div data-t="outer" class="entry-content">'
        '<div data-t="first-child" class="post-body">a</div>'
        '<div data-t="second-child" class="post-body">b</div></div>'
        '<section data-t="post" class="post">c</section>'
        '<main><article data-t="itemprop" itemprop="articleBody">d</article></main>'
    )
    found = _selected("BODY_XPATH", 0, body)
    assert found == ["outer", "first-child", "itemprop"]


@pytest.mark.parametrize(
    ("index", "body", "expected"),
    [
        (2, '<div data-t="a" class="x"></div><div data-t="b" class="FullText"></div>', ["b"]),
        (2, '<div data-t="a" class="story-content"></div><div data-t="b" id="story"></div>', ["a"]),
        (2, '<div data-t="a" class="x"></div>', []),
        (
            3,
            '<div data-t="a" class="Main-Content"></div><div data-t="b" id="content"></div>',
            ["a"],
        ),
        (3, '<div data-t="a" class="site Page-content"></div>', ["a"]),
        (3, '<div data-t="a" class="contents"></div>', []),
    ],
)
def test_first_body_container(index: int, body: str, expected: list[str]) -> None:
    assert _selected("BODY_XPATH", index, body) == expected


def test_the_xpath_itself_outside_presscut(monkeypatch: pytest.MonkeyPatch) -> None:
    replaced = trafilatura_xpaths.OVERALL_DISCARD_XPATH[0]
    calls: list[object] = []
    monkeypatch.setattr(replaced, "select", lambda tree: calls.append(tree) or [])
    tree = _tree('<div class="sidebar">a</div>')
    assert len(replaced(tree)) == 1 and calls == []  # the XPath
    with xpaths.python_xpaths():
        assert replaced(tree) == [] and calls == [tree]


def test_presscut_extraction_goes_through_the_python_twins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    replaced = trafilatura_xpaths.OVERALL_DISCARD_XPATH[1]
    original = replaced.select
    calls: list[object] = []
    monkeypatch.setattr(replaced, "select", lambda tree: calls.append(tree) or original(tree))
    article = "".join(f"<p>{text}</p>" for text in PROSE["en"])
    blocks = main_blocks(f"<html><body><article>{article}</article></body></html>", None)
    assert blocks and calls


def test_an_expression_that_reads_otherwise_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    namespaces = {"re": trafilatura_xpaths.REGEXP_NS}
    changed = etree.XPath(".//*[self::div][re:test(@class, 'sidebar')]", namespaces=namespaces)
    empty_match = etree.XPath(
        trafilatura_xpaths.RAW_TREE_PRUNE_XPATH[0].path.replace("infinite-?scroll", "x?"),
        namespaces=namespaces,
    )
    fake = SimpleNamespace(
        OVERALL_DISCARD_XPATH=[changed], RAW_TREE_PRUNE_XPATH=[empty_match], BODY_XPATH=[]
    )
    monkeypatch.setattr(xpaths, "_trafilatura_xpaths", fake)
    monkeypatch.setattr(xpaths, "BOUND", {})
    assert xpaths.install() == []
    assert [changed] == fake.OVERALL_DISCARD_XPATH
    assert [empty_match] == fake.RAW_TREE_PRUNE_XPATH


def test_teasers_captions_and_share_buttons() -> None:
    body = (
        '<div data-t="teaser" class="Teaser-box">a</div>'
        '<span data-t="id-teaser" id="TEASER">b</span>'  # translate turns T only
        '<a data-t="link-teaser" class="teaser">c</a>'
        '<p data-t="caption" class="wp-caption-text">d</p>'
        '<p data-t="Caption" class="Caption">e</p>'
        '<aside data-t="share" class="elementor-share-buttons--x">f</aside>'
    )
    assert _selected("TEASER_DISCARD_XPATH", 0, body) == ["teaser"]
    assert _selected("DISCARD_IMAGE_ELEMENTS", 0, body) == ["caption"]
    assert _selected("RAW_TREE_PRUNE_XPATH", 1, body) == ["share"]


def test_baseline_cleaning_each_element_once_in_document_order() -> None:
    replaced = sys.modules["trafilatura.baseline"].BASIC_CLEAN_XPATH
    assert isinstance(replaced, xpaths.Replaced)
    tree = _tree(
        '<div data-t="footer" class="site-footer"><aside data-t="aside">a</aside></div>'
        '<div data-t="id-first" id="main" class="footer">b</div>'  # contains(@class|@id): "main"
        '<p data-t="cookie" class="Cookie-Banner">c</p>'
        '<section data-t="onetrust" id="onetrust-x"><script data-t="script"></script></section>'
        '<p data-t="text">d</p>'
    )
    with xpaths.python_xpaths():
        ours = [element.get("data-t") for element in replaced(tree)]
    assert ours == [element.get("data-t") for element in replaced.original(tree)]
    assert ours == ["footer", "aside", "cookie", "onetrust", "script"]
