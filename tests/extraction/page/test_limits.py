"""Pages too big or too deep for trafilatura are bounded: a cheaper path, or too_large."""

from __future__ import annotations

from limited_run import run_bounded
from presscut import extract
from presscut.extraction.page.limits import MAX_TAGS, nesting_work

from ..pages import PROSE, page


def test_nesting_work_sums_the_depth_of_each_element() -> None:
    assert nesting_work("") == 0
    # html 1, body 2, div 3, p 4 and 4, br is void
    assert nesting_work("<html><body><div><p>a<br></p><p>b</p></div></body></html>") == 14


def test_a_page_of_a_million_paragraphs_is_too_large_at_once() -> None:
    # 8 MB: over 60 s and 1.7 GB in trafilatura before; the limit is read before parsing
    article = extract("<html><body>" + "<p>a</p>" * 1_000_000 + "</body></html>")
    assert article.error is not None
    assert article.error.type == "too_large"
    assert f"up to {MAX_TAGS:,}" in article.error.message
    assert article.body is None


def test_an_ordinary_page_is_far_from_the_limits() -> None:
    assert extract(page("en")).error is None


def test_cells_after_nested_layout_tables_take_seconds_not_gigabytes() -> None:
    # 140 nested layout tables, then many cells: 84 KB took 18.6 s, 204 KB 3.7 GB;
    # under 1 GB of address space and 60 s of CPU, both end, with a record
    code = (
        "import json, presscut\n"
        "out = []\n"
        "for cells in (12_000, 40_000):\n"
        "    html = '<table><tr><td><h2>h</h2>' * 140 + '<td>c' * cells\n"
        "    a = presscut.extract(html)\n"
        "    out.append([a.error and a.error.type, a.body])\n"
        "print(json.dumps(out))\n"
    )
    (error_small, body_small), (error_large, _) = run_bounded(code, cpu_seconds=60, memory=1 << 30)
    assert error_small is None and body_small.count("c") > 1000  # trafilatura without fallbacks
    assert error_large in (None, "too_large")  # a record, within the bounds


def test_an_article_in_a_layout_table_still_comes_out_whole() -> None:
    prose = "".join(f"<p>{p}</p>" for p in PROSE["en"])
    html = f"<table><tr><td><h1>Night buses</h1>{prose}</td><td>menu</td></tr></table>"
    article = extract(html)
    assert article.body is not None
    assert article.body.split("\n\n")[: len(PROSE["en"])] == PROSE["en"]
