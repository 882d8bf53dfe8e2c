# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""German cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:seine[rnm]? |ihre[rnm]? |der |die |den )?(?:Einheit|Truppe|Kaserne|Posten|Brigade|Bataillon|Regiment|Dienst)"

LEXICON = Lexicon(
    lang="de",
    decision=r"Entscheidung|Bescheid|Urteil|Beschluss",
    says=r"sagt|sagte|erzählt|erzählte|erinnert sich|berichtet|erklärt",
    desert=(
        r"desert\w*|fahnenflu?cht\w*|fahnenflüchtig\w*|"
        rf"(?:von )?{_UNIT} (?:abgesetzt|verlassen|entfernt)|(?:setzte|hat) sich (?:\w+ ){{0,3}}von {_UNIT} ab|"
        rf"(?:kehrte|kehrten) (?:\w+ ){{0,6}}nicht (?:mehr )?zu {_UNIT} zurück|unerlaubt\w* (?:Entfernen|Verlassen|Fernbleiben)"
        r"|(?:kehrte|kehrten) (?:\w+ ){0,6}nicht (?:mehr )?(?:aus dem|vom) (?:Heimaturlaub|Urlaub|Lazarett) zurück"
    ),
    draft=(
        r"(?:vor |der )(?:der )?(?:Mobilmachung|Mobilisierung|Einberufung|Wehrpflicht|Rekrutierung)|"
        r"Kriegsdienstverweiger\w*|Wehrdienstverweiger\w*|Einberufungsbescheid\w*|"
        r"(?:entzog|entziehen|entzieht) sich (?:\w+ ){0,3}(?:Mobilmachung|Einberufung|Militärdienst|Wehrdienst)|"
        r"Musterung|Einberufung\w*|Einberufen\w*"
    ),
    defect=r"überläufer\w*|übergelaufen|lief (?:\w+ )?über|ergab sich|ergaben sich|Seiten gewechselt|desertierte (?:\w+ )?zu",
    asylum=r"asyl\w*|flüchtling\w*|schutz\w*|schutzstatus|subsidiär\w*|aufenthalt\w*",
    grant=r"erhielt|erhalten|erhält|bekommen|bekam|gewährt\w*|anerkannt\w*|erteilt\w*|zuerkannt\w*|zugesprochen|stimmte zu",
    refuse=r"abgelehnt\w*|lehnte \w+ ab|lehnte|ablehn\w*|verweigert\w*|zurückgewiesen|abgewiesen|wies",
    appeal=r"klage\w*|berufung|beschwerde|antrag\w*|asylantrag\w*|gesuch\w*|asylgesuch\w*",
    visa=r"visum|visa|einreiseerlaubnis|aufnahmezusage|humanitär\w* visum|aufnahme\w*",
    apply=r"beantrag\w*|antrag\w*|stellte|gestellt|bat um|ersuch\w*|asylgesuch",
    detain=r"festgenommen|festgehalten|in haft|inhaftiert|abschiebehaft|gewahrsam|festnahme|verhaftet|kriegsgefangen\w*",
    returned=r"abgeschoben|abschiebung (?:nach|in)|ausgeliefert|überstellt|zurückgeschickt|entführt|rückgeführt",
    died=r"starb|gestorben|ertrunken|tot aufgefunden|leiche|ums leben",
    fled=r"geflohen|floh|flüchtete|geflüchtet|versteckt|versteckte|untergetaucht|lebt\b",
    leave=r"reiste (?:\w+ ){0,4}aus|reiste (?:\w+ ){0,6}?weiter|weitergereist|überwand|überwunden|grenzzaun|ausgereist|verlassen|auf den weg|überquerte|flog|floh|verließ|fuhr|gelangte|setzte sich (?:\w+ )?nach|über die grenze",
    arrive=r"kam (?:\w+ ){0,4}an|angekommen|ankunft|landete|erreichte|eingereist|reiste (?:\w+ ){0,3}ein|kam nach|fliegen",
    stay=r"befindet sich|befinden sich|hält sich|halten sich|derzeit in|noch in|lebte|lebt|blieb|wohnt\w*|arbeitet\w*|verbrachte|versteckte|wartete",
    hypo=r"forder\w*|ersuch\w*|soll\w*|werden|zu werden|wenn|falls|könnte\w*|droh\w*|gefahr|befürchte\w*|fürchte\w*|angst|nicht|kein\w*|ob\b|will|möchte\w*|gegen",
    aggregate=(
        r"^(?:viele|die meisten|einige) |tausend\w*|hundert\w*|dutzend\w*|mehr als \d|über \d{2}|zahl(?:en)? (?:der|zu|von)|"
        r"statistik\w*|die meisten|viele von ihnen|seit beginn|jedes jahr|jährlich|"
        r"\d{2,}[\d.]* (?:russen|männer|menschen|soldaten|anträge|strafverfahren)"
    ),
    court=r"verurteilt\w*|urteil\w*|gericht\w* (?:verurteilte|sprach)|haftstrafe",
    nonmil=r"journalist\w*|aktivist\w*|student\w*|bloggerin|blogger",
    another=r"ein weiterer|eine weitere|einen weiteren|ein anderer|der zweite|zweiter|andere[rn]? (?:mann|soldat|russe)",
    person=(
        r"soldat\b|soldaten\b(?= \w+ (?:hat|ist|war|der))|mann\b|deserteur\b|wehrpflichtig\w*|"
        r"zeitsoldat\w*|vertragssoldat\w*|offizier\b|pilot\b|unteroffizier\b|russe\b|"
        r"reservist\b|rekrut\b|infanterist\b|söldner\b|kämpfer\b|\d{2}-jährige\w*"
    ),
    people=r"soldaten|männer|deserteure|wehrpflichtige|russen|ukrainer|belarussen|söldner|menschen|staatsbürger",
    pronoun=r"er|ihm|ihn|sein\w*",
    they=r"sie|ihnen|die (?:beiden|drei|vier|fünf|sechs|gruppe|männer|soldaten)",
    ranks=(
        r"hauptmann|leutnant|oberleutnant|major|oberst|feldwebel|unteroffizier|gefreite\w*|"
        r"soldat|deserteur|pilot|offizier|zeitsoldat|vertragssoldat|wehrpflichtige\w*"
    ),
    pseudonym=r"nennt sich|nannte sich|stellte sich (?:\w+ )?als|heißt hier|wir nennen ihn|möchte nur als",
    name_changed=r"name (?:von der redaktion |wurde )?geändert|name geändert|name ist der redaktion bekannt|nicht sein richtiger name",
    age_after=r",\s*\d{2}\s*[,.)]",
    age_before=r"\d{2}-jährige\w*",
    roles={
        "conscript": r"wehrpflichtig\w*|grundwehrdienst\w*|wehrdienstleistend\w*|zum wehrdienst eingezogen|wehrdienst",
        "contract": r"zeitsoldat\w*|vertragssoldat\w*|berufssoldat\w*|vertrag (?:mit|bei) der armee|unter vertrag",
        "mobilised": r"mobilisiert\w*|eingezogen|einberufen",
        "officer": r"\w*offizier\w*|\w*leutnant\w*|hauptmann|major\b|oberst\w*",
        "mercenary": r"söldner\w*|privat\w* militärfirma",
    },
    numbers={
        "ein": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "beide": 2,
        "beiden": 2,
    },
    months=(
        r"Januar|Jänner|Jan\.",
        r"Februar|Feber|Feb\.",
        r"März",
        r"April|Apr\.",
        r"Mai",
        r"Juni",
        r"Juli",
        r"August|Aug\.",
        r"September|Sept?\.",
        r"Oktober|Okt\.",
        r"November|Nov\.",
        r"Dezember|Dez\.",
    ),
    case_sensitive_months=True,
    seasons={r"frühjahr|frühling": 21, r"sommer": 22, r"herbst": 23, r"winter": 24},
    last=r"vergangen\w*|letzt\w*|vorig\w*",
    this=r"dies\w*",
    last_year=r"vergangenen jahres|letzten jahres|vorigen jahres|im vorjahr|vergangenes jahr|letztes jahr|vor einem jahr",
    this_year=r"dieses jahres|diesen jahres|in diesem jahr|dieses jahr",
    last_month=r"vergangenen monat|letzten monat|vor einem monat",
    yesterday=r"gestern",
    last_week=r"vergangene woche|letzte woche|vor einer woche|diese woche",
    ago=r"vor (?P<n>einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+) (?:(?P<month>Monat\w*)|(?P<year>Jahr\w*))",
    same_day=r"am selben tag|noch am selben tag|am gleichen tag|in derselben nacht",
    same_month=r"im selben monat|im gleichen monat|noch im selben monat",
)
