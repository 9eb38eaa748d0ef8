"""Reader prompts closing an article: follow the site, get its app, paywall notices,
reprint notices. Each is cut as a whole paragraph and named; prose alike is kept."""

from __future__ import annotations

import pytest

from presscut import extract
from presscut.extraction.body.clean import clean_blocks
from presscut.extraction.body.content import Block

from ..pages import PROSE, page

#: Polish prose (``pages.PROSE`` has none): the paragraphs the prompts stand among.
POLISH = [
    "Rada miasta zdecydowała we wtorek o rozszerzeniu sieci nocnych autobusów na północne "
    "dzielnice, po dwóch latach skarg pracowników zmianowych.",
    "Nowe linie będą kursować co trzydzieści minut między północą a piątą rano, od "
    "pierwszego tygodnia września.",
]


def _prose(lang: str) -> list[str]:
    return POLISH if lang == "pl" else PROSE[lang]


#: (language, a prompt as sites print it, the rule that must cut it)
PROMPTS = [
    (
        "en",
        "Follow The Harbor Courier on Twitter and Instagram @HarborCourier and on Facebook "
        "@CourierHarbor. Send us a message on WhatsApp or email us at desk@courier.example",
        "follow.site",
    ),
    ("en", "Follow Reuters on X.", "follow.site"),
    ("es", "Siguenos en Telegram, Instagram, Facebook y Twitter", "follow.prompt.es"),
    (
        "en",
        "For the latest stories and breaking news updates download the Courier apps for iOS "
        "and Android.",
        "follow.app",
    ),
    ("en", "Download our Courier News app for iPhone", "follow.app"),
    (
        "en",
        "To view the full story, please subscribe to The Harbor Courier. You can choose an "
        "annual subscription or a weekly pass.",
        "paywall.notice",
    ),
    (
        "en",
        "If you’re seeing this message but you’re already a subscriber, you can log in for "
        "immediate access to this story.",
        "paywall.notice",
    ),
    ("es", "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "paywall.notice"),
    (
        "es",
        "Tú también puedes apoyar el periodismo local. Cancela cuando quieras.",
        "paywall.notice",
    ),
    ("en", "You must be logged in to post a comment.", "comments.login"),
    (
        "de",
        "Du musst Eingeloggt sein um Kommentare zu schreiben! oder noch gar nicht Registriert?",
        "comments.login",
    ),
    ("fr", "Vous devez être connecté pour publier un commentaire.", "comments.login"),
    (
        "en",
        "Submit your letter to the editor via this form. Read more Letters to the Editor.",
        "comments.letters.en",
    ),
    ("en", "News date : 04/21/2022 Category : Press Releases", "furniture.post_labels"),
    ("en", "Date: 21/04/2022 | Tags: City News, Buses", "furniture.post_labels"),
    ("es", "LE PUEDE INTERESAR: La ficha del alcalde en la cárcel", "read_more.es"),
    ("pl", "Ten tekst przeczytasz w mniej niż minutę", "furniture.reading_time.pl"),
    (
        "pl",
        "Czytasz właśnie nowy rodzaj materiału na naszym portalu. Wesprzyj nas darowizną lub "
        "przekaż nam 1% podatku.",
        "appeal.donation",
    ),
    ("fr", "Soutenez-nous par un don : chaque euro compte.", "appeal.donation"),
    ("fr", "Crédits photos : Bestimage", "credit.image.labelled"),
    (
        "fr",
        "Image illustrative : des figurines en plastique, licence Creative Commons",
        "credit.image.labelled",
    ),
    (
        "en",
        "This article is the copyrighted property of the Harbor Courier. Written permission "
        "must be obtained before reprint in online or print media.",
        "furniture.reprint",
    ),
]


def _ids(case: tuple[str, str, str]) -> str:
    return f"{case[2]}:{case[1][:20]}"


@pytest.mark.parametrize("case", PROMPTS, ids=_ids)
def test_prompt_is_cut_and_named(case: tuple[str, str, str]) -> None:
    lang, text, rule = case
    blocks = [Block("paragraph", p) for p in _prose(lang)] + [Block("paragraph", text)]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == _prose(lang)
    assert [(r.rule, r.text) for r in cleaned.removed] == [(rule, text)]


@pytest.mark.parametrize("case", PROMPTS, ids=_ids)
def test_prompt_never_reaches_the_body_of_a_page(case: tuple[str, str, str]) -> None:
    lang, text, _rule = case
    lang = "en" if lang == "pl" else lang  # the page's prose; the prompt stays Polish
    article = extract(page(lang, inside=f"<p>{text}</p>"), explain=True)
    assert article.body is not None
    assert article.body.split("\n\n") == PROSE[lang]


@pytest.mark.parametrize(
    "text",
    [
        # following steps, people or a band: no invitation to follow the site
        "Follow the steps on Facebook to delete the account.",
        "Follow the instructions on Instagram.",
        "Fans follow the band on Instagram, where it posted the video on Monday.",
        "Download the Zoom app on your phone before the meeting.",
        # the law in the news, not the site's notice
        "The court said the photos may not be published without the family's consent.",
        "The full story of the night bus network begins in 1962, when the first route opened.",
        "Members can cancel the plan later, the council said.",
        "Unions asked the council to support us drivers with a pay rise, not a donation.",
        "The date: 3 March. The category: night buses. Both were set by the council.",
        "Readers who submit a letter to the editor about the night buses are often heard.",
        "Le puede interesar a quien viaja de noche que el servicio sigue en agosto.",
    ],
)
def test_prose_alike_is_kept(text: str) -> None:
    blocks = [Block("paragraph", text)]
    assert clean_blocks(blocks, header={}).blocks == blocks


def test_finnish_and_polish_read_more_headings_open_the_end_matter() -> None:
    blocks = [Block("paragraph", p) for p in PROSE["en"]]
    for heading in ("Lue aiheesta lisää:", "Czytaj także"):
        tail = [heading, "Korkeasaaren karhut heräsivät jo", "Vuosi 2018 toi kylmää"]
        cleaned = clean_blocks(blocks + [Block("paragraph", t) for t in tail], header={})
        assert [b.text for b in cleaned.blocks] == PROSE["en"]
        assert {r.rule for r in cleaned.removed} == {"end_matter.heading"}


#: A house ad written with Cyrillic look-alike letters inside Latin words.
HOMOGLYPH_AD = (
    "\u0410dv\u0435rt\u0456\u0455\u0435 w\u0456th th\u0435 most visited news site in town! "
    "Y\u043eur \u0441\u043ent\u0435nt \u0456\u0455 d\u0435l\u0456v\u0435r\u0435d fast."
)


def test_a_paragraph_of_look_alike_letters_is_cut() -> None:
    blocks = [Block("paragraph", p) for p in PROSE["en"]] + [Block("paragraph", HOMOGLYPH_AD)]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE["en"]
    assert [(r.rule, r.text) for r in cleaned.removed] == [("furniture.homoglyphs", HOMOGLYPH_AD)]


@pytest.mark.parametrize(
    "text",
    [
        # Russian prose, and Russian words beside Latin ones: no word mixes the alphabets
        "Городской совет во вторник решил продлить сеть ночных автобусов на север города.",
        "Компания Yandex и сервис Telegram объявили о партнёрстве в Москве в понедельник.",
        # one stray look-alike letter is a typo, not an ad
        "The council voted on Tu\u0435sday to extend the night bus network to the suburbs.",
    ],
)
def test_one_alphabet_per_word_is_kept(text: str) -> None:
    blocks = [Block("paragraph", text)]
    assert clean_blocks(blocks, header={}).blocks == blocks
