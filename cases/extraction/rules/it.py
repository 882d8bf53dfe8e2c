# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Italian cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:il |la |suo |sua |proprio |propria |dal |dalla |dal suo |dalla sua )*(?:reparto|unità|battaglione|caserma|reggimento|brigata|base|posto|compagnia|guarnigione|postazion\w*|trince\w*|fronte)"

LEXICON = Lexicon(
    lang="it",
    decision=r"decisione|sentenza|provvedimento|pronuncia|verdetto|decreto|ordinanza",
    says=r"dice|racconta|spiega|ricorda|aggiunge|ha detto|ha raccontato",
    desert=(
        r"disert\w*|"
        rf"(?:lasciato|abbandonato|abbandonare|lasciare|lasciò|abbandonò|lasciarono|abbandonarono|fuggito da|fuggiti da|fuggì da|fuggire da|scappato da|scappati da|scappò da|allontanat\w* da|allontanandosi da) {_UNIT}|"
        rf"non (?:è|era|sono|erano|sia) (?:più )?(?:tornat\w*|rientrat\w*) (?:al|nel|alla|nella|in) {_UNIT}|"
        rf"non (?:tornò|rientrò|tornarono|rientrarono|si presentò|si è presentato) (?:più )?(?:al|nel|alla|nella|in) {_UNIT}|"
        rf"(?:ha |hanno )?deciso di non (?:tornare|rientrare) (?:al|nel|alla|nella|in) {_UNIT}|"
        r"non (?:è|era|sono|erano) (?:più )?(?:tornat\w*|rientrat\w*) dalla (?:licenza|licenza premio)|non (?:tornò|rientrò|tornarono|rientrarono) (?:più )?dalla licenza|"
        r"assenza (?:ingiustificata|non autorizzata)|allontanamento (?:arbitrario|non autorizzato)|abbandono (?:del posto|di reparto)"
    ),
    draft=(
        r"(?:sfuggi\w*|sottrar\w*|sottratt\w*|evitare|evitato|eludere|eluso|fuggi\w*|scappa\w*|renitent\w*|schivare|imboscat\w*) "
        r"(?:alla |al |dalla |dal |all['’]|a )?(?:mobilitazione|leva|chiamata alle armi|arruolamento|servizio militare|coscrizione|reclutamento|richiamo)|"
        r"(?:per )?non essere (?:mobilitat\w*|arruolat\w*|richiamat\w*|reclutat\w*|mandat\w* al fronte|inviat\w* al fronte)|"
        r"(?:ricevuto|ricevere|riceve|ricevette|ha ricevuto|arrivata) (?:la |una |il |un )?(?:cartolina|convocazione|lettera di (?:convocazione|richiamo|arruolamento)|ordine di (?:mobilitazione|arruolamento)|avviso di (?:chiamata|mobilitazione))|"
        r"non si (?:è|sono) present\w* (?:al|all['’]|presso l['’]) (?:ufficio|centro|commissariato) (?:di (?:leva|reclutamento)|militare)|ufficio (?:di leva|reclutamento)|commissariato militare|"
        r"(?:si è |si sono )?rifiutat\w* di (?:combattere|servire|andare (?:in guerra|al fronte)|imbracciare le armi)|"
        r"renitent\w*|cartolina precetto|precetto|obiettor\w*|(?:il |la )?richiamo|lettera di (?:convocazione|richiamo)|(?:ricevuto|ricevere) (?:la |una )?convocazione"
    ),
    defect=(
        r"disertato passando|passat\w* (?:dalla parte|al nemico|alle linee|con gli ucraini|con i russi|dall['’]altra parte)|defezion\w*|si (?:è|sono) arres\w*|arres\w* volontariamente|"
        r"si (?:è|sono) consegnat\w* (?:volontariamente|agli ucraini|ai russi|alle (?:forze|truppe))|resa volontaria|cambiato (?:fronte|schieramento)|attraversat\w* la linea del fronte|transfug\w*"
    ),
    asylum=r"asilo|rifugiat\w*|protezione\w*|status di rifugiato",
    grant=r"concess\w*|concede\w*|ottenuto|ottenut\w*|ottiene|ottennero|ottenne|riconosciut\w*|riconosc\w*|rilasciat\w*|accordat\w*|ricevuto|ricevut\w*|accolt\w*|accogli\w*|approvat\w*",
    refuse=r"rigett\w*|respinge\w*|respint\w*|rifiutat\w*|negat\w*|rigettat\w*|diniego|respinse|bocciat\w*|inammissibil\w*",
    appeal=r"ricors\w*|appello|impugn\w*|domand\w*|richiest\w*|istanz\w*",
    visa=r"vist\w+|permesso (?:di ingresso|d['’]ingresso)|nulla osta|lasciapassare",
    apply=r"chiest\w*|richiest\w*|presentat\w*|domanda|presentare|chiedere|(?:ha|hanno) fatto (?:domanda|richiesta)|inoltrat\w*|depositat\w*|chiese|chiesero|presentò|presentarono|registrat\w* (?:presso|all['’]unhcr)",
    detain=r"arrestat\w*|fermat\w*|detenut\w*|trattenut\w*|in custodia|centr[oi] di (?:permanenza|detenzione|trattenimento)|cpr\b|bloccat\w* (?:in|all['’]|al|nella) (?:aeroporto|zona di transito|frontiera|confine)|zona di transito|incarcerat\w*|in carcere|prigionier\w* di guerra|prigionia",
    returned=r"espuls(?!ioni)\w*|estradat\w*|estrad(?:ato|are|arlo)|estradizione|rimpatriat\w*|rimpatri(?:ò|arono|arlo)|riconsegnat\w*|rimandat\w*|rispedit\w*|consegnat\w* (?:alle autorità|alla russia|ai russi|a mosca)|rinviat\w* in (?:russia|ucraina|bielorussia)|deportat\w*|rapit\w*",
    died=r"mort[oi]\b|decedut\w*|annegat\w*|uccis\w*|corpo\b|cadavere|ha perso la vita",
    fled=r"fuggit\w*|fugg\w*|scappat\w*|nascost\w*|vive\b",
    leave=(
        r"fuggit\w*|fuggì|fuggirono|scappat\w*|scappò|lasciato (?:la russia|il paese|l['’]ucraina)|attraversat\w*|attraversò|attraversarono|varcat\w*|varcò|partit\w*|partì|partirono|volat\w*|volò|fuggit\w* (?:in|verso)|imbarcat\w*|raggiunt\w* il confine|"
        r"(?:lasciat\w*|lasciò|lasciarono|abbandonat\w*|abbandonò|abbandonarono|lasciare) (?:la russia|il paese|l['’]ucraina|la bielorussia|il suo paese|la sua patria|la patria|la federazione russa)|"
        r"(?:uscit\w*|uscì|usciti) dalla (?:russia|bielorussia|federazione)|(?:uscit\w*|uscì) dal paese|espatriat\w*|espatri(?:ò|are)|emigrat\w*|emigrò|all['’]estero|"
        r"(?:preso|presero|prese) (?:un|il|l['’]) ?(?:aereo|volo|autobus|pullman|treno|traghetto|nave)|a nuoto|nuotat\w*|"
        r"(?:diretto|diretti|dirett\w*) (?:in|verso)|(?:si è |si sono )?dirett\w* verso|proseguit\w* (?:per|verso|fino)|prosegu(?:ì|irono) (?:per|verso|fino)|"
        r"(?:riuscit\w*|riuscì) a (?:lasciare|fuggire|scappare|uscire|espatriare)"
    ),
    arrive=r"arrivat\w*|arrivò|arrivarono|giunt\w*|giunse|giunsero|atterrat\w*|atterrò|sbarcat\w*|sbarcò|raggiunt\w*|raggiunse|raggiunsero|approdat\w*|entrat\w*|entrò|entrarono|(?:riuscit\w*|riuscì) ad? (?:arrivare|entrare|raggiungere)|finit\w* (?:in|a) (?!carcere|prigione)",
    stay=r"si trova\w*|attualmente in|ancora in|vissut\w*|rimast\w*|trascors\w*|lavorat\w*|soggiornat\w*|ospitat\w*",
    hypo=r"raramente|chiest\w*|richiest\w*|chiede\w*|nessun\w*|se\b|potrebb\w*|rischi\w*|minacc\w*|teme\w*|paura|evitare|contro|non\b|mai|possibil\w*",
    aggregate=(
        r"^(?:molti|la maggior parte|alcuni) |migliaia|centinaia|decine|oltre \d|più di \d|statistich\w*|la maggior parte|"
        r"molti di loro|ogni anno|dall['’]inizio|\d{2,}[\d.]* (?:russi|uomini|persone|domande|soldati)"
    ),
    court=r"condannat\w*|tribunale militare|sentenza",
    nonmil=r"giornalist\w*|attivist\w*|student\w*|oppositor\w*",
    another=r"un altro|un'altra|il secondo|l['’]altro(?! lato)|altri (?:due|tre)|(?:due|tre) altri",
    person=(
        r"soldato\b|militare\b|uomo\b|disertore\b|coscritto\b|ufficiale\b|pilota\b|sergente\b|"
        r"mercenario\b|giovane\b|ragazzo\b|russo\b|combattente\b"
    ),
    people=r"soldati|militari|uomini|disertori|coscritti|guardie|marinai|ufficiali|membri|cadetti|russi|ucraini|mercenari|persone|cittadini|giovani",
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
