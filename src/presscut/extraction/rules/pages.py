"""Pages that are no article: an error, maintenance or login page, named by its headline.

A rule fires when the page's title, its ``<h1>`` or the first block of its text starts
with one of the rule's phrases (casefolded) and the page holds fewer than
``NOT_ARTICLE_MAX_WORDS`` words: an article about logging in is longer than its login form.
"""

from __future__ import annotations

import re

#: A page with at least this many words of lead and body is read as an article whatever
#: its headline says.
NOT_ARTICLE_MAX_WORDS = 150


def _starts(*phrases: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(phrases) + r")(?:\W|$)")


#: (rule name, headline start) for each kind of page that is no article.
NOT_ARTICLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "page.error",
        _starts(
            r"(?:error )?(?:400|401|403|404|410|500|502|503)(?: error)?",
            r"page not found",
            r"(?:this |the )?page (?:could not|cannot|can't|can’t) be found",
            r"not found",
            r"oops",
            r"something went wrong",
            r"access denied",
            r"forbidden",
            r"seite nicht gefunden",
            r"page introuvable",
            r"página no encontrada",
            r"pagina non trovata",
            r"nie znaleziono strony",
        ),
    ),
    (
        "page.maintenance",
        _starts(
            r"we(?:'|’)ll be (?:right )?back",
            r"we will be (?:right )?back",
            r"(?:site |website )?(?:is )?(?:currently )?(?:under|down for) maintenance",
            r"(?:scheduled )?maintenance in progress",
            r"(?:service )?temporarily unavailable",
            r"service unavailable",
            r"wartungsarbeiten",
            r"site en maintenance",
            r"en mantenimiento",
        ),
    ),
    (
        "page.login",
        _starts(
            r"log ?in",
            r"sign ?in",
            r"please (?:log|sign) ?in",
            r"(?:just a moment|attention required|verify you are human|are you a robot)",
            r"anmelden",
            r"connexion",
            r"iniciar sesión",
            r"zaloguj się",
        ),
    ),
)
