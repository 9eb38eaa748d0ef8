"""Headline choice and cleaning."""

from __future__ import annotations

import pytest

from presscut.extraction.metadata.title import (
    TitleCandidates,
    choose_title,
    clean_title,
    site_keys,
    strip_site_name,
)

ATLANTICO = site_keys(["Atlantico"], "https://atlantico.fr/article/x")


def test_react_markers_and_entities_are_cleaned() -> None:
    assert clean_title("Budget <!-- -->2026<!-- -->: ce qui change") == "Budget 2026: ce qui change"
    assert clean_title("Tom &amp; Jerry&#8217;s  day") == "Tom & Jerry’s day"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Le budget adopté | Atlantico.fr", "Le budget adopté"),
        ("Le budget adopté - Atlantico", "Le budget adopté"),
        ("Atlantico : Le budget adopté", "Le budget adopté"),
        ("Le budget - un vote serré", "Le budget - un vote serré"),
        ("Réforme : ce qui change", "Réforme : ce qui change"),
        ("Le budget adopté | Le Monde", "Le budget adopté | Le Monde"),
    ],
)
def test_site_segments_go_only_when_they_name_the_site(raw: str, clean: str) -> None:
    assert strip_site_name(raw, ATLANTICO) == clean


def test_domain_names_the_site_without_og_site_name() -> None:
    keys = site_keys([], "https://www.lemonde.fr/politique/article/x.html")
    assert strip_site_name("Die Reform kommt – lemonde.fr", keys) == "Die Reform kommt"


def test_h1_equal_to_title_minus_suffix_wins() -> None:
    found = TitleCandidates(
        meta=["Die Rente mit 63 – was sich ändert – Tagesblatt Online"],
        title_tag="Die Rente mit 63 – was sich ändert – Tagesblatt Online",
        h1s=["Tagesblatt", "Die Rente mit 63 – was sich ändert"],
    )
    keys = site_keys(["Tagesblatt"], "https://tagesblatt.de/x")
    choice = choose_title(found, keys)
    assert choice.title == "Die Rente mit 63 – was sich ändert"
    assert choice.h1 == "Die Rente mit 63 – was sich ändert"


def test_unknown_suffix_is_kept_when_nothing_confirms_it() -> None:
    found = TitleCandidates(title_tag="La riforma delle pensioni - Il Quotidiano")
    assert choose_title(found, frozenset()).title == "La riforma delle pensioni - Il Quotidiano"


def test_reworded_h1_beats_the_seo_title() -> None:
    found = TitleCandidates(
        meta=["Health And Nutrition Trends For 2026 - Tastewise"],
        h1s=["Top 10 Health and Nutrition Trends to Watch"],
    )
    keys = site_keys(["tastewise"], "https://tastewise.io/blog/x")
    assert choose_title(found, keys).title == "Top 10 Health and Nutrition Trends to Watch"


def test_menu_h1_does_not_beat_the_meta_title() -> None:
    found = TitleCandidates(
        meta=["Cómo ahorrar en la factura de la luz"], h1s=["Contacto", "Síguenos"]
    )
    choice = choose_title(found, frozenset())
    assert choice.title == "Cómo ahorrar en la factura de la luz"
    assert "Cómo ahorrar en la factura de la luz" not in choice.raw_titles


def test_one_letter_words_do_not_make_a_section_h1_the_headline() -> None:
    """The h1 "M&A" shares only the letters "m" and "a" with the headline: a section label."""
    found = TitleCandidates(
        meta=["Cybersecurity: a sector update from M. Dupont"],
        h1s=["M&A Updates"],
    )
    choice = choose_title(found, frozenset())
    assert choice.title == "Cybersecurity: a sector update from M. Dupont"


def test_capitalised_h1_takes_the_meta_case() -> None:
    found = TitleCandidates(meta=["Tips for Online Success"], h1s=["TIPS FOR ONLINE SUCCESS"])
    choice = choose_title(found, frozenset())
    assert choice.title == "Tips for Online Success"
    assert choice.h1 == "TIPS FOR ONLINE SUCCESS"


def test_sentence_case_h1_takes_the_meta_title_case() -> None:
    found = TitleCandidates(
        meta=["How to Install Solar Panels in 2026"], h1s=["How to install solar panels in 2026"]
    )
    assert choose_title(found, frozenset()).title == "How to Install Solar Panels in 2026"


def test_title_case_h1_keeps_its_small_words() -> None:
    found = TitleCandidates(
        meta=["How To Navigate Home Solar: A Guide"], h1s=["How to Navigate Home Solar: A Guide"]
    )
    assert choose_title(found, frozenset()).title == "How to Navigate Home Solar: A Guide"


def test_truncated_headline_gives_way_to_the_full_one() -> None:
    cut = (
        "Fix It Friday: Struggling With How To Arrange Your Living Room? "
        "We Help 4 Readers (Including"
    )
    full = f"{cut} One Universal Trick)"
    found = TitleCandidates(meta=[cut, full])
    assert choose_title(found, frozenset()).title == full


def test_a_short_title_is_not_taken_for_a_cut_one() -> None:
    found = TitleCandidates(meta=["Budget", "Budget 2026: what changes for households"])
    assert choose_title(found, frozenset()).title == "Budget"


def test_pipe_tail_is_not_part_of_the_headline() -> None:
    found = TitleCandidates(title_tag="Como economizar energia em casa | Dicas | Portal X")
    assert choose_title(found, frozenset()).title == "Como economizar energia em casa"


def test_raw_titles_keep_the_other_variants() -> None:
    found = TitleCandidates(
        meta=["Le budget adopté"], title_tag="Le budget adopté | Atlantico.fr", h1s=[]
    )
    choice = choose_title(found, ATLANTICO)
    assert choice.title == "Le budget adopté"
    assert "Le budget adopté | Atlantico.fr" in choice.raw_titles


def test_h1_with_a_date_gives_way_to_the_title_without_it() -> None:
    found = TitleCandidates(
        meta=["Preparing a transition in Debusine"],
        h1s=["Dec 18 2025 Preparing a transition in Debusine"],
    )
    assert choose_title(found, frozenset()).title == "Preparing a transition in Debusine"


def test_h1_damaged_by_its_encoding_gives_way_to_the_meta_title() -> None:
    found = TitleCandidates(
        meta=["Event Planning: Beginner's Guide"], h1s=["Event Planning? Beginner? Guide"]
    )
    assert choose_title(found, frozenset()).title == "Event Planning: Beginner's Guide"


def test_a_question_in_the_h1_is_not_damage() -> None:
    found = TitleCandidates(
        meta=["Is tutoring worth it - our verdict"], h1s=["Is tutoring worth it? Our verdict"]
    )
    assert choose_title(found, frozenset()).title == "Is tutoring worth it? Our verdict"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("example.com Vibe coding", "Vibe coding"),
        ("Vibe coding example.com", "Vibe coding"),
        ("Node.js streams in practice", "Node.js streams in practice"),  # not the site's
    ],
)
def test_the_sites_domain_beside_the_headline_goes(raw: str, clean: str) -> None:
    keys = site_keys([], "https://example.com/archives/2025/12/vibe.html")
    assert choose_title(TitleCandidates(title_tag=raw), keys).title == clean


@pytest.mark.parametrize(
    ("h1", "meta"),
    [
        ("Blog: Ten ways to save energy", "Ten ways to save energy | Acme"),
        ("Actualités : Dix façons d'économiser l'énergie", "Dix façons d'économiser l'énergie"),
        ("Artikel: Zehn Wege, Energie zu sparen", "Zehn Wege, Energie zu sparen"),
    ],
)
def test_a_page_type_label_before_the_h1_is_not_the_headline(h1: str, meta: str) -> None:
    keys = site_keys(["Acme"], "https://acme.example/blog/x")
    title = choose_title(TitleCandidates(meta=[meta], h1s=[h1]), keys).title
    assert title == h1.split(":", 1)[1].strip()


def test_a_title_tag_of_body_length_is_no_candidate() -> None:
    """A <title> stuffed with thousands of separators is body text, not looked through
    segment by segment (that search grows with the square of its length)."""
    stuffed = "Night buses | Courier - News : " * 200
    found = TitleCandidates(title_tag=stuffed, h1s=["Night buses reach the suburbs"])
    choice = choose_title(found, site_keys(["Courier"], "https://courier.example/a"))
    assert choice.title == "Night buses reach the suburbs"
    assert all(len(t) <= 1000 for t in choice.raw_titles)
