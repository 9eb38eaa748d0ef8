"""Byline rules: the words around authors' names, by purpose and language.

``byline.py`` applies them: "Par Jeanne Dupont, envoyée spéciale, avec AFP" gives the
author "Jeanne Dupont" and the source "AFP".
"""

from __future__ import annotations

import re

from presscut.extraction.rules import words
from presscut.extraction.rules.credit import (  # CJK bylines are credit lines in the body too
    AGENCIES,
    CJK_BYLINE_LABEL,
    CJK_NAMES,
)

#: Words that open a byline and are not part of a name, by language (lower case,
#: matched at the start, longest first).
LEAD_INS: dict[str, tuple[str, ...]] = {
    "en": (
        "article written by",
        "post written by",
        "written by",
        "recipe by",
        "review by",
        "reviewed and written by",
        "words by",
        "story by",
        "text by",
        "posted by",
        "published by",
        "authored by",
        "article by",
        "reported by",
        "interviewed by",
        "interview by",
        "interview:",
        "more about",
        "by",
        "author:",
        "authors:",
        "contributed by",
        "contributors:",
        "contributor:",
        "contributors",
        "contributor",
        "author",
        "writer:",
        "byline:",
    ),
    "fr": (
        "article rédigé par",
        "article écrit par",
        "propos recueillis par",
        "rédigé par",
        "écrit par",
        "publié par",
        "par",
        "auteur :",
        "auteur:",
        "auteur",
        "texte :",
    ),
    "de": (
        *("geschrieben von", "verfasst von", "eingestellt von", "erstellt von", "artikel von"),
        *("ein gastbeitrag von", "gastbeitrag von", "blogbeitrag von", "blog beitrag von"),
        *("ein beitrag von", "beitrag von", "von", "autor/in:", "autor*in:", "autor:"),
        *("autorin:", "autorin", "text:", "interview:", "interview von", "vom"),
    ),
    "es": (
        *("artículo escrito por", "escrito por", "publicado por", "redactado por", "por"),
        *("autor:", "autora:", "autor"),
    ),
    "it": (
        *("articolo scritto da", "scritto da", "pubblicato da", "di", "autore:", "autore"),
        *("a cura di", "a cura della", "a cura del"),
    ),
    "pt": ("artigo escrito por", "escrito por", "publicado por", "por", "autor:", "autora:"),
    "nl": ("geschreven door", "door", "auteur:", "tekst:"),
    "pl": ("autorzy:", "autor:", "autorka:", "tekst:", "opracowanie:"),
    "ru": ("автор:", "авторы:", "текст:", "автор"),
    # zh, ja: "记者 张三", "作者：", "文／", "責任編集"; full-width colons and slashes too
    "zh": (
        *("本报记者", "新华社记者", "特约记者", "实习记者", "通讯员", "记者", "作者：", "作者:"),
        *("作者", "文／", "文/", "撰文：", "撰文", "责任编辑：", "责编："),
    ),
    "ja": (
        *("責任編集：", "責任編集", "文：", "文・", "執筆：", "執筆者：", "筆者："),
        *("記者：", "記者"),
        *("投稿者：", "投稿者", "著者：", "この記事を書いた人", "書いた人：", "ライター："),
    ),
}

#: A byline written as a sentence ("This post was written by Jane Doe, our editor."):
#: the names follow, up to the first comma or full stop (what follows is a note on them).
#: The names may also be in the next element ("This post was written by" <a>Jane Doe</a>).
SENTENCE_LEAD_IN = re.compile(
    r"(?:\b(?:was|is|has\s+been)\s+(?:written|authored|prepared|contributed)\s+by"
    r"|\ba\s+été\s+(?:écrit|rédigé|préparé)e?\s+par"
    r"|\b(?:fue|ha\s+sido)\s+(?:escrit|redactad|preparad)[oa]\s+por"
    r"|\bè\s+stat[oa]\s+(?:scritt|redatt|preparat)[oa]\s+da"
    r"|\bfoi\s+(?:escrit|redigid|preparad)[oa]\s+por"
    r"|\bwurde\s+(?:geschrieben|verfasst)\s+von)(?:\s+|$)",
    re.IGNORECASE,
)
#: Where the names of a sentence byline end.
SENTENCE_NAMES_END = re.compile(r"[,;.!?]\s|[,;!?]|\.$")

#: Lead-ins that are also the start of surnames ("De Luca"): removed only in lower case.
LOWER_CASE_LEAD_INS = ("de ",)

#: Separators between several people in one byline (regex, whole words).
#: "and" in any case ("Glen Owen And Brendan Carlin"); "et", "und", "y", "e" in lower case
#: (or "ET", "UND") and never before a full stop: "Sarah E. Needleman" is one person.
NAME_SEPARATORS = re.compile(
    r"\s*(?:,|;|&|\||/|、|，|\b(?i:and)\b|\b(?:et|ET|und|UND|y|e)\b(?!\.)|\+)\s*"
)

#: "Jane Doe with AFP": the part after these words names an agency or a helper.
WITH_WORDS = re.compile(
    r"\s+(?:with|avec|mit|con|com|met)\s+(?=\S)|\s*\((?=[^()]*\)?\s*$)", re.IGNORECASE
)

#: Where a byline stops naming people: dates, update notes, reading times (all languages).
#: A date written before the names ("Dec. 19, 2025 · Jane Doe"), with its separator.
BYLINE_LEADING_DATE = re.compile(
    r"^\s*(?:[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,10}\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*[-–—|•·,:]\s*(?=\w)",
)
BYLINE_TAIL = re.compile(
    r"\s*(?:[-–—|•·,]\s*)?\b(?:"
    r"updated|published|posted|last\s+updated|last\s+modified|modified|on\s+(?=\w+\s+\d)"
    r"|at\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
    r"|mis\s+à\s+jour|publié|modifié|le\s+\d"
    r"|aktualisiert|veröffentlicht|am\s+\d"
    r"|actualizado|publicado|actualización"
    r"|on\s+behalf\s+of|au\s+nom\s+de|im\s+namen|en\s+nombre\s+de"
    r"|aggiornato|pubblicato|reviewed\s+by|fact[-\s]checked|medically\s+reviewed|edited\s+by"
    r"|on\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
    r"|atualizado|publicado\s+em"
    r"|\d+\s*(?:min|minutes?|mins)\b"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}"
    r").*$",
    re.IGNORECASE,
)

#: Job titles after a name ("Jane Doe, Staff Writer"): a part made only of these words
#: is a role, not a person.
ROLE_WORDS = words(
    """
    staff writer writers reporter reporters correspondent correspondents editor editors
    senior junior chief deputy managing executive associate contributing contributor
    contributors columnist columnists news desk team editorial features political
    politics business sports science technology tech health culture foreign national
    international special envoy photographer photographers photos photo video producer
    analyst freelance freelancer guest author authors journalist journalists intern reviewer
    expert experts director head of the and for in at global us uk europe
    rédaction rédacteur rédactrice journaliste envoyé envoyée spécial spéciale
    correspondant correspondante chef service grand reporter à
    redaktion redakteur redakteurin korrespondent korrespondentin
    redacción redactor redactora corresponsal periodista enviado enviada especial
    redazione redattore redattrice corrispondente giornalista inviato inviata
    redação repórter correspondente jornalista enviada
    """
)

#: The nouns that end or start a job title ("WCI Columnist", "Columnista invitada"): a
#: short part of a byline after a name, ending or starting with one, is a job, not a
#: second person (lower case).
JOB_NOUNS = words(
    """
    writer writers reporter reporters correspondent correspondents editor editors
    columnist columnists contributor contributors journalist journalists photographer
    producer analyst intern reviewer
    rédacteur rédactrice journaliste correspondant correspondante chroniqueur chroniqueuse
    redakteur redakteurin korrespondent korrespondentin kolumnist kolumnistin
    redactor redactora corresponsal periodista columnista colaborador colaboradora
    redattore redattrice corrispondente giornalista editorialista collaboratore
    repórter jornalista colunista colaboradora
    """
)
#: Longest job title recognised by its last noun, in words.
MAX_TITLE_WORDS = 3

#: Whole bylines that name nobody (lower case, after lead-ins are removed).
NOT_NAMES = frozenset(
    {
        "staff",
        "admin",
        "administrator",
        "editor",
        "editors",
        "the editors",
        "editorial",
        "editorial staff",
        "editorial team",
        "web desk",
        "news desk",
        "newsdesk",
        "guest",
        "guest author",
        "guest post",
        "anonymous",
        "unknown",
        "user",
        "root",
        "webmaster",
        "null",
        "none",
        "undefined",
        "email the author",
        "email",
        "contact",
        "follow",
        "follow us",
        "share",
        "author",
        "authors",
        "by",
        "more",
        "view all posts",
        "see all",
        "read more",
        "rédaction",
        "la rédaction",
        "redaktion",
        "redacción",
        "redazione",
        "redação",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "about",
        "accept",
        "comments",
        "comment",
        "guide",
        "people",
        "home",
        "menu",
        "search",
        "github",
        "privacy policy",
        "terms",
        "login",
        "log in",
        "sign in",
        "subscribe",
        "newsletter",
        "team",
        "our team",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "our editors",
        "editorial board",
        "newsroom",
        "the team",
        "die redaktion",
        "la redacción",
        "la redazione",
        "a redação",
    }
)

#: Labels that stand where a byline's name would be and name no one (lower case): a blog
#: template's "Eingestellt von", a "Źródło" (source) or "Datum" label, a schema field's
#: name, a placeholder, a section's name ("Noticias", "Agencies"), a photo's credit
#: ("zvg": "zur Verfügung gestellt", handed out by whom it shows).
LABEL_NOT_NAMES = frozenset(
    {
        *("publisher", "no author", "noauthor", "to wikimedia projects", "wikimedia projects"),
        *("eingestellt von", "erstellt von", "artikel von", "text", "datum", "quelle", "bild"),
        *("foto", "fotos", "photo", "photos", "source", "sources", "agencies", "agency"),
        *("gesponserte inhalte", "sponsored", "sponsored content", "anzeige", "werbung"),
        *("noticias", "news", "nachrichten", "actualités", "notizie", "http", "https"),
        *("źródło", "zrodlo", "źródła", "autor", "autorzy", "redakcja", "red", "red."),
        *("zvg", "z.v.g", "z.v.g.", "zvg.", "zur verfügung gestellt"),  # de-CH photo credit
        *("bron", "auteur", "redactie", "de redactie", "источник", "автор", "редакция"),
        *("来源", "作者", "记者", "编辑", "责任编辑", "出典", "著者", "編集部", "写真"),
    }
)

#: Places that a byline or an author meta tag names after the person or the site ("SPIEGEL
#: ONLINE, Hamburg, Germany", "Jane Doe, London"): a dateline or an address, never an
#: author (lower case; countries and large cities, in the languages of the rules).
PLACE_NOT_NAMES = frozenset(
    {
        *("germany", "deutschland", "allemagne", "alemania", "germania", "niemcy"),
        *("austria", "österreich", "autriche", "switzerland", "schweiz", "suisse", "svizzera"),
        *("france", "frankreich", "francia", "francja", "italy", "italien", "italie", "italia"),
        *("spain", "spanien", "espagne", "españa", "spagna", "hiszpania", "portugal"),
        *("poland", "polen", "pologne", "polonia", "polska", "netherlands", "niederlande"),
        *("nederland", "belgium", "belgien", "belgique", "luxembourg", "luxemburg"),
        *("united kingdom", "uk", "england", "großbritannien", "royaume-uni", "reino unido"),
        *("ireland", "irland", "usa", "u.s.", "united states", "vereinigte staaten"),
        *("états-unis", "estados unidos", "stati uniti", "canada", "kanada", "mexico"),
        *("méxico", "brazil", "brasil", "brasilien", "argentina", "chile", "colombia"),
        *("china", "chine", "japan", "japon", "japón", "india", "indien", "russia"),
        *("russland", "russie", "rusia", "rosja", "россия", "ukraine", "ucrania", "ukraina"),
        *("україна", "australia", "australien", "israel", "turkey", "türkei", "europe"),
        *("europa", "中国", "日本", "hamburg", "berlin", "münchen", "munich", "köln"),
        *("cologne", "frankfurt", "frankfurt am main", "frankfurt a. m", "frankfurt a.m"),
        *("stuttgart", "düsseldorf", "leipzig", "dresden", "bremen", "hannover", "wien"),
        *("vienna", "zürich", "zurich", "bern", "basel", "genf", "geneva", "genève", "paris"),
        *("lyon", "marseille", "bruxelles", "brussels", "brüssel", "amsterdam", "london"),
        *("new york", "washington", "los angeles", "chicago", "san francisco", "toronto"),
        *("madrid", "barcelona", "rome", "roma", "rom", "milan", "milano", "mailand"),
        *("lisbon", "lisboa", "warsaw", "warszawa", "warschau", "kraków", "prague", "prag"),
        *("moscow", "moskau", "moscou", "moskwa", "москва", "kyiv", "kiev", "kiew", "киев"),
        *("beijing", "peking", "pékin", "北京", "shanghai", "上海", "tokyo", "tokio", "東京"),
        *("hong kong", "香港", "singapore", "sydney", "dubai", "istanbul", "jerusalem"),
    }
)

#: Words of a font's name ("Open Sans Regular", "Roboto Bold Italic"): a style sheet's
#: text read as a byline. A name holding one of FONT_FAMILY_WORDS, or ending with one
#: of FONT_STYLE_WORDS, is a font.
FONT_FAMILY_WORDS = words("sans serif sans-serif monospace webfont fontawesome")
FONT_STYLE_WORDS = words("regular semibold bolditalic extrabold extralight")

#: The label of a photo's credit before a name ("Fotos: EL HERALDO", "Bild: dpa"): the
#: photographer, never the article's author.
PHOTO_LABEL = re.compile(
    r"^\W*(?:fotos?|photos?|bilder?|zdjęcie|zdjęcia|fot\.|фото|写真|图片?|圖片?|摄影|攝影)"
    r"\s*[:：/／]",
    re.IGNORECASE,
)

#: Last words of a named desk ("EcoCult Staff", "the Lavazza Team", "Lifestyle Desk"): the
#: credit when no place names a person. An unnamed one ("Staff", "Our Editors", "La
#: rédaction") is in NOT_NAMES: it names nobody.
DESK_WORDS = words(
    "team staff desk newsdesk newsroom editors rédaction redaktion redacción redazione redação"
)

#: Labels that introduce someone who checked the article, not its author ("Reviewed by:
#: Jane Doe, MD"): a name the page shows after one of these never overrides the markup's.
REVIEWER_LABELS = re.compile(
    r"(?:medically\s+|fact[-\s]?)?(?:reviewed|checked|edited|verified)\s+by"
    r"|(?:relu|vérifié|révisé|corrigé)e?\s+par"
    r"|(?:geprüft|überprüft|redigiert|lektoriert)\s+von"
    r"|(?:revisado|verificado|editado)a?\s+por"
    r"|(?:rivisto|verificato|revisionato)a?\s+da"
    r"|(?:revisto|revisado)a?\s+por",
    re.IGNORECASE,
)

#: A label right before a name that gives whom to ask about the page, not who wrote it
#: ("Contact: Jane Doe", "Media contact:", "Kontakt:", "Contacto:", "Contatto:").
CONTACT_LABEL = re.compile(
    r"\b(?:(?:media|press|presse|prensa|stampa|imprensa)\s+)?"
    r"(?:contacts?|kontakt|ansprechpartner(?:in)?|contactos?|contatt[oi]|contatos?)\s*:?\s*$",
    re.IGNORECASE,
)

#: How far before a name (in characters) a reviewer's label may stand.
MAX_LABEL_GAP = 24

#: Phrases that show a text is a call to action or a label, not a name.
NOT_NAME_PHRASES = re.compile(
    r"\b(?:e-?mail|follow|view\s+(?:all|posts|profile)|posts\s+by|more\s+(?:from|by|articles)"
    r"|read\s+more|articles?\s+by|click|subscribe|sign\s+up|log\s*in|share|twitter"
    r"|facebook|linkedin|instagram|profile|bio|our|meet|directory|this\s+site"
    r"|admin|administrator|webmaster|wpengine|site\s+owner"
    # the same labels of author links in other languages ("Alle Beiträge", "Voir le profil")
    r"|(?:tous|voir)\s+(?:ses|les)\s+articles|voir\s+le\s+profil|plus\s+d'articles"
    r"|alle\s+(?:beiträge|artikel)|mehr\s+(?:von|artikel)|zum\s+profil"
    r"|(?:ver\s+)?(?:todos\s+)?(?:sus|los)\s+artículos|más\s+artículos|ver\s+perfil"
    r"|(?:tutti\s+gli|altri)\s+articoli|vedi\s+profilo"
    r"|(?:ver\s+)?todos\s+os\s+artigos|mais\s+artigos"
    # a copyright line or a company's legal form read as a name ("Co. KG - all rights reserved")
    r"|(?:all\s+)?rights\s+reserved|alle\s+rechte|copyright|^co\.?\s+kg"
    r"|all\s+articles|alle\s+artikel)\b",
    re.IGNORECASE,
)

#: Names longer than this many words are sentences, not names.
MAX_NAME_WORDS = 6
MAX_NAME_CHARS = 60

#: Agencies recognised in bylines and author metadata (shared with the credit rules).
BYLINE_AGENCIES = (
    *AGENCIES,
    "Agence France Presse",
    "The Associated Press",
    "dpa-AFX",
    "APA-OTS",
)
AGENCY_KEYS = frozenset(a.casefold() for a in BYLINE_AGENCIES)

#: Lower-case words inside names ("Marna van der Merwe", "Ana de la Cruz").
NAME_PARTICLES = words(
    "van der den de del della di da das dos du la le von zu bin al el y e ten ter"
)
#: Longest name read from visible text, in words.
MAX_VISIBLE_NAME_WORDS = 5

#: A company's or an association's legal form at the end of a name ("wegewerk GmbH",
#: "SmartEtailing Inc", "Bund der Energieverbraucher e.V.",
#: "Claight Corporation (Expert Market Research)"), or a bare domain ("FLVW.de"): the
#: site's operator or its web agency, never the article's credit, not even as a fallback.
COMPANY_NAME = re.compile(
    r"\b(?:gmbh|ag|kg|ug|inc|ltd|llc|plc|corp|corporation|s\.?a\.?|s\.?l\.?|sarl|srl|s\.?p\.?a\.?"
    r"|sp\. z o\.o|b\.?v\.?|n\.?v\.?|e\.\s?v)\.?(?:\s*\([^)]*\))?\s*$"
    r"|^[\w-]+\.(?:de|at|ch|com|org|net|fr|it|es|pl|nl|info|io|eu)$",
    re.IGNORECASE,
)
#: Words that make a name an organisation's, even when JSON-LD types it as a Person
#: ("Cleveland Clinic", "British Heart Foundation", "Équipe Exemple": team words in six
#: languages).
ORGANIZATION_WORDS = words(
    "clinic clinics hospital hospitals foundation association society institute university "
    "college school academy center centre council agency group company corporation corp "
    "inc ltd llc gmbh media news magazine journal press team staff editors editorial "
    "department office services solutions network club church museum library "
    "équipe equipe equipo equipa squadra rédaction redaktion redacción redazione redação"
)

# --- Chinese and Japanese bylines ------------------------------------------------------

#: A byline in brackets inside a line ("据新华社拉萨电（记者 格桑边觉）", "（总台记者 张倩）").
CJK_BRACKETED_BYLINE = re.compile(
    r"[（(]\s*(?:[\u4e00-\u9fff]{1,8}?)?(?:记者|通讯员)\s*" + CJK_NAMES + r"\s*[）)]"
)
#: A labelled byline after other facts on one line ("时间：2004年10月21日14:18 作者：郭励弘").
CJK_LABELLED_BYLINE = re.compile(
    r"(?:^|\s)(?:作者|撰文|执笔|記者|筆者|執筆者?)\s*[：:]\s*" + CJK_NAMES + r"(?=\s|$)"
)
#: Words that follow a byline's label and are no name ("该作者文章": this author's articles).
CJK_NOT_NAMES = frozenset(
    {"文章", "博客", "专栏", "專欄", "简介", "簡介", "介绍", "主页", "更多", "相关", "资料", "文集"}
)
#: A label alone, the names in the next text ("作者：" then "芊草凡凡", "本报实习生").
CJK_BYLINE_LABEL_LINE = re.compile(
    r"^[□■◎●◆\s]*(?:[\u4e00-\u9fff·]{1,12}?\s*)?" + CJK_BYLINE_LABEL + r"\s*[：:]?\s*$"
)
#: A quick test before the others: the text holds a label.
CJK_BYLINE_HINT = re.compile(
    r"记者|通讯员|实习生|實習生|作者|撰文|执笔|文\s*[：:／/]|責任編集|執筆|筆者"
)
#: Japanese names are written family name, a space, given name ("山田 太郎"), each part
#: one to this many characters; people are set apart by "、" or "・". On a Japanese page
#: two such parts side by side are one person (in Chinese, two people: "王建宏 张文攀").
JA_NAME_PART_CHARS = 3
#: A Japanese page: its language tag (``<html lang>``).
JA_LANGUAGE = re.compile(r"^ja(?:[-_]|$)", re.IGNORECASE)
#: Kana: Japanese, whatever the page's markup says.
KANA = re.compile(r"[\u3040-\u30ff]")
#: Longest text read as a Chinese or Japanese byline line, in characters.
MAX_CJK_BYLINE_CHARS = 40
#: Longest person's name written in CJK characters alone (a longer text is a caption or a
#: phrase: "郭荣梅指挥乐团练习"), unless it names an organisation.
MAX_CJK_NAME_CHARS = 6
#: Endings of a Chinese or Japanese organisation's name ("新华网", "汉斯出版社", "中文学术期刊",
#: "吉林省人民政府", "光明日报"): not a person, whatever the markup's type.
CJK_ORGANIZATION_ENDINGS = (
    *("网", "网络", "網", "出版社", "期刊", "杂志", "雜誌", "日报", "日報", "晚报", "报社", "新闻"),
    *("新聞", "集团", "公司", "大学", "大學", "政府", "电视台", "频道", "编辑部", "編集部", "社"),
)
