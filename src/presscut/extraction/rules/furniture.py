"""Phrase rules for page furniture that lands in the article's own markup, by kind and
language: advertising labels, copyright and reading-time lines, call-to-action labels,
post navigation, sign-up consent, appeals for money, disclosures, breadcrumbs; and the
lines at the body's top and end that ``clean.py`` trusts only there.

A rule only removes a whole paragraph, and only a short one (``max_chars``).
"""

from __future__ import annotations

import re

from presscut.extraction.rules.phrase_rule import rule

#: Advertising labels standing alone as a paragraph.
ADVERTISING = (
    rule(
        "advertising.label",
        r"(advertisement|sponsored( content)?|publicité|anzeige|werbung|publicidad|pubblicità"
        r"|publicidade|annonce)(\W*$|\s*:)",
        max_chars=80,
    ),
)

#: Page furniture that sometimes lands inside the article container.
FURNITURE = (
    # A template's placeholder text, left in a hidden or unfinished box: no article's.
    rule("furniture.placeholder", r"lorem ipsum\b", max_chars=2000, hints=("lorem",)),
    rule("furniture.copyright", r"(©|copyright|\(c\))\s*(\d{4}|all rights)", max_chars=200),
    rule(
        "furniture.rights",
        r"(all rights reserved|tous droits réservés|alle rechte vorbehalten"
        r"|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)",
        anywhere=True,
        max_chars=200,
        hints=("reserv", "réserv", "riserv", "vorbehalten"),
    ),
    rule(  # "This article is the copyrighted property of X. Written permission must be ..."
        "furniture.reprint",
        r"(is the (copyrighted|copyright|exclusive) property of"
        r"|(written )?permission (must|should) be obtained"
        r"|reprint(ing)? (this |our )?(content|article|material)s? without permission)",
        anywhere=True,
        hints=("property", "permission"),
        max_chars=450,
    ),
    rule(
        "furniture.reading_time",
        r"\d+\s*(min(ute)?s?|minuten)\s*"
        r"(read|de lecture|lesezeit|de lectura|di lettura|de leitura)",
        max_chars=40,
    ),
    rule(  # "News date : 04/21/2022 Category : Press Releases"
        "furniture.post_labels",
        r"((news |post |publish(ed)? )?date|posted( on)?)\s*:[^:]{0,40}\b(categor(y|ies)"
        r"|filed under|posted in|tags?)\s*:",
        max_chars=160,
    ),
    rule("furniture.reading_time.pl", r"ten tekst przeczytasz w\b", max_chars=60),
    rule(  # a post's meta line or list ending with its reading time: "Gabo · Jan 23 · 11 min read"
        "furniture.post_meta",
        r"\d+\s*(min(ute)?s?|minuten)\s*(read|de lecture|lesezeit|de lectura|di lettura"
        r"|de leitura)\W*$",
        anywhere=True,
        max_chars=80,
    ),
    rule(
        "furniture.disclaimer",
        r"(disclaimer\s*:|the (content|information) (contained )?(in|on) this (article|blog post"
        r"|post|page|website|site) is (intended )?for (general )?(informational|educational"
        r"|information)|this (article|post|content) is (intended )?for (general )?"
        r"(informational|educational)|avertissement\s*:|haftungsausschluss\s*:|aviso legal\s*:"
        r"|esclusione di responsabilità\s*:)",
        max_chars=700,
    ),
    rule(
        "furniture.pagination",
        r"(page|seite|página|pagina)\s+\d+\s*(of|sur|von|de|di|/)\s*\d+\W*$",
        max_chars=30,
    ),
    rule(
        "furniture.print",
        r"(print|imprimer|drucken|imprimir|stampa)( this( page| article)?)?\W*$",
        max_chars=30,
    ),
)

#: A reader's account state printed in the page ("Sie sind aktuell nicht eingeloggt.").
ACCOUNT_NOTICES = (
    rule(
        "furniture.login.de",
        r"(sie sind|du bist) (aktuell |derzeit |momentan |noch )?nicht (eingeloggt|angemeldet)",
        max_chars=80,
    ),
)

#: The section a post is filed under, as a line of its own ("Kategorie: News").
CATEGORY_LABELS = (
    rule("furniture.category.de", r"(kategorien?|rubrik)\s*:\s*[^.!?\n]{1,60}$", max_chars=80),
)

#: Call-to-action labels standing alone as a paragraph ("Share", "Subscribe", "Tags").
LABELS = (
    rule(
        "label.call_to_action",
        r"(share|share this|subscribe|sign up|sign in|log in|register|tags|back to (blogs?|top|home"
        r"|articles?|posts?|news)|book a demo|request a (quote|demo)|pin (it|this|for later)|print"
        r"|email|get started( today| now| for free)?|retour (au blog|aux articles|à l'accueil)"
        r"|commencez maintenant|zurück zum blog|jetzt starten|volver al blog|empieza ahora"
        r"|torna al blog|inizia ora|voltar ao blog|comece agora"
        r"|join our newsletter|stay connected( with (me|us))?|share your story|follow us"
        r"|contact( us)?|contactez-nous|nous contacter|kontakt|kontaktieren sie uns|contacto"
        r"|contáctanos|contatti|contattaci|contato|fale conosco"
        r"|partager|s'abonner|s'inscrire|se connecter|retour|imprimer|teilen|abonnieren"
        r"|anmelden|registrieren|zurück|drucken|compartir|suscribirse|registrarse|volver"
        r"|condividi|iscriviti|accedi|torna|compartilhar|partilhar|assinar|inscrever-se|entrar"
        r"|voltar)\W{0,3}$",
        max_chars=40,
    ),
)

#: Links to the previous and next posts ("Next article: ... Previous article: ...").
POST_NAVIGATION = (
    rule(
        "navigation.next_previous",
        r"(next|previous|prev) (article|post|story)\s*:|(article|billet) (suivant|précédent)\s*:"
        r"|(nächster|vorheriger) (artikel|beitrag)\s*:|artículo (siguiente|anterior)\s*:"
        r"|articolo (successivo|precedente)\s*:|(próximo|anterior) artigo\s*:"
        r"|artigo (seguinte|anterior)\s*:",
        max_chars=200,
    ),
)

#: The consent printed under a sign-up form ("By entering your email, you agree to ...").
FORM_CONSENT = (
    rule(
        "newsletter.consent",
        r"(by (entering|submitting|providing) your (email|e-mail|details|information)"
        r"|by (submitting|completing) this form|terms of submitting this form"
        r"|en (saisissant|renseignant|indiquant) votre (adresse )?e-?mail"
        r"|mit (dem absenden|ihrer anmeldung) (stimmen|akzeptieren|erklären) sie"
        r"|al (introducir|facilitar|proporcionar|enviar) (tu|su) (correo|email|e-mail)"
        r"|inserendo il tuo (indirizzo )?e-?mail|ao (inserir|fornecer|enviar) (o )?seu e-?mail)",
        max_chars=400,
    ),
)

#: Appeals for readers' money printed as a paragraph of the story.
READER_APPEALS = (
    rule(
        "appeal.reader_funded",
        r"(this (story|article|journalism|reporting|work) (is|was) (funded|supported|made "
        r"possible) by (readers|donors|members)|cet article (est|a été) financé par (nos|ses) "
        r"lecteurs|dieser (artikel|beitrag) wird von (unseren |den )?lesern finanziert"
        r"|este (artículo|reportaje) (está|fue) financiado por (nuestros |los )?lectores"
        r"|questo articolo è finanziato dai (nostri )?lettori"
        r"|esta (reportagem|matéria) (é|foi) financiada pel[oa]s (nossos )?leitores)",
        max_chars=200,
    ),
    # "Wesprzyj nas darowizną", "Support us with a donation": an appeal naming the gift,
    # opening a sentence
    rule(
        "appeal.donation",
        r"(?:^|[.!?]\s+)\W{0,3}(wesprzyj nas|support us|soutenez[- ]nous|unterstützen sie uns"
        r"|apóyanos|sostienici|apoie-nos)[^.!?]{0,40}\b(darowizn|donat|don\b|dons\b|spende|donaci|donazion|doa)",
        anywhere=True,
        hints=(
            "wesprzyj",
            "support us",
            "soutenez",
            "unterstützen",
            "apóyanos",
            "sostienici",
            "apoie",
        ),
        max_chars=250,
    ),
    rule(  # "Unterstütze RosaMag bereits mit 2,50!", "Unterstützen Sie unseren Journalismus"
        "appeal.support.de",
        r"unterstütze(n sie)? (uns|unsere arbeit|unseren journalismus|unsere redaktion"
        r"|[\w-]+ (bereits |schon )?(mit|ab) (\d|einem|einer))",
        max_chars=120,
    ),
)

#: A figure's caption left in the text: "Abbildung 4: Eine klassische Schwachschicht."
FIGURE_LABELS = (rule("caption.figure_label.de", r"(abbildung|abb\.)\s*\d+[a-z]?\s*:"),)

#: Affiliate and advertiser disclosures.
DISCLOSURES = (
    rule(  # "*Werbung. Dieser Beitrag enthält Werbung für ...", "Unbezahlte Werbung"
        "disclosure.advertising.de",
        r"(unbezahlte|unbeauftragte) werbung\b|werbung,? (da|wegen) (markennennung|verlinkung)"
        r"|werbung\W+(dieser|der) (beitrag|artikel|post|text)"
        r"|(dieser|der) (beitrag|artikel|post|text) enthält (unbezahlte |unbeauftragte )?werbung",
        max_chars=200,
    ),
    rule(  # "... / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der
        # Amazon Product Advertising API" (a product box's footer)
        "disclosure.affiliate.de",
        r"bei den (verlinkungen|links) handelt es sich um (affiliate|provisions)"
        r"|amazon product advertising api",
        anywhere=True,
        hints=("verlinkung", "links", "amazon"),
        max_chars=300,
    ),
    rule(
        "disclosure.affiliate",
        r"(as an amazon associate|this (post|article|page) (may )?contains? affiliate links"
        r"|\b(we|i) (may|might|will) (earn|receive|get) (a )?(small )?(commission|compensation)"
        r"|(purchases made|when you buy|if you (buy|purchase|click)) (through|via|using)"
        r" (our |my )?(affiliate )?links|we earn from qualifying purchases|advertiser disclosure"
        r"|products (are|were) (chosen|selected) independently"
        r"|cet article contient des liens affiliés|liens d'affiliation"
        r"|(nous pouvons|nous pourrions) (percevoir|recevoir|toucher) une commission"
        r"|dieser artikel enthält affiliate-links|\*?affiliate-links?"
        r"|(erhalten|bekommen) wir (eine|ggf\. eine) provision"
        r"|este artículo contiene enlaces de afiliados|enlaces de afiliado"
        r"|(podemos|podríamos) (recibir|ganar) una comisión"
        r"|link di affiliazione|(potremmo|possiamo) (ricevere|guadagnare) una commissione"
        r"|links de afiliad[oa]s?|(podemos|poderemos) receber uma comissão)",
        anywhere=True,
        hints=(
            "affili",  # affiliate, affiliés, affiliazione
            "afili",  # afiliados
            "commission",  # commissione
            "comisión",
            "comissão",
            "provision",
            "amazon",
            "qualifying purchases",
            "advertiser disclosure",
            "independently",
            "links",
        ),
        max_chars=400,
    ),
)

#: One step of a breadcrumb: a section's name on one line, without sentence punctuation or
#: brackets; the first starts with a letter. Not a table row ("GPU | 192 GB", one line a
#: row), a code line ("1 | pip install x") or a remark in parentheses ("(a > b)").
_FIRST_CRUMB = r"[^\W\d_][^.!?:()\n]{0,39}"
_CRUMB = r"[^\W_][^.!?:()\n]{0,39}"
#: The space around a separator, on the same line.
_SPACE = r"[^\S\n]"
#: Breadcrumbs that reach the body: "Home > News > World", "Accueil › Économie". With "/" or
#: "|" a path has three steps at least: two names so joined are a heading ("Action /
#: Adventure") or a caption and its credit ("The Old Mill | Jane Doe Photography").
BREADCRUMBS = (
    rule(
        "navigation.breadcrumb",
        rf"{_FIRST_CRUMB}(?:{_SPACE}[>›»]{_SPACE}{_CRUMB}){{1,6}}$",
        max_chars=160,
    ),
    rule(
        "navigation.breadcrumb",
        rf"{_FIRST_CRUMB}(?:{_SPACE}[/|]{_SPACE}{_CRUMB}){{2,6}}$",
        max_chars=160,
    ),
)


#: A short heading-like paragraph that opens the end matter: it and all after it go.
#: Only trusted in the last part of the body (see ``clean.TAIL_START``).
END_MARKERS = re.compile(
    r"^\W*(related (posts|articles|stories|content|reading)|you (may|might) also like"
    r"|more (stories|from|articles|to explore|like this|on this topic)|explore more|keep reading"
    r"|further reading|read next|up next|what to read next|popular (posts|articles)"
    r"|latest (posts|articles|news|stories)|recent posts|trending( now)?"
    r"|leave a (reply|comment)|\d*\s*comments?|sur le même (sujet|thème)|à lire (aussi|également)"
    r"|dans la même rubrique|commentaires|ähnliche artikel|mehr zum thema|kommentare"
    r"|(das( thema)?|dieses thema) könnte (sie|dich|euch) (auch|ebenfalls) interessieren"
    r"|(weitere|mehr|ähnliche|verwandte|passende|empfohlene|beliebte|neueste) (artikel|beiträge"
    r"|news|nachrichten)( zum thema| zu diesem thema| aus der kolumne| aus dieser rubrik)?"
    r"|beiträge aus dem forum|kommentierte artikel|meistgelesene? (artikel|beiträge)"
    r"|lesen sie auch( die(se)? (folgenden )?(beiträge|artikel))?|auch lesen"
    r"|auch (auf|bei) [\w-]+\.(de|at|ch|com)|(vorschau auf den )?nächsten? (artikel|beitrag)"
    r"|weitere [\w-]*(tipps|artikel|beiträge|themen)( (in|aus|zu|zum|für) [^.!?\n]{1,30})?"
    r"|noticias relacionadas|te puede interesar|comentarios|articoli correlati|commenti"
    r"|artigos relacionados|notícias relacionadas|comentários|lue (aiheesta )?(lisää|myös)"
    r"|czytaj (także|również|więcej))\W*$",
    re.I,
)
END_MARKER_RULE = "end_matter.heading"

#: A block whose text repeats an earlier block's word for word (letters and digits
#: compared) is a page's second copy of it: a pull quote, a teaser of the same story, a
#: caption or a call to action shown twice. Only blocks of at least this many letters
#: (a short line, "Read more", may honestly recur).
REPEAT_RULE = "cut.repeat"
REPEAT_MIN_LETTERS = 40

#: Short lines at the top of the article that repeat header furniture: dates and
#: reading times ("Published 3 March 2025", "Mis à jour le", "5 min read").
HEADER_LINES = (
    rule(
        "header.date_line",
        r"(published|updated|posted|last updated|publié|mis à jour|actualisé|veröffentlicht"
        r"|aktualisiert|stand:|publicado|actualizado|atualizado|pubblicato|aggiornato)\b",
        max_chars=90,
    ),
)


#: The author's biography closing the article, in the last block only: a name, then who
#: they are ("Candice Sealey is the Founder & Principal Consultant at Ignite!, a ...",
#: "Jane Doe is a freelance writer based in Leeds."). The name is written in capitals (the
#: pattern is case-sensitive) and the role is a trade.
CLOSING_BIO_RULE = "credit.closing_bio"
CLOSING_BIO_MAX_CHARS = 600
CLOSING_BIO = re.compile(
    r"^\W{0,3}(?:(?:Dr|Prof)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3},? (?:is|was) "
    r"(?:a|an|the|also a|currently a|currently the)\b[^.!?]{0,80}?\b(?i:founder|co-founder"
    r"|editor|writer|journalist|author|reporter|correspondent|columnist|consultant"
    r"|contributor|professor|lecturer|director|freelancer?|ceo|president|analyst|researcher"
    r"|blogger|photographer|producer|fellow|partner|principal)s?\b"
)


#: A paragraph written with look-alike letters: Latin words with Cyrillic letters in them
#: ("Аdvеrtіѕе wіth uѕ"), as spam and house ads write to slip past filters. Real text
#: does not mix the two alphabets inside a word; HOMOGLYPH_MIN_WORDS such words at least.
HOMOGLYPH_RULE = "furniture.homoglyphs"
_CYRILLIC_RANGE = "\u0400-\u04ff"
#: Any Cyrillic letter: a paragraph without one is passed over before the word search.
HOMOGLYPH_HINT = re.compile(f"[{_CYRILLIC_RANGE}]")
HOMOGLYPH_WORD = re.compile(rf"\b(?=\w*[a-zA-Z])(?=\w*[{_CYRILLIC_RANGE}])\w+")
HOMOGLYPH_MIN_WORDS = 3
