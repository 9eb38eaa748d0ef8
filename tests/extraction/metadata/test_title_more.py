"""Headline choice: more cases (logos in the <h1>, ...)."""

from __future__ import annotations

import pytest

from presscut.extraction.metadata.title import TitleCandidates, choose_title, clean_title, site_keys


@pytest.mark.parametrize(
    ("name", "headline", "url"),
    [
        ("Harbour Data Notes", "Small adventures with small models", "https://blog.hdn.example/a"),
        ("Le Carnet de Léa", "Petites aventures en cuisine", "https://carnet.example/2025/x"),
        ("Das Werkstattbuch", "Erste Schritte mit der Drechselbank", "https://wb.example/p/1"),
    ],
)
def test_a_blog_name_beside_the_headline_in_the_title_is_no_headline(
    name: str, headline: str, url: str
) -> None:
    """The <h1> is the blog's name: <title> writes it beside the headline og:title gives."""
    found = TitleCandidates(meta=[headline], title_tag=f"{name}: {headline}", h1s=[name])
    choice = choose_title(found, site_keys([], url))
    assert choice.title == headline
    assert choice.h1 is None


def test_a_headline_h1_beside_the_site_name_stays() -> None:
    """og:title giving only the site's name does not make the headline <h1> a name."""
    headline = "¿Qué cortacésped robot para qué tamaño de césped?"
    found = TitleCandidates(
        meta=["Podabot", f"{headline} | Podabot"], title_tag=f"{headline} | Podabot", h1s=[headline]
    )
    choice = choose_title(found, site_keys(["Podabot"], "https://www.podabot.example/blog/x"))
    assert choice.title == headline


@pytest.mark.parametrize(
    ("h1", "meta"),
    [
        (
            "What tutoring is and is not. Choosing a good tutor",
            "What tutoring is and is not. - Choosing a good tutor",
        ),
        (
            "Le soutien scolaire Comment choisir un tuteur",
            "Le soutien scolaire : Comment choisir un tuteur",
        ),
        (
            "Nachhilfe im Test Was gute Tutoren ausmacht",
            "Nachhilfe im Test: Was gute Tutoren ausmacht",
        ),
    ],
)
def test_the_separator_an_h1_lost_between_title_and_subtitle_comes_back(h1: str, meta: str) -> None:
    """<h1><span>Title</span> <span>Subtitle</span></h1> reads as one run-on sentence; the
    meta title with the same words writes the separator between them."""
    assert choose_title(TitleCandidates(meta=[meta], h1s=[h1]), frozenset()).title == meta


@pytest.mark.parametrize(
    ("h1", "meta"),
    [
        ("Mobile UX: the ultimate guide", "Mobile UX - the ultimate guide"),
        ("Guía del pan – mis favoritos", "Guía del pan - mis favoritos"),
    ],
)
def test_an_h1_with_its_own_separator_stays(h1: str, meta: str) -> None:
    """Both write a separator, differently: the <h1> is what the reader sees."""
    assert choose_title(TitleCandidates(meta=[meta], h1s=[h1]), frozenset()).title == h1


@pytest.mark.parametrize(
    "h1",
    [
        "Title:Fisher-guided merging of language models",
        "Titre : Fusion de modèles de langue",
        "Titel: Zusammenführen von Sprachmodellen",
        "Título: Fusión de modelos de lenguaje",
    ],
)
def test_a_record_pages_field_label_is_not_part_of_the_headline(h1: str) -> None:
    """A paper's record page labels its <h1> like a form field ("Title:")."""
    headline = h1.split(":", 1)[1].strip()
    found = TitleCandidates(title_tag=f"[2512.00001] {headline}", h1s=[h1])
    assert choose_title(found, frozenset()).title == headline


@pytest.mark.parametrize(
    ("h1", "headline"),
    [
        ("Night trains return to the Alps (example.com) 87", "Night trains return to the Alps"),
        ("Les trains de nuit reviennent (journal.example.fr)", "Les trains de nuit reviennent"),
    ],
)
def test_an_aggregators_source_credit_after_the_h1_is_not_the_headline(
    h1: str, headline: str
) -> None:
    """A link aggregator's <h1>: the headline, the source's domain, the comment count."""
    found = TitleCandidates(title_tag=f"{headline} - Aggregator", h1s=[h1])
    choice = choose_title(found, site_keys(["Aggregator"], "https://aggregator.example/s/1"))
    assert choice.title == headline
    assert h1 in choice.raw_titles  # the body shows it so, and drops it as a title repeat


def test_a_bracketed_year_or_word_is_part_of_the_headline() -> None:
    h1 = "Die besten Nachtzüge (2026)"
    found = TitleCandidates(title_tag=h1, h1s=[h1])
    assert choose_title(found, frozenset()).title == h1


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("How Does Robot Vacuum Mapping Work？", "How Does Robot Vacuum Mapping Work?"),
        ("La cartographie, comment ？ Le guide！", "La cartographie, comment ? Le guide!"),
        ("ロボット掃除機の仕組みとは？", "ロボット掃除機の仕組みとは？"),  # East Asian: kept
        ("Wie funktioniert die Kartierung?", "Wie funktioniert die Kartierung?"),
    ],
)
def test_full_width_punctuation_in_a_latin_headline_is_ascii(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Top Insurance Company Rankings - Infographic", "Top Insurance Company Rankings"),
        ("Le budget 2026 expliqué – Vidéo", "Le budget 2026 expliqué"),
        ("Die schönsten Nachtzüge | Bildergalerie", "Die schönsten Nachtzüge"),
        ("Cómo ahorrar energía - Infografía", "Cómo ahorrar energía"),
        ("Video: the making of a night train", "Video: the making of a night train"),
        ("The Different Types of Wine (Infographic)", "The Different Types of Wine (Infographic)"),
    ],
)
def test_a_last_segment_naming_the_pages_format_is_cut(raw: str, clean: str) -> None:
    assert choose_title(TitleCandidates(title_tag=raw), frozenset()).title == clean


def test_a_bracketed_name_that_no_meta_title_confirms_as_a_credit_stays() -> None:
    h1 = "Ein Webserver in zehn Zeilen (Node.js)"
    found = TitleCandidates(
        title_tag="Ein Webserver in zehn Zeilen mit Node.js - Techblog", h1s=[h1]
    )
    assert choose_title(found, site_keys(["Techblog"], "https://techblog.example/a")).title == h1
