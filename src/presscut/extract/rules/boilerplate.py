"""Phrase rules: boilerplate paragraphs recognised by their words, by kind and language.

Structure (``structure.py``) catches most chrome; these catch what sits in the article's
own markup: a "Comments are closed." paragraph, a share prompt, a "Read more" teaser.
A rule only removes a whole paragraph, and only a short one (``max_chars``): a phrase
quoted inside real prose is never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PhraseRule:
    """Remove a paragraph that starts with (or, for ``anywhere``, contains) ``pattern``.
    ``hints``: words one of which every match holds (lower case); a paragraph without any
    is passed over before the pattern is searched, which is much slower."""

    name: str
    pattern: re.Pattern[str]
    max_chars: int = 250
    hints: tuple[str, ...] = ()


def _rule(
    name: str,
    regex: str,
    *,
    max_chars: int = 250,
    anywhere: bool = False,
    hints: tuple[str, ...] = (),
) -> PhraseRule:
    prefix = "" if anywhere else r"^\W{0,6}"
    return PhraseRule(name, re.compile(prefix + "(?:" + regex + ")", re.I), max_chars, hints)


def _teaser(name: str, regex: str) -> PhraseRule:
    """A "read more" label: the phrase, then a colon or arrow, or nothing else at all."""
    return _rule(name, "(?:" + regex + r")\s*(?:[:»›>|–—-]|$)", max_chars=200)


#: Comment sections and notices: closed, suspended, disabled, "be the first", counts.
COMMENTS = (
    _rule("comments.closed.en", r"comments (are|have been) (closed|disabled|turned off)"),
    _rule(
        "comments.first.en", r"(be the first to comment|no comments yet|leave a (reply|comment))"
    ),
    _rule("comments.count.en", r"\d+\s+(comments?|responses?|replies)\W*$"),
    _rule("comments.prompt.en", r"(join the (conversation|discussion)|add (a|your) comment)"),
    _rule(
        "comments.suspended.fr",
        r"(en raison de(s)? débordements|nous avons (fait le choix|décidé) de (suspendre|fermer)"
        r" les commentaires|les commentaires (sont|ont été) (fermés|suspendus|désactivés))",
        max_chars=400,
    ),
    _rule("comments.first.fr", r"(soyez le premier à (commenter|réagir)|aucun commentaire)"),
    _rule("comments.count.fr", r"\d+\s+(commentaires?|réactions?)\W*$"),
    _rule(
        "comments.disabled.de",
        r"(die )?kommentar(e|funktion)( sind| ist)?( für diesen artikel)? (deaktiviert|geschlossen)"
        r"|(kommentare|kommentarfunktion) (wurde|wurden) (deaktiviert|geschlossen)",
    ),
    _rule("comments.count.de", r"\d+\s+kommentare?\W*$"),
    _rule("comments.closed.es", r"(los )?comentarios (están )?(cerrados|desactivados)"),
    _rule("comments.count.es", r"\d+\s+comentarios?\W*$"),
    _rule("comments.closed.it", r"(i )?commenti sono (chiusi|disattivati)"),
    _rule("comments.count.it", r"\d+\s+commenti\W*$"),
    _rule("comments.closed.pt", r"(os )?comentários (estão )?(encerrados|fechados|desativados)"),
)

#: Share and follow prompts.
SHARE = (
    _rule(
        "share.prompt.en", r"(share (this|the) (article|story|post)|share on (facebook|x|twitter))"
    ),
    _rule(  # "Summarize this article with: ChatGPT Perplexity Claude"
        "share.ai_summary",
        r"(summari[sz]e (this (article|post|page) )?with|résumer (cet article )?avec"
        r"|zusammenfassen mit|resumir (este artículo |este artigo )?(con|com)"
        r"|riassumi (questo articolo )?con)",
        max_chars=160,
    ),
    _rule(
        "share.label",
        r"(share|share this|partager|partagez|teilen|compartir|condividi|compartilhe|partilhe)"
        r"\s*:",
        max_chars=160,
    ),
    _rule("follow.prompt.en", r"(follow us on|follow (the author|me) on)"),
    _rule(
        "share.prompt.fr",
        r"((mais )?n'?hésitez pas à partager|partager (cet article|sur)|partagez cet article)",
    ),
    _rule("follow.prompt.fr", r"suivez-nous (sur|on)"),
    _rule("share.prompt.de", r"(artikel teilen|teilen sie (diesen|den) artikel|jetzt teilen)"),
    _rule("follow.prompt.de", r"folgen sie uns"),
    _rule(
        "share.prompt.es", r"(compartir (en|este artículo)|comparte (este artículo|esta noticia))"
    ),
    _rule("follow.prompt.es", r"síguenos en"),
    _rule("share.prompt.it", r"(condividi (su|questo articolo))"),
    _rule("follow.prompt.it", r"seguici su"),
    _rule("share.prompt.pt", r"(compartilhe|partilhe) (este artigo|esta notícia|no)"),
    _rule("follow.prompt.pt", r"(siga-nos|sigam-nos) n[oa]"),
    # an invitation to follow the site on a social network, inside a short paragraph
    _rule(
        "follow.invite",
        r"(follow|find|join) (us|me) on (facebook|instagram|x|twitter|tiktok|linkedin|youtube"
        r"|pinterest|threads|bluesky)|suivez-nous sur|folgen sie uns auf|síguenos en"
        r"|seguici su|siga-nos n[oa]",
        anywhere=True,
        hints=(" us on", " me on", "suivez", "folgen", "síguenos", "seguici", "siga"),
        max_chars=220,
    ),
)

#: Newsletter, subscription and paywall prompts.
SUBSCRIBE = (
    _rule(
        "newsletter.prompt.en",
        r"(sign up (for|to) (our|the)|subscribe (to|now|today)|get (our|the) newsletter"
        r"|(this|the) (article|story) is (for|available to) subscribers"
        r"|already (a subscriber|subscribed)|to continue reading|unlock (this|full) article"
        r"|join \w+ for free to get updates)",
    ),
    _rule(
        "newsletter.prompt.fr",
        r"(inscrivez-vous à (notre|la) newsletter|abonnez-vous|recevez (notre|chaque)"
        r"|cet article est réservé aux abonnés|pour lire la suite|déjà abonné)",
    ),
    _rule(
        "newsletter.prompt.de",
        r"(newsletter (abonnieren|bestellen)|jetzt (abonnieren|weiterlesen|registrieren)"
        r"|dieser artikel ist (nur )?für abonnenten|sie sind bereits abonnent)",
    ),
    _rule(
        "newsletter.prompt.es",
        r"(suscríbete|suscribirse a|recibe (nuestra|la) newsletter|este artículo es exclusivo"
        r"|ya (soy|eres) suscriptor)",
    ),
    _rule(
        "newsletter.prompt.it",
        r"(iscriviti (alla|alla nostra) newsletter|abbonati"
        r"|questo articolo è riservato agli abbonati)",
    ),
    _rule(
        "newsletter.prompt.pt",
        r"(assine (a|já|agora)|inscreva-se (na|em) (nossa )?newsletter|este conteúdo é exclusivo"
        r"|já é assinante)",
    ),
)

#: A short paragraph that invites to a newsletter, wherever the invitation stands in it
#: ("We help you plan your weekend. Sign up for our newsletter for the best of the city.").
NEWSLETTER_INVITES = (
    _rule(
        "newsletter.invite",
        r"(sign up (for|to) our ([\w’']+ )?(newsletter|mailing list)|join our ([\w’']+ )?"
        r"(newsletter|mailing list)|delivered (straight )?to your inbox"
        r"|inscrivez-vous à notre (newsletter|lettre)|dans votre boîte (mail|de réception)"
        r"|melden sie sich (für|zu) unserem newsletter an|direkt in ihr postfach"
        r"|suscríbete a nuestr[oa] (newsletter|boletín)|en tu bandeja de entrada"
        r"|iscriviti alla nostra newsletter|nella tua casella di posta"
        r"|(assine|inscreva-se n)a nossa newsletter|na sua caixa de entrada)",
        anywhere=True,
        max_chars=160,
    ),
)

#: "Read more" / "related" teasers between or after the article's paragraphs.
READ_MORE = (
    _teaser(
        "read_more.en",
        r"read more|read also|related( articles?| stories| posts| content)?|see also|more on this"
        r"|recommended( for you)?|you (may|might) also like|click here to read"
        r"|you (may|might) (also )?be interested in( the following[\w ]*)?",
    ),
    _teaser("read_more.fr", r"à lire (aussi|également)|lire (aussi|la suite)|voir aussi"),
    _teaser("read_more.de", r"lesen sie (auch|mehr)|mehr zum thema|auch interessant"),
    _teaser("read_more.es", r"lee (también|más)|leer más|te puede interesar|noticias relacionadas"),
    _teaser("read_more.it", r"leggi (anche|di più)|potrebbe interessarti|articoli correlati"),
    _teaser("read_more.pt", r"leia (também|mais)|veja também|saiba mais"),
)

#: Cookie and consent text.
COOKIE_HINTS = ("cookie",)
COOKIES = (
    _rule(
        "cookies.en",
        r"(we|this (web)?site) uses? cookies",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    _rule(
        "cookies.fr",
        r"(nous utilisons des cookies|ce site utilise des cookies)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    _rule(
        "cookies.de",
        r"(wir verwenden cookies|diese (web)?seite verwendet cookies)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    _rule(
        "cookies.es",
        r"(utilizamos cookies|este sitio (web )?utiliza cookies)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    _rule(
        "cookies.it",
        r"(utilizziamo (i )?cookie|questo sito utilizza (i )?cookie)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
    _rule(
        "cookies.pt",
        r"(utilizamos cookies|este site utiliza cookies)",
        anywhere=True,
        max_chars=400,
        hints=COOKIE_HINTS,
    ),
)

#: Advertising labels standing alone as a paragraph.
ADVERTISING = (
    _rule(
        "advertising.label",
        r"(advertisement|sponsored( content)?|publicité|anzeige|werbung|publicidad|pubblicità"
        r"|publicidade|annonce)(\W*$|\s*:)",
        max_chars=80,
    ),
)

#: Page furniture that sometimes lands inside the article container.
FURNITURE = (
    _rule("furniture.copyright", r"(©|copyright|\(c\))\s*(\d{4}|all rights)", max_chars=200),
    _rule(
        "furniture.rights",
        r"(all rights reserved|tous droits réservés|alle rechte vorbehalten"
        r"|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados)",
        anywhere=True,
        max_chars=200,
    ),
    _rule(
        "furniture.reading_time",
        r"\d+\s*(min(ute)?s?|minuten)\s*"
        r"(read|de lecture|lesezeit|de lectura|di lettura|de leitura)",
        max_chars=40,
    ),
    _rule(  # a post's meta line or list ending with its reading time: "Gabo · Jan 23 · 11 min read"
        "furniture.post_meta",
        r"\d+\s*(min(ute)?s?|minuten)\s*(read|de lecture|lesezeit|de lectura|di lettura"
        r"|de leitura)\W*$",
        anywhere=True,
        max_chars=80,
    ),
    _rule(
        "furniture.disclaimer",
        r"(disclaimer\s*:|the (content|information) (contained )?(in|on) this (article|blog post"
        r"|post|page|website|site) is (intended )?for (general )?(informational|educational"
        r"|information)|this (article|post|content) is (intended )?for (general )?"
        r"(informational|educational)|avertissement\s*:|haftungsausschluss\s*:|aviso legal\s*:"
        r"|esclusione di responsabilità\s*:)",
        max_chars=700,
    ),
    _rule(
        "furniture.pagination",
        r"(page|seite|página|pagina)\s+\d+\s*(of|sur|von|de|di|/)\s*\d+\W*$",
        max_chars=30,
    ),
    _rule(
        "furniture.print",
        r"(print|imprimer|drucken|imprimir|stampa)( this( page| article)?)?\W*$",
        max_chars=30,
    ),
)

#: Call-to-action labels standing alone as a paragraph ("Share", "Subscribe", "Tags").
LABELS = (
    _rule(
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
    _rule(
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
    _rule(
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
    _rule(
        "appeal.reader_funded",
        r"(this (story|article|journalism|reporting|work) (is|was) (funded|supported|made "
        r"possible) by (readers|donors|members)|cet article (est|a été) financé par (nos|ses) "
        r"lecteurs|dieser (artikel|beitrag) wird von (unseren |den )?lesern finanziert"
        r"|este (artículo|reportaje) (está|fue) financiado por (nuestros |los )?lectores"
        r"|questo articolo è finanziato dai (nostri )?lettori"
        r"|esta (reportagem|matéria) (é|foi) financiada pel[oa]s (nossos )?leitores)",
        max_chars=200,
    ),
)

#: Affiliate and advertiser disclosures.
DISCLOSURES = (
    _rule(
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

#: Breadcrumbs that reach the body: "Home > News > World", "Accueil › Économie".
BREADCRUMBS = (
    _rule("navigation.breadcrumb", r"[^.!?:]{1,40}(\s[>›»/|]\s[^.!?:]{1,40}){1,6}$", max_chars=160),
)

#: Every phrase rule, in the order they are tried.
PHRASE_RULES: tuple[PhraseRule, ...] = (
    *COMMENTS,
    *SHARE,
    *SUBSCRIBE,
    *NEWSLETTER_INVITES,
    *READ_MORE,
    *COOKIES,
    *ADVERTISING,
    *FURNITURE,
    *LABELS,
    *DISCLOSURES,
    *POST_NAVIGATION,
    *FORM_CONSENT,
    *READER_APPEALS,
    *BREADCRUMBS,
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
    r"|noticias relacionadas|te puede interesar|comentarios|articoli correlati|commenti"
    r"|artigos relacionados|notícias relacionadas|comentários)\W*$",
    re.I,
)
END_MARKER_RULE = "end_matter.heading"

#: Short lines at the top of the article that repeat header furniture: dates and
#: reading times ("Published 3 March 2025", "Mis à jour le", "5 min read").
HEADER_LINES = (
    _rule(
        "header.date_line",
        r"(published|updated|posted|last updated|publié|mis à jour|actualisé|veröffentlicht"
        r"|aktualisiert|stand:|publicado|actualizado|atualizado|pubblicato|aggiornato)\b",
        max_chars=90,
    ),
)
