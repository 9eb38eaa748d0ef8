"""Title rules: how pages decorate a headline in ``<title>`` and the meta tags.

``title.py`` applies them: "Le budget adopté | Atlantico.fr" gives "Le budget adopté"
when "Atlantico.fr" is the site's name or domain, and only then.
"""

from __future__ import annotations

import re

from presscut.extraction.rules import words

#: Separators between a headline and the site's name in <title> and og:title, tried in
#: order. A colon is one too, but only when the other side is the site's name.
SEGMENT_SEPARATORS = re.compile(r"\s+[|–—\-·•»:/~]\s+|\s*[|·•»]\s*|\s+::\s+|\s*\|\|\s*")

#: Between a name and a headline written beside it in <title> ("Acme Data Blog: Small
#: models"): the segment separators, and a colon written with no space before it.
NAME_SEPARATORS = re.compile(rf"{SEGMENT_SEPARATORS.pattern}|:\s+")

#: Full-width forms of ASCII ("？", "！", "："): typed with an East Asian input method.
#: In a headline without any East Asian script (CJK_SCRIPT) they stand for the ASCII
#: character, the full-width form being an accident of the keyboard.
FULLWIDTH_ASCII = re.compile("[\uff01-\uff5e]")
#: Chinese, Japanese and Korean letters and punctuation, where full-width forms belong.
CJK_SCRIPT = re.compile("[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]")
#: From a full-width form to its ASCII character.
FULLWIDTH_OFFSET = 0xFEE0

#: React's streaming renderer leaves empty comments between text parts; inside <title>
#: (raw text for the parser) they arrive as literal "<!-- -->".
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

#: Title candidates that name a page type, not an article (lower case).
GENERIC_TITLES = frozenset(
    {
        "home",
        "homepage",
        "home page",
        "accueil",
        "startseite",
        "inicio",
        "portada",
        "news",
        "blog",
        "article",
        "untitled",
        "untitled document",
        "404",
        "page not found",
        "access denied",
        "just a moment...",
    }
)

#: A site-name segment may be written with a generic word before or after the brand
#: ("Blog - Acme", "Acme News"): these words do not stop it from matching the domain.
SITE_NAME_FILLERS = words(
    "the blog blogs news online magazine mag journal daily official site website www com "
    "org net co uk fr de es it inc ltd llc"
)

#: A domain name written before or after the headline with only a space between them
#: ("example.com Vibe coding"); cut when it is the site's own.
DOMAIN_EDGE = re.compile(r"^(?P<lead>[\w-]+(?:\.[\w-]+)+)\s+|\s+(?P<tail>[\w-]+(?:\.[\w-]+)+)$")

#: A page-type label before a headline in the <h1> ("Blog: Ten ways to ..."), or the
#: field label of a record page ("Title:AlignMerge ..."): not part of the headline.
PAGE_TYPE_LABEL = re.compile(
    r"^(?:blog|blog post|news|article|post|story|actualités|artikel|nachrichten|noticias"
    r"|notizie|notícias|title|titre|titel|título|titolo)\s*:\s*(?=\S)",
    re.I,
)

#: A last segment naming the page's format, not its subject ("Top insurers 2025 -
#: Infographic"): cut like a site name (lower case; en, fr, de, es, it, pt).
FORMAT_LABELS = words(
    "infographic infographie infografik infografía infografica infográfico video vidéo "
    "vídeo podcast pdf slideshow diaporama bildergalerie galería galleria galeria"
)

#: A link aggregator's credit after the headline in its <h1>: the source's domain in
#: brackets, maybe followed by the comment count ("... Jobs (example.com) 87").
SOURCE_CREDIT = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}\)(?:\s+\d+)?$", re.I)

#: Longest a headline can reasonably be, in characters; longer candidates are body text.
MAX_TITLE_CHARS = 300

#: Tags that split a headline's text with a space (others, like <span> or <em>, join).
SPACED_TAGS = words("br div p li h1 h2 h3 h4 h5 h6 section header figure img")
