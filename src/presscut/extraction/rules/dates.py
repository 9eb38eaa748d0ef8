"""Date rules: month names and the labels pages put before a date, in six languages.

``dates.py`` applies them: "Publié le 4 sept. 2025" is a publication date,
"Mis à jour le 12 janv. 2026" an update, "04-ago-2021" the 4th of August.
"""

from __future__ import annotations

import re

#: Month names in the languages presscut reads, mapped to English for the parser.
MONTHS: dict[str, str] = {
    # fr
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March",
    "avril": "April", "mai": "May", "juin": "June", "juillet": "July", "août": "August",
    "aout": "August", "septembre": "September", "octobre": "October",
    "novembre": "November", "décembre": "December", "decembre": "December",
    # de
    "januar": "January", "jänner": "January", "februar": "February", "märz": "March",
    "juni": "June", "juli": "July", "oktober": "October", "dezember": "December",
    # es
    "enero": "January", "febrero": "February", "marzo": "March", "abril": "April",
    "mayo": "May", "junio": "June", "julio": "July", "agosto": "August",
    "septiembre": "September", "setiembre": "September", "octubre": "October",
    "noviembre": "November", "diciembre": "December",
    # it
    "gennaio": "January", "febbraio": "February", "aprile": "April", "maggio": "May",
    "giugno": "June", "luglio": "July", "settembre": "September", "ottobre": "October",
    "dicembre": "December",
    # pt
    "janeiro": "January", "fevereiro": "February", "março": "March", "maio": "May",
    "junho": "June", "julho": "July", "setembro": "September", "outubro": "October",
    "novembro": "November", "dezembro": "December",
}  # fmt: skip

#: Short month names that the English parser does not know ("4 déc. 2024", "04-ago-2021",
#: "12 set 2023"). Some are English words ("ago", "set", "out"), so they are read as
#: months only right before a number (see ``dates._from_words``).
MONTH_ABBREVIATIONS: dict[str, str] = {
    # fr
    "janv": "January", "févr": "February", "fevr": "February", "avr": "April",
    "juil": "July", "déc": "December",
    # de
    "jän": "January", "mär": "March", "mrz": "March", "okt": "October", "dez": "December",
    # es
    "ene": "January", "abr": "April", "ago": "August", "dic": "December",
    # it
    "gen": "January", "mag": "May", "giu": "June", "lug": "July", "set": "September",
    "ott": "October",
    # pt
    "fev": "February", "out": "October",
}  # fmt: skip

#: Words that label a visible date as the publication date (not "Updated" or "Mis à jour").
PUBLISHED_LABEL = re.compile(
    r"\b(?:published|posted|publié|publiée|publiés|veröffentlicht|erschienen|publicado|"
    r"publicada|pubblicato|pubblicata|gepubliceerd|opublikowano|опубликовано)\b"
    # zh, ja: "发布时间：", "发表于", "公開日：", "掲載日", "投稿日" (no word boundaries there)
    r"|(?:发布|發布|發佈|发表|發表)(?:时间|時間|日期|于|於)?\s*[：:]?|(?:公開|掲載|投稿)日?(?:時)?\s*[：:]?",
    re.IGNORECASE,
)
#: Letters one of which every PUBLISHED_LABEL match holds, lower-cased: a text without any
#: is passed over before the (slow, case-blind) search. Chosen without "i", "k" and "s",
#: which the case-blind search also matches in other alphabets ("ı", "K", "ſ").
PUBLISHED_LABEL_HINTS = (
    *("pub", "ted", "veröffentl", "enen", "gepubl", "opubl", "опубл"),
    *("发布", "發布", "發佈", "发表", "發表", "公開", "掲載", "投稿"),
)

#: What a note about the article's first publication is about: the article itself ("This
#: article was", "Cet article a été", "Dieser Beitrag wurde", "Este artículo fue", "Questo
#: articolo è stato", "Este artigo foi"), not a study or a book the article is about.
ORIGINAL_SUBJECTS = (
    r"article|story|post|piece|page|essay|column|interview|"
    r"billet|texte|chronique|entretien|"
    r"artikel|beitrag|text|seite|"
    r"artículo|nota|entrevista|página|"
    r"articolo|pezzo|intervista|pagina|"
    r"artigo|texto|matéria|reportagem"
)
#: Words that label a visible date as the first publication of an article since updated or
#: republished ("This article was originally published on 26 Sep 2019", "Cet article a été
#: initialement publié le", "Dieser Beitrag wurde ursprünglich veröffentlicht am", "Dieser
#: Beitrag ist ursprünglich am 4. März 2025 erschienen", "Este artículo fue publicado
#: originalmente el", "Questo articolo è stato pubblicato originariamente il", "Este artigo
#: foi publicado originalmente em"): that date is the publication date, wherever on the page
#: it is written. The words open their text or follow one of ``ORIGINAL_SUBJECTS``; only
#: "originally" words ("first published" is also said of a book), and not "originally
#: posted by" (a forum's quote of another post).
_ORIGINALLY = (
    r"(?:originally\s+(?:published|posted(?!\s+by\b))"
    r"|(?:initialement|originellement)\s+(?:publié|publiée|paru|parue)"
    r"|(?:publié|publiée|paru|parue)\s+(?:initialement|originellement|à\s+l'origine)"
    r"|ursprünglich\s+(?:veröffentlicht|erschienen|am(?=\s+\d))|erschien\s+ursprünglich"
    r"|(?:publicado|publicada)\s+originalmente|originalmente\s+(?:publicado|publicada)"
    r"|(?:pubblicato|pubblicata)\s+(?:originariamente|originalmente)"
    r"|(?:originariamente|originalmente)\s+(?:pubblicato|pubblicata))\b"
)
ORIGINAL_LABEL = re.compile(
    rf"(?:^\W*|\b(?:{ORIGINAL_SUBJECTS})\b\W+(?:[^\W\d]+\W+){{0,3}}?){_ORIGINALLY}",
    re.IGNORECASE,
)
#: The same words alone, looked for in the page's whole text before its texts are read.
ORIGINAL_WORDS = re.compile(_ORIGINALLY, re.IGNORECASE)

#: Parts of every ``ORIGINAL_WORDS`` word ("Originally", "originalmente", "initialement",
#: "ursprünglich"), found by a plain text search before the label is looked for.
ORIGINAL_STEMS = ("rigin", "RIGIN", "nitial", "NITIAL", "rsprüng", "RSPRÜNG")

#: Words that label a visible date as a later revision, written right before it
#: ("Last updated:", "Updated on", "Mis à jour le", "Aktualisiert am", "Actualizado el",
#: "Aggiornato il", "Atualizado em", "Reviewed").
UPDATED_LABEL = re.compile(
    r"\b(?:updated|modified|reviewed|revised|mis\s+à\s+jour|actualisé|actualisée|"
    r"aktualisiert|geändert|actualizado|actualizada|aggiornato|aggiornata|atualizado|"
    r"atualizada|bijgewerkt|zaktualizowano|обновлено)\b\W*(?:on|le|am|el|il|em|:)?\W*$"
    r"|(?:更新|修改)(?:时间|時間|日|日期)?\s*[：:]?\s*$",
    re.IGNORECASE,
)

#: Words that label a visible date as the article's last revision, with the date after
#: them in the same text or the next ("Updated: March 3, 2025", "Mis à jour le 4 sept.").
MODIFIED_LABEL = re.compile(
    r"\b(?:updated|last\s+modified|modified|mis\s+à\s+jour|actualisé|actualisée|"
    r"aktualisiert|zuletzt\s+geändert|actualizado|actualizada|aggiornato|aggiornata|"
    r"atualizado|atualizada)\b",
    re.IGNORECASE,
)
#: Letters one of which every MODIFIED_LABEL match holds, lower-cased (as
#: ``PUBLISHED_LABEL_HINTS``).
MODIFIED_LABEL_HINTS = (
    "updat",
    "modif",
    "jour",
    "actuali",
    "aktuali",
    "geändert",
    "aggiorn",
    "atualiz",
)
#: Meta tags (name, property or itemprop, lower case) with the modification date, most
#: trusted first.
META_MODIFIED = (
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "article:modified",
    "modified_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
    "parsely-modified-date",
)

#: Where a page shows its date: <time> in the article's header first.
#: Meta tags (name, property or itemprop, lower case) with the publication date, most
#: trusted first.
META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "article:published",
    "published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "datecreated",
    "cxenseparse:recs:publishtime",
)
TIME_SELECTORS = ("article header time", "main header time", "article time", "main time", "time")
#: Elements whose class names a date ("post-date", "published", "entry-meta" ...).
DATED_SELECTORS = (
    '[class*="date"]',
    '[class*="Date"]',
    '[class*="publish"]',
    '[class*="Publish"]',
    '[class*="publication"]',
    '[class*="Publication"]',
    '[class*="posted"]',
    '[class*="updated"]',
    '[class*="meta"]',
    '[class*="byline"]',
)

#: A date written in words or numbers inside visible text ("September 4, 2025", "4 sept. 2025",
#: "04-ago-2021", "2025.12.17").
TEXT_DATE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
    r"|\d{1,2}-[^\W\d_]{3,10}\.?-\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}"
    r"|\d{4}[./]\d{1,2}[./]\d{1,2})\b"
)
#: A time right after a visible date: "05/02/2026 à 17h32", "July 9, 2025 at 5:32 pm".
TIME_AFTER = re.compile(
    r"\s*(?:,|à|a|at|um|alle|às|a las|-|–)?\s*(?P<h>\d{1,2})\s*[h:时時]\s*(?P<m>\d{2})"
    r"\s*(?P<half>[ap]\.?\s?m\.?)?(?![\d:])(?:\s*(?:uhr\s+)?(?P<zone>(?-i:[A-Z]{2,5}))\b)?",
    re.IGNORECASE,
)

#: A date written with 年月日 (Chinese, Japanese): "2025年6月4日", "2004年7月16日08:19",
#: "２０２５年６月４日" (full-width digits are read as digits first).
CJK_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]?"
)

#: Time-zone abbreviations that name one zone wherever the page is from, with their offset
#: in minutes: a time written with one gets that offset. "BST" is British Summer Time (the
#: pages that write it are British: Bangladesh writes "+06:00").
ZONE_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "UT": 0, "WET": 0, "WEST": 60, "BST": 60,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CDT": -300, "PST": -480, "PDT": -420, "MDT": -360,
    "AKST": -540, "AKDT": -480, "HST": -600, "NST": -210, "NDT": -150,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480,
    "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}  # fmt: skip
#: Abbreviations that name several zones (IST: India, Ireland or Israel; CST: US Central,
#: China or Cuba; AST: Atlantic or Arabia; MST: US Mountain or Malaysia...): a time
#: written with one gets no offset rather than a wrong one.
AMBIGUOUS_ZONES = frozenset({"IST", "CST", "AST", "MST", "GST", "SST", "ECT", "CAT", "PHT"})
