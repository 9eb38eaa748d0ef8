"""Phrase rules: boilerplate paragraphs recognised by their words, by kind and language.

Structure (``structure.py``) catches most chrome; these catch what sits in the article's
own markup: a "Comments are closed." paragraph, a share prompt, a "Read more" teaser.
Page furniture (labels, disclosures, copyright lines ...) is in ``furniture.py``;
``PHRASE_RULES`` below is every phrase rule of both, in the order they are tried.
A rule only removes a whole paragraph, and only a short one (``max_chars``): a phrase
quoted inside real prose is never cut.
"""

from __future__ import annotations

from presscut.extraction.rules.furniture import (
    ACCOUNT_NOTICES,
    ADVERTISING,
    BREADCRUMBS,
    CATEGORY_LABELS,
    DISCLOSURES,
    FIGURE_LABELS,
    FORM_CONSENT,
    FURNITURE,
    LABELS,
    POST_NAVIGATION,
    READER_APPEALS,
)
from presscut.extraction.rules.phrase_rule import PhraseRule, rule, teaser

#: Comment sections and notices: closed, suspended, disabled, "be the first", counts.
COMMENTS = (
    rule("comments.closed.en", r"comments (are|have been) (closed|disabled|turned off)"),
    rule("comments.first.en", r"(be the first to comment|no comments yet|leave a (reply|comment))"),
    rule("comments.count.en", r"\d+\s+(comments?|responses?|replies)\W*$"),
    rule("comments.prompt.en", r"(join the (conversation|discussion)|add (a|your) comment)"),
    rule(
        "comments.suspended.fr",
        r"(en raison de(s)? débordements|nous avons (fait le choix|décidé) de (suspendre|fermer)"
        r" les commentaires|les commentaires (sont|ont été) (fermés|suspendus|désactivés))",
        max_chars=400,
    ),
    rule("comments.first.fr", r"(soyez le premier à (commenter|réagir)|aucun commentaire)"),
    rule("comments.count.fr", r"\d+\s+(commentaires?|réactions?)\W*$"),
    rule(
        "comments.disabled.de",
        r"(die )?kommentar(e|funktion)( sind| ist)?( für diesen artikel)? (deaktiviert|geschlossen)"
        r"|(kommentare|kommentarfunktion) (wurde|wurden) (deaktiviert|geschlossen)",
    ),
    rule("comments.count.de", r"\d+\s+kommentare?\W*$|kommentare insgesamt\s*:\s*\d+\W*$"),
    rule(  # "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)"
        "comments.first.de",
        r"(noch )?keine kommentare(\W*$|\s*\(| vorhanden)"
        r"|(schreibe|schreiben sie) (einen|den ersten) kommentar",
    ),
    rule("comments.closed.es", r"(los )?comentarios (están )?(cerrados|desactivados)"),
    rule("comments.count.es", r"\d+\s+comentarios?\W*$"),
    rule("comments.closed.it", r"(i )?commenti sono (chiusi|disattivati)"),
    rule("comments.count.it", r"\d+\s+commenti\W*$"),
    rule(
        "comments.login",
        r"(you (must|need to|have to) be (logged|signed) in to (post a |leave a |write a )?comment"
        r"|(log|sign) in to (post a |leave a )?comment"
        r"|(du musst|sie müssen) (eingeloggt|angemeldet) sein,? um (einen )?kommentare? zu "
        r"(schreiben|verfassen)"
        r"|vous devez être (connecté|identifié)e? pour (commenter|publier un commentaire)"
        r"|(debes|tienes que) (estar registrado|iniciar sesión) para comentar)",
        max_chars=160,
    ),
    rule("comments.letters.en", r"submit (your|a) letters? to the editor", max_chars=160),
    rule("comments.closed.pt", r"(os )?comentários (estão )?(encerrados|fechados|desativados)"),
)

#: The social networks a site asks to be followed on.
_NETWORKS = (
    r"(facebook|instagram|x|twitter|tiktok|linkedin|youtube|pinterest|threads|bluesky"
    r"|telegram|whatsapp)\b"
)
#: One word of a site's name ("The", "Gleaner", "@JamaicaGleaner", "Guardian's").
_NAME_WORD = r"[\w@.&'’-]+"

#: Share and follow prompts.
SHARE = (
    rule(
        "share.prompt.en", r"(share (this|the) (article|story|post)|share on (facebook|x|twitter))"
    ),
    rule(  # "Summarize this article with: ChatGPT Perplexity Claude"
        "share.ai_summary",
        r"(summari[sz]e (this (article|post|page) )?with|résumer (cet article )?avec"
        r"|zusammenfassen mit|resumir (este artículo |este artigo )?(con|com)"
        r"|riassumi (questo articolo )?con)",
        max_chars=160,
    ),
    rule(
        "share.label",
        r"(share|share this|partager|partagez|teilen|compartir|condividi|compartilhe|partilhe)"
        r"\s*:",
        max_chars=160,
    ),
    rule("follow.prompt.en", r"(follow us on|follow (the author|me) on)"),
    rule(
        "share.prompt.fr",
        r"((mais )?n'?hésitez pas à partager|partager (cet article|sur)|partagez cet article)",
    ),
    rule("follow.prompt.fr", r"suivez-nous (sur|on)"),
    rule("share.prompt.de", r"(artikel teilen|teilen sie (diesen|den) artikel|jetzt teilen)"),
    rule("follow.prompt.de", r"folgen sie uns"),
    rule(
        "share.prompt.es", r"(compartir (en|este artículo)|comparte (este artículo|esta noticia))"
    ),
    rule("follow.prompt.es", r"s[ií]guenos en"),
    rule("share.prompt.it", r"(condividi (su|questo articolo))"),
    rule("follow.prompt.it", r"seguici su"),
    rule("share.prompt.pt", r"(compartilhe|partilhe) (este artigo|esta notícia|no)"),
    rule("follow.prompt.pt", r"(siga-nos|sigam-nos) n[oa]"),
    # an invitation to follow the site on a social network, inside a short paragraph
    rule(
        "follow.invite",
        r"(follow|find|join) (us|me) on (facebook|instagram|x|twitter|tiktok|linkedin|youtube"
        r"|pinterest|threads|bluesky)|suivez-nous sur|folgen sie uns auf|síguenos en"
        r"|seguici su|siga-nos n[oa]",
        anywhere=True,
        hints=(" us on", " me on", "suivez", "folgen", "síguenos", "seguici", "siga"),
        max_chars=220,
    ),
    # a paragraph opening with an invitation to follow the site by its name on a network
    # ("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner ...")
    rule(
        "follow.site",
        rf"follow (?!(?:the |these |our )?(?:steps?|instructions?|links?|guide|directions?)\b)"
        rf"(?:{_NAME_WORD} ){{1,4}}on {_NETWORKS}(?=\s*(?:,|and\b|&|@|[.!]|$))",
        max_chars=260,
    ),
    # an invitation to get the news through the site's app ("For the latest stories and
    # breaking news updates download the Nationnews apps for iOS and Android.")
    rule(
        "follow.app",
        r"(for|get) (the|all the) latest [^.!?]{0,60}\bdownload (the|our) [^.!?]{0,40}\bapps?\b"
        rf"|download (the|our) (?:{_NAME_WORD} ){{0,3}}apps? (for|on) (ios|android|iphone)",
        anywhere=True,
        hints=("download",),
        max_chars=200,
    ),
)

#: Newsletter, subscription and paywall prompts.
SUBSCRIBE = (
    rule(
        "newsletter.prompt.en",
        r"(sign up (for|to) (our|the)|subscribe (to|now|today)|get (our|the) newsletter"
        r"|(this|the) (article|story) is (for|available to) subscribers"
        r"|already (a subscriber|subscribed)|to continue reading|unlock (this|full) article"
        r"|join \w+ for free to get updates)",
    ),
    rule(
        "newsletter.prompt.fr",
        r"(inscrivez-vous à (notre|la) newsletter|abonnez-vous|recevez (notre|chaque)"
        r"|cet article est réservé aux abonnés|pour lire la suite|déjà abonné)",
    ),
    rule(
        "newsletter.prompt.de",
        r"(newsletter (abonnieren|bestellen)|jetzt (abonnieren|weiterlesen|registrieren)"
        r"|dieser artikel ist (nur )?für abonnenten|sie sind bereits abonnent)",
    ),
    rule(
        "newsletter.prompt.es",
        r"(suscríbete|suscribirse a|recibe (nuestra|la) newsletter|este artículo es exclusivo"
        r"|ya (soy|eres) suscriptor)",
    ),
    rule(
        "newsletter.prompt.it",
        r"(iscriviti (alla|alla nostra) newsletter|abbonati"
        r"|questo articolo è riservato agli abbonati)",
    ),
    rule(
        "newsletter.prompt.pt",
        r"(assine (a|já|agora)|inscreva-se (na|em) (nossa )?newsletter|este conteúdo é exclusivo"
        r"|já é assinante)",
    ),
)

#: A paywall's notice, wherever it stands in a short paragraph ("To view the full story,
#: please subscribe to The Times.", "If you're seeing this message but you're already a
#: subscriber, you can log in ...", "HAZTE MIEMBRO Y DISFRUTA ...", "Cancela cuando quieras").
PAYWALL = (
    rule(
        "paywall.notice",
        r"(to (view|read|see|access|unlock) the (full|whole|entire|rest of the) (story|article)"
        r"|you(['’]re| are) already a (subscriber|member), (you can |please )?(log|sign) in"
        r"|cancel (at )?any ?time\W*$|(hazte|hágase) (miembro|socio|suscriptor)"
        r"|cancela (cuando quieras|en cualquier momento)\W*$"
        r"|deviens membre|abonnez-vous dès maintenant)",
        anywhere=True,
        hints=("full", "whole", "entire", "rest of", "already", "cancel", "haz", "hág", "membre"),
        max_chars=250,
    ),
)

#: Words one of which every newsletter invitation holds (a paragraph without any is passed
#: over before the slow unanchored search).
NEWSLETTER_INVITE_HINTS = (
    "newsletter",
    "mailing list",
    "inbox",
    "inscrivez-vous",
    "boîte",
    "postfach",
    "posteingang",
    "suscríbete",
    "bandeja",
    "casella",
    "caixa",
)
#: A short paragraph that invites to a newsletter, wherever the invitation stands in it
#: ("We help you plan your weekend. Sign up for our newsletter for the best of the city.").
NEWSLETTER_INVITES = (
    rule(
        "newsletter.invite",
        r"(sign up (for|to) our ([\w’']+ )?(newsletter|mailing list)|join our ([\w’']+ )?"
        r"(newsletter|mailing list)|delivered (straight )?to your inbox"
        r"|inscrivez-vous à notre (newsletter|lettre)|dans votre boîte (mail|de réception)"
        r"|melden sie sich (für|zu) unserem newsletter an|direkt in ihr postfach"
        r"|(melde dich|melden sie sich) (hier )?(für|zu) unseren? newsletter an"
        r"|in (deinen|ihren) posteingang|(in|für|zu) unser(en|em)? \w*newsletter\b"
        r"|suscríbete a nuestr[oa] (newsletter|boletín)|en tu bandeja de entrada"
        r"|iscriviti alla nostra newsletter|nella tua casella di posta"
        r"|(assine|inscreva-se n)a nossa newsletter|na sua caixa de entrada)",
        anywhere=True,
        max_chars=160,
        hints=NEWSLETTER_INVITE_HINTS,
    ),
)

#: A contact prompt: a short paragraph inviting the reader to call, write to or book the
#: site's team ("Have questions? Schedule a call with us today!", "Talk to our experts",
#: "Contactez-nous", "Vereinbaren Sie einen Termin"), after at most a short opener ("Have
#: questions?") and before at most a short tail ("today!", "at 555 0100"). A quotation is
#: no prompt ('"Call us if you see anything," police said'): no quotation mark opens the
#: paragraph, and the tail holds no comma (a sentence going on).
_PROMPT_OPENER = r"(?<![\"“”«„'‘])(?![\"“”«„'‘])(?:[^.?!\n\"“”«„]{1,40}[.?!]\s+)?"
_PROMPT_END = r"\b[^.?!,\n]{0,50}[.?!]*\W*$"
#: A booking invitation in words that also give advice ("Prenez rendez-vous chez votre
#: médecin"): only when nothing but "free" follows it.
_ALONE = r"(?: gratuit[ae]?| gratis| kostenlos| gratuitamente)?(?=\W*$)"
#: Who the reader is invited to reach: the site's team ("us", "our marketing experts").
_US_EN = r"(?:us|our (?:[\w-]+ ){0,3}(?:team|experts?|specialists?|advisors?|agents?|staff))"
_BOOKING_EN = r"(?:a|your) (?:free )?(?:call|consultation|demo|appointment|meeting)"


def _contact_prompt(lang: str, invitations: str, hints: tuple[str, ...]) -> PhraseRule:
    return rule(
        f"contact.prompt.{lang}",
        f"{_PROMPT_OPENER}(?:{invitations}){_PROMPT_END}",
        max_chars=140,
        hints=hints,
    )


CONTACT_PROMPTS = (
    _contact_prompt(
        "en",
        rf"(?:contact|call|email|message|text) {_US_EN}|(?:talk|speak|chat) (?:to|with) {_US_EN}"
        rf"|(?:reach out|get in touch) (?:to|with) {_US_EN}"
        rf"|(?:schedule|book|request|arrange) {_BOOKING_EN}(?: with {_US_EN}| today| now)",
        ("us", "our", "call", "consult", "demo", "appointment", "meeting"),
    ),
    _contact_prompt(
        "fr",
        r"(?:contactez|appelez|écrivez)[- ]nous|(?:parlez|échangez) avec (?:nous|notre équipe"
        rf"|nos experts)|prenez rendez-vous avec (?:nous|notre équipe)|prenez rendez-vous{_ALONE}",
        ("nous", "notre", "nos", "rendez-vous"),
    ),
    _contact_prompt(
        "de",
        r"kontaktieren sie uns|rufen sie uns an|schreiben sie uns"
        r"|sprechen sie mit (?:uns|unserem team|unseren experten)"
        r"|vereinbaren sie (?:jetzt )?(?:einen termin|ein (?:kostenloses |unverbindliches )?"
        r"(?:beratungsgespräch|erstgespräch))"
        rf"(?: mit uns)?{_ALONE}",
        ("uns", "unser", "vereinbaren"),
    ),
    _contact_prompt(
        "es",
        r"contáct[ae]nos|llám[ae]nos|escríb[ae]nos"
        r"|habl[ae] con (?:nosotros|nuestro equipo|nuestros expertos)"
        r"|(?:agenda|agende|reserva|reserve|solicita|solicite) (?:una|tu|su)"
        rf" (?:llamada|consulta|cita|demo){_ALONE}",
        ("nos", "nuestro", "llamada", "consulta", "cita", "demo"),
    ),
    _contact_prompt(
        "it",
        r"contattaci|chiamaci|scrivici|parla con (?:noi|il nostro team|i nostri esperti)"
        rf"|(?:prenota|richiedi) (?:una|la tua) (?:consulenza|chiamata|demo){_ALONE}",
        ("ci", "noi", "nostr", "consulenza", "chiamata", "demo"),
    ),
    _contact_prompt(
        "pt",
        r"fale conosco|entre em contato conosco|ligue para nós|escreva-nos"
        r"|fale com (?:a nossa equip[ea]|os nossos especialistas|nossos especialistas)"
        r"|(?:agende|marque|solicite) (?:uma|a sua) (?:consulta|chamada|demonstração|reunião)"
        rf"{_ALONE}",
        ("conosco", "nós", "nos", "nossa", "nossos", "consulta", "chamada", "demonstra", "reuni"),
    ),
)

#: "Read more" / "related" teasers between or after the article's paragraphs.
READ_MORE = (
    teaser(
        "read_more.en",
        r"read more|read also|also read|related( articles?| stories| posts| content)?|see also"
        r"|more on this"
        r"|recommended( for you)?|you (may|might) also like|click here to read"
        r"|you (may|might) (also )?be interested in( the following[\w ]*)?",
    ),
    teaser("read_more.fr", r"à lire (aussi|également)|lire (aussi|la suite)|voir aussi"),
    teaser(
        "read_more.de",
        r"lesen sie (auch|mehr|hier)( die(se)? (folgenden )?(beiträge|artikel))?|mehr zum thema"
        r"|auch interessant|auch lesen|lies auch|weiterlesen"
        r"|(das( thema)?|dieses thema) könnte (sie|dich|euch) (auch|ebenfalls) interessieren"
        r"|(weitere|empfohlene) (artikel|beiträge)( zum thema| aus der kolumne)?",
    ),
    teaser(
        "read_more.es",
        r"lee (también|más)|lea también|leer más|(también )?(te|le) puede interesar"
        r"|noticias relacionadas|te recomendamos",
    ),
    teaser("read_more.it", r"leggi (anche|di più)|potrebbe interessarti|articoli correlati"),
    teaser("read_more.pt", r"leia (também|mais)|veja também|saiba mais"),
)

#: Cookie and consent text.
COOKIE_HINTS = ("cookie",)
COOKIES = (
    rule(
        "cookies.en",
        r"(we|this (web)?site) uses? cookies",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    rule(
        "cookies.fr",
        r"(nous utilisons des cookies|ce site utilise des cookies)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    rule(
        "cookies.de",
        r"(wir verwenden cookies|diese (web)?seite verwendet cookies)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    rule(
        "cookies.es",
        r"(utilizamos cookies|este sitio (web )?utiliza cookies)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    rule(
        "cookies.it",
        r"(utilizziamo (i )?cookie|questo sito utilizza (i )?cookie)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    rule(
        "cookies.pt",
        r"(utilizamos cookies|este site utiliza cookies)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
)


#: Every phrase rule, in the order they are tried.
PHRASE_RULES: tuple[PhraseRule, ...] = (
    *COMMENTS,
    *SHARE,
    *SUBSCRIBE,
    *PAYWALL,
    *NEWSLETTER_INVITES,
    *CONTACT_PROMPTS,
    *READ_MORE,
    *COOKIES,
    *ADVERTISING,
    *FURNITURE,
    *ACCOUNT_NOTICES,
    *CATEGORY_LABELS,
    *FIGURE_LABELS,
    *LABELS,
    *DISCLOSURES,
    *POST_NAVIGATION,
    *FORM_CONSENT,
    *READER_APPEALS,
    *BREADCRUMBS,
)
