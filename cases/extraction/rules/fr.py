# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""French cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:son |leur |l'|l’)?(?:unité|régiment|bataillon|caserne|poste|brigade|base|armée)"

LEXICON = Lexicon(
    lang="fr",
    decision=r"décision|jugement|arrêt",
    says=r"dit|raconte|explique|confie|se souvient|ajoute|poursuit",
    desert=(
        r"désert\w*|déserteur\w*|"
        rf"(?:quitté|quitter|abandonné|abandonner|fui) {_UNIT}|abandon d['’]unité|"
        rf"ne pas rejoindre {_UNIT}|(?:n['’]a|n['’]est) (?:pas |plus )(?:rejoint|retourné|revenu)"
        r"|(?:n[\'’]est|ne sont) (?:pas |jamais )(?:rentré|revenu|retourné)\w* de (?:sa )?permission"
    ),
    draft=(
        r"(?:fuir|fuyant|fui|échapper|échappé|échappant|se soustraire|se soustrayant|éviter|évité|réfractaire)\w* "
        r"(?:à |la |le |aux )*(?:mobilisation|conscription|service militaire|appel|enrôlement)|"
        r"insoumis\w*|convocation\w*|ordre de mobilisation|objecteur\w*"
    ),
    defect=r"fait défection|faire défection|défection|transfuge\w*|passé (?:dans le camp|à l['’]ennemi)|s['’]est rendu\w* (?:aux|volontairement)",
    asylum=r"asile|réfugié\w*|protection\w*|statut de réfugié",
    grant=r"accord\w*|obtenu|obtient|reconnu\w*|délivr\w*|octroy\w*|attribu\w*|reçu",
    refuse=r"rejet\w*|refus\w*|débout\w*",
    appeal=r"recours|appel|demande\w*|requête\w*",
    visa=r"visa\w*|laissez-passer|autorisation d['’]entrée",
    apply=r"demand\w*|déposé|dépose|sollicit\w*|requ[eê]t\w*|recours",
    detain=r"interpellé\w*|arrêté\w*|détenu\w*|détention|placé\w* en rétention|rétention|en garde à vue|prisonnier",
    returned=r"expulsé\w*|extradé\w*|extradition|renvoyé\w* (?:en|vers)|reconduit\w*|remis\w* aux autorités|enlevé\w*",
    died=r"(?:est|sont|était|a été retrouvé|retrouvé) morts?\b|décédé\w*|tué\w*|noyé\w*|corps\b|retrouvé mort",
    fled=r"fui\b|fuit|enfui\w*|caché\w*|cache\b|vit\b|réfugié",
    leave=r"a fui|ont fui|s['’]est enfui|quitté (?:la russie|le pays|la biélorussie|l['’]ukraine)|quitter|franchi\w*|traversé\w*|pris un (?:avion|vol|bus|train)|gagné|passant par|en passant|rejoint|fui (?:vers|en)",
    arrive=r"arrivé\w*|atterri\w*|débarqu\w*|posé le pied|posé\w* (?:son|en)|rejoindre|gagné|entré\w* en",
    stay=r"se trouve\w*|actuellement en|toujours en|vécu|vit\b|resté\w*|séjourn\w*|travaillé|hébergé|passé (?:deux|trois|plusieurs)",
    hypo=r"demand[ée]\w*|réclam\w*|ne\b|n['’]\w+|jamais|aucun|si\b|pourrai\w*|risque\w*|menac\w*|craint\w*|peur|éviter|contre|ne pas|jamais|possible|rarement",
    aggregate=(
        r"^(?:beaucoup|la plupart|nombre|certains) |milliers|centaines|dizaines|plus de \d|selon les chiffres|statistiques|la plupart|"
        r"beaucoup d['’]entre eux|chaque année|depuis le début|\d{2,}[\d\s.]* (?:russes|hommes|demandes|personnes)"
    ),
    court=r"condamné\w*|tribunal (?:militaire|de garnison)|peine de prison ferme",
    nonmil=r"journaliste\w*|militant\w*|étudiant\w*|opposant\w*",
    another=r"un autre|une autre|le second|le deuxième|l['’]autre|deux autres|trois autres",
    person=(
        r"soldat\b|militaire\b|homme\b|déserteur\b|conscrit\b|officier\b|pilote\b|sergent\b|"
        r"parachutiste\b|mercenaire\b|combattant\b|russe\b|requérant\b|appelé\b|réserviste\b"
    ),
    people=r"soldats|militaires|hommes|déserteurs|conscrits|russes|ukrainiens|mercenaires|personnes|ressortissants",
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
