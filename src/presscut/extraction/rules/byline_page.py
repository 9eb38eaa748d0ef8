"""Where bylines are in a page: the elements, links and visible "By ..." lines that hold
one, the containers whose names are someone else's, an author's card; and how much of
each is read.

``page_bylines.py`` applies them; the words of the names themselves are in
``rules/byline.py``.
"""

from __future__ import annotations

import re

from presscut.extraction.rules import words
from presscut.extraction.rules.byline import SENTENCE_LEAD_IN

#: Elements that hold a byline, by CSS selector, most specific first.
BYLINE_SELECTORS = (
    '[itemprop="author"]',
    '[rel="author"]',
    '[class*="byline"]',
    '[class*="Byline"]',
    '[class*="author"]',
    '[class*="Author"]',
    '[class*="writer"]',
    '[class*="creator"]',
    '[data-testid*="byline"]',
)
#: Class/id words of an author's element that holds a note on them, not their name
#: ("author-description", "author__job"): read only for a sentence byline ("This post
#: was written by ...").
AUTHOR_NOTE_WORDS = words("description desc bio biography job jobtitle position role")
#: Links to an author's page: their text is the author's name.
AUTHOR_LINK_SELECTORS = (
    'a[href*="/author/"]',
    'a[href*="/authors/"]',
    'a[href*="/autor/"]',
    'a[href*="/auteur/"]',
    'a[href*="/autore/"]',
    'a[href*="/writers/"]',
    'a[href*="/journalist/"]',
    'a[href*="/people/"]',
    'a[href*="/staff/"]',
)
#: Tags a byline's names are wrapped in: the byline itself is the nearest other element.
INLINE_TAGS = words("a span strong b em i small address cite font")
#: Longest text of a byline holding several author links (names with short notes), and
#: most author links read from it.
MAX_LINKED_BYLINE_CHARS = 400
MAX_LINKED_AUTHORS = 8
#: Class/id words of containers whose names are not the article's authors.
NOT_BYLINE_CONTAINERS = words(
    "comment comments commentlist comment-list related recommended recommendations "
    "more-stories read-next dropdown-menu sub-menu submenu mega-menu megamenu navbar menu-item "
    "sub-nav subnav testimonial testimonials"
)
#: Classes of the <body> of a page that lists posts (WordPress: category, tag, author and
#: date archives): its bylines are the listed posts', none is the page's.
LISTING_BODY_CLASSES = words("archive")
#: Class/id words of a side column: the bylines of its teasers are other articles', but
#: an author's card there (``AUTHOR_CARD_WORDS`` in its own class) is the article's.
SIDE_COLUMN_WORDS = words("sidebar")
AUTHOR_CARD_WORDS = words(
    "author-card author-box author-name author-bio author-profile author-info about-author"
)
#: Class/id words of a byline's parts that file the article, not credit it
#: ("byline__category": "Wellness & Prevention"); links with ``rel="tag"`` are the same.
TAXONOMY_PART_WORDS = words(
    "category categories tag tags topic topics rubrique kategorie categoria"
)
#: Tags whose names are not the article's authors (the site's navigation).
NOT_BYLINE_TAGS = words("nav")
#: Class/id words of a photo's or a video's credit element ("media-license-author",
#: "image-author", "photo-author"): the author it names took the picture, not the
#: article.
MEDIA_CREDIT_WORDS = words(
    "media-license license image-author img-author photo-author picture-author "
    "media-author video-author caption-author copyright-author"
)

#: A visible text that opens a byline: "By", "Written by", "Par" ... (capitalised).
BYLINE_OPENERS = (
    *("Article written by", "Post written by", "Article rédigé par", "Article écrit par"),
    *("Artículo escrito por", "Articolo scritto da", "Artigo escrito por"),
    *("By", "BY", "by", "Written by", "Words by", "Posted by", "Article by", "Story by"),
    *("Text by", "Reported by", "Author", "Authors", "Contributors", "Contributor"),
    *("Contributed by", "Par", "PAR", "Rédigé par", "Écrit par", "Texte", "Auteur"),
    *("Von", "VON", "Geschrieben von", "Autor", "Autorin", "Ein Beitrag von", "Beitrag von"),
    *("Gastbeitrag von", "Ein Gastbeitrag von", "Blogbeitrag von", "Blog Beitrag von"),
    *("Por", "POR", "Escrito por", "Publicado por", "Di", "Scritto da", "Autore"),
)
BYLINE_OPENER = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in BYLINE_OPENERS) + r")\b\s*:?\s*"
)
#: A byline written as a date, a dash and the name, alone in its element ("11.12.2019 -
#: Amelie Loevenich"): the name is two or three capitalised words, nothing else.
DATED_BYLINE = re.compile(
    r"^\d{1,2}\.\d{1,2}\.\d{2,4}\s+[-–—|]\s+(?=(?:[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)?(?:\s+|$)){2,3}$)"
)
#: Openers that can only precede an author: after them a single word is a name ("Written
#: by Eliz"), where after "By" it is as often a phrase ("By Category").
WRITTEN_BY_OPENER = re.compile(
    r"^(?:(?:article|post)\s+)?written\s+by\b|^(?:article\s+)?(?:écrit|rédigé)\s+par\b"
    r"|^(?:geschrieben|verfasst)\s+von\b|^(?:artículo\s+|artigo\s+)?escrito\s+por\b"
    r"|^(?:articolo\s+)?scritto\s+da\b",
    re.IGNORECASE,
)
#: The first words of a byline written as a sentence in the article's text ("This post
#: was written by", "Cet article a été rédigé par", "Dieser Beitrag wurde verfasst von",
#: "Questo articolo è stato scritto da"): a demonstrative, a noun or two, then the verb
#: (``SENTENCE_LEAD_IN``); the names follow.
SENTENCE_OPENERS = (
    *("This", "Our", "Cet", "Cette", "Ce", "Este", "Esta", "Dieser", "Diese", "Dieses"),
    *("Questo", "Questa", "Esse", "Essa"),
)
SENTENCE_OPENER = re.compile(
    r"^(?:" + "|".join(SENTENCE_OPENERS) + r")(?:\s+[^\W\d_]+){1,2}\s+"
    r"(?:" + SENTENCE_LEAD_IN.pattern + r")",
    re.IGNORECASE,
)
#: Tags of a work's title: "by ..." right after one cites its author ("<i>Moby-Dick</i>
#: by Herman Melville"), it is no byline of the article.
WORK_TITLE_TAGS = words("i em cite")
#: A line that only links two names ("," "and" "&").
NAME_CONNECTOR = re.compile(r"^(?:,|;|&|\+|and|et|und|y|e|&amp;)$", re.IGNORECASE)
#: Longest text of a byline element, and most lines read from it.
MAX_BYLINE_CHARS = 160
MAX_BYLINE_LINES = 12
#: In a longer author box (name, job, bio), the name is in one of its first lines.
BOX_NAME_LINES = 3
#: Text nodes read when looking for a "By ..." opener, and after it.
MAX_SCANNED_TEXTS = 4000
OPENER_FOLLOWING_TEXTS = 3
#: Visible "By ..." bylines read while looking for one that names a person.
MAX_OPENERS = 4
#: Images read as possible authors' portraits, and how far up from one its name may be.
MAX_PORTRAITS = 60
PORTRAIT_DEPTH = 3
#: Words in a picture's class or address that make it a person's portrait.
PORTRAIT_HINTS = ("avatar", "author", "profile", "headshot", "portrait", "rounded-full", "circle")
#: Longest text of an author's card (name, job, a short biography).
MAX_CARD_CHARS = 1500
