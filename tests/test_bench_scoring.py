"""The quality bench's scoring, on tiny hand-made inputs (no corpus needed)."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.append(str(BENCH))  # the bench modules import each other by name
sc = importlib.import_module("quality_scoring")
pages = importlib.import_module("quality_pages")
run = importlib.import_module("quality_run")
summary = importlib.import_module("quality_summary")
quality = importlib.import_module("quality")
compare = importlib.import_module("quality_compare")


# --- body ---------------------------------------------------------------------------------


def test_words_are_lowercase_unicode_word_runs() -> None:
    assert sc.words("Don't STOP — Café No.1") == ["don", "t", "stop", "café", "no", "1"]
    assert sc.words(None) == []


def test_word_prf_counts_repeated_words_once_per_occurrence() -> None:
    # system a b b c, truth a b c d: overlap a, b, c = 3 words of 4 on each side
    prf = sc.word_prf("a b b c", "a b c d")
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.75)
    assert prf.f1 == pytest.approx(0.75)


def test_word_prf_uneven_sides() -> None:
    # 2 of the system's 4 words are right; they are 2 of the truth's 2 words
    prf = sc.word_prf("Hello world cookie banner", "hello, World!")
    assert (prf.precision, prf.recall) == (0.5, 1.0)
    assert prf.f1 == pytest.approx(2 / 3)


def test_word_prf_of_nothing_is_zero() -> None:
    assert sc.word_prf(None, "some text") == sc.PRF(0.0, 0.0, 0.0)
    assert sc.word_prf("", "some text") == sc.PRF(0.0, 0.0, 0.0)
    assert sc.word_prf("other words", "some text") == sc.PRF(0.0, 0.0, 0.0)


def test_snippets_ignore_case_space_and_typography() -> None:
    text = "It’s time.\nSign   UP  now — or later"
    assert sc.snippets_in(text, ["it's time", "sign up now - or", "absent"]) == [
        "it's time",
        "sign up now - or",
    ]


def test_snippets_do_not_match_inside_a_word() -> None:
    assert sc.snippets_in("Advice for homeowners", ["Home"]) == []
    assert sc.snippets_in("Back to Home page", ["Home"]) == ["Home"]
    assert sc.snippets_in(None, ["Home"]) == []


def test_long_snippets_may_end_mid_word() -> None:
    text = "Smart thermostats do much more than adjust your home's temperature. They learn."
    cut = "Smart thermostats do much more than adjust your home's temperature. They le"
    assert sc.snippets_in(text, [cut]) == [cut]
    assert sc.snippets_in(text, ["They le"]) == []  # a short one must be whole words


def test_snippets_ignore_list_markers_and_markup_spacing() -> None:
    text = "Symptoms:\n• Body aches - rest\n2. Fever\nIn our guide to cameras, we ( really ) start."
    assert sc.snippets_in(text, ["- Body aches - rest", "Fever"]) == [
        "- Body aches - rest",
        "Fever",
    ]
    assert sc.snippets_in(text, ["guide to cameras , we (really) start"]) == [
        "guide to cameras , we (really) start"
    ]


def test_garbled_spots_utf8_read_as_cp1252() -> None:
    assert sc.garbled("search rankingsâ€”itâ€™s now")
    assert sc.garbled("cafÃ© au lait")
    assert not sc.garbled("café — it’s fine")
    assert not sc.garbled(None)


def test_garbled_spots_utf8_read_as_latin1() -> None:
    assert sc.garbled("When you\u00e2\u0080\u0099re opening")  # C1 controls left behind
    assert not sc.garbled("Élève, château, pâte")


def test_fair_without_drops_snippets_the_article_itself_contains() -> None:
    main = "We stayed at home all winter."
    assert sc.fair_without(["Home", "Login"], main) == ["Login"]


def test_article_text_is_lead_then_body() -> None:
    assert sc.article_text("The lead.", "The body.") == "The lead.\n\nThe body."
    assert sc.article_text(None, "The body.") == "The body."
    assert sc.article_text(None, None) == ""


def test_paragraph_kept_judges_only_long_paragraphs() -> None:
    para = "one two three four five six seven"
    assert sc.paragraph_kept(f"intro. {para.upper()} end", para) is True
    assert sc.paragraph_kept("intro only", para) is False
    assert sc.paragraph_kept("anything", "Too short") is None


# --- title --------------------------------------------------------------------------------


def test_title_exact_normalises_space_and_width_only() -> None:
    assert sc.title_exact("Hello   World\n", "Hello World")
    assert sc.title_exact("Ｈello World", "Hello World")  # fullwidth H, NFKC
    assert not sc.title_exact("hello world", "Hello World")
    assert not sc.title_exact(None, "Hello World")


def test_title_relaxed_folds_case_quotes_and_dashes() -> None:
    assert sc.title_relaxed("IT’S A DEAL – NOW", "It's a deal - now")
    assert not sc.title_relaxed("It is a deal", "It's a deal")


@pytest.mark.parametrize(
    ("got", "kind"),
    [
        ("Rain in Spain", "ok"),
        ("RAIN IN SPAIN", "case/typography"),
        (None, "missing"),
        ("  ", "missing"),
        ("Rain in Spain | The Daily", "suffix kept"),
        ("Rain in Spain - The Daily", "suffix kept"),
        ("The Daily: Rain in Spain", "prefix kept"),
        ("Rain in", "truncated"),
        ("Rain in Spainland", "longer"),
        ("Heavy rain in Spain today", "longer"),
        ("in Spa", "shorter"),
        ("Snow in Norway", "different"),
    ],
)
def test_title_kind(got: str | None, kind: str) -> None:
    assert sc.title_kind(got, "Rain in Spain") == kind


def test_title_kind_of_a_site_name_the_truth_keeps() -> None:
    assert sc.title_kind("Rain in Spain", "Rain in Spain | The Daily") == "suffix dropped"
    assert sc.title_kind("Rain in Spain", "The Daily — Rain in Spain") == "prefix dropped"


def test_title_sources_matching_names_every_equal_source() -> None:
    sources = {"og:title": ["Rain | Daily"], "<title>": ["rain"], "h1": ["Logo", "Rain"]}
    assert sc.title_sources_matching("Rain", sources) == ["<title>", "h1"]
    assert sc.title_sources_matching(None, sources) == []


def test_title_sources_reads_meta_title_and_every_h1() -> None:
    html = (
        b"<html><head><title>T | Site</title><meta property='og:title' content='OG'></head>"
        b"<body><h1>Logo</h1><h1>Real <b>title</b></h1></body></html>"
    )
    found = run.title_sources(html)
    assert found["og:title"] == ["OG"]
    assert found["<title>"] == ["T | Site"]
    assert found["h1"] == ["Logo", "Real title"]
    assert found["twitter:title"] == []


# --- authors ------------------------------------------------------------------------------


def test_author_names_drop_credentials_roles_and_honorifics() -> None:
    assert sc.author_names("Jane Doe, MS, RD and Dr John Roe, Editor") == [
        ("jane", "doe"),
        ("john", "roe"),
    ]
    assert sc.author_names("Sergio Martínez-Beltrán | The Texas Newsroom") == [
        ("sergio", "martinez", "beltran")
    ]
    assert sc.author_names("Ann Lee, Ph.D.; Bo Kim & Cy Ray") == [
        ("ann", "lee"),
        ("bo", "kim"),
        ("cy", "ray"),
    ]


def test_a_lone_role_like_credit_is_still_the_author() -> None:
    assert sc.author_names("Podium Staff") == [("podium", "staff")]
    assert sc.author_names("") == []


def test_author_match_needs_every_listed_author() -> None:
    truth = "Jane Doe and John Roe"
    assert not sc.author_match(truth, ["Jane Doe"])
    assert sc.author_match(truth, ["John Roe", "Jane Doe"])
    assert sc.author_match(truth, ["By Jane Doe; John Roe"])  # a joined string is split too
    assert sc.author_match(truth, ["Jane A. Doe", "JOHN ROE"])


def test_author_match_tolerates_credentials_but_not_other_people() -> None:
    assert sc.author_match("Jeffrey A. Slotnick CPP, PSP", ["Jeffrey Slotnick"])
    assert sc.author_match("Dylan Bailey, MS, RD, FAND", ["Dylan Bailey, MS, RD"])
    assert not sc.author_match("Jane Doe", ["Jane"])
    assert not sc.author_match("Jane Doe", ["Mary Smith"])
    assert not sc.author_match("Jane Doe", [])
    assert not sc.author_match("Jane Doe", ["Jane Doe of the Weekly Review Magazine Team"])


def test_author_verdict_tells_every_case_apart() -> None:
    assert sc.author_verdict(None, ["Jane Doe"]) is None  # not annotated
    assert sc.author_verdict("Jane Doe and John Roe", ["John Roe", "Jane Doe"]) == "right"
    assert sc.author_verdict("", []) == "none"
    assert sc.author_verdict("Jane Doe and John Roe", ["Jane Doe"]) == "partial"
    assert sc.author_verdict("Jane Doe", []) == "missed"
    assert sc.author_verdict("Jane Doe", ["Mary Smith"]) == "wrong"
    assert sc.author_verdict("", ["The Daily Planet"]) == "spurious"
    assert sc.author_verdict([], ["Mary Smith"]) == "spurious"


def test_a_truth_list_names_one_person_an_item() -> None:
    truth = ["Michael L. Anderson, PhD", "Carlos Dobkin, PhD"]
    assert sc.author_verdict(truth, ["Michael Anderson", "Carlos Dobkin"]) == "right"
    assert sc.author_verdict(truth, ["Carlos Dobkin"]) == "partial"
    assert sc.author_verdict(["张三", "李四"], ["李四", "张三"]) == "right"
    assert sc.author_verdict(["张三"], ["李四"]) == "wrong"


def test_author_figures_count_right_and_rightly_none_as_accurate() -> None:
    verdicts = ["right", "none", "partial", "missed", "wrong", "spurious", None, "right"]
    figures = sc.author_figures(verdicts)
    assert figures["author_annotated"] == 7
    assert figures["author_accuracy"] == pytest.approx(3 / 7)
    assert figures["author_wrong"] == 2  # wrong and spurious; partial is counted apart
    assert figures["author_partial"] == 1
    assert figures["author_named"] == 5  # neither none nor spurious


def test_author_fields_of_a_page() -> None:
    assert sc.author_fields("", ["Site"]) == {
        "authors": ["Site"],
        "author_verdict": "spurious",
        "author_ok": None,
        "author_wrong": True,
    }
    fields = sc.author_fields("Jane Doe", ["Jane Doe"])
    assert (fields["author_ok"], fields["author_wrong"]) == (True, False)
    assert sc.author_fields(None, [])["author_wrong"] is None


# --- date ---------------------------------------------------------------------------------


def test_date_match_compares_the_date_part() -> None:
    assert sc.date_match("2025-09-04", "2025-09-04T10:00:00+02:00")
    assert sc.date_match("2025-09-04", "2025-09-04")
    assert sc.date_match("2025-09", "2025-09-30")
    assert not sc.date_match("2025-09-04", "2025-09-05")
    assert not sc.date_match("2025-09-04", None)


# --- one page, all checks together --------------------------------------------------------


def _page() -> run.Page:
    truth = {
        "title": "Rain in Spain",
        "author": "Jane Doe",
        "publish_date": "2025-01-02",
        "main_content": "Rain falls mainly on the plain in Spain this week.\n\n"
        "Farmers say the rain came late but was welcome after a dry and hot summer.",
        "with": ["falls mainly on the plain", "came late but was welcome"],
        "without": ["Subscribe now", "plain"],
    }
    return run.Page("0001", "https://example.org/a", b"<h1>Rain in Spain</h1>", truth)


def test_score_page_names_the_rule_that_ate_a_snippet() -> None:
    out = run.Output(
        text="Rain falls mainly on the plain in Spain this week. Subscribe now",
        title="Rain in Spain | Daily",
        authors=["Jane Doe"],
        date="2025-01-02T08:00:00Z",
        removed=[
            ("boilerplate.promo", "Farmers say the rain came late but was welcome after a dry"),
            ("structure.nav", "Home News Sport"),
            ("header.lead", "Rain falls mainly on the plain in Spain this week."),  # kept as lead
        ],
        ms=12.0,
    )
    entry = pages.score_page(_page(), {"presscut": out})["systems"]["presscut"]
    assert entry["with_missing"] == ["came late but was welcome"]
    assert entry["eaten"] == [{"snippet": "came late but was welcome", "rule": "boilerplate.promo"}]
    assert [c["rule"] for c in entry["article_cuts"]] == ["boilerplate.promo"]
    assert entry["leaked"] == ["Subscribe now"]  # "plain" is in the article: not counted
    assert entry["without_total"] == 1
    assert entry["rules"] == {"boilerplate.promo": 1, "structure.nav": 1, "header.lead": 1}
    assert (entry["opening_kept"], entry["ending_kept"]) == (True, False)
    assert entry["title_kind"] == "suffix kept"
    assert entry["truth_title_from"] == ["h1"]
    assert entry["author_ok"] is True and entry["date_ok"] is True
    assert (entry["lead"], entry["lead_in_truth"]) == (None, None)


def test_score_page_checks_the_lead() -> None:
    truth_lead = "Rain falls mainly on the plain in Spain this week."
    twice = run.Output(text=f"{truth_lead}\n\n{truth_lead} More.", lead=truth_lead, removed=[])
    stray = run.Output(text="Subscribe for more weather\n\nBody", lead="Subscribe for more weather")
    stray.removed = []
    entry = pages.score_page(_page(), {"a": twice, "b": stray})["systems"]
    assert (entry["a"]["lead_in_truth"], entry["a"]["lead_repeated"]) == (True, True)
    assert (entry["b"]["lead_in_truth"], entry["b"]["lead_repeated"]) == (False, False)


def test_summary_counts_empty_pages_as_zero_and_lists_crashes() -> None:
    good = run.Output(text=_page().truth["main_content"], title="Rain in Spain", ms=10.0)
    crashed = run.Output(crash="ValueError: boom")
    records = [
        pages.score_page(_page(), {"presscut": good}),
        pages.score_page(run.Page("0002", None, b"", _page().truth), {"presscut": crashed}),
    ]
    figures = summary.summarize(records, "presscut")
    assert figures["f1"] == pytest.approx(0.5)
    assert figures["empty"] == ["0002"]
    assert figures["crashes"] == {"0002": "ValueError: boom"}
    assert figures["title_exact"] == 0.5
    assert figures["author"] == 0.0 and figures["author_pages"] == 2
    assert figures["ms_median"] == 10.0


def test_guarded_call_records_exceptions_and_stderr() -> None:
    def broken(page: run.Page) -> run.Output:
        print("Traceback (most recent call last): fake", file=sys.stderr)
        raise RuntimeError("bad page")

    out = run.guarded_call(broken, _page(), cap=5.0)
    assert out.crash == "RuntimeError: bad page"
    assert out.stderr.startswith("Traceback")
    assert out.ms is None


def test_readme_command_leaves_out_local_paths() -> None:
    argv = ["--json", "/tmp/q.json", "--limit", "5", "--corpus=/x", "--quiet", "--write-readme"]
    assert quality._without_local_paths(argv) == ["--limit", "5", "--write-readme"]


def test_f1_moves_lists_pages_that_moved_worst_first() -> None:
    def rec(page_id: str, f1: float) -> dict[str, object]:
        return {"id": page_id, "systems": {"presscut": {"scored": True, "f1": f1}}}

    old = {"a": {"scored": True, "f1": 0.9}, "b": {"scored": True, "f1": 0.5}}
    old["c"] = {"scored": True, "f1": 0.8}
    now = [rec("a", 0.4), rec("b", 0.9), rec("c", 0.81), rec("d", 0.1)]
    assert compare.f1_moves(old, now) == [("a", 0.9, 0.4), ("b", 0.5, 0.9)]


def test_guarded_call_stops_a_page_that_hangs() -> None:
    def hangs(page: run.Page) -> run.Output:
        time.sleep(30)
        return run.Output()

    out = run.guarded_call(hangs, _page(), cap=0.2)
    assert out.crash == "timeout: over 0.2 s"


def test_paired_ratio_is_the_median_of_per_page_ratios() -> None:
    def rec(ours: float, theirs: float) -> dict[str, object]:
        return {"systems": {"presscut": {"ms": ours}}, "timing": {"bare": {"ms": theirs}}}

    records = [rec(10, 20), rec(30, 20), rec(40, 10), rec(5, None)]  # 0.5, 1.5, 4; last unpaired
    assert summary.paired_ratio(records, "presscut", "bare") == 1.5


# --- README update ------------------------------------------------------------------------


def test_write_readme_replaces_only_the_generated_block(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Benchmarks\n\n## Quality\n\nHow it works.\n\n"
        f"{quality.BEGIN}\nold figures\n{quality.END}\n\nNotes.\n\n## Batch throughput\n\nFast.\n"
    )
    quality.write_readme(readme, "new figures")
    assert readme.read_text() == (
        "# Benchmarks\n\n## Quality\n\nHow it works.\n\n"
        f"{quality.BEGIN}\nnew figures\n{quality.END}\n\nNotes.\n\n## Batch throughput\n\nFast.\n"
    )


def test_write_readme_adds_the_block_at_the_end_of_the_quality_section(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("## Quality\n\nIntro.\n\n## Batch throughput\n\nFast.\n")
    quality.write_readme(readme, "figures")
    assert readme.read_text() == (
        f"## Quality\n\nIntro.\n\n{quality.BEGIN}\nfigures\n{quality.END}\n"
        "\n## Batch throughput\n\nFast.\n"
    )
