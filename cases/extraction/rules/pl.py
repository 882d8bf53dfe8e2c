# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Polish cues."""

from cases.extraction.rules import Lexicon

_UNIT = (
    r"(?:swoj\w+ |z )?(?:jednost\w*|oddział\w*|koszar\w*|posterun\w*|batalion\w*|brygad\w*|pułk\w*|służb\w*)"
)

LEXICON = Lexicon(
    lang="pl",
    decision=r"decyzj\w*|wyrok\w*|orzeczeni\w*|postanowieni\w*",
    says=r"mówi|powiedział|opowiada|wspomina|dodaje|tłumaczy",
    desert=(
        r"dezer\w*|zdezerterowa\w*|"
        rf"(?:uciekł\w*|opuścił\w*|porzucił\w*|zbiegł\w*) (?:z )?{_UNIT}|"
        rf"nie wrócił\w* do {_UNIT}|samowoln\w* oddaleni\w*"
        r"|nie wrócił\w* z (?:urlopu|przepustki|szpitala)|(?:uciekł\w*|opuścił\w*|porzucił\w*|zbiegł\w*|odszedł\w*|odeszł\w*) (?:z )?(?:armii|wojska|frontu|pozycj\w*|koszar|miejsca służby|szeregów)|samowolnie (?:opuścił\w*|oddalił\w*|odszedł\w*|odeszł\w*)|nie wrócił\w* (?:do|na) (?:służb\w*|front\w*|koszar)|nie wrócił\w* z (?:leczenia|urlopu zdrowotnego)|postanowił\w* nie wracać|nie stawił\w* się (?:w jednostce|do jednostki|na służbę|w koszarach)"
    ),
    draft=(
        r"(?:uciek\w*|uchyla\w*|unika\w*|uniknąć|uniknięcia|chroniąc się) (?:się )?(?:przed |od )?"
        r"(?:mobilizacj\w*|pobor\w*|służb\w* wojskow\w*|wezwani\w*)|"
        r"wezwani\w* do wojska|bor\w* wojskow\w*|uchylanie się od|poborow\w*|(?:uciek\w*|uchyla\w*|unika\w*|uniknął\w*|uniknęł\w*|ukrywa\w*) (?:się )?(?:przed |od )?(?:częściow\w* )(?:mobilizacj\w*|pobor\w*)|(?:dostał\w*|otrzymał\w*|przyszł\w*) (?:\w+ )?(?:wezwani\w*|powołani\w*)|powołani\w* do (?:wojska|armii|służby)|nie stawił\w* się (?:w|do|przed) (?:komisj\w*|wojskow\w* komend\w*|wkr|biur\w* werbunkow\w*|komisariat\w*)|wojskow\w* komend\w* uzupełnień|komisariat\w* wojskow\w*|odmówił\w* (?:służby wojskowej|walki|udziału w wojnie|pójścia na wojnę|pójścia na front)|uniknąć wcielenia|wcieleni\w* do (?:wojska|armii)"
    ),
    defect=r"przeszedł na (?:białorusk\w*|rosyjsk\w*|drugą|stronę)|przeszli na stronę|zbieg\w* na stronę|poddał się|oddał się do niewoli|defekc\w*|przeszedł\w* na (?:ukraińsk|rosyjsk)\w* stron\w*|przeszł\w* na stronę|poddał\w* się (?:\w+ )?(?:ukraińc\w*|rosjan\w*|siłom)|dobrowolnie (?:poddał|oddał)\w*|oddali się do niewoli|przeszedł\w* (?:przez )?lini\w* frontu|chcę żyć»",
    asylum=r"azyl\w*|status\w* uchodźc\w*|uchodźc\w*|ochron\w* (?:międzynarodow\w*|czasow\w*|uzupełniając\w*)|ochron\w*|status\w* ochrony|pobyt\w* tolerowan\w*|zgod\w* na pobyt (?:ze względów humanitarnych|humanitarn\w*)|zezwoleni\w* na pobyt|kart\w* pobytu",
    grant=r"nadano|przyznano|udzielono|wydano|nadał\w*|przyzna\w*|otrzymał\w*|dostał\w*|uzyskał\w*|wydał\w*|udzielił\w*|uznan\w*|uznał\w*|zatwierdz\w*|otrzymuj\w*|dostali|uzyska\w*",
    refuse=r"oddali\w* (?:skarg\w*|odwołani\w*|wnios\w*)|utrzyma\w* w mocy (?:decyzj\w*|odmow\w*)|odmówi\w*|odmow\w*|odrzuci\w*|odmówił\w*|odrzucon\w*|odrzuca\w*|negatywn\w* decyzj\w*|nie przyzna\w*|odmówion\w*",
    appeal=r"odwołani\w*|skarg\w*|wniosek|wniosk\w*|odwoła\w*|zaskarż\w*|skarg\w* kasacyjn\w*|pozew|pozw\w*",
    visa=r"wiz\w*|zezwoleni\w* na wjazd|wiza humanitarn\w*|zgod\w* na wjazd|pozwoleni\w* na wjazd",
    apply=r"złożył\w*|poprosił\w*|wniosek|wnioskował\w*|zgłosił\w*|ubiega\w*|prosi\b|złoży\w*|składa\w*|wystąpi\w* o|zwrócił\w* się|zwrócili się|poprosi\w*|prosił\w*|ubiegał\w*|zarejestrowa\w*|aplikowa\w*",
    detain=r"zatrzyma\w*|aresztowa\w*|w areszcie|strzeżon\w* ośrod\w*|w dyspozycji straży|niewol\w*|ośrod\w* (?:dla cudzoziemców|detencyjn\w*)|areszt\w* (?:dla cudzoziemców|deportacyjn\w*)|przetrzymywa\w*|przetrzyman\w*|ujęt\w*|ujęli|w strefie tranzytow\w*",
    returned=r"deport\w*|ekstrady\w*|wydal\w*\b(?!\s+ze?\s+(?:\w+\s+){0,2}służby)|przekaza\w* (?:stronie|władzom|białorusk\w*|rosyjsk\w*|ukraińsk\w*)|odesłan\w*|zawrócon\w*|porwan\w*|wydan\w* (?:rosj|białoru|ukrain|stron)\w*|wydali go|przekazan\w* (?:stronie|władzom|rosyjsk\w*|białorusk\w*|ukraińsk\w*)|przymusowo (?:odesłan|zawrócon|deportowan|wywiezion)\w*|odesła\w* (?:do|z powrotem)|wywiezion\w* (?:do|na) (?:rosj|białoru)\w*|uprowadzon\w*|wypchnięt\w*|wypchnięci",
    died=r"zginął|zginęli|zmarł\w*|utonął|utonęli|ciało\b|zwłoki|nie żyje",
    fled=r"uciekł\w*|zbiegł\w*|ukrywa\w*|mieszka\b|przedostał\w*",
    leave=r"kupił\w* bilet\w*|polecia\w*|pojecha\w*|przekroczy\w*|przeszedł\w*|przeszli|wyjecha\w*|wyleciał\w*|opuścił\w* (?:kraj|białoruś|rosję|ukrainę)|uciekł\w* (?:na|do)|przedostał\w*|przepłyn\w*|opuścił\w* (?:\w+ ){0,2}?(?:kraj\w*|ojczyzn\w*|białoruś|rosj\w*|ukrain\w*)|wyemigrowa\w*|uciekł\w* (?:za granicę|z kraju|z rosji|z białorusi|z ukrainy)|wsiadł\w* (?:do|w) (?:samolot\w*|pociąg\w*|autobus\w*|prom\w*)|udał\w* się (?:do|na|przez)|wyruszył\w* (?:do|w|przez)|wylecia\w*|odlecia\w*|przeszł\w* (?:przez )?granic\w*",
    arrive=r"dotarł\w*|przyjecha\w*|przyleciał\w*|trafił\w*|przedostał\w*|znalazł\w* się|doleciał\w*|dojecha\w*|doszedł\w*|doszli|dopłyn\w*|przybył\w*|wylądowa\w*|wjecha\w* (?:do|na)|dostał\w* się do|dostali się do",
    stay=r"przebywa\w*|obecnie w|nadal w|mieszka\w*|spędził\w*|pracował\w*|pracuje|ukrywał\w*|został\w*",
    hypo=r"zażąda\w*|domaga\w*|żaden|nikt|jeśli|jeżeli|może|mogą|grozi\w*|ryzyk\w*|obawia\w*|boi się|aby nie|żeby nie|przeciw\w*|nie\b|czy\b",
    aggregate=(
        r"^(?:wielu|większość|niektórzy) |tysi\w*|set(?:ki|ek)|dziesiąt\w*|kilkudziesięciu|kilkuset|ponad \d|ponad [a-ząęóśłżźćń]+set|więcej niż \d|statystyk\w*|"
        r"większość|wielu z nich|co roku|od początku roku|od początku|\d{2,}[\d\s]* (?:obywateli|osób|mężczyzn|żołnierzy)"
    ),
    court=r"skazał\w*|sąd garnizonow\w*|sąd okręgow\w*|skazan\w*|wyrok\w*|sąd (?:wojskowy|skazał)",
    nonmil=r"dziennikar\w*|aktywist\w*|student\w*|opozycjonist\w*",
    another=r"drugi\w*\b(?!\s+stron)|kolejn\w*|inn\w* (?:żołnierz\w*|mężczyzn\w*)|jeszcze jeden",
    person=(
        r"żołnierz\b|żołnierza|wojskow(?:y|ego)|mężczyzn(?:a|y)\b|dezerter\w*|poborow(?:y|ego)|"
        r"oficer\w*|pilot\w*|sierżant\w*|szeregow(?:y|ego)|porucznik\w*|najemnik\w*|"
        r"funkcjonariusz\w*|obywatel(?:a)?\b|dziewiętnastoletni\w*|\w+letni\w*\b|ukrainiec\b|rosjanin\b|białorusin\b"
    ),
    people=r"żołnierzy|żołnierze|wojskowych|mężczyzn\b|mężczyźni|dezerterów|obywateli|obywatele|rosjan\w*|ukraińc\w*|białorusin\w*|osób|najemnik\w*",
    pronoun=r"on|jego|go|mu|niego|nim|mężczyzna|żołnierz",
    they=r"oni|ich|im|nimi|obaj|trzej|czterej",
    ranks=(
        r"kapitan\w*|porucznik\w*|podporucznik\w*|major\w*|pułkownik\w*|sierżant\w*|kapral\w*|"
        r"szeregow\w*|żołnierz\w*|dezerter\w*|pilot\w*|oficer\w*|poborow\w*|\w+letni\w*"
    ),
    pseudonym=r"nazywa się|przedstawił się jako|przedstawia się jako|każe się nazywać|nazwijmy go|prosi, by nazywać go|prosi, (?:żeby|aby|by) (?:go )?nazywa(?:ć|no)(?: go)?|zwany",
    name_changed=r"imię zmienione|imię zmieniono|imię zostało zmienione|prawdziwe imię|nazwisko do wiadomości redakcji",
    age_after=r",\s*\d{2}\s*(?:lat\w*|[,.)])",
    age_before=r"\d{2}-letni\w*",
    roles={
        "conscript": r"zasadnicz\w* służb\w*|poborow\w*|służb\w* z poboru|obowiązkow\w* służb\w*",
        "contract": r"zawodow\w*|kontrakt\w*|na podstawie kontraktu",
        "mobilised": r"zmobilizowan\w*|powołan\w* w ramach mobilizacji",
        "officer": r"oficer\w*|porucznik\w*|kapitan\w*|major\w*|pułkownik\w*",
        "mercenary": r"najemni\w*|prywatn\w* firm\w* wojskow\w*",
    },
    numbers={
        "jeden": 1,
        "dwóch": 2,
        "dwaj": 2,
        "dwa": 2,
        "dwie": 2,
        "dwoje": 2,
        "trzech": 3,
        "trzej": 3,
        "trzy": 3,
        "czterech": 4,
        "czterej": 4,
        "cztery": 4,
        "pięciu": 5,
        "pięć": 5,
        "sześciu": 6,
        "sześć": 6,
        "siedmiu": 7,
        "ośmiu": 8,
        "dziewięciu": 9,
        "dziesięciu": 10,
        "obaj": 2,
        "obu": 2,
    },
    months=(
        r"stycz(?:eń|nia|niu)",
        r"lut(?:y|ego|ym)",
        r"mar(?:zec|ca|cu)",
        r"kwie(?:cień|tnia|tniu)",
        r"maj(?:a|u)?",
        r"czerw(?:iec|ca|cu)",
        r"lip(?:iec|ca|cu)",
        r"sierp(?:ień|nia|niu)",
        r"wrze(?:sień|śnia|śniu)",
        r"październik(?:a|u)?",
        r"listopad(?:a|zie)?",
        r"grud(?:zień|nia|niu)|grudniow\w*",
    ),
    seasons={
        r"wiosn\w*": 21,
        r"lat(?:o|em|a)|latem": 22,
        r"jesie\w*|jesieni\w*": 23,
        r"zim(?:ą|ie|a|y|ow\w*)": 24,
    },
    last=r"ubiegł\w*|zeszł\w*|poprzedni\w*",
    this=r"t\w+ roku|obecn\w*",
    last_year=r"ubiegłego roku|zeszłego roku|w ubiegłym roku|w zeszłym roku|rok temu|poprzedniego roku",
    this_year=r"tego roku|w tym roku|bieżącego roku",
    last_month=r"w ubiegłym miesiącu|w zeszłym miesiącu|miesiąc temu",
    yesterday=r"wczoraj",
    last_week=r"w zeszłym tygodniu|w ubiegłym tygodniu|tydzień temu|w tym tygodniu",
    ago=r"(?P<n>dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|\d+) (?:(?P<month>miesi\w+)|(?P<year>lat\w*)) temu",
    same_day=r"tego samego dnia|tej samej nocy|tej samej (?:\w+ )?nocy",
    same_month=r"w tym samym miesiącu|tego samego miesiąca",
)
