# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Italian cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:il |la |suo |sua |proprio |propria |dal |dalla |dal suo |dalla sua )*(?:reparto|unità|battaglione|caserma|reggimento|brigata|base|posto)"

LEXICON = Lexicon(
    lang="it",
    decision=r"decisione|sentenza|provvedimento|pronuncia",
    says=r"dice|racconta|spiega|ricorda|aggiunge|ha detto|ha raccontato",
    desert=(
        r"disert\w*|"
        rf"(?:lasciato|abbandonato|abbandonare|lasciare|fuggito da|fuggiti da) {_UNIT}|"
        rf"non (?:è|era|sono) (?:più )?(?:tornat\w*|rientrat\w*) (?:al|nel|alla) {_UNIT}"
        r"|non (?:è|era) (?:più )?(?:tornat\w*|rientrat\w*) dalla licenza"
    ),
    draft=(
        r"(?:sfuggi\w*|sottrar\w*|evitare|evitato|eludere|fuggi\w*|scappa\w*|renitent\w*) "
        r"(?:alla |al |dalla |dal |all['’])?(?:mobilitazione|leva|chiamata alle armi|arruolamento|servizio militare|coscrizione)|"
        r"renitent\w*|cartolina precetto|precetto|obiettor\w*|(?:il |la )?richiamo|lettera di (?:convocazione|richiamo)|(?:ricevuto|ricevere) (?:la |una )?convocazione"
    ),
    defect=r"disertato passando|passato (?:dalla parte|al nemico|alle linee)|defezion\w*|si è arreso|arres\w* volontariamente",
    asylum=r"asilo|rifugiat\w*|protezione\w*|status di rifugiato",
    grant=r"concess\w*|ottenuto|ottiene|riconosciut\w*|rilasciat\w*|accordat\w*|ricevuto|accolt\w*",
    refuse=r"rigett\w*|respinge\w*|respint\w*|rifiutat\w*|negat\w*|rigettat\w*|diniego",
    appeal=r"ricors\w*|appello|domand\w*|richiest\w*",
    visa=r"vist\w+|permesso (?:di ingresso|d['’]ingresso)|nulla osta",
    apply=r"chiest\w*|richiest\w*|presentat\w*|domanda|presentare|chiedere",
    detain=r"arrestat\w*|fermat\w*|detenut\w*|trattenut\w*|in custodia|centr[oi] di (?:permanenza|detenzione)|cpr\b",
    returned=r"espuls(?!ioni)\w*|estradat\w*|estradizione|rimpatriat\w*|riconsegnat\w*|rimandat\w*|rapit\w*",
    died=r"mort[oi]\b|decedut\w*|annegat\w*|uccis\w*|corpo\b|cadavere|ha perso la vita",
    fled=r"fuggit\w*|fugg\w*|scappat\w*|nascost\w*|vive\b",
    leave=r"fuggit\w*|fuggì|scappat\w*|lasciato (?:la russia|il paese|l['’]ucraina)|attraversat\w*|varcat\w*|partit\w*|volat\w*|fuggit\w* (?:in|verso)|imbarcat\w*|raggiunt\w* il confine",
    arrive=r"arrivat\w*|giunt\w*|atterrat\w*|sbarcat\w*|raggiunt\w*|approdat\w*|entrat\w*",
    stay=r"si trova\w*|attualmente in|ancora in|vissut\w*|rimast\w*|trascors\w*|lavorat\w*|soggiornat\w*|ospitat\w*",
    hypo=r"chiest\w*|richiest\w*|chiede\w*|nessun\w*|se\b|potrebb\w*|rischi\w*|minacc\w*|teme\w*|paura|evitare|contro|non\b|mai|possibil\w*",
    aggregate=(
        r"^(?:molti|la maggior parte|alcuni) |migliaia|centinaia|decine|oltre \d|più di \d|statistich\w*|la maggior parte|"
        r"molti di loro|ogni anno|dall['’]inizio|\d{2,}[\d.]* (?:russi|uomini|persone|domande|soldati)"
    ),
    court=r"condannat\w*|tribunale militare|sentenza",
    nonmil=r"giornalist\w*|attivist\w*|student\w*|oppositor\w*",
    another=r"un altro|un'altra|il secondo|l['’]altro|altri (?:due|tre)|(?:due|tre) altri",
    person=(
        r"soldato\b|militare\b|uomo\b|disertore\b|coscritto\b|ufficiale\b|pilota\b|sergente\b|"
        r"mercenario\b|giovane\b|ragazzo\b|russo\b|combattente\b"
    ),
    people=r"soldati|militari|uomini|disertori|coscritti|russi|ucraini|mercenari|persone|cittadini|giovani",
    pronoun=r"lui|gli|suo|sua|si",
    they=r"loro|i (?:due|tre|quattro|cinque|sei)|gli uomini|i soldati",
    ranks=r"capitano|tenente|maggiore|colonnello|sergente|caporale|soldato|disertore|pilota|ufficiale",
    pseudonym=r"(?:lo |la )?chiameremo|lo chiamiamo|si fa chiamare|si chiama|che chiameremo|chiamato|dice di chiamarsi|si presenta come",
    name_changed=r"nome (?:è )?di fantasia|nome è inventato|nome (?:è stato )?cambiato|nome modificato|non è il suo vero nome|pseudonimo",
    age_after=r",\s*\d{2}\s*(?:anni\b|[,.)])",
    age_before=r"\d{2}enne",
    roles={
        "conscript": r"coscritt\w*|leva obbligatoria|servizio (?:militare )?(?:obbligatorio|di leva)|di leva",
        "contract": r"a contratto|contrattista|con un contratto|soldato professionista|volontario a contratto",
        "mobilised": r"mobilitat\w*|richiamat\w*",
        "officer": r"ufficial\w*|tenente|capitano|maggiore\b|colonnello",
        "mercenary": r"mercenari\w*|compagnia militare privata",
    },
    numbers={
        "uno": 1,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
        "entrambi": 2,
    },
    months=(
        r"gennaio",
        r"febbraio",
        r"marzo",
        r"aprile",
        r"maggio",
        r"giugno",
        r"luglio",
        r"agosto",
        r"settembre",
        r"ottobre",
        r"novembre",
        r"dicembre",
    ),
    seasons={r"primavera": 21, r"estate": 22, r"autunno": 23, r"inverno": 24},
    last=r"scors[oa]|passat[oa]|precedente",
    this=r"quest[oa]",
    last_year=r"l['’]anno scorso|dell['’]anno scorso|lo scorso anno|un anno fa|l['’]anno precedente",
    this_year=r"quest['’]anno|di quest['’]anno",
    last_month=r"il mese scorso|lo scorso mese|un mese fa",
    yesterday=r"ieri",
    last_week=r"la settimana scorsa|la scorsa settimana|una settimana fa|questa settimana",
    ago=r"(?P<n>un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\d+) (?:(?P<month>mes[ei])|(?P<year>ann[oi])) fa",
    same_day=r"lo stesso giorno|quel giorno stesso|la stessa notte",
    same_month=r"lo stesso mese|nello stesso mese",
)
