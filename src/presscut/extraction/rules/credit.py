"""Credit rules: agency and source lines, photo credits.

A closing "France 24" or "(AFP)" line is not article text: it is the credit, and moves
from the body to ``credit.source``; "©AHMAD AL-RUBAYE / AFP" moves to ``credit.image``.
"""

from __future__ import annotations

import re

from presscut.extraction.rules import words

#: News agencies and outlets that syndicate articles, as they are written in credit
#: lines. Matched case-sensitively on whole words ("AP" is an agency, "ap" is not).
AGENCIES = (
    "AFP",
    "Agence France-Presse",
    "Reuters",
    "AP",
    "Associated Press",
    "dpa",
    "DPA",
    "EFE",
    "ANSA",
    "Europa Press",
    "Lusa",
    "Agência Brasil",
    "Agência Lusa",
    "Bloomberg",
    "UPI",
    "AAP",
    "PA",
    "PA Media",
    "Press Association",
    "Kyodo",
    "Xinhua",
    "Yonhap",
    "Anadolu",
    "ATS",
    "Keystone-ATS",
    "SDA",
    "Keystone-SDA",
    "APA",
    "Belga",
    "KNA",
    "epd",
    "AGI",
    "Adnkronos",
    "LaPresse",
    "Notimex",
    "Télam",
    "Colpisa",
    "Servimedia",
    "CNA",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "NTB",
    "TT",
    "Ritzau",
    "ANP",
    "PAP",
    "CTK",
    "MTI",
    "Relaxnews",
    "France 24",
    "franceinfo",
    "Franceinfo",
    "RFI",
    "BFMTV",
    "BFM TV",
    "Le Figaro",
    "Le Parisien",
    "Ouest-France",
    "The Conversation",
    "AFP Relaxnews",
    "Deutsche Welle",
    "DW",
    "BBC",
    "CNN",
)

#: An agency name as a regex alternation (longest first so "PA Media" beats "PA").
AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_AGENCY_LIST = rf"(?:{AGENCY})(?:\s*(?:/|,|and|et|und|y|e)\s*(?:{AGENCY}))*"

#: A whole paragraph that is only a source line. Each pattern's group ``src`` is the source.
SOURCE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "credit.source.agency_line",
        re.compile(rf"^\W{{0,3}}\(?(?P<src>{_AGENCY_LIST})\)?\W{{0,2}}$"),
    ),
    (
        "credit.source.with_agency",
        re.compile(
            rf"^\W{{0,3}}(?:\w[\w .'-]{{0,60}}\s)?(?i:avec|with|mit|con|com|and|et)\s+"
            rf"(?P<src>{_AGENCY_LIST})\W{{0,2}}$"
        ),
    ),
    (
        "credit.source.labelled",
        re.compile(
            r"^\W{0,3}(?:source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|bron"
            r"|źródło|źródła|источник|джерело)\s*:\s*"
            r"(?P<src>[^.!?]{2,80}?)\W{0,2}$",
            re.I,
        ),
    ),
    (
        # "来源：新华网", "來源：中央社", "出典：共同通信", "来源：新闻晨报 编辑：山石"
        "credit.source.labelled.cjk",
        re.compile(
            r"^\W{0,3}(?:来源|來源|稿源|出典|出所)\s*[：:]\s*[\[【]?\s*(?P<src>[^\s\[\]【】。！？]{2,30})"
            r"\s*[\]】]?\s*(?:(?:编辑|編輯|责任编辑|責任編輯|作者|记者|記者)\s*[：:].{0,20})?$"
        ),
    ),
)
#: Longest paragraph that can be a source line.
SOURCE_LINE_MAX_CHARS = 90

#: An agency named in a dateline at the start of the first paragraph:
#: "PARIS (AFP) - ...", "Berlin (dpa) -", "MADRID, 3 Feb. (EUROPA PRESS) -".
DATELINE = re.compile(rf"^[^()]{{0,60}}\((?P<src>{_AGENCY_LIST})\)\s*[-–—:]")

#: Words before the "/" of a "NAME / AGENCY" credit: a name, not a caption run into it
#: ("Phoenix Sky Harbor International Airport Wenjie Zheng / Shutterstock").
AGENCY_NAME_MAX_WORDS = 5
#: A whole paragraph that is a photo credit; group ``credit`` is what to keep.
IMAGE_CREDIT_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "credit.image.copyright",
        re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*:?\s*(?P<credit>.{2,120})$", re.I),
    ),
    (
        "credit.image.labelled",
        re.compile(
            r"^\s*(?:photo|photos|image|images|picture|credit|credits|crédit|crédits"
            r"|crédits? photos?|photo credit|foto|fotos|bild|bilder|imagen|immagine"
            r"|image illustrative|photo d'illustration|photo illustrative"
            r"|titelbild|beitragsbild|aufmacherbild|titelfoto"
            r"|crédito|créditos|illustrations?|ilustración|ilustração|illustrazione"
            r"|beeld|zdjęcie|zdjęcia|фото|фотография|иллюстрация)\s*:\s*"
            r"(?P<credit>.{2,120})$",
            re.I,
        ),
    ),
    (
        # Polish "Fot. NAME", without a colon
        "credit.image.labelled.pl",
        re.compile(r"^\s*fot\.\s*:?\s*(?P<credit>\S.{1,120})$", re.I),
    ),
    (
        # "图片来源：视觉中国", "图：新华社", "摄影：张三", "写真：共同通信", "写真提供：X"
        "credit.image.labelled.cjk",
        re.compile(
            r"^\s*[（(]?\s*(?:图片来源|圖片來源|图片|圖片|图|圖|摄影|攝影|写真提供|写真|画像提供"
            r"|画像|撮影)\s*[：:]\s*(?P<credit>[^（）()]{2,60}?)\s*[）)]?\s*$"
        ),
    ),
    (
        # "蔡雪婧/摄", "（记者 张三 摄）": a photographer's line
        "credit.image.photographer.zh",
        re.compile(
            r"^\s*[（(]?\s*(?:(?:本报)?记者\s*)?(?P<credit>[\u4e00-\u9fff·]{2,4}"
            r"(?:\s+[\u4e00-\u9fff·]{2,4})*)\s*[/／]?\s*摄\s*[）)]?\s*$"
        ),
    ),
    (
        "credit.image.by",
        re.compile(
            r"^\s*(?:featured? (?:image|photo)|cover (?:image|photo)|header image|top image"
            r"|lead image|images?|photos?|photograph(?:y|s)?|illustrations?)\s+"
            r"(?:by|via|courtesy of|from)\s+"
            r"(?P<credit>.{2,120})$",
            re.I,
        ),
    ),
    (
        "credit.image.agency",
        re.compile(
            rf"^\s*(?P<credit>[\w.'-]+(?: +[\w.'-]+){{0,{AGENCY_NAME_MAX_WORDS - 1}}}\s*/\s*"
            rf"(?:{AGENCY}|Getty Images|Getty|Shutterstock"
            rf"|iStock|Picture Alliance|picture alliance|SIPA|Sipa|MAXPPP|Abaca|ABACA|Hans Lucas"
            rf"|IMAGO|Imago))\s*$"
        ),
    ),
)
IMAGE_CREDIT_MAX_CHARS = 140

#: A credit element's whole text is the credit only when it reads like one: a few names
#: ("Jane Doe / Reuters", "Courtesy of Amp"), not a caption sentence or a teaser.
CREDIT_MAX_WORDS = 8
#: A label written before the credit without a colon: "Photo Credit NAME", "Credits NAME",
#: "Crédit photo NAME", "Bildnachweis NAME".
CREDIT_LABEL = re.compile(
    r"^\s*(?:(?:photo|image|picture|foto|bild|imagen|immagine)\s+)?(?:credits?|crédits?"
    r"|créditos?|crediti|bildnachweis|bildquelle)(?:\s+(?:photo|foto|image))?\b\s*:?\s*",
    re.I,
)
#: Buttons and prompts that credit elements hold instead of a credit: "View image credit",
#: "Afficher le crédit", "Read the article".
NOT_A_CREDIT = re.compile(
    r"^\W*(?:view|show|hide|toggle|see|read|click|voir|afficher|masquer|lire|anzeigen"
    r"|ausblenden|ver|mostrar|ocultar|leer|vedi|mostra|nascondi|leggi)\b|\bread (?:the|more)\b"
    r"|[?!]",
    re.I,
)

#: "© 2026 Site" or "All rights reserved": the site's own notice, never a photo credit.
SITE_NOTICE = re.compile(
    r"(©|\(c\)|copyright)\s*\d{4}|rights reserved|droits réservés|rechte vorbehalten"
    r"|derechos reservados|diritti riservati|direitos reservados",
    re.I,
)

#: A reporter's name in brackets closing a Chinese or Japanese article, after its last
#: sentence: "…と笑顔を見せた。（佐藤花子）", "…と話した。（社会部・山田太郎）". A news agency
#: there ("（共同）") is the source; the words of CJK_CLOSING_NOT_NAMES are no one.
CJK_CLOSING_BYLINE = re.compile(
    r"(?<=[。」！？])\s*[（(]\s*(?:[\u4e00-\u9fff]{1,6}[・･\s])?"
    r"(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff\u3040-\u309f]{1,5}"
    r"(?:[、・][\u4e00-\u9fff][\u4e00-\u9fff\u3040-\u309f]{1,5})*)\s*[）)]\s*$"
)
CJK_CLOSING_AGENCIES = frozenset({"共同", "共同通信", "時事", "時事通信", "新华社", "中新社"})
CJK_CLOSING_NOT_NAMES = frozenset({"完", "終わり", "おわり", "続く", "つづく", "了", "待续"})
CLOSING_BYLINE_RULE = "credit.byline.closing"
#: A Chinese or Japanese photo credit in brackets at a caption's end: "…輪島市（写真：共同）",
#: "…（图片来源：视觉中国）".
CJK_CAPTION_CREDIT = re.compile(
    r"[（(]\s*(?:写真提供|写真|撮影|画像提供|画像|图片来源|圖片來源|图片|圖片|摄影|攝影)\s*[：:]"
    r"\s*(?P<credit>[^（）()]{2,40}?)\s*[）)]\s*$"
)
#: Text inside a figure caption that carries the photo credit, at the caption's end:
#: "... © NAME", "... Photo: NAME", "... (Photo Credit: NAME)", "... (Foto EFE)",
#: "... | Photo by NAME" (after a sentence, a bar or a parenthesis only).
CAPTION_CREDIT = re.compile(
    r"(?:©|\(c\)\s"
    r"|\(?(?:(?:photo|foto|image|bild|imagen)\s+)?(?:crédits?(?:\s+photo)?|credits?|photo|foto"
    r"|bild|imagen)\s*:"
    r"|\((?:photo|foto|crédit photo|credit|bild|imagen)\s"
    r"|(?:^|[.|(]\s*)(?:photo|photograph|image|foto)s?\s+"
    r"(?:by|courtesy(?:\s+of)?|von|par|por|di)\s*:?\s)"
    r"\s*(?P<credit>[^|\n()]{2,100}?)\s*\)?\s*$",
    re.I,
)

#: A byline standing as its own paragraph: "By Jane Doe", "Par Jean Dupont", "Von ...",
#: "Posted by Jane Doe at December 16, 2025" (Blogger's post footer), "Written By: Jane Doe".
#: A Chinese or Japanese byline line: "光明日报记者 王建宏 张文攀", "□ 本报记者 葛灵丹",
#: "作者：郭励弘", "河南商报记者马俊峰/文", "責任編集：山田太郎" (a label, then names only).
_CJK_NAME = r"[\u4e00-\u9fff\u3040-\u30ff·]{2,4}"
CJK_NAMES = rf"(?P<names>{_CJK_NAME}(?:[\s、，,]+{_CJK_NAME})*)"
CJK_BYLINE_LABEL = (
    r"(?:特约记者|实习记者|记者|記者|實習生|实习生|通讯员|作者|撰文|执笔|責任編集|執筆者?|筆者"
    r"|文(?=\s*[：:／/]))"
)
CJK_BYLINE_LINE = re.compile(
    r"^[□■◎●◆\s]*(?:[\u4e00-\u9fff·]{1,12}?\s*)?"
    + CJK_BYLINE_LABEL
    + r"\s*[：:／/]?\s*"
    + CJK_NAMES
    + r"\s*(?:[／/]\s*文)?\s*$"
)
BYLINE_LINE = re.compile(
    r"^\W{0,3}(?i:by|par|von|por|di|de|door|av|af|written by|texte de|texto de|posted by"
    r"|publié par|gepostet von|publicado por|pubblicato da|postado por|autor|autorka|tekst"
    r"|автор|текст)(?:\s*:\s*|\s+)\W?[A-ZÀ-ÝŁŚŻА-Я]"
    r"|" + CJK_BYLINE_LINE.pattern,
)
BYLINE_LINE_MAX_CHARS = 120
#: The word that opens a byline, standing alone (its name is in the next element).
BYLINE_WORD = re.compile(r"^\W*(?:by|par|von|por|di|de|door|written by)\W*$", re.I)
BYLINE_RULE = "credit.byline"

# --- What a photo credit's value is not (its shape), once the credit was found ---------

#: Separators a credit element starts with when it follows a name in a byline or a caption
#: ("| Guest Columnists", "— Jane Doe", "/ Reuters"): never part of the credit.
LEADING_SEPARATORS = re.compile(r"^[\s|/\\·•–—:;,*-]+")
#: A label opening the value itself, left after "Photo Credit:" was read off: "Fotografía
#: de NAME", "Photo: NAME", "Foto di NAME", "Bild von NAME", "Photo by NAME".
VALUE_LABEL = re.compile(
    r"^(?:photos?|photographs?|images?|pictures?|illustrations?|fotos?|fotografía|fotografia"
    r"|fotografie|bild|bilder|imagen|immagine|imagem|ilustración|ilustração)"
    r"\s*(?::|\s(?:by|de|di|von|par|por|do|da)\b)\s*",
    re.I,
)
#: A permission note closing a credit: "NAME — used by permission", "NAME, reproduit avec
#: autorisation", "NAME, mit freundlicher Genehmigung". The name before it is the credit.
PERMISSION_NOTE = re.compile(
    r"[\s,;:(–—-]*\b(?:(?:used|reproduced|reprinted) (?:by|with) (?:kind )?permission"
    r"|(?:reproduit(?:e)? )?avec (?:l'aimable )?autorisation|mit freundlicher genehmigung"
    r"|(?:reproducido )?con permiso|(?:riprodott[oa] )?(?:con|per gentile) (?:autorizzazione"
    r"|concessione)|(?:reproduzido )?com permissão)\W*$",
    re.I,
)
#: A caption sentence run into the credit ("Fitness is back. Jane Doe / Getty Images"):
#: the credit is what follows the last sentence end, if what precedes it is a sentence.
SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[)”\"’]))[.!?]\s+(?=[^\W\d_©])")
#: Words a caption sentence has at least; and the credit after it is "NAME / AGENCY" (a
#: period inside a credit stays: "C. Morel", "George Darrell. Courtesy Gallery X").
SENTENCE_MIN_WORDS = 5
#: A value that is a web address: kept as its site's name ("konecta.com") when it points
#: at a site's home, dropped when it points at a page or a file.
URL_VALUE = re.compile(
    r"^(?:https?://|www\.)(?:www\.)?(?P<host>[\w.-]+\.[a-z]{2,})(?P<path>\S*)$", re.I
)
#: A file name instead of a credit: "IMG_2041.jpg", "DSC_0012", "hero-banner.webp".
FILE_NAME = re.compile(
    r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|heic|bmp)$|^(?:IMG|DSC|DSCN|DCIM|PXL|GOPR)[_-]?\d+",
    re.I,
)
#: A value made of label words only: "Photo", "Credits", "Design by", "Site by",
#: "Webdesign & Development by", "Bild:", "Crédit photo".
LABEL_ONLY = re.compile(
    r"^(?:\W|\b(?:photos?|images?|pictures?|illustrations?|credits?|crédits?|créditos?|crediti"
    r"|fotos?|bild|bilder|imagen|immagine|imagem|design|site|website|web|webdesign|development"
    r"|by|par|de|von|por|di|and|et|und|y|e)\b)*$",
    re.I,
)
#: Who made the web site, a credit line in site footers: "Site by NAME", "Nonprofit Web Design
#: by NAME", "POS and Ecommerce by NAME", "Réalisation du site par NAME".
SITE_CREDIT = re.compile(
    r"\b(?:web\s?sites?|sites?|sitio|sito|web\s?design|webdesign|development|hosting|hosted"
    r"|powered|e-?commerce|theme|réalisation|conception|gestaltung|entwicklung|desarrollo"
    r"|sviluppo)\b[\w\s&]{0,30}\b(?:by|par|von|por|da|di)\b",
    re.I,
)
#: Footer links and notices credit elements sometimes hold: "Privacy Policy", "Sitemap",
#: "Siteline® is a registered trademark", "This website includes ...".
FOOTER_TEXT = re.compile(
    r"\b(?:privacy policy|cookie policy|terms of (?:use|service)|site\s?map|accessibility"
    r"|impressum|datenschutz|mentions légales|politique de confidentialité|aviso legal"
    r"|política de privacidad|informativa sulla privacy|política de privacidade"
    r"|(?:registered )?trademarks?|marque déposée|eingetragene marke|marca registrada"
    r"|marchio registrato|this (?:web)?site|ce site|diese (?:web)?seite|este sitio"
    r"|questo sito|este site)\b",
    re.I,
)
#: A reading time ("14 min read", "5 min de lecture", "Lesezeit 3 Min."): a byline's.
READ_TIME = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|mn)\b\.?\s*(?:read|de lecture|lesezeit|de lectura|di lettura"
    r"|de leitura)|\b(?:reading time|temps de lecture|lesezeit|tiempo de lectura"
    r"|tempo di lettura|tempo de leitura)\b",
    re.I,
)
#: The word "credit" inside the value (labels were read off before): text about a credit
#: ("The earned income tax credit", "Site Credits"), not a photo's credit.
CREDIT_WORD = re.compile(r"\b(?:credits?|crédits?|créditos?|crediti|credito)\b", re.I)

# --- Where a photo credit element is not (the markup around it) --------------------------

#: Class words that name a photo's credit, not just "credit": such an element is the photo
#: credit even inside a byline block.
PHOTO_CREDIT_WORDS = words(
    "photo-credit image-credit media-credit caption-credit picture-credit img-credit photocredit"
)
#: How many ancestors up a byline block makes a bare "credit" element the writer's credit
#: ("<div class=byline><span class=publication><span class=credit>| Guest Columnists").
BYLINE_REACH = 3
#: The element a caption wraps its credit in, after the caption's text:
#: "<figcaption>Phoenix airport<cite>NAME / AGENCY</cite></figcaption>".
CAPTION_CREDIT_TAG = "cite"

#: What templates print when a photo has no credit: "undefined", "null", "N/A", "Unknown".
PLACEHOLDER = re.compile(
    r"^(?:undefined|null|none|n/?a|tbd|unknown|inconnu|unbekannt|desconocido|sconosciuto"
    r"|desconhecido|-+)$",
    re.I,
)
#: Small words credits hold between names ("Courtesy of the Museum", "Jane Doe for Resy",
#: "Foto von Max Muster und dpa"): any other lowercase word is a caption's.
CREDIT_SMALL_WORDS = words(
    "a an and at by for from in of on the to via with et de des du la le les par pour avec"
    " und von der die das für mit bei y del el los para por con di della e per da do dos com"
)
#: Lowercase words (not small words) a credit holds at most: names are capitalised, a
#: caption is a sentence ("The mayor stands in front of the town hall").
CREDIT_MAX_LOWER_WORDS = 2
#: A credit ending in an abbreviation keeps its period: "Harbor Maps, Inc.", "Jane Doe Jr.",
#: "Mapas S.A.", "Foto J. Martin" (a stray period after a full word is dropped).
ABBREVIATION_END = re.compile(
    r"(?:\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|Cia|Cía|Ltda|Lda)|\b[A-Z]"
    r"|\b(?:[A-Za-z]\.)+[A-Za-z]{1,2})$"
)
