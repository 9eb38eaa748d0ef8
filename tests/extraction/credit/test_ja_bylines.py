"""Japanese credits: a family name and a given name set apart by a space are one person
("山田 太郎"), a paper's desk and "記者" before the name, a reporter's name in brackets
closing the article ("…と話した。（佐藤花子）"), a photo credit in brackets at a caption's
end ("（写真：共同）")."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut import extract
from presscut.extraction.credit.byline import japanese_names, parse_byline
from presscut.extraction.credit.lines import caption_credit, closing_byline
from presscut.extraction.metadata.read import read_metadata

PROSE = (
    "<p>県は10日、地震で被害を受けた漁港の復旧計画を発表した。岸壁のかさ上げやしゅんせつを"
    "進め、2030年度までに震災前と同じ水揚げができる状態を目指す。</p>"
)


def _page(byline: str, lang: str = "ja", last: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><title>漁港復旧計画</title></head><body><article>'
        f"<h1>漁港復旧計画</h1><p class='byline'>{byline}</p>{PROSE * 3}{last}"
        "</article></body></html>"
    )


def test_desk_and_label_before_the_name_are_dropped() -> None:
    assert parse_byline("社会部 記者 山田 太郎").authors == ["山田", "太郎"]
    assert parse_byline("光明日报记者 王建宏 张文攀").authors == ["王建宏", "张文攀"]
    assert parse_byline("投稿者：").authors == []


def test_japanese_names_join_family_and_given_name() -> None:
    assert japanese_names(["山田", "太郎"]) == ["山田 太郎"]
    assert japanese_names(["山田", "太郎", "佐藤", "花子"]) == ["山田 太郎", "佐藤 花子"]
    assert japanese_names(["山田太郎", "佐藤花子"]) == ["山田太郎", "佐藤花子"]  # whole names
    assert japanese_names(["Jane Doe", "山田"]) == ["Jane Doe", "山田"]


@pytest.mark.parametrize(
    ("lang", "authors"),
    [
        ("ja", ["山田 太郎"]),  # Japanese: one person, family name first
        ("zh", ["山田", "太郎"]),  # Chinese: a space sets two people apart
    ],
)
def test_a_spaced_name_is_one_person_on_a_japanese_page(lang: str, authors: list[str]) -> None:
    page = _page("社会部 記者 山田 太郎", lang)
    assert read_metadata(LexborHTMLParser(page), None).authors == authors


def test_closing_byline_in_brackets() -> None:
    text = "組合の担当者は「もっと多くの人に知ってほしい」と笑顔を見せた。（佐藤花子）"
    kept = "組合の担当者は「もっと多くの人に知ってほしい」と笑顔を見せた。"
    assert closing_byline(text) == (kept, "佐藤花子", False)
    assert closing_byline("…と述べた。（社会部・山田太郎）") == ("…と述べた。", "山田太郎", False)
    assert closing_byline("…と発表した。（共同）") == ("…と発表した。", "共同", True)
    assert closing_byline("…と発表した。（完）") is None
    assert closing_byline("男性（62）は「海に戻りたい」と話した。") is None  # an age
    assert closing_byline("市役所（本庁舎）") is None  # no sentence before it


def test_closing_byline_is_the_author_and_leaves_the_body() -> None:
    last = "<p>担当者は「また来てほしい」と笑顔を見せた。（佐藤花子）</p>"
    article = extract(_page("", last=last))
    assert article.credit.authors == ["佐藤花子"]
    assert (article.body or "").endswith("担当者は「また来てほしい」と笑顔を見せた。")


def test_photo_credit_in_brackets_at_a_caption_end() -> None:
    caption = "地震で海底が隆起した漁港＝2月9日、石川県輪島市（写真：共同）"
    assert caption_credit(caption) == "共同"
    assert caption_credit("炭火で焼いたカキ（写真提供：浜松市）") == "浜松市"
    assert caption_credit("炭火で焼いたカキを味わう家族連れ") is None
