# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""German cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:seine[rnm]? |ihre[rnm]? |der |die |den )?(?:Einheit|Truppe|Kaserne|Posten|Brigade|Bataillon|Regiment|Dienst|Stützpunkt|Stellung|Kompanie|Militärbasis|Garnison|Front)"

LEXICON = Lexicon(
    lang="de",
    decision=r"Entscheidung|Bescheid|Urteil|Beschluss",
    says=r"sagt|sagte|erzählt|erzählte|erinnert sich|berichtet|erklärt",
    desert=(
        r"desert\w*|fahnenflu?cht\w*|fahnenflüchtig\w*|"
        rf"(?:von )?{_UNIT} (?:abgesetzt|verlassen|entfernt)|(?:setzte|hat) sich (?:\w+ ){{0,3}}von {_UNIT} ab|"
        rf"(?:kehrte|kehrten) (?:\w+ ){{0,6}}nicht (?:mehr )?zu {_UNIT} zurück|unerlaubt\w* (?:Entfernen|Verlassen|Fernbleiben)"
        r"|(?:kehrte|kehrten) (?:\w+ ){0,6}nicht (?:mehr )?(?:aus dem|vom) (?:Heimaturlaub|Urlaub|Lazarett) zurück"
        r"|(?:kehrte|kehrten) (?:\w+ ){0,6}(?:aus dem|vom) (?:Heimaturlaub|Urlaub|Lazarett|Krankenhaus) nicht (?:mehr )?(?:zurück|an die Front)"
        rf"|nicht (?:mehr )?(?:zu|in|an) {_UNIT} zurück(?:zukehren|kehren|gekehrt|zugehen)|nicht (?:mehr )?(?:aus dem|vom) (?:Heimaturlaub|Urlaub|Lazarett) zurück(?:zukehren|kehren|gekehrt)"
        rf"|(?:verließ|verliess|verließen|verlässt) (?:\w+ ){{0,2}}?{_UNIT}|(?:floh|flohen|flüchtete\w*|geflohen|geflüchtet) (?:\w+ ){{0,2}}?(?:von|aus) {_UNIT}"
        rf"|entfernte\w* sich (?:\w+ ){{0,3}}von {_UNIT}|(?:von|aus) (?:der )?Armee (?:geflohen|geflüchtet|desertiert)|(?:floh|flohen|flüchtete\w*) (?:\w+ ){{0,2}}aus der (?:\w+ )?Armee"
    ),
    draft=(
        r"(?:vor |der )(?:der )?(?:Mobilmachung|Mobilisierung|Einberufung|Wehrpflicht|Rekrutierung)|"
        r"Kriegsdienstverweiger\w*|Wehrdienstverweiger\w*|Einberufungsbescheid\w*|"
        r"(?:entzog|entziehen|entzieht) sich (?:\w+ ){0,3}(?:Mobilmachung|Einberufung|Militärdienst|Wehrdienst)|"
        r"Musterung|Einberufung\w*|Einberufen\w*|"
        r"(?:dem |den )(?:Wehrdienst|Militärdienst|Kriegsdienst|Kriegseinsatz|Fronteinsatz) (?:zu )?(?:entgehen|entziehen|entzogen|entgangen|entkommen|verweiger\w*)|"
        r"(?:Wehrdienst|Militärdienst|Kriegsdienst) (?:zu )?verweiger\w*|Wehrdienstentzieh\w*|Kriegsdienstentzieh\w*|Mobilisierungsbescheid\w*|Mobilmachungsbescheid\w*|"
        r"(?:Militär|Kriegs|Wehr)kommissariat\w*|Rekrutierungsbüro\w*|Kreiswehrersatzamt|Wehrersatzamt|"
        r"(?:eingezogen|einberufen|mobilisiert) zu werden|(?:einem |einen |den )?Einberufungs\w*"
    ),
    defect=r"überläufer\w*|übergelaufen|lief (?:\w+ )?über|ergab sich|ergaben sich|Seiten gewechselt|desertierte (?:\w+ )?zu|(?:lief|liefen) (?:\w+ ){0,4}?zu den (?:\w+ )?(?:Ukrainern|Russen|Streitkräften|Truppen|Gegnern?|Feind) über|überlief\w*|freiwillig (?:\w+ )?(?:ergeben|gestellt|in Gefangenschaft)|(?:begab|begaben) sich (?:\w+ ){0,3}in (?:\w+ )?Gefangenschaft|in (?:\w+ )?Gefangenschaft (?:begeben|gegangen)|(?:wechselte|wechselten) (?:\w+ )?die Seiten?|auf die (?:ukrainische|russische|andere|gegnerische) Seite (?:gewechselt|übergelaufen|gelaufen)",
    asylum=r"asyl\w*|flüchtling\w*|schutz\w*|schutzstatus|subsidiär\w*|aufenthalt\w*|duldung\w*|bleiberecht\w*|abschiebungsverbot\w*",
    grant=r"erhielt|erhalten|erhält|bekommen|bekam|gewährt\w*|anerkannt\w*|erteilt\w*|zuerkannt\w*|zuzuerkennen|zugesprochen|zuzusprechen|zu gewähren|anzuerkennen|stimmte zu|bewilligt\w*|genehmigt\w*|stattgegeben|gab \w+ statt|erkannte (?:\w+ ){0,4}an\b|erkannten (?:\w+ ){0,4}an\b|positiv\w* (?:Bescheid|entschieden)",
    refuse=r"abgelehnt\w*|lehnte (?:\w+ ){1,6}ab\b|lehnten (?:\w+ ){1,6}ab\b|lehnte|ablehn\w*|verweigert\w*|zurückgewiesen|abgewiesen|wies|verwehrt\w*|negativ\w* (?:Bescheid|entschieden)|scheiterte|gescheitert|versagt",
    appeal=r"klage\w*|berufung|beschwerde|antrag\w*|asylantrag\w*|gesuch\w*|asylgesuch\w*|widerspruch|eilantrag\w*|rechtsmittel|revision",
    visa=r"visum|visa|einreiseerlaubnis|aufnahmezusage|humanitär\w* visum|aufnahme\w*|einreisegenehmigung\w*|visums",
    apply=r"beantrag\w*|antrag\w*|stellte|gestellt|bat um|ersuch\w*|asylgesuch|stellten|stellt\b|baten um|bittet um|gebeten|reichte (?:\w+ ){0,3}ein\b|eingereicht|einreichte\w*|suchte (?:\w+ ){0,2}um|sucht (?:\w+ ){0,2}um|ansuch\w*|angesucht|registrier\w*|meldete sich (?:\w+ ){0,3}(?:bei|als)",
    detain=r"festgenommen|festgehalten|in haft|inhaftiert|abschiebehaft|gewahrsam|festnahme|verhaftet|kriegsgefangen\w*|festgesetzt|aufgegriffen|auslieferungshaft|abschiebungshaft|transitzone|transitbereich|(?:nahm|nahmen) (?:\w+ ){0,2}fest\b|(?:sitzt|saß|saßen|sitzen|steckt|steckte) (?:\w+ ){0,4}fest\b|gefangen genommen|in Gefangenschaft|in U-Haft|Untersuchungshaft",
    returned=r"abgeschoben|abschiebung (?:nach|in)|ausgeliefert|überstellt|zurückgeschickt|entführt|rückgeführt|(?:schob|schoben) (?:\w+ ){0,4}?ab\b|auslieferung (?:nach|an)|(?:lieferte|lieferten) (?:\w+ ){0,3}aus\b|ausgewiesen|zurückgeführt|zurückgebracht|zurückgeschoben|rückführung (?:nach|in)|verschleppt|(?:übergeben|übergab|übergaben) (?:\w+ ){0,3}an die (?:russischen|belarussischen|ukrainischen) Behörden|an die (?:russischen|belarussischen) Behörden (?:übergeben|ausgeliefert)",
    died=r"starb|gestorben|ertrunken|tot aufgefunden|leiche|ums leben",
    fled=r"geflohen|floh|flüchtete|geflüchtet|versteckt|versteckte|untergetaucht|lebt\b",
    leave=r"(?:verließ|verliess|verließen|verlassen|verlässt|verlassen hat) (?:\w+ ){0,2}?(?:Russland|Belarus|Weißrussland|die Ukraine|die Heimat|seine Heimat|sein Heimatland|seine Heimatstadt|das Land|sein Land|Russland)|"
    r"ins Ausland (?:geflohen|geflüchtet|gegangen|gereist|ab)|(?:floh|flohen|flüchtete\w*|ging|gingen|reiste|reisten) (?:\w+ ){0,2}ins Ausland|Ausreise|ausreisen|"
    r"(?:überquerte\w*|überquert|überschritt\w*|überschritten) (?:\w+ ){0,2}(?:Grenze|grenze)|(?:flog|flogen|geflogen) (?:\w+ ){0,3}(?:nach|über|via)|"
    r"(?:nahm|nahmen) (?:\w+ )?(?:einen |den |ein |das |die )?(?:Flug|Flugzeug|Bus|Zug|Fähre|Boot|Taxi)|(?:stieg|stiegen) (?:\w+ ){0,3}in (?:einen |den |ein |das )?(?:Flugzeug|Bus|Zug|Boot)|"
    r"mit dem (?:Flugzeug|Bus|Zug|Auto|Boot|Taxi) (?:nach|über|bis)|(?:schwamm|schwammen|geschwommen)|(?:brach|brachen) (?:\w+ ){0,3}(?:nach|Richtung) \w+ auf|aufgebrochen|"
    r"(?:floh|flohen|flüchtete\w*|geflohen|geflüchtet) (?:\w+ ){0,3}(?:nach|in die|über)|(?:fuhr|fuhren|gefahren) (?:\w+ ){0,3}(?:nach|über|zur Grenze)|"
    r"reisten (?:\w+ ){0,4}aus|reisten (?:\w+ ){0,6}?weiter|reiste (?:\w+ ){0,4}aus|reiste (?:\w+ ){0,6}?weiter|weitergereist|überwand|überwunden|grenzzaun|ausgereist|verlassen|auf den weg|überquerte|flog|floh|verließ|fuhr|gelangte|setzte sich (?:\w+ )?nach|über die grenze",
    arrive=r"kam (?:\w+ ){0,4}an|angekommen|ankunft|landete|erreichte|eingereist|reiste (?:\w+ ){0,3}ein|kam nach|fliegen|kamen (?:\w+ ){0,4}an\b|ankam\w*|gelandet|erreicht\b|einreiste\w*|Einreise nach|reisten (?:\w+ ){0,3}ein\b|kamen nach|nach \w+ gekommen|(?:traf|trafen) (?:\w+ ){0,4}ein\b|eingetroffen|gelangte nach|gelangten nach|nach \w+ gelangt|schaffte (?:\w+ ){0,2}es (?:\w+ ){0,3}(?:nach|bis|über)|landeten",
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
    people=r"soldaten|männer|deserteure|wehrpflichtige|grenzschützer|matrosen|offiziere|mitglieder|kadetten|russen|ukrainer|belarussen|söldner|menschen|staatsbürger",
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
