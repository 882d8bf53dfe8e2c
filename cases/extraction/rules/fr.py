# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""French cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:son |sa |leur |leurs |ses |l'|l’|la |le )?(?:unité|régiment|bataillon|caserne|poste|brigade|base|armée|compagnie|garnison|position\w*|tranchée\w*|front)"

LEXICON = Lexicon(
    lang="fr",
    decision=r"décision|jugement|arrêt|verdict|décret|ordonnance",
    says=r"dit|raconte|explique|confie|se souvient|ajoute|poursuit",
    desert=(
        r"désert\w*|déserteur\w*|"
        rf"(?:quitté|quitter|quitta|quittèrent|abandonné|abandonner|abandonna|fui|s['’](?:est|était) enfui\w* de|se sont enfuis de|s['’]enfuir de|s['’](?:est|était) échappé\w* de|échappé de) {_UNIT}|abandon d['’]unité|abandon de poste|"
        rf"ne pas rejoindre {_UNIT}|(?:n['’]a|n['’]est) (?:pas |plus )(?:rejoint|retourné|revenu)|(?:n['’]ont|ne sont) (?:pas |plus |jamais )(?:rejoint|retourné\w*|revenu\w*)|"
        rf"(?:a |ont )?décidé de ne (?:pas|plus) (?:retourner|rentrer|revenir|rejoindre) (?:à |dans |au )?{_UNIT}|"
        r"(?:n[\'’]est|ne sont) (?:pas |jamais )(?:rentré|revenu|retourné)\w* de (?:sa |leur )?(?:permission|congé|perm\b|l['’]hôpital)|(?:n['’]est|ne sont) (?:pas |jamais )(?:rentré|revenu|retourné)\w* au front|"
        r"absence (?:illégale|non autorisée|injustifiée)|sans autorisation de (?:ses|leurs) (?:supérieurs|commandants)"
    ),
    draft=(
        r"(?:fuir|fuyant|fui|échapper|échappé|échappant|se soustraire|se soustrayant|soustrait|éviter|évité|évitant|esquiver|esquivé|réfractaire)\w* "
        r"(?:à |la |le |aux |l['’])*(?:mobilisation|conscription|service militaire|appel|enrôlement|recrutement|incorporation)|"
        r"(?:pour )?ne pas être (?:mobilisé\w*|enrôlé\w*|appelé\w*|incorporé\w*|envoyé\w* (?:au front|à la guerre))|"
        r"(?:a |ont )?reçu (?:une |sa |la |leur |un |son )?(?:convocation|ordre de mobilisation|avis de mobilisation|feuille de route)|"
        r"ne s['’](?:est|était) pas présenté\w* (?:au|à l['’]) (?:bureau|centre|commissariat) (?:de recrutement|militaire)|(?:bureau|centre) de recrutement|commissariat militaire|"
        r"(?:a |ont )?refusé de (?:combattre|se battre|servir|partir à la guerre|aller (?:au front|à la guerre)|prendre les armes)|"
        r"insoumis\w*|convocation\w*|ordre de mobilisation|objecteur\w*"
    ),
    defect=(
        r"fait défection|faire défection|défection|transfuge\w*|passé\w* (?:dans le camp|à l['’]ennemi|du côté|de l['’]autre côté)|s['’]est rendu\w* (?:aux|volontairement)|"
        r"se sont rendus (?:aux|volontairement)|rendu\w* volontairement|reddition volontaire|chang\w* de camp|traversé\w* la ligne de front|rallié\w* (?:l['’]armée|les forces) ukrainienne\w*"
    ),
    asylum=r"asile|réfugié\w*|protection\w*|statut de réfugié",
    grant=r"accord\w*|obtenu\w*|obtient|obtiennent|obtint|reconnu\w*|reconnaît|délivr\w*|octroy\w*|attribu\w*|reçu\w*|bénéfici\w*|admis\w* au (?:statut|bénéfice)",
    refuse=r"rejet\w*|refus\w*|débout\w*|rejeté\w*|irrecevable\w*",
    appeal=r"recours|appel|demande\w*|requête\w*|pourvoi|contestation|cnda\b",
    visa=r"visa\w*|laissez-passer|autorisation d['’]entrée|sauf-conduit",
    apply=r"demand\w*|déposé\w*|dépose\w*|déposer|sollicit\w*|requ[eê]t\w*|recours|introduit\w* une demande|enregistr\w* (?:auprès|à l['’]ofpra|au hcr)|fait une demande|formulé\w*",
    detain=r"interpellé\w*|retenu\w*|arrêté\w*|détenu\w*|détention|placé\w* en rétention|rétention|en garde à vue|prisonnier|incarcéré\w*|écroué\w*|bloqué\w* (?:à l['’]aéroport|en zone d['’]attente|à la frontière)|zone d['’]attente|captivité",
    returned=r"expulsé\w*|expuls(?:er|ion vers)|extradé\w*|extrad(?:er|ition)|extradition|renvoyé\w* (?:en|vers)|reconduit\w*|remis\w* aux autorités|livré\w* (?:à la|aux autorités|à moscou)|rapatrié\w* de force|refoulé\w* vers|déporté\w*|enlevé\w*",
    died=r"(?:est|sont|était|a été retrouvé|retrouvé) morts?\b|décédé\w*|tué\w*|noyé\w*|corps\b|retrouvé mort",
    fled=r"fui\b|fuit|enfui\w*|caché\w*|cache\b|vit\b|réfugié",
    leave=(
        r"a fui|ont fui|avait fui|s['’]est enfui|se sont enfuis|quitté (?:la russie|le pays|la biélorussie|l['’]ukraine)|quitter|franchi\w*|traversé\w*|pris un (?:avion|vol|bus|train)|gagné|passant par|en passant|rejoint|fui (?:vers|en)|"
        r"(?:quitte|quitta|quittèrent) (?:la russie|le pays|la biélorussie|l['’]ukraine|son pays|sa patrie)|(?:quitté|quitter) (?:son pays|sa patrie|leur pays|la fédération de russie)|"
        r"(?:parti|partis|partie|partent|partir|s['’](?:est|était) réfugié\w*|fui|exilé\w*|s['’]exil\w*|émigré\w*) à l['’]étranger|(?:s['’]est|se sont) exilé\w*|émigré\w*|"
        r"(?:traverser|traversa|traversant|franchir|franchissant|franchit) la frontière|à la nage|(?:pris|prend|prennent|prendre) (?:un|le|l['’]) ?(?:avion|vol|bus|car|autocar|train|bateau|ferry)|"
        r"(?:embarqu|envol)\w* (?:pour|vers|à destination)|(?:s['’]est|se sont) dirigé\w* vers|(?:a |ont )?poursuivi\w* (?:sa |leur )?(?:route|chemin|voyage) (?:vers|jusqu)|"
        r"(?:a |ont )?réussi à (?:quitter|fuir|s['’]enfuir|sortir)"
    ),
    arrive=r"arrivé\w*|arriv(?:e|ent|a|èrent)\b|atterri\w*|débarqu\w*|posé le pied|posé\w* (?:son|en)|rejoindre|gagné|entré\w* en|entré\w* (?:au|aux|sur le territoire)|(?:a |ont )?réussi à (?:entrer|rejoindre|gagner|atteindre)|atteint\w*|atteignent|se (?:retrouve|sont retrouvés|est retrouvé) (?:en|au|à)",
    stay=r"se trouve\w*|actuellement en|toujours en|vécu|vit\b|resté\w*|séjourn\w*|travaillé|hébergé|passé (?:deux|trois|plusieurs)",
    hypo=r"demand[ée]\w*|réclam\w*|ne\b|n['’]\w+|jamais|aucun|si\b|pourrai\w*|risque\w*|menac\w*|craint\w*|peur|éviter|contre|ne pas|possible|rarement",
    aggregate=(
        r"^(?:beaucoup|la plupart|nombre|certains) |milliers|centaines|dizaines|plus de \d|selon les chiffres|statistiques|la plupart|"
        r"beaucoup d['’]entre eux|chaque année|depuis le début|\d{2,}[\d\s.]* (?:russes|hommes|demandes|personnes)"
    ),
    court=r"condamné\w*|tribunal (?:militaire|de garnison)|peine de prison ferme",
    nonmil=r"journaliste\w*|militant\w*|étudiant\w*|opposant\w*",
    another=r"un autre|une autre|le second|le deuxième|l['’]autre(?! côté)|deux autres|trois autres",
    person=(
        r"soldat\b|militaire\b|homme\b|déserteur\b|conscrit\b|officier\b|pilote\b|sergent\b|"
        r"parachutiste\b|mercenaire\b|combattant\b|russe\b|requérant\b|appelé\b|réserviste\b"
    ),
    people=r"soldats|militaires|hommes|déserteurs|conscrits|gardes|marins|officiers|membres|cadets|appelés|russes|ukrainiens|mercenaires|personnes|ressortissants",
    pronoun=r"il|lui|son|sa|ses",
    they=r"ils|eux|les (?:deux|trois|quatre|cinq|six|hommes|soldats)",
    ranks=(
        r"capitaine|lieutenant|commandant|colonel|sergent|caporal|soldat|déserteur|pilote|"
        r"officier|parachutiste|le premier,|le second,"
    ),
    pseudonym=r"se fait appeler|se présente comme|s['’]appelle|que nous appellerons|prénom d['’]emprunt",
    name_changed=r"(?:le )?prénom a été (?:modifié|changé)|prénom modifié|nom a été modifié|prénom d['’]emprunt",
    age_after=r",\s*\d{2}\s*ans\b",
    age_before="",
    roles={
        "conscript": r"conscrit\w*|service militaire obligatoire|appelé du contingent",
        "contract": r"sous contrat|contractuel\w*|engagé volontaire|soldat professionnel",
        "mobilised": r"mobilisé\w*",
        "officer": r"officier\w*|lieutenant\w*|capitaine\w*|commandant\w*|colonel\w*",
        "mercenary": r"mercenaire\w*|société militaire privée",
    },
    numbers={
        "un": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
    },
    months=(
        r"janvier",
        r"février|fevrier",
        r"mars",
        r"avril",
        r"mai",
        r"juin",
        r"juillet",
        r"août|aout",
        r"septembre",
        r"octobre",
        r"novembre",
        r"décembre|decembre",
    ),
    seasons={r"printemps": 21, r"été": 22, r"automne": 23, r"hiver": 24},
    last=r"dernier|dernière|passé|précédent",
    this=r"cet|cette|ce",
    last_year=r"l['’]an dernier|l['’]année dernière|l['’]année précédente|il y a un an",
    this_year=r"cette année",
    last_month=r"le mois dernier|il y a un mois",
    yesterday=r"hier",
    last_week=r"la semaine dernière|il y a une semaine|cette semaine",
    ago=r"il y a (?P<n>un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+) (?:(?P<month>mois)|(?P<year>ans?))",
    same_day=r"le (?:jour )?même|le même jour|la même nuit",
    same_month=r"le même mois|dans le même mois|ce même mois",
)
