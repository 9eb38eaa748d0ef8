"""Owner rules: when a personal site's articles carry no byline, their author is the person
the site is named after ("Jane Doe" in "My post | Jane Doe", "© 2025 Jane Doe").

``owner.py`` applies them, only when no other place names an author. A company's site is
named like a brand and written as "we"; a person's is named like a person and written as
"I": both tests must hold, so "Acme Widgets" (a brand, "we") is never made an author.
"""

from __future__ import annotations

import re

from presscut.extraction.rules import words

#: A person's name as a site is called: this many capitalised words, nothing else
#: ("Jane Doe", "Zoë O'Neil", "Jean-Luc Picard"). Longer site names are brands
#: ("Talking Home Renovations"), and one word is a brand as often as a first name.
OWNER_NAME_WORDS = 2
#: Words that make a two-word site name a brand or a page, not a person (lower case).
NOT_OWNER_WORDS = words(
    "blog blogs news daily weekly journal magazine media studio studios lab labs shop "
    "store home house guide guides review reviews policy privacy terms rights reserved "
    "contact about cookies energy health online digital design designs marketing "
    "coaching consulting capital partners global international travel foods kitchen "
    # articles: "Le Monde", "Der Spiegel", "El País", "Il Post" are titles, not people
    "the le la les el los las il lo gli der die das o os as de del"
)
#: A footer's copyright notice and its holder: "© 2025 Jane Doe. All rights reserved.",
#: "Copyright 2019–2025 Jane Doe", "(c) Jane Doe".
COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?)?\s*[,.]?\s*"
    r"(?P<holder>[^\W\d_][^.,|©\d\n]{2,40}?)[^\S\n]*(?:[.,|]|all rights|tous droits|alle rechte|$)",
    re.IGNORECASE | re.MULTILINE,
)
#: Without a <footer>, how much of the end of the page's text is read for a copyright notice.
FOOTER_CHARS = 3000
#: Words of the first person singular and plural, by language (lower case; words are
#: split at apostrophes, so "j'ai" gives "j"). "I" is counted only in capitals ("i" is
#: a word of other languages); "ma" is Italian for "but", so French "ma" is left out.
FIRST_PERSON_SINGULAR = words(
    "my me mine myself "  # en, "I" aside
    "je j moi mon mes "  # fr
    "ich mich mir mein meine meinen meinem meiner "  # de
    "yo mí mi conmigo "  # es
    "io mio mia miei mie "  # it
    "eu meu minha meus minhas comigo"  # pt
)
FIRST_PERSON_PLURAL = words(
    "we our ours us ourselves "  # en
    "nous notre nos "  # fr
    "wir uns unser unsere unseren unserem unserer "  # de
    "nosotros nosotras nuestro nuestra nuestros nuestras "  # es
    "noi nostro nostra nostri nostre "  # it
    "nós nosso nossa nossos nossas"  # pt
)
#: A site is written as "I" when the article says "I" at least this often, and at
#: least half as often as "we" (a blogger writes "we" of family, readers and friends).
MIN_FIRST_PERSON = 5
FIRST_PERSON_SHARE = 0.5
#: Paragraphs read to count them.
MAX_COUNTED_PARAGRAPHS = 200
