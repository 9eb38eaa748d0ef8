"""Phrase rules: boilerplate paragraphs by kind and language, cut and named."""

from __future__ import annotations

import pytest

from presscut import extract
from presscut.extraction.body.clean import clean_blocks
from presscut.extraction.body.content import Block

from ..pages import PROSE, numbered, page

#: (language, a boilerplate paragraph as sites print it, the rule that must cut it)
BOILERPLATE = [
    # comment notices and counts
    ("en", "Comments are closed.", "comments.closed.en"),
    ("en", "Be the first to comment", "comments.first.en"),
    ("en", "12 Comments", "comments.count.en"),
    (
        "fr",
        "En raison de débordements, nous avons fait le choix de suspendre les commentaires "
        "des articles du site.",
        "comments.suspended.fr",
    ),
    ("fr", "Les commentaires sont fermés.", "comments.suspended.fr"),
    ("fr", "Soyez le premier à réagir", "comments.first.fr"),
    ("de", "Die Kommentarfunktion ist für diesen Artikel deaktiviert.", "comments.disabled.de"),
    ("de", "120 Kommentare", "comments.count.de"),
    ("es", "Los comentarios están cerrados.", "comments.closed.es"),
    ("it", "I commenti sono chiusi.", "comments.closed.it"),
    ("pt", "Os comentários estão encerrados.", "comments.closed.pt"),
    # share and follow prompts
    ("en", "Share this article on Facebook, X or by email", "share.prompt.en"),
    ("en", "Follow us on Instagram for more local news", "follow.prompt.en"),
    (
        "fr",
        "Mais n'hésitez pas à partager cet article avec vos proches par mail, messagerie, "
        "SMS ou sur les réseaux sociaux afin de continuer le débat !",
        "share.prompt.fr",
    ),
    ("de", "Artikel teilen", "share.prompt.de"),
    ("de", "Folgen Sie uns auf Instagram", "follow.prompt.de"),
    ("es", "Compartir en WhatsApp", "share.prompt.es"),
    ("es", "Síguenos en Telegram", "follow.prompt.es"),
    ("it", "Condividi su Facebook", "share.prompt.it"),
    ("pt", "Partilhe este artigo com os seus amigos", "share.prompt.pt"),
    # newsletter, subscription, paywall
    ("en", "Sign up for our morning newsletter", "newsletter.prompt.en"),
    ("fr", "Abonnez-vous pour lire la suite de cet article", "newsletter.prompt.fr"),
    ("de", "Jetzt abonnieren und weiterlesen", "newsletter.prompt.de"),
    ("es", "Suscríbete a nuestro boletín", "newsletter.prompt.es"),
    ("it", "Iscriviti alla newsletter del mattino", "newsletter.prompt.it"),
    ("pt", "Assine já e tenha acesso ilimitado", "newsletter.prompt.pt"),
    # read more / related teasers
    ("en", "Read more: The bus strike that shut the city down", "read_more.en"),
    ("en", "Also read: Ten night bus routes worth knowing", "read_more.en"),
    ("fr", "À lire aussi : Grève des bus, la ville paralysée", "read_more.fr"),
    ("de", "Lesen Sie auch: Busstreik legt die Stadt lahm", "read_more.de"),
    ("es", "Lee también: La huelga de autobuses paraliza la ciudad", "read_more.es"),
    ("it", "Leggi anche: Lo sciopero dei bus blocca la città", "read_more.it"),
    ("pt", "Leia também: Greve dos autocarros paralisa a cidade", "read_more.pt"),
    # cookies and advertising labels
    ("en", "We use cookies to improve your experience. Accept all", "cookies.en"),
    ("fr", "Nous utilisons des cookies pour mesurer l'audience.", "cookies.fr"),
    ("de", "Wir verwenden Cookies, um Inhalte zu personalisieren.", "cookies.de"),
    ("fr", "Publicité", "advertising.label"),
    ("de", "Anzeige", "advertising.label"),
    ("es", "Publicidad", "advertising.label"),
    # call-to-action labels, disclosures
    ("en", "SHARE", "label.call_to_action"),
    ("en", "Back to blog", "label.call_to_action"),
    ("de", "Teilen", "label.call_to_action"),
    ("es", "Suscribirse", "label.call_to_action"),
    ("en", "As an Amazon Associate we earn from qualifying purchases.", "disclosure.affiliate"),
    ("fr", "Cet article contient des liens affiliés.", "disclosure.affiliate"),
    (
        "en",
        "DISCLOSURE: If you buy through affiliate links, I may earn a small commission.",
        "disclosure.affiliate",
    ),
    ("en", "Products are chosen independently by our editors.", "disclosure.affiliate"),
    ("fr", "Nous pouvons percevoir une commission sur vos achats.", "disclosure.affiliate"),
    ("de", "Bei einem Kauf erhalten wir eine Provision vom Händler.", "disclosure.affiliate"),
    ("es", "Podemos recibir una comisión por las compras.", "disclosure.affiliate"),
    ("it", "Questo articolo contiene link di affiliazione.", "disclosure.affiliate"),
    ("pt", "Este artigo contém links de afiliados.", "disclosure.affiliate"),
    ("en", "You may be interested in the following topics as well:", "read_more.en"),
    ("en", "Summarize this article with: ChatGPT Perplexity Claude", "share.ai_summary"),
    ("fr", "Résumer cet article avec : ChatGPT, Mistral", "share.ai_summary"),
    ("it", "Riassumi questo articolo con: ChatGPT", "share.ai_summary"),
    ("en", "Gabo · Jan 23 · 11 min read", "furniture.post_meta"),
    ("fr", "Claire Martin — 3 mars — 6 min de lecture", "furniture.post_meta"),
    ("en", "11 min read", "furniture.reading_time"),
    ("de", "4 Minuten Lesezeit", "furniture.reading_time"),
    # page furniture
    ("en", "© 2026 Harbor City Courier. All rights reserved.", "furniture.copyright"),
    # a template's placeholder box (spglobal.com), its title included
    (
        "en",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud.",
        "furniture.placeholder",
    ),
    ("en", "Lorem Ipsum", "furniture.placeholder"),
    ("en", "Disclaimer: this article is for general information only.", "furniture.disclaimer"),
    # newsletter invitations anywhere in a short paragraph
    (
        "en",
        "We help you plan your weekend. Sign up for our newsletter for the best of the city.",
        "newsletter.invite",
    ),
    ("fr", "Le meilleur de la ville, chaque semaine dans votre boîte mail.", "newsletter.invite"),
    ("de", "Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.", "newsletter.invite"),
    ("es", "Lo mejor de la semana, cada lunes en tu bandeja de entrada.", "newsletter.invite"),
    ("it", "Le notizie più lette, ogni mattina nella tua casella di posta.", "newsletter.invite"),
    ("pt", "As notícias do dia, todas as manhãs na sua caixa de entrada.", "newsletter.invite"),
    # button labels
    ("en", "Back to Blogs", "label.call_to_action"),
    ("en", "Get started today", "label.call_to_action"),
    ("fr", "Retour au blog", "label.call_to_action"),
    ("de", "Zurück zum Blog", "label.call_to_action"),
    # links to the next and previous posts
    (
        "en",
        "Next article: Ten bus routes to know Previous article: Why night buses matter",
        "navigation.next_previous",
    ),
    ("fr", "Article suivant : La ligne 12 prolongée", "navigation.next_previous"),
    ("de", "Nächster Artikel: Die Linie 12 wird verlängert", "navigation.next_previous"),
    ("es", "Artículo anterior: La línea 12 se amplía", "navigation.next_previous"),
    # consent under a sign-up form
    (
        "en",
        "By entering your email, you agree to receive marketing emails and to our Privacy Policy.",
        "newsletter.consent",
    ),
    (
        "fr",
        "En renseignant votre adresse e-mail, vous acceptez de recevoir notre lettre.",
        "newsletter.consent",
    ),
    ("it", "Inserendo il tuo indirizzo email accetti la nostra informativa.", "newsletter.consent"),
    # appeals for readers' money
    ("en", "This story is funded by readers like you", "appeal.reader_funded"),
    ("fr", "Cet article est financé par nos lecteurs.", "appeal.reader_funded"),
    ("pt", "Esta reportagem foi financiada pelos nossos leitores.", "appeal.reader_funded"),
    # follow invitations inside a short paragraph, advertising labels with a title
    (
        "en",
        "Want more bus news? Follow us on Instagram to see the new routes first.",
        "follow.invite",
    ),
    ("fr", "Pour ne rien manquer, suivez-nous sur Instagram.", "follow.invite"),
    ("de", "Mehr Nachrichten? Dann folgen Sie uns auf Instagram.", "follow.invite"),
    ("en", "Advertisement: New night bus app", "advertising.label"),
    ("de", "Anzeige: Jetzt das Deutschlandticket sichern", "advertising.label"),
    ("en", "Page 1 of 8", "furniture.pagination"),
    ("fr", "Page 2 sur 5", "furniture.pagination"),
    ("de", "Seite 3 von 12", "furniture.pagination"),
    ("es", "Página 1 de 4", "furniture.pagination"),
    ("it", "Pagina 2 di 3", "furniture.pagination"),
    # invitations to call, write to or book the site's team
    ("en", "Have questions? Schedule a call with us today!", "contact.prompt.en"),
    ("en", "Talk to our night transport experts", "contact.prompt.en"),
    ("en", "Ready to get started? Book a free demo today.", "contact.prompt.en"),
    ("fr", "Des questions ? Contactez-nous.", "contact.prompt.fr"),
    ("fr", "Prenez rendez-vous !", "contact.prompt.fr"),
    ("de", "Fragen? Kontaktieren Sie uns.", "contact.prompt.de"),
    ("de", "Vereinbaren Sie jetzt ein kostenloses Erstgespräch", "contact.prompt.de"),
    ("es", "¿Dudas? Contáctanos.", "contact.prompt.es"),
    ("es", "Solicita una consulta gratuita", "contact.prompt.es"),
    ("it", "Hai domande? Contattaci.", "contact.prompt.it"),
    ("pt", "Fale conosco!", "contact.prompt.pt"),
    ("pt", "Agende uma consulta gratuita.", "contact.prompt.pt"),
]


def _ids(case: tuple[str, str, str]) -> str:
    return f"{case[2]}:{case[1][:20]}"


@pytest.mark.parametrize("case", BOILERPLATE, ids=_ids)
def test_rule_cuts_the_paragraph_and_names_itself(case: tuple[str, str, str]) -> None:
    lang, text, rule = case
    blocks = [Block("paragraph", p) for p in PROSE[lang]]
    blocks.insert(2, Block("paragraph", text))
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE[lang]
    assert [(r.rule, r.text) for r in cleaned.removed] == [(rule, text)]


@pytest.mark.parametrize("case", BOILERPLATE, ids=_ids)
def test_boilerplate_never_reaches_the_body_of_a_page(case: tuple[str, str, str]) -> None:
    lang, text, _rule = case
    article = extract(page(lang, inside=f"<p>{text}</p>"), explain=True)
    assert article.body is not None
    assert text not in article.body
    assert article.body.split("\n\n") == PROSE[lang]
    assert any(text in removal.text for removal in article.removed or [])


@pytest.mark.parametrize(
    "text",
    [
        # a phrase quoted inside real prose is not boilerplate
        "The mayor said residents should read more about the plan before the vote, and "
        "that comments are closed only for the online consultation, not for the public "
        "meeting on Thursday evening at the town hall, where everyone may speak freely.",
        "Related to this, the council also approved a new cycle lane along the river, "
        "which campaigners have requested since the flood of 2021.",
        "Les commentaires sont nombreux sur les réseaux sociaux depuis l'annonce du maire.",
        "Advertisement placed by the council in the local paper drew complaints.",
        # a commission in the news is not a disclosure
        "The port authority said it may receive a commission of inquiry report by June, and "
        "that the harbour master had asked for it after the collision in the channel.",
        # a newsletter invitation quoted in a long paragraph of prose
        "The council's weekly bulletin, delivered to your inbox every Friday since 2019, will "
        "now also list the night bus timetable changes, a spokesperson said on Tuesday.",
        # advice, a quotation, a sentence going on: no contact prompt
        "Schedule a call with your doctor if the pain persists.",
        "Prenez rendez-vous chez votre médecin.",
        "Vereinbaren Sie einen Termin beim Hausarzt.",
        "Agende uma consulta com o seu médico.",
        '"Stay inside. Call us if you see anything," the police said.',
        "Stay inside. Call us if you see anything, the police said.",
        "Contact usually resumes after the holidays.",
    ],
)
def test_prose_that_mentions_a_phrase_is_kept(text: str) -> None:
    blocks = [Block("paragraph", text)]
    assert clean_blocks(blocks, header={}).blocks == blocks


def test_end_matter_heading_cuts_what_follows_it() -> None:
    blocks = [Block("paragraph", p) for p in PROSE["en"]]
    tail = ["Related posts", "Ten bus routes to know", "Why night buses matter"]
    cleaned = clean_blocks(blocks + [Block("paragraph", t) for t in tail], header={})
    assert [b.text for b in cleaned.blocks] == PROSE["en"]
    assert {r.rule for r in cleaned.removed} == {"end_matter.heading"}


def test_teasers_after_an_end_matter_heading_go_even_with_summaries() -> None:
    # logitech.com: "Explore more", then each teaser's title (some asking a question)
    # and its one-sentence summary.
    blocks = [Block("paragraph", p) for p in numbered(PROSE["en"], 3)]
    tail = [
        "Explore more",
        "Is an ergonomic mouse better for me?",
        "Research has shown that an ergonomic mouse can promote a more upright wrist posture.",
        "Do ergonomic keyboards really help?",
        "Health professionals recommend them since they better match the shape of our hands.",
        "Advanced work from home ergonomics",
        "An ergonomist gives tips to recreate a proper work environment at home.",
    ]
    cleaned = clean_blocks(blocks + [Block("paragraph", t) for t in tail], header={})
    assert [b.text for b in cleaned.blocks] == [b.text for b in blocks]
    assert [r.text for r in cleaned.removed] == tail


def test_prose_after_an_end_matter_heading_stays() -> None:
    blocks = [Block("paragraph", p) for p in PROSE["en"]]
    tail = [
        "Keep reading",
        "The council will vote again next spring, after a second round of public hearings.",
        "Until then, the night buses keep running on the old timetable, every twenty minutes.",
    ]
    texts = PROSE["en"] + tail
    cleaned = clean_blocks(blocks + [Block("paragraph", t) for t in tail], header={})
    assert [b.text for b in cleaned.blocks] == texts


def test_end_matter_heading_is_ignored_near_the_top() -> None:
    blocks = [Block("heading", "Comments"), *(Block("paragraph", p) for p in PROSE["en"])]
    assert clean_blocks(blocks, header={}).blocks == blocks


def test_a_rule_with_hints_is_tried_only_when_one_is_there() -> None:
    import re

    from presscut.extraction.body.phrases import first_rule
    from presscut.extraction.rules.phrase_rule import PhraseRule

    rule = PhraseRule("test.hinted", re.compile("gift", re.I), 100, hints=("voucher",))
    assert first_rule("A gift for you", (rule,)) is None  # the pattern alone would match
    assert first_rule("A gift VOUCHER for you", (rule,)) == "test.hinted"


#: (language, a breadcrumb line that reached the body)
BREADCRUMB_LINES = [
    ("en", "Home > News > World"),
    ("fr", "Accueil › Économie"),
    ("de", "Startseite » Politik » Ausland"),
    ("es", "Inicio / Noticias / Internacional"),
    ("it", "Home | Cronaca | Milano"),
    ("pt", "Início > Desporto > Futebol"),
]


@pytest.mark.parametrize("case", BREADCRUMB_LINES, ids=lambda case: case[0])
def test_a_breadcrumb_line_is_cut(case: tuple[str, str]) -> None:
    lang, line = case
    blocks = [Block("paragraph", line), *(Block("paragraph", p) for p in PROSE[lang])]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE[lang]
    assert [r.rule for r in cleaned.removed] == ["navigation.breadcrumb"]


@pytest.mark.parametrize(
    "block",
    [
        # a table: one line a row, cells joined by " | "
        Block("table", "Component | Specification\nGPU | 2 × 24 GB\nCPU | 64 cores"),
        Block("table", "Catégorie | Mois dernier | Ce mois\nRéussis | 6676 | 6774"),
        # a code line, a measure
        Block("code", "1 | pip install requests"),
        Block("paragraph", "24 kg | 53 lb"),
        # a remark in parentheses
        Block("paragraph", "(aprender a entrevistar > aprender a programar)"),
        # two names joined: a heading, a caption and its photographer's credit
        Block("heading", "Action / Abenteuer"),
        Block("paragraph", "Il Vecchio Mulino | Foto di Maria Rossi"),
    ],
    ids=lambda block: block.text[:20],
)
def test_what_only_looks_like_a_breadcrumb_is_kept(block: Block) -> None:
    blocks = [block, *(Block("paragraph", p) for p in PROSE["en"])]
    assert clean_blocks(blocks, header={}).blocks == blocks
