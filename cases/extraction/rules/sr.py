# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Serbian cues (partial), Latin and Cyrillic script; Croatian and Bosnian forms too.

Every cue is written once in Latin script, ekavian and ijekavian forms side by side;
`_both` adds the Cyrillic transliteration of the same regex.
"""

from cases.extraction.rules import Lexicon

_DIGRAPHS = {"dž": "џ", "lj": "љ", "nj": "њ"}
_LETTERS = dict(
    zip(
        "abcčćdđefghijklmnoprsštuvzž",
        "абцчћдђефгхијклмнопрсштувзж",
        strict=True,
    )
)


def cyrillic(pattern: str) -> str:
    """The Cyrillic spelling of a Latin-script regex; escapes such as \\w stay as they are."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        pair = pattern[i : i + 2]
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        out.append(_LETTERS.get(ch, ch))
        i += 1
    return "".join(out)


def _both(pattern: str) -> str:
    return f"{pattern}|{cyrillic(pattern)}"


_CLITIC = r"(?:(?:je|su|sam|se|mu|ga) )?"  # "pobegao je iz ...": the auxiliary sits in between
_UNIT = r"(?:svoj\w* )?(?:jedinic\w*|kasarn\w*|vojsk\w*|baz\w*|položaj\w*|front\w*)"
_FLEE = r"(?:pobeg\w*|pobjeg\w*|pobegl\w*|pobjegl\w*|utek\w*|odbeg\w*|odbjeg\w*|bež\w*|bjež\w*)"
_NUMBERS = {
    "jedan": 1, "dva": 2, "dve": 2, "dvije": 2, "tri": 3, "četiri": 4, "pet": 5, "šest": 6, "sedam": 7,
    "osam": 8, "devet": 9, "deset": 10, "jedanaest": 11, "dvanaest": 12, "trinaest": 13, "četrnaest": 14,
    "petnaest": 15, "šesnaest": 16, "sedamnaest": 17, "osamnaest": 18, "devetnaest": 19, "dvadeset": 20,
    "trideset": 30, "četrdeset": 40, "pedeset": 50, "dvojica": 2, "trojica": 3, "četvorica": 4,
    "petorica": 5, "obojica": 2,
}  # fmt: skip
_MONTHS = (
    r"januar(?:a|u|om)?|siječ(?:anj|nja|nju)",
    r"februar(?:a|u|om)?|veljač[aeiu]",
    r"mart(?:a|u|om)?|ožuj(?:ak|ka|ku)",
    r"april(?:a|u|om)?|trav(?:anj|nja|nju)",
    r"maj(?:a|u|om)?|svib(?:anj|nja|nju)",
    r"jun(?:i|a|u|om)?|lip(?:anj|nja|nju)",
    r"jul(?:i|a|u|om)?|srp(?:anj|nja|nju)",
    r"avgust(?:a|u|om)?|august(?:a|u|om)?|kolovoz(?:a|u)?",
    r"septemb(?:ar|ra|ru)|rujan|rujn[au]",
    r"oktob(?:ar|ra|ru)|listopad(?:a|u)?",
    r"novemb(?:ar|ra|ru)|studen(?:i|og|oga|om)",
    r"decemb(?:ar|ra|ru)|prosin(?:ac|ca|cu)",
)

LEXICON = Lexicon(
    lang="sr",
    decision=r"odluk\w*|одлук\w*|presud\w*|пресуд\w*",
    says=_both(r"kaže|priča|rekao je|objašnjava|seća se|sjeća se|dodaje"),
    desert=_both(
        rf"dezert\w*|{_FLEE} {_CLITIC}(?:iz|sa|s) {_UNIT}|napusti\w* {_CLITIC}{_UNIT}|samovoljn\w* (?:napust\w*|udalj\w*|odsust\w*)|"
        r"nije se vratio u (?:svoj\w* )?(?:jedinic\w*|kasarn\w*)|bekstv\w* iz vojsk\w*|bjekstv\w* iz vojsk\w*|(?:pobeg\w*|pobjeg\w*|pobegl\w*|pobjegl\w*|utek\w*|dezertira\w*) (?:je |su )?(?:iz|sa|s) (?:rusk\w* |ukrajinsk\w* )?(?:armij\w*|službe|ratišt\w*)|napusti\w* (?:je |su )?(?:armij\w*|služb\w*|ratišt\w*)|nije se vratio (?:sa|s|iz) (?:odsustv\w*|bolovanj\w*|bolnic\w*)|odlučio (?:je )?da se ne vrati|samovoljno (?:je |su )?napusti\w*"
    ),
    draft=_both(
        rf"(?:izbeg\w*|izbjeg\w*|izbegav\w*|izbjegav\w*|{_FLEE}|sklon\w*) {_CLITIC}(?:od )?(?:delimičn\w* |djelimičn\w* |djelomičn\w* )?"
        r"(?:mobilizacij\w*|regrutacij\w*|novačenj\w*|vojn\w* rok\w*|služenj\w* vojn\w* rok\w*|vojn\w* obavez\w*|vojn\w* služb\w*)|"
        r"poziv\w* (?:za|na) mobilizacij\w*|poziv\w* u vojsk\w*|vojn\w* poziv\w*|mobilizacijsk\w* poziv\w*|"
        r"odbi\w* (?:da služi|da se bori|da ratuje|mobilizacij\w*|poziv\w*)|prigovor\w* sav(?:e|je)sti|"
        r"izbegavanj\w* vojn\w*|izbjegavanj\w* vojn\w*|(?:dobi\w*|primi\w*|uruč\w*) (?:je |su )?(?:\w+ )?poziv\w* (?:za|na|u) (?:mobilizacij\w*|vojsk\w*|regrutacij\w*)|nije se odazva\w* (?:na )?(?:poziv\w*|mobilizacij\w*)|vojn\w* odsek\w*|vojn\w* komesarijat\w*|regrutn\w* centr\w*"
    ),
    defect=_both(
        r"preb(?:e|je)g\w* na (?:\w+ )?stran\w*|preš\w* na (?:\w+ )?stran\w*|predao se|predal[aio] su se|dobrovoljno se preda\w*|predali su se|prebeg(?:ao|l[aei]) (?:je |su )?(?:kod|ukrajinc\w*|rus\w*)|preš(?:ao|l[aei]) (?:je |su )?(?:liniju fronta|frontu liniju)"
    ),
    asylum=_both(
        r"azil\w*|izbeglic\w*|izbjeglic\w*|izbeglišt\w*|izbjeglišt\w*|(?:međunarodn\w* |supsidijarn\w* |privremen\w* )?zaštit\w*|utočišt\w*|humanitarn\w* (?:zaštit\w*|status\w*)|boravišn\w* dozvol\w*|dozvol\w* (?:privremenog |stalnog )?boravka|izbegličk\w* status\w*|izbjegličk\w* status\w*"
    ),
    grant=_both(
        r"odobr\w*|dobi(?:o|la|li|je|ju|ti)\b|dobij\w*|priznat\w*|prizna(?:o|la|li|lo|ju|je)\b|dodeljen\w*|dodijeljen\w*|dodeli\w*|dodijeli\w*|izdat\w*|izdal\w*|izdan\w*|stekao|stekl\w*|usvojen\w*|primljen\w*|odobrava\w*|priznaje"
    ),
    refuse=_both(
        r"odbij\w*|odbi(?:o|la|li|lo|jen\w*)\b|odbačen\w*|odbac\w*|uskraćen\w*|negativn\w* (?:rešenj\w*|rješenj\w*|odluk\w*)|nije (?:mu |im )?odobren\w*|nije (?:mu |im )?priznat\w*|odbili su"
    ),
    appeal=_both(
        r"žalb\w*|tužb\w*|zahtev\w*|zahtjev\w*|molb\w*|uložil\w* žalb\w*|ulož\w* žalb\w*|tužil\w*|ustavn\w* žalb\w*"
    ),
    visa=_both(r"viz[aeiu]\b|vizom|vizama|vizn\w*|dozvol\w* za ulazak|ulazn\w* dozvol\w*"),
    apply=_both(
        r"zatraž\w*|traž\w*|podne(?:o|la|li|se|sen\w*)\b|podni(?:o|jela|jeli)\b|podnosi\w*|"
        r"zaht(?:j)?ev(?!\S*(?:\s+\S+){0,3}\s+(?:je\s+|su\s+)?(?:odobren|prihvaćen|usvojen))\w*|molb\w*|podnel\w*|podnijel\w*|podnese\w*|aplicira\w*|registrova\w*|registrira\w*|obrati(?:o|l[aei]) se|molio|molil\w*"
    ),
    detain=_both(
        r"pritvor\w*|uhapšen\w*|uhapsi\w*|zadržan\w*|zadržali su ga|lišen\w* slobode|priveden\w*|zarobljen\w*|zatočen\w*|"
        r"(?:prihvatn\w*|pritvorsk\w*|imigracion\w*) centr\w*|u tranzitn\w* zon\w*|ratn\w* zarobljeni\w*|zadrža\w*|u zatvoru|pritvoren\w*|smešten\w* u (?:prihvatn|pritvorsk|imigracion)\w*|smješten\w* u (?:prihvatn|pritvorsk|imigracion)\w*"
    ),
    returned=_both(
        r"deport\w*|izruč\w*|ekstradi\w*|proteran\w*|protjeran\w*|vraćen\w* u (?:rusij\w*|ukrajin\w*|belorusij\w*|bjelorusij\w*|domovin\w*)|"
        r"predat\w* (?:rusk\w*|ukrajinsk\w*|belorusk\w*|bjelorusk\w*) (?:vlast\w*|služb\w*)|vraćen\w* nazad|poslat\w* nazad|otet\w*|vrać(?:en|eni|ena) (?:je |su )?(?:nazad |prinudno )?u (?:rusij\w*|ukrajin\w*|belorusij\w*|bjelorusij\w*|domovin\w*)|prinudno vraćen\w*|predat\w* (?:je |su )?(?:rusk|ukrajinsk|belorusk|bjelorusk)\w*|predal\w* (?:su )?(?:ga |ih )?(?:rusk|ukrajinsk|belorusk|bjelorusk)\w*|proteral\w*|protjeral\w*|oteli su"
    ),
    died=_both(
        r"umro|umrl[aei]|preminu\w*|poginu\w*|udavi\w*|utopi\w*|(?:pronađen\w*|nađen\w*) mrtv?\w*|telo\b|tijelo\b|ubijen\w*"
    ),
    fled=_both(rf"{_FLEE}|u bekstvu|u bjekstvu|skriva\w*|krije se|krio se|sakri\w*|živi u"),
    leave=_both(
        r"napusti\w* (?:rusij\w*|zemlj\w*|ukrajin\w*|belorusij\w*|bjelorusij\w*|domovin\w*)|preš(?:ao|l[aei])\b|prelaz\w*|prelete\w*|preleti\w*|"
        r"odlete\w*|odleti\w*|otputova\w*|otiš(?:ao|l[aei]) u|prepliva\w*|(?:po|pre)b(?:e|je)g(?:ao|l[aei]) u|krenu(?:o|l[aei])\b|ukrca\w*|napusti\w* (?:je |su )?(?:\w+ ){0,2}?(?:rusij\w*|zemlj\w*|ukrajin\w*|belorusij\w*|bjelorusij\w*|domovin\w*)|emigrira\w*|ukrcao se|ukrcal\w* se|seo (?:je )?u (?:avion|voz|autobus)|sel[aei] (?:je |su )?u (?:avion|voz|autobus)|(?:po|pre)b(?:e|je)g(?:ao|l[aei]) (?:je |su )?(?:u|iz|preko|za)|zaputi(?:o|l[aei]) (?:se )?(?:je |su )?(?:u|ka|prema|za)|uputi(?:o|l[aei]) (?:se )?(?:je |su )?(?:u|ka|prema|za)"
    ),
    arrive=_both(
        r"stig(?:ao|l[aei]|ne)\b|stiže|doputova\w*|slete(?:o|l[aei])\b|sletio|sletjel\w*|uš(?:ao|l[aei]) u|doš(?:ao|l[aei])\b|dospe(?:o|l[aei])|dospio|dospjel\w*|naš(?:ao|l[aei]) (?:se|su se) u|domogao se|dolete(?:o|l\w*)|doletio|doletjel\w*|dopliva\w*|uspe(?:o|la|li) (?:je |su )?da (?:stigne|stignu|uđe|uđu|pređe)|uspio (?:je )?da (?:stigne|uđe|pređe)|ušli su u|prispe\w*"
    ),
    stay=_both(
        r"živeo|živio|živel\w*|živjel\w*|živi\b|boravi\w*|osta(?:o|l[aei])\b|prove(?:o|l[aei])\b|radi\b|radio|čeka\w*|nalazi se"
    ),
    hypo=_both(
        r"ako|ukoliko|kad bi|kada bi|mogao bi|mogla bi|mogli bi|može|mogao|mogl\w*|rizik\w*|riskira\w*|preti|prijeti|pretnj\w*|prijetnj\w*|"
        r"opasnost\w*|strah\w*|plaši\w*|boji se|protiv|ne|nije|nisu|nikada|nikad|niko|nitko|nema|sprečit\w*|spriječit\w*|"
        r"želi|želeo|želio|hteo|htio|nada se|nadaju se|eventualn\w*|moguć\w*|da izbegne|da izbjegne"
    ),
    aggregate=_both(
        r"hiljad\w*|tisuć\w*|stotin\w*|desetin\w*|više od \d|preko \d{2}|oko \d{2,}|većina|većin\w* njih|statistik\w*|"
        r"svake godine|od početka rata|od početka invazije"
    ),
    court=_both(r"osuđen\w*|osudi\w*|presud\w*|suđenj\w*|vojn\w* sud\w*|kazn\w* zatvora|zatvorsk\w* kazn\w*"),
    nonmil=_both(r"novinar\w*|aktivist\w*|student\w*|bloger\w*|opozicion\w*"),
    another=_both(
        r"još jed(?:an|nog|nom)|drugi (?:vojnik|muškarac|dezerter|rus)|još (?:dvojica|trojica|dva|tri)|treći|drug\w* dezerter\w*"
    ),
    person=_both(
        r"vojnik(?:u|om)?\b|muškar(?:ac|ca|cu)\b|dezerter(?:u|om)?\b|regrut(?:u|om)?\b|ročnik(?:u|om)?\b|oficir(?:u|om)?\b|"
        r"pripadnik\b|plaćenik\b|mladić(?:a|u)?\b|državljanin(?:a|u)?\b|rezervist(?:a|u)?\b|podoficir\w*|mornar\b|pilot\b|rus\b|ukrajinac\b"
    ),
    people=_both(
        r"vojnici|vojnika\b|muškarci|muškaraca|dezerteri|dezertera\b|regruti|ročnici|rusi\b|rusa\b|ukrajinci|ukrajinaca|belorusi|bjelorusi|"
        r"građani|državljani|mobilisani|rezervisti|plaćenici|braća"
    ),
    pronoun=_both(r"on|njega|njegov\w*|mu|ga|njemu"),
    they=_both(
        r"oni|njih|njihov\w*|im|ih|sva (?:dvojica|trojica)|obojica|dvojica|trojica|četvorica|petorica"
    ),
    ranks=_both(
        r"kapetan\w*|poručnik\w*|potporučnik\w*|major\w*|pukovnik\w*|potpukovnik\w*|narednik\w*|vodnik\w*|desetar\w*|vojnik\w*|"
        r"redov(?:a|u|om)?\b|dezerter\w*|oficir\w*|pilot\w*|ročnik\w*|regrut\w*"
    ),
    pseudonym=_both(
        r"(?:koji|koja) je (?:zamolio|zamolila|tražio|tražila) da (?:ga|je) (?:zovemo|nazivamo|oslovljavamo)|predstavi(?:o|la) se kao|"
        r"pod imenom|pod pseudonimom|(?:na)?zvaćemo ga|(?:na)?zvat ćemo ga|(?:dao|rekao) (?:je )?samo (?:svoje )?ime"
    ),
    name_changed=_both(
        r"ime (?:je )?prom(?:e|ije)njen\w*|prom(?:e|ije)njen\w* ime|nije (?:njegovo )?pravo ime|izmišljen\w* ime|pseudonim"
    ),
    age_after=_both(r",\s*\d{2}\s*(?:godin\w*|god\.)?\s*[,.)]"),
    age_before=_both(r"\d{2}-?godišnj\w*"),
    roles={
        "conscript": _both(
            r"ročn\w*|regrut\w*|obavezn\w* vojn\w* rok\w*|služenj\w* vojn\w* rok\w*|na odsluženju"
        ),
        "contract": _both(
            r"ugovorn\w*|po ugovoru|profesionaln\w* vojnik\w*|potpisa\w* ugovor\w*|kontraktnik\w*"
        ),
        "mobilised": _both(r"mobilisan\w*|mobilizovan\w*|mobiliziran\w*|rezervist\w*"),
        "officer": _both(
            r"oficir\w*|poručnik\w*|kapetan\w*|major\w*|pukovnik\w*|komandant\w*|zapovjednik\w*"
        ),
        "mercenary": _both(r"plaćenik\w*|privatn\w* vojn\w* kompanij\w*"),
    },
    numbers={**_NUMBERS, **{cyrillic(word): n for word, n in _NUMBERS.items()}},
    # CLDR has the Cyrillic months only: both scripts, and the Croatian names.
    months=tuple(_both(m) for m in _MONTHS),
    seasons={
        _both(r"pro(?:l|lj)eć(?:e|a|u|em)|pro(?:l|lj)ećn\w*"): 21,
        _both(r"(?:l|lj)et[oau]|(?:l|lj)etnj\w*|letos"): 22,
        _both(r"jesen(?:i|s\w*)?"): 23,
        _both(r"zim(?:a|e|i|u|om|sk\w*)|zimus"): 24,
    },
    last=_both(r"prošl\w*|prethodn\w*|lanjsk\w*"),
    this=_both(r"ove|ovog|ovo|ovaj|ovoj|ovogodišnj\w*|tekuć\w*"),
    last_year=_both(r"prošle godine|prethodne godine|lane|lani|pre godinu dana|prije godinu dana"),
    this_year=_both(r"ove godine|početkom ove godine|ovogodišnj\w*"),
    last_month=_both(r"prošlog (?:meseca|mjeseca)|pre mesec dana|prije mjesec dana"),
    yesterday=_both(r"juče|jučer"),
    last_week=_both(r"prošle (?:nedelje|nedjelje|sedmice)|prošlog tjedna|pre nedelju dana|prije tjedan dana"),
    same_day=_both(r"(?:tog )?istog dana|iste noći|te noći"),
    same_month=_both(r"istog (?:meseca|mjeseca)|kasnije tog (?:meseca|mjeseca)"),
)
