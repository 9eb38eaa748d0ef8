"""Chinese and Japanese bylines: "记者 张三", "作者：", "文／", "責任編集", the paper before the
label, a byline in brackets inside a sentence, a label with the name in the next element."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.byline import normalise_author, parse_byline
from presscut.extraction.credit.cjk_bylines import cjk_byline
from presscut.extraction.metadata.read import read_metadata


@pytest.mark.parametrize(
    ("html", "authors"),
    [
        ("<p>记者 张三</p>", ["张三"]),
        ("<p>光明日报记者 王建宏 张文攀</p>", ["王建宏", "张文攀"]),
        ("<p>□ 本报记者 葛灵丹</p>", ["葛灵丹"]),
        ("<p>河南商报记者马俊峰/文</p>", ["马俊峰"]),
        ("<p>作者：郭励弘</p>", ["郭励弘"]),
        ("<p>文／李四</p>", ["李四"]),
        ("<p>时间：2004年10月21日14:18 作者：郭励弘</p>", ["郭励弘"]),
        ("<p>据新华社拉萨电（记者 格桑边觉）近日从西藏自治区获悉。</p>", ["格桑边觉"]),
        ("<span>作者：</span><a href='/u/1'>芊草凡凡</a>", ["芊草凡凡"]),
        ("<p>責任編集：山田太郎</p>", ["山田太郎"]),
        ("<p>赵延东、风笑天</p>", []),  # no label: not read as a byline
        ("<p>记者近日从西藏自治区获悉，工程已经完工。</p>", []),  # prose
        ("<p><a href='/blog'>记者博客</a></p>", []),  # a menu link
        ("<p><strong>该作者文章</strong></p>", []),  # "this author's articles"
    ],
)
def test_cjk_byline(html: str, authors: list[str]) -> None:
    assert cjk_byline(LexborHTMLParser(html).body).authors == authors


def test_lead_ins_without_a_space() -> None:
    assert parse_byline("作者：宋怡 杨志华").authors == ["宋怡", "杨志华"]
    assert parse_byline("记者张三").authors == ["张三"]


def test_cjk_name_rules() -> None:
    assert normalise_author("赵 培") == "赵培"  # a two-character name spaced out
    assert normalise_author("郭荣梅指挥乐团练习") is None  # a caption
    assert normalise_author("吉林省人民政府") == "吉林省人民政府"  # an organisation


def test_page_byline_under_the_headline() -> None:
    byline = "<p>新华网黑龙江频道  记者  伊琳  李清芬</p>"
    body = f"<article><h1>标题</h1>{byline}<p>正文。</p></article>"
    page = f"<html><head><title>标题</title></head><body>{body}</body></html>"
    assert read_metadata(LexborHTMLParser(page), None).authors == ["伊琳", "李清芬"]


def test_cjk_organisation_is_only_a_fallback() -> None:
    head = '<meta name="author" content="汉斯出版社">'
    body = "<article><h1>标题</h1><p>作者：赵培</p><p>正文。</p></article>"
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    assert read_metadata(LexborHTMLParser(page), None).authors == ["赵培"]
