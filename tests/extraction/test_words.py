"""Word counts that know the script (the no_article threshold and length rules use them)."""

from __future__ import annotations

from presscut import extract
from presscut.extraction.words import count_words


def test_spaced_scripts_count_by_spaces() -> None:
    assert count_words("The quick brown fox") == 4
    assert count_words("Le président a déclaré mardi") == 5
    assert count_words("Президент заявил во вторник") == 4
    assert count_words("대통령이 화요일에 말했다") == 3  # Korean is written with spaces
    assert count_words("") == 0
    assert count_words(None) == 0


def test_unspaced_scripts_count_each_character() -> None:
    assert count_words("新华社北京电") == 6
    assert count_words("東京都は月曜日に発表した") == 12
    assert count_words("ภาษาไทย") == 7


def test_mixed_text_counts_both() -> None:
    # 4 ideographs, "2024" and "APEC" as two spaced words, then 2 ideographs
    assert count_words("新华社电 2024 APEC 会议") == 8


def test_a_chinese_article_is_not_empty() -> None:
    paragraph = (
        "国家统计局今天发布数据显示，前三季度国内生产总值同比增长百分之五，经济运行总体平稳。"
    )
    html = (
        "<html lang='zh-CN'><head><title>前三季度经济运行总体平稳</title></head><body>"
        "<article><h1>前三季度经济运行总体平稳</h1>"
        + "".join(f"<p>{paragraph}</p>" for _ in range(3))
        + "</article></body></html>"
    )
    article = extract(html, url="https://example.cn/news/1.html")
    assert article.error is None
    assert article.body is not None and "国内生产总值" in article.body
