"""The quality bench's tf-dev and zh-dev scoring, halves and languages (no corpus needed)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.append(str(BENCH))  # the bench modules import each other by name
corpora = importlib.import_module("quality_corpora")
tf = importlib.import_module("quality_tf")
zh = importlib.import_module("quality_zh")
groups = importlib.import_module("quality_groups")
quality = importlib.import_module("quality")
run = importlib.import_module("quality_run")


# --- halves and languages -----------------------------------------------------------------


def test_half_is_the_parity_of_the_first_byte_of_sha1() -> None:
    # sha1("abc") = a9993e36...: 0xa9 is odd; sha1("") = da39a3ee...: 0xda is even
    assert corpora.half_of("abc") == "B"
    assert corpora.half_of("") == "A"


def test_meta_check_uses_the_same_halves() -> None:
    meta = importlib.import_module("meta_corpora")
    for name in ("abc", "", "0001.html.gz", "x.html.gz"):
        page = meta.MetaPage("tf", name, None, b"", None, None)
        assert page.half == corpora.half_of(name)


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        (b'<html lang="de-AT"><body><p>Hallo</p></body></html>', "de"),
        (b'<html lang="pt_BR"><body><p>Ola</p></body></html>', "pt"),
        (b'<html><head><meta http-equiv="Content-Language" content="fr"></head></html>', "fr"),
        # not a language tag: read the text instead (too little text here: no language)
        (b'<html lang="utf-8"><body><p>Hi</p></body></html>', None),
    ],
)
def test_page_language_from_the_markup(html: bytes, lang: str | None) -> None:
    assert corpora.page_language(html) == lang


def test_page_language_of_chinese_text_in_gb2312_without_markup() -> None:
    text = "新华社北京电 国务院总理今天在人民大会堂会见了来访的代表团，双方交换了意见。" * 2
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312">'
        f"</head><body><script>var a = 1;</script><p>{text}</p></body></html>"
    ).encode("gb2312")
    assert corpora.page_language(html) == "zh"


def test_page_language_of_japanese_text_is_ja_though_it_has_kanji() -> None:
    text = "東京都は今日、新しい計画を発表しました。市民の生活を守るための取り組みです。" * 2
    html = f"<html><body><p>{text}</p></body></html>".encode()
    assert corpora.page_language(html) == "ja"


def test_language_groups_put_rare_languages_under_other() -> None:
    records = [{"lang": "de"}] * 5 + [{"lang": "fi"}] * 2 + [{"lang": None}]
    found = groups.language_groups(records)
    assert {k: len(v) for k, v in found.items()} == {"de": 5, "other": 2, "unknown": 1}


# --- tf-dev: trafilatura's evaluation -----------------------------------------------------


def test_snippet_counts_normalise_white_space_and_keep_case() -> None:
    text = "Der  Artikel\nbeginnt hier.\n\nTeilen Sie"
    counts = tf.snippet_counts(
        text, ["Der Artikel beginnt", "der artikel"], ["Teilen Sie", "Kommentare"]
    )
    assert (counts["tp"], counts["fn"], counts["fp"], counts["tn"]) == (1, 1, 1, 1)
    assert counts["with_missing"] == ["der artikel"]
    assert counts["leaked"] == ["Teilen Sie"]


def test_snippet_counts_of_no_text_find_nothing() -> None:
    counts = tf.snippet_counts(None, ["a", "b"], ["c"])
    assert (counts["tp"], counts["fn"], counts["fp"], counts["tn"]) == (0, 2, 0, 1)


def _tf_entry(tp: int, fn: int, fp: int, tn: int, **extra: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "tn": tn,
        "empty": False,
        "ms": 10.0,
        "title_exact": None,
        "author_ok": None,
        "author_wrong": None,
        "date_ok": None,
        "crash": None,
        "error": None,
    }
    return {**entry, **extra}


def test_summarize_tf_sums_the_counts_before_dividing() -> None:
    entries = [("a", _tf_entry(3, 0, 1, 2)), ("b", _tf_entry(1, 2, 0, 3, empty=True))]
    summary = tf.summarize_tf(entries)
    # tp 4, fn 2, fp 1, tn 5: precision 4/5, recall 4/6, accuracy 9/12
    assert summary["precision"] == pytest.approx(0.8)
    assert summary["recall"] == pytest.approx(2 / 3)
    assert summary["f1"] == pytest.approx(2 * 0.8 * (2 / 3) / (0.8 + 2 / 3))
    assert summary["accuracy"] == pytest.approx(0.75)
    assert summary["empty"] == ["b"]


def test_tf_author_wrong_counts_names_where_the_truth_has_none() -> None:
    page = run.Page("p", "https://x.de/a", b"", {"with": [], "without": [], "author": ""})
    named = tf.score_tf(page, run.Output(text="x", authors=["Hamburg"]))
    nobody = tf.score_tf(page, run.Output(text="x", authors=[]))
    assert (named["author_wrong"], nobody["author_wrong"]) == (True, False)


def test_tf_title_counted_finds_the_headline_snippet_the_body_lacks() -> None:
    truth = {"with": ["Storm hits the coast", "Roofs were torn off."], "without": ["Subscribe"]}
    page = run.Page("p", None, b"", truth)
    out = run.Output(text="Roofs were torn off.", title="Storm hits the coast")
    entry = tf.score_tf(page, out)
    assert (entry["tp"], entry["fn"]) == (1, 1)
    assert (entry["tp_titled"], entry["fn_titled"], entry["fp_titled"]) == (2, 0, 0)
    summary = tf.summarize_tf([("p", entry)])
    assert (summary["recall"], summary["recall_titled"]) == (0.5, 1.0)


def test_tf_author_list_is_one_credit() -> None:
    truth = {"with": [], "without": [], "author": ["Ann Lee, PhD", "Bo Kim"]}
    page = run.Page("p", None, b"", truth)
    entry = tf.score_tf(page, run.Output(text="x", authors=["Ann Lee", "Bo Kim"]))
    assert entry["author_ok"] is True


# --- zh-dev: characters -------------------------------------------------------------------


def test_char_prf_counts_letters_and_digits_only() -> None:
    # truth letters 新华社北京电2 (7), system 新华社北京 (5): all 5 right
    prf = zh.char_prf("新华社 北京！", "新华社，北京电2。")
    assert prf.precision == pytest.approx(1.0)
    assert prf.recall == pytest.approx(5 / 7)
    assert zh.char_prf(None, "新华社") == zh.PRF(0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2005-5-7 21:23:57", "2005-05-07"),
        ("2022-02-13 07:48", "2022-02-13"),
        ("1998-3", "1998-03"),
        ("2018", "2018"),
        ("刘涛", None),
        (None, None),
    ],
)
def test_truth_date_pads_what_the_truth_gives(value: str | None, date: str | None) -> None:
    assert zh.truth_date(value) == date


def test_zh_authors_are_separated_by_spaces_or_enumeration_commas() -> None:
    def verdict(truth: str, system: list[str]) -> str | None:
        return zh.author_fields(zh.truth_names(truth), system)["author_verdict"]

    assert verdict("王建宏 张文攀", ["王建宏", "张文攀"]) == "right"
    assert verdict("王建宏 张文攀", ["王建宏 张文攀"]) == "wrong"
    assert verdict("赵延东、风笑天", ["风笑天", "赵延东"]) == "right"
    assert verdict("赵延东、风笑天", ["赵延东"]) == "partial"


def test_score_zh_counts_an_empty_body_and_a_wrong_author() -> None:
    truth = {"main_content": "正文内容", "author": None, "date": "2005-5-7"}
    page = run.Page("p", None, b"", truth)
    entry = zh.score_zh(page, run.Output(text=None, authors=["新华网"], date="2005-05-07T10:00"))
    assert (entry["empty"], entry["f1"], entry["author_wrong"], entry["date_ok"]) == (
        True,
        0.0,
        True,
        True,
    )
    summary = zh.summarize_zh([("p", entry)])
    assert summary["empty"] == ["p"]


# --- the report ---------------------------------------------------------------------------


def test_corpus_table_shows_each_figure_for_the_corpus_and_each_half() -> None:
    def record(page: str, half: str, entry: dict[str, object]) -> dict[str, object]:
        return {"id": page, "half": half, "lang": "de", "systems": {"presscut": entry}}

    records = [
        record("a", "A", _tf_entry(2, 0, 0, 1)),
        record("b", "B", _tf_entry(0, 2, 0, 1)),
    ]
    shown = groups.corpus_table("tf", records, ["presscut"])
    assert "| `with` found (TP)" in shown
    assert "2 (2 / 0)" in shown  # TP: 2 over the corpus, 2 in half A, 0 in B
    assert "0.500 (1.000 / 0.000)" in shown  # recall


def test_write_readme_adds_a_second_block_beside_the_first(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# B\n\n## Quality\n\n{quality.BEGIN}\nold\n{quality.END}\n\n## Next\n")
    quality.write_readme(readme, "corpora", quality.GROUPS_BEGIN, quality.GROUPS_END)
    quality.write_readme(readme, "corpora 2", quality.GROUPS_BEGIN, quality.GROUPS_END)
    text = readme.read_text()
    assert text.count(quality.GROUPS_BEGIN) == 1
    assert "old" in text and "corpora 2" in text and "\ncorpora\n" not in text
    assert text.index("corpora 2") < text.index("## Next")
