"""Realistic article pages for the integration tests and the batch benchmark.

Every page is built from hand-written text (English, French, German) so that an extractor
finds a headline and a body. `article_page(n)` gives 50 different layouts and texts,
varied by `n`; `latin1_page()` and `cp1252_page()` carry accented text for charset tests.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape

#: Number of distinct templates (layout x topic) that `article_page` cycles through.
TEMPLATE_COUNT = 50

TOPICS = (
    ("harbour", "The city council approved a plan to rebuild the old harbour wall"),
    ("rail", "Regional rail operators agreed on a shared timetable for the winter"),
    ("library", "The public library will stay open until midnight during exams"),
    ("farm", "Dairy farmers in the valley are switching to solar-powered milking sheds"),
    ("bridge", "Engineers found cracks in the suspension bridge after the storm"),
    ("school", "A primary school replaced its car park with a vegetable garden"),
    ("museum", "The maritime museum reopened after three years of restoration"),
    ("river", "Volunteers pulled two tonnes of plastic out of the river in a weekend"),
    ("bakery", "The last family bakery on the high street celebrates its centenary"),
    ("tram", "The new tram line carried forty thousand passengers in its first week"),
)

SUBJECTS = (
    "The mayor",
    "A spokeswoman for the ministry",
    "Local residents",
    "The project manager",
    "Several shop owners",
    "An independent auditor",
    "The union representative",
    "Opposition councillors",
    "A retired engineer who lives nearby",
    "The regional newspaper",
)

CLAIMS = (
    "said the work would begin in the spring and last about eighteen months",
    "warned that the budget had already grown by a fifth since the first estimate",
    "welcomed the decision after years of campaigning for it",
    "asked for a public consultation before any contract is signed",
    "pointed out that similar schemes elsewhere had been delivered on time",
    "described the situation as difficult but not hopeless",
    "noted that most of the money comes from a national recovery fund",
    "promised to publish the full report on the council website next month",
    "recalled that the previous attempt had been abandoned in 2011",
    "argued that the town could not afford to wait another winter",
)

DETAILS = (
    "According to documents seen by this newspaper, the first phase covers the northern section.",
    "The figures were confirmed on Tuesday evening during a tense meeting at the town hall.",
    "Traffic will be diverted through the industrial estate while the works are under way.",
    "Some two hundred people signed a petition asking for the plan to be reconsidered.",
    "The contractor has not yet been chosen, and three firms remain in the running.",
    "Experts consulted by the council estimate the savings at several million pounds a year.",
    "The weather over the past month has already delayed the preparatory surveys.",
    "Photographs taken by a drone show the scale of the damage along the embankment.",
    "The local chamber of commerce said it would support businesses affected by the closure.",
    "A final vote is expected before the end of the year, after the summer recess.",
)

AUTHORS = ("Jane Holloway", "Marcus Webb", "Priya Natarajan", "Tom Oduya", "Elena Rossi")

#: Layout variants: (wrapper tag, wrapper class, with sidebar, with comments).
LAYOUTS = (
    ("article", "story", True, False),
    ("div", "post-content", False, True),
    ("main", "article-main", True, True),
    ("section", "entry", False, False),
    ("div", "content-body", True, False),
)

FRENCH_TITLE = "À Besançon, la fête de l'été réunit déjà des milliers d'élèves"
FRENCH_PARAGRAPHS = (
    "Dès vendredi, les écoles de la ville ont fermé leurs portes et les élèves se sont "
    "retrouvés sur la place de la Révolution, où les associations ont installé des stands.",
    "« C'est la première fois que nous accueillons autant de familles », a expliqué la "
    "présidente du comité des fêtes, qui prévoit déjà une édition élargie l'année prochaine.",
    "Les bénévoles, arrivés à l'aube, ont préparé des crêpes, des gaufres et des boissons "
    "fraîches ; la buvette a été prise d'assaut dès midi malgré une chaleur écrasante.",
    "Le maire a salué « une réussite collective » et a rappelé que la fête, créée en 1998, "
    "avait failli disparaître faute de financement il y a cinq ans.",
    "Pour l'été prochain, les organisateurs espèrent obtenir l'accès au théâtre de verdure "
    "et proposer des concerts gratuits en soirée, à côté de la citadelle.",
)

GERMAN_TITLE = "Müller eröffnet in Straßburg ein Café für Bücherfreunde"
GERMAN_PARAGRAPHS = (
    "Der Buchhändler Jürgen Müller hat am Samstag sein neues Café in der Altstadt eröffnet; "
    "die Gäste können dort „bei einer Tasse Kaffee“ in mehr als zweitausend Büchern blättern.",
    "Die Idee sei ihm während eines Urlaubs in Österreich gekommen, erzählt Müller, der "
    "seit über dreißig Jahren Bücher verkauft und die Straße schon als Kind kannte.",
    "Für den Umbau der früheren Bäckerei hat er rund 40 000 € ausgegeben – deutlich mehr "
    "als geplant, weil die Leitungen aus den Fünfzigerjahren ersetzt werden mussten.",
    "Die Nachbarn begrüßen das Projekt: Endlich gebe es wieder einen Ort, an dem man sich "
    "trifft, sagt eine Rentnerin, die jeden Morgen ihre Zeitung im Café liest.",
    "Geöffnet ist von Dienstag bis Sonntag; im Herbst sollen Lesungen mit Autorinnen und "
    "Autoren aus der Region hinzukommen, kündigte Müller an.",
)


@dataclass(frozen=True)
class Page:
    """One generated page: its headline, a sentence of its body, and the HTML text."""

    title: str
    sentence: str
    html: str


def article_page(n: int, site: str = "Valley Gazette") -> Page:
    """Article page number `n`: one of `TEMPLATE_COUNT` templates, headline unique to `n`."""
    template = n % TEMPLATE_COUNT
    rng = random.Random(template)
    slug, topic = TOPICS[template % len(TOPICS)]
    title = f"{topic} (report {n})"
    paragraphs = [_paragraph(rng) for _ in range(5 + template % 4)]
    body_html = "\n".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    layout = LAYOUTS[template % len(LAYOUTS)]
    html = _layout(title, site, slug, AUTHORS[template % len(AUTHORS)], body_html, layout)
    return Page(title=title, sentence=paragraphs[1].split(". ")[0], html=html)


def latin1_page() -> tuple[Page, bytes]:
    """A French article encoded in ISO-8859-1, with no charset declared anywhere."""
    return _encoded_page(FRENCH_TITLE, FRENCH_PARAGRAPHS, "fr", "iso-8859-1")


def cp1252_page() -> tuple[Page, bytes]:
    """A German article encoded in windows-1252 (curly quotes, €), no charset declared."""
    return _encoded_page(GERMAN_TITLE, GERMAN_PARAGRAPHS, "de", "windows-1252")


def _paragraph(rng: random.Random) -> str:
    sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(CLAIMS)}." for _ in range(2)]
    sentences += rng.sample(DETAILS, 2)
    return " ".join(sentences)


def _encoded_page(
    title: str, paragraphs: tuple[str, ...], lang: str, encoding: str
) -> tuple[Page, bytes]:
    body_html = "\n".join(f"<p>{escape(text, quote=False)}</p>" for text in paragraphs)
    html = _layout(title, "Le Courrier", "culture", "Claire Dubois", body_html, LAYOUTS[0], lang)
    page = Page(title=title, sentence=paragraphs[0].split(";")[0], html=html)
    return page, html.encode(encoding)


def _layout(
    title: str,
    site: str,
    slug: str,
    author: str,
    body_html: str,
    layout: tuple[str, str, bool, bool],
    lang: str = "en",
) -> str:
    tag, css_class, sidebar, comments = layout
    aside = (
        "<aside class='sidebar'><h3>Most read</h3><ul>"
        + "".join(f"<li><a href='/{slug}/{i}'>More on the {slug} ({i})</a></li>" for i in range(5))
        + "</ul></aside>"
        if sidebar
        else ""
    )
    comment_block = (
        "<section class='comments'><h3>Comments</h3>"
        "<div class='comment'><b>reader42</b> Great news, about time.</div>"
        "<div class='comment'><b>anon</b> I don't believe a word of it.</div></section>"
        if comments
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<title>{escape(title)} | {escape(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{escape(site)}">
<meta name="author" content="{escape(author)}">
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site-header"><a class="logo" href="/">{escape(site)}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<{tag} class="{css_class}">
<h1>{escape(title)}</h1>
<p class="byline">By <span class="author">{escape(author)}</span>,
<time datetime="2024-03-14T09:30:00+01:00">14 March 2024</time></p>
{body_html}
</{tag}>
{aside}
{comment_block}
<footer><p>&copy; 2024 {escape(site)}. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
</body>
</html>
"""
