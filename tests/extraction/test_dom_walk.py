"""dom.outermost: the labelled elements under a node, outermost first, in page order."""

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.dom import outermost

PAGE = """<body>
<div id="before"><aside id="a1"><nav id="inner">x</nav></aside></div>
<main id="root">
  <p>text</p>
  <section><div><aside id="a2">one</aside></div>tail<aside id="a3">two</aside></section>
  <aside id="a4"><aside id="a5">nested</aside></aside>
  <div><div><div></div></div></div>
</main>
<aside id="after">outside the root</aside>
</body>"""


def _asides(node):
    return node.tag if node.tag in ("aside", "nav") else None


def test_labels_in_page_order_without_looking_inside_a_labelled_element():
    root = LexborHTMLParser(PAGE).css_first("#root")
    found = [(node.attributes["id"], label) for node, label in outermost(root, _asides)]
    assert found == [("a2", "aside"), ("a3", "aside"), ("a4", "aside")]


def test_whole_body_and_an_empty_root():
    tree = LexborHTMLParser(PAGE)
    ids = [node.attributes["id"] for node, _ in outermost(tree.body, _asides)]
    assert ids == ["a1", "a2", "a3", "a4", "after"]
    assert list(outermost(tree.css_first("#a5"), _asides)) == []
