"""Credit rules for Chinese, Japanese, Dutch, Polish and Russian pages: source lines
("来源：新华网", "出典：", "Bron:", "Źródło:", "Источник:"), photo credits ("图片来源", "写真：",
"X/摄", "Fot.", "Фото:") and byline lines that leave the body."""

from __future__ import annotations

import pytest

from presscut.extraction.body.clean import clean_blocks
from presscut.extraction.body.content import Block
from presscut.extraction.credit.lines import image_credit_line, source_line

from ..pages import PROSE


@pytest.mark.parametrize(
    ("line", "rule", "source"),
    [
        ("来源：新华网", "credit.source.labelled.cjk", "新华网"),
        ("来源：新闻晨报     编辑：山石", "credit.source.labelled.cjk", "新闻晨报"),
        ("来源：[ 新浪 ]", "credit.source.labelled.cjk", "新浪"),
        ("出典：共同通信", "credit.source.labelled.cjk", "共同通信"),
        ("Bron: ANP", "credit.source.labelled", "ANP"),
        ("Źródło: PAP", "credit.source.labelled", "PAP"),
        ("Источник: ТАСС", "credit.source.labelled", "ТАСС"),
    ],
)
def test_source_lines(line: str, rule: str, source: str) -> None:
    assert source_line(line) == (rule, source)


def test_source_label_inside_prose_is_no_source_line() -> None:
    assert (
        source_line("来源：据当地媒体报道，该工程将于明年春天完工并投入使用，惠及沿线数十万居民。")
        is None
    )


@pytest.mark.parametrize(
    ("line", "rule", "credit"),
    [
        ("图片来源：视觉中国", "credit.image.labelled.cjk", "视觉中国"),
        ("写真：共同通信", "credit.image.labelled.cjk", "共同通信"),
        ("蔡雪婧/摄", "credit.image.photographer.zh", "蔡雪婧"),
        ("（记者 张三 摄）", "credit.image.photographer.zh", "张三"),
        ("Fot. Jan Kowalski", "credit.image.labelled.pl", "Jan Kowalski"),
        ("Фото: Иван Петров", "credit.image.labelled", "Иван Петров"),
        ("Beeld: ANP", "credit.image.labelled", "ANP"),
    ],
)
def test_image_credit_lines(line: str, rule: str, credit: str) -> None:
    assert image_credit_line(line) == (rule, credit)


@pytest.mark.parametrize(
    "line",
    [
        "光明日报记者 王建宏 张文攀",
        "□ 本报记者 葛灵丹",
        "Autor: Jan Kowalski",
        "Автор: Иван Петров",
    ],
)
def test_byline_lines_leave_the_body(line: str) -> None:
    blocks = [Block("paragraph", line), *(Block("paragraph", p) for p in PROSE["en"])]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE["en"]
    assert cleaned.bylines == [line]


def test_prose_starting_with_reporter_stays() -> None:
    prose = "记者近日从西藏自治区获悉，拉萨至林芝的公路改造工程已经完工。"
    blocks = [Block("paragraph", prose), *(Block("paragraph", p) for p in PROSE["en"])]
    assert clean_blocks(blocks, header={}).blocks[0].text == prose
