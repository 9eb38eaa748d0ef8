"""Dates written with 年月日 and Chinese/Japanese labels; time-zone abbreviations that name
one zone give its offset, ambiguous ones give none (and no warning)."""

from __future__ import annotations

import warnings

import pytest

from conftest import published
from presscut.extraction.metadata.date_values import date_in_text, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2025年6月4日", "2025-06-04"),
        ("２０２５年６月４日", "2025-06-04"),
        ("2004年7月16日08:19", "2004-07-16T08:19:00"),
        ("发布时间：2025年06月24日 10:05", "2025-06-24T10:05:00"),
        ("公開日：2025年6月24日", "2025-06-24"),
        ("June 4, 2025 07:47 PM EST", "2025-06-04T19:47:00-05:00"),
        ("June 4, 2025, 7:47 p.m. EDT", "2025-06-04T19:47:00-04:00"),
        ("4 June 2025 10:00 CEST", "2025-06-04T10:00:00+02:00"),
        ("4 June 2025 10:00 CET", "2025-06-04T10:00:00+01:00"),
        ("4 June 2025 10:00 BST", "2025-06-04T10:00:00+01:00"),
        ("2025年6月4日 10:00 JST", "2025-06-04T10:00:00+09:00"),
        ("4. Juni 2025, 10:00 Uhr MESZ", "2025-06-04T10:00:00+02:00"),
        # ambiguous: India, Ireland or Israel; US Central, China or Cuba
        ("June 4, 2025 10:00 IST", "2025-06-04T10:00:00"),
        ("June 4, 2025 10:00 CST", "2025-06-04T10:00:00"),
    ],
)
def test_text_dates(text: str, iso: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil's UnknownTimezoneWarning would fail here
        assert date_in_text(text) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025年6月4日", "2025-06-04"),
        ("Wed, 4 Jun 2025 19:47 EST", "2025-06-04T19:47:00-05:00"),
        ("Wed, 4 Jun 2025 19:47 IST", "2025-06-04T19:47:00"),
        ("Wed, 4 Jun 2025 19:47 CEST", "2025-06-04T19:47:00+02:00"),
        ("Wed, 4 Jun 2025 19:47 XYZ", "2025-06-04T19:47:00"),
    ],
)
def test_markup_values(value: str, iso: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_date(value) == iso


def test_chinese_published_label_on_the_page() -> None:
    body = (
        "<article><h1>标题</h1><p>正文第一段。</p>"
        "<p>发布时间：2025年06月24日 10:05</p><p>正文。</p></article>"
    )
    assert published("", body) == "2025-06-24T10:05:00"


def test_japanese_published_label_on_the_page() -> None:
    body = "<article><h1>見出し</h1><p>公開日：2025年6月24日</p><p>本文。</p></article>"
    assert published("", body) == "2025-06-24"
