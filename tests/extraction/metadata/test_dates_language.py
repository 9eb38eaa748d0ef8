"""Dates as ISO 8601 and languages as BCP 47."""

from __future__ import annotations

import sys

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.metadata.date_values import date_from_url, date_in_text, parse_date
from presscut.extraction.metadata.dates import (
    dated_elements,
    labelled_date,
    text_date,
    time_elements,
)
from presscut.extraction.metadata.language import detect_language, normalise_language


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-09-04T10:00:00+02:00", "2025-09-04T10:00:00+02:00"),
        ("2025-09-04T10:00:00Z", "2025-09-04T10:00:00+00:00"),
        ("2025-09-04T10:00:00.000+0200", "2025-09-04T10:00:00+02:00"),
        ("2025-09-04 10:00", "2025-09-04T10:00:00"),
        ("2025-09-04", "2025-09-04"),
        ("20250904", "2025-09-04"),
        ("Thu, 04 Sep 2025 08:00:00 GMT", "2025-09-04T08:00:00+00:00"),
        ("September 4, 2025", "2025-09-04"),
        ("4 septembre 2025", "2025-09-04"),
        ("1er mai 2025", "2025-05-01"),
        ("4. März 2025", "2025-03-04"),
        ("4 de septiembre de 2025", "2025-09-04"),
        ("4 settembre 2025", "2025-09-04"),
        ("4 de setembro de 2025", "2025-09-04"),
        ("04.09.2025", "2025-09-04"),
        ("2025.09.04", "2025-09-04"),
        ("2025/9/4", "2025-09-04"),
        ("2025.13.04", None),
        ("0000-00-00", None),
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


def test_date_in_visible_text() -> None:
    assert date_in_text("Mis à jour le 12 janvier 2025 à 10h") == "2025-01-12"
    assert date_in_text("Updated on July 9, 2025 · 5 min read") == "2025-07-09"
    assert date_in_text("Five tips for your garden") is None


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://example.com/2025/09/04/story/", "2025-09-04"),
        ("https://example.com/news/2025-09-04-story", "2025-09-04"),
        ("https://example.com/20250904/story", "2025-09-04"),
        ("https://example.com/2025/13/40/story", None),
        ("https://example.com/story-2025", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, iso: str | None) -> None:
    assert date_from_url(url) == iso


def test_time_in_article_header_is_preferred() -> None:
    tree = LexborHTMLParser(
        '<body><aside><time datetime="2020-01-01">old</time></aside>'
        '<article><header><time datetime="2025-09-04T10:00:00+02:00">4 sept.</time></header>'
        "</article></body>"
    )
    assert time_elements(tree) == "2025-09-04T10:00:00+02:00"


def test_dates_written_in_the_page() -> None:
    tree = LexborHTMLParser(
        '<body><h1>Titre</h1><p class="post-date">Publié le 3 mars 2024</p><p>Texte.</p></body>'
    )
    assert dated_elements(tree.body) == "2024-03-03"
    tree = LexborHTMLParser("<body><h1>Titel</h1><p>Von Eva, 4. März 2025</p></body>")
    assert text_date(tree.body) == "2025-03-04"


@pytest.mark.parametrize(
    ("code", "tag"),
    [
        ("fr", "fr"),
        ("en_US", "en-US"),
        ("EN-gb", "en-GB"),
        ("pt-br", "pt-BR"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("de-DE,de;q=0.9", "de-DE"),
        ("en_US.UTF-8", "en-US"),
        ("es-419", "es-419"),
        ("x-default", None),
        ("", None),
        ("english", None),
        (None, None),
    ],
)
def test_normalise_language(code: str | None, tag: str | None) -> None:
    assert normalise_language(code) == tag


def test_markup_language_wins_over_text() -> None:
    assert detect_language("it", "The quick brown fox jumps over the lazy dog again.") == "it"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine.", "fr"),
        ("Die Bundesregierung hat am Mittwoch ihren Haushaltsentwurf für das nächste Jahr "
         "vorgestellt.", "de"),
        ("El Gobierno presentó el miércoles su proyecto de presupuestos para el año que viene.",
         "es"),
        ("Il governo ha presentato mercoledì il suo progetto di bilancio per il prossimo anno.",
         "it"),
        ("O governo apresentou na quarta-feira o seu projeto de orçamento para o próximo ano.",
         "pt"),
    ],
)  # fmt: skip
def test_language_detected_from_text(text: str, lang: str) -> None:
    assert detect_language(None, text) == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("新华社北京12月5日电 国务院今天召开常务会议，研究部署进一步做好冬季能源保供工作。", "zh"),
        ("東京都は5日、都内で新たに確認された感染者の数を発表しました。知事が対策を説明しました。",
         "ja"),
        ("서울시는 5일 새로운 교통 정책을 발표했습니다. 시민 의견을 듣고 결정했다고 밝혔습니다.",
         "ko"),
    ],
)  # fmt: skip
def test_language_read_from_the_script(
    text: str, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chinese, Japanese and Korean are named by their script, without the model."""
    monkeypatch.setitem(sys.modules, "py3langid", None)  # importing it would fail
    assert detect_language(None, text * 2) == lang


def test_a_chinese_page_quoting_katakana_is_left_to_the_model() -> None:
    """A few katakana in a Chinese article (a brand name) do not make it Japanese."""
    text = "工商部门认定该化妆品广告属于虚假宣传，商家称其含有ピテラ成分，办案人员表示将依法处理。"
    assert detect_language(None, text * 2) == "zh"


def test_too_little_text_gives_no_language() -> None:
    assert detect_language(None, "OK") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Publié le 05/02/2026 à 17h32", "2026-02-05T17:32:00"),
        ("Published July 9, 2025 at 5:32 pm", "2025-07-09T17:32:00"),
        ("Veröffentlicht am 4. März 2025, 09:15 Uhr", "2025-03-04T09:15:00"),
        ("Publicado el 4 de septiembre de 2025", "2025-09-04"),
        ("July 9, 2025 · 5 min read", "2025-07-09"),
        ("2022-11-23T08:10+02:00 ", "2022-11-23T08:10:00+02:00"),
    ],
)
def test_visible_date_with_its_time(text: str, iso: str) -> None:
    assert date_in_text(text) == iso


def test_the_published_label_beats_the_date_of_the_day() -> None:
    tree = LexborHTMLParser(
        '<body><span class="date_jour">Jeudi 6 février 2026</span><h1>Titre</h1>'
        "<div>Par Sophie Garnier - Publié le <b>05/02/2026 à 17h32</b> - "
        "Mis à jour le 05/02/2026 à 19h05</div></body>"
    )
    assert labelled_date(tree.body) == "2026-02-05T17:32:00"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("By Ann on 04-ago-2021 5:11:10", "2021-08-04"),
        ("Publié le 4 déc. 2024", "2024-12-04"),
        ("Aktualisiert am 3. Okt. 2025", "2025-10-03"),
        ("Publicado el 5 dic. 2024", "2024-12-05"),
        ("Pubblicato il 12 set 2023", "2023-09-12"),
        ("Publicado em 7 out 2022", "2022-10-07"),
        ("04-Aug-2021", "2021-08-04"),
        ("Essay - Published: 2025.12.17 | AI", "2025-12-17"),
    ],
)
def test_short_month_names(text: str, iso: str) -> None:
    assert date_in_text(text) == iso


def test_short_month_names_that_are_words_need_a_day() -> None:
    assert date_in_text("Three years ago 2021 was different") is None
    assert parse_date("Check out 2024 deals") != "2024-10-01"
