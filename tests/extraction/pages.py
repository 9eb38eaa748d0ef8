"""Small hand-written article pages for rule tests, in several languages.

``page(lang, inside=..., after=...)`` wraps a few paragraphs of real prose in a plain
article template; the snippet under test is put inside the article (between two
paragraphs) or after it, where sites put their chrome.
"""

from __future__ import annotations

PROSE = {
    "en": [
        "The city council voted on Tuesday to extend the night bus network to the northern "
        "suburbs, after two years of complaints from shift workers who had no way home.",
        "Transport officials said the new routes would run every thirty minutes between "
        "midnight and five in the morning, starting in the first week of September.",
        "Residents' groups welcomed the decision but warned that the timetable still leaves "
        "the industrial estate without a direct connection to the hospital.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi l'extension du réseau de bus de nuit vers les "
        "quartiers nord, après deux années de plaintes des salariés en horaires décalés.",
        "Les responsables des transports ont précisé que les nouvelles lignes circuleront "
        "toutes les trente minutes entre minuit et cinq heures, dès le mois de septembre.",
        "Les associations de riverains ont salué la décision, tout en regrettant que la zone "
        "industrielle reste sans liaison directe avec l'hôpital.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, das Nachtbusnetz in die nördlichen "
        "Stadtteile auszuweiten, nachdem Schichtarbeiter sich zwei Jahre lang beschwert hatten.",
        "Die Verkehrsbetriebe teilten mit, die neuen Linien würden ab September zwischen "
        "Mitternacht und fünf Uhr morgens alle dreißig Minuten fahren.",
        "Anwohnerinitiativen begrüßten die Entscheidung, kritisierten aber, dass das "
        "Gewerbegebiet weiterhin keine direkte Verbindung zum Krankenhaus hat.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes ampliar la red de autobuses nocturnos a los barrios "
        "del norte, tras dos años de quejas de los trabajadores con turnos de noche.",
        "Los responsables de transporte explicaron que las nuevas líneas circularán cada "
        "treinta minutos entre la medianoche y las cinco de la madrugada desde septiembre.",
        "Las asociaciones vecinales celebraron la decisión, aunque lamentaron que el polígono "
        "industrial siga sin conexión directa con el hospital.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì l'estensione della rete di autobus "
        "notturni ai quartieri nord, dopo due anni di proteste dei lavoratori su turni.",
        "I responsabili dei trasporti hanno spiegato che le nuove linee passeranno ogni "
        "trenta minuti tra mezzanotte e le cinque del mattino a partire da settembre.",
        "I comitati di quartiere hanno accolto la decisione, ma lamentano che la zona "
        "industriale resti senza un collegamento diretto con l'ospedale.",
    ],
    "pt": [
        "A câmara municipal aprovou na terça-feira a extensão da rede de autocarros noturnos "
        "aos bairros do norte, depois de dois anos de queixas dos trabalhadores por turnos.",
        "Os responsáveis pelos transportes explicaram que as novas linhas vão circular de "
        "trinta em trinta minutos entre a meia-noite e as cinco da manhã a partir de setembro.",
        "As associações de moradores saudaram a decisão, mas lamentam que a zona industrial "
        "continue sem ligação direta ao hospital.",
    ],
}

HEADLINE = {
    "en": "Night buses to reach the northern suburbs",
    "fr": "Les bus de nuit iront jusqu'aux quartiers nord",
    "de": "Nachtbusse fahren bald in den Norden",
    "es": "Los autobuses nocturnos llegarán a los barrios del norte",
    "it": "Gli autobus notturni arriveranno ai quartieri nord",
    "pt": "Os autocarros noturnos vão chegar aos bairros do norte",
}


def numbered(texts: list[str], copies: int, first: int = 1) -> list[str]:
    """``texts`` ``copies`` times over, each copy's sentences ending in the copy's number
    ("... no way home (2)."): a long page of distinct paragraphs. A page's second copy of
    a paragraph leaves the body (cut.repeat), so filler must not repeat itself."""
    return [
        f"{text[:-1]} ({number}){text[-1]}"
        for number in range(first, first + copies)
        for text in texts
    ]


def page(
    lang: str, *, inside: str = "", after: str = "", header: str = "", before: str = ""
) -> str:
    """An article page in ``lang`` with snippets inside, after or above the article."""
    first, second, third = (f"<p>{text}</p>" for text in PROSE[lang])
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{HEADLINE[lang]}</title></head>
<body>
{before}
<main><article>
<header><h1>{HEADLINE[lang]}</h1>{header}</header>
<div class="article-body">{first}{second}{inside}{third}{after}</div>
</article></main>
</body></html>"""
