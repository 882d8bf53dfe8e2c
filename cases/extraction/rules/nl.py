# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Dutch cues."""

from cases.extraction.rules import Lexicon

_UNIT = r"(?:zijn |de |het )?(?:eenheid|bataljon|kazerne|post|brigade|regiment|basis|dienst|legerbasis|compagnie|stelling|front(?:linie)?|legereenheid)"

LEXICON = Lexicon(
    lang="nl",
    decision=r"besluit|beslissing|uitspraak|vonnis",
    says=r"zegt|zei|vertelt|vertelde|legt uit|herinnert zich|voegt toe",
    desert=(
        r"desert\w*|"
        rf"(?:verliet|verlaten|ontvluchtte|ontvlucht) (?:\w+ ){{0,3}}?{_UNIT}|"
        rf"keerde (?:\w+ ){{0,4}}niet (?:meer )?terug naar {_UNIT}"
        r"|keerde (?:\w+ ){0,4}niet (?:meer )?terug van (?:zijn |haar )?verlof"
        rf"|(?:keerden|kwam|kwamen) (?:\w+ ){{0,4}}niet (?:meer )?terug (?:naar|van|uit|bij) (?:{_UNIT}|(?:zijn |haar )?(?:verlof|ziekenhuis|het front))"
        rf"|(?:besloot|besloten|besliste) (?:\w+ ){{0,3}}niet (?:meer )?terug te (?:keren|gaan) (?:naar|van|uit)|(?:liep|liepen) (?:\w+ ){{0,2}}weg (?:uit|van|bij) {_UNIT}|weggelopen (?:uit|van|bij) {_UNIT}"
        rf"|(?:verlieten|heeft verlaten) (?:\w+ ){{0,3}}?{_UNIT}|(?:vluchtte|vluchtten|gevlucht|ontsnapte|ontsnapten) (?:\w+ ){{0,2}}(?:van|uit) {_UNIT}|(?:vluchtte|vluchtten|gevlucht) uit het leger"
    ),
    draft=(
        r"dienstweiger\w*|(?:ontvluchtte|ontvlucht\w*|ontdook|ontdoken|ontlopen|ontliep|vluchtte voor|ontsnapte aan) "
        r"(?:de |het |zijn )?(?:mobilisatie|dienstplicht|militaire dienst|oproep|rekrutering)|"
        r"opgeroepen voor (?:militaire )?dienst|(?:aan|voor) (?:de |het )?(?:mobilisatie|dienstplicht|militaire dienst|oproep) (?:te )?(?:ontkomen|ontsnappen|ontlopen|ontvluchten)|oproep\w* (?:om|voor)|oproepingsbrief|gewetensbezwaard\w*|"
        r"(?:ontduik\w*|ontvluchten|ontsnappen aan|ontkomen aan|vluchtten voor|gevlucht voor|vlucht voor|ontlopen) (?:de |het |zijn )?(?:gedeeltelijke )?(?:mobilisatie|dienstplicht|militaire dienst|oproep|rekrutering|legerdienst)|"
        r"(?:kreeg|kregen|ontving|ontvingen|gekregen|ontvangen) (?:\w+ )?(?:een |zijn |de |het )?(?:oproep\w*|mobilisatiebevel\w*|mobilisatiebrief\w*|dienstoproep\w*)|mobilisatiebevel\w*|dienstplichtontduik\w*|"
        r"(?:meldde|meldden|melden) (?:\w+ ){0,2}niet (?:bij|op|aan) (?:het |de )?(?:rekrutering|militair|leger)\w*|rekruteringsbureau\w*|rekruteringskantoor\w*|militair commissariaat|"
        r"(?:om|te) (?:niet )?(?:opgeroepen|gemobiliseerd) te worden"
    ),
    defect=r"overgelopen|(?:liep|liepen|lopen|loopt) over\b|overloper\w*|(?:gaf|gaven|geven|geeft) zich (?:\w+ ){0,3}?over\b|zich (?:\w+ ){0,4}?overgegeven|koos de kant|kozen de kant|(?:liep|liepen) naar de (?:\w+ )?(?:kant|Oekraïners|Russen|vijand|Oekraïense troepen) over|naar de (?:andere|vijandelijke|Oekraïense|Russische) kant (?:overgelopen|overgestoken|gegaan|gevlucht)",
    asylum=r"asiel\w*|vluchteling\w*|bescherming\w*|verblijfsvergunning\w*|verblijfsrecht\w*|verblijfstitel\w*|humanitaire status",
    grant=r"verleend|kreeg|gekregen|toegekend|erkend|verstrekt|afgegeven|ontving|(?:krijgt|krijgen|kregen|ontvingen)(?! geen)|verleende\w*|kende (?:\w+ ){0,3}toe\b|kent (?:\w+ ){0,3}toe\b|toegewezen|ingewilligd|goedgekeurd|gehonoreerd|erkende\w*|mag blijven|mocht blijven",
    refuse=r"ongegrond verklaard|ongegrond|niet-ontvankelijk|(?:krijgt|kreeg|krijgen|kregen) geen (?:asiel|verblijfsvergunning|vluchtelingenstatus|bescherming)|afgewezen|wees (?:\w+ ){1,6}af\b|wijst (?:\w+ ){1,6}af\b|wezen (?:\w+ ){1,6}af\b|geweigerd|weigerde|afwijzing|(?:wees|wezen|wijst|wijzen) (?:\w+ ){0,3}af\b|afwijzend\w*|negatie\w* (?:beslissing|besluit)|weigert\b|weigeren\b|niet ingewilligd",
    appeal=r"beroep|bezwaar|aanvraag|asielaanvraag|rechtszaak|bezwaarschrift|aanvragen|asielverzoek",
    visa=r"visum|visa|humanitair visum|inreisvergunning|inreisvisum|schengenvisum|toeristenvisum|machtiging tot voorlopig verblijf|mvv\b",
    apply=r"aangevraagd|aanvraag\w*|vroeg|aan te vragen|diende \w+ in|ingediend|verzoek\w*|vraagt|gevraagd|aanvroeg\w*|(?:diende|dienden) (?:\w+ ){0,3}in\b|indiende\w*|(?:meldde|meldden) (?:\w+ )?zich|aangemeld|aanmeld\w*|registreer\w*|geregistreerd",
    detain=r"aangehouden|krijgsgevangen\w*|vastgehouden|gearresteerd|in hechtenis|in detentie|vreemdelingenbewaring|in bewaring|opgepakt|vastgezet|opgesloten|arresteerde\w*|gevangen genomen|gevangengenomen|transitzone|transitgebied|detentiecentrum|aanhouding|(?:zit|zat|zaten|zitten) (?:\w+ ){0,3}vast (?:op|in|aan)|gevangenschap",
    returned=r"uitgezet|gedeporteerd|uitgeleverd|teruggestuurd|overgedragen aan|ontvoerd|uitgewezen|uitzetting (?:naar|van)|teruggezonden|gerepatrieerd|uitlevering (?:aan|naar)|(?:leverde|leverden) (?:\w+ ){0,3}uit\b|(?:zette|zetten) (?:\w+ ){0,3}uit (?:naar|het land)|teruggebracht naar|overgeleverd|gedwongen teruggekeerd|(?:terug|teruggestuurd) naar (?:Rusland|Belarus|Wit-Rusland)",
    died=r"overleden|stierf|omgekomen|verdronken|lichaam\b|dood aangetroffen",
    fled=r"gevlucht|vluchtte|ondergedoken|verstopt|woont\b",
    leave=r"(?:verliet|verlieten|verlaten|verlaat) (?:\w+ ){0,2}?(?:rusland|belarus|wit-rusland|oekraïne|het land|zijn (?:geboorte|vader)?land|zijn thuisland|zijn vaderland|het moederland|zijn land)|(?:verliet|verlieten)(?= (?-i:[A-Z])\w+)|"
    r"(?:vluchtte|vluchtten|gevlucht|vertrok|vertrokken|ging|gingen|gegaan) (?:\w+ )?naar het buitenland|het land uit|(?:staken|steekt|stak) (?:\w+ ){0,3}de grens over|de grens (?:over)?(?:gestoken|over)|over de grens|"
    r"(?:vlogen|gevlogen|vliegt) (?:\w+ ){0,3}(?:naar|via)|(?:reisden|gereisd|reist) (?:\w+ ){0,3}(?:naar|via|verder|door)|(?:vertrokken|vertrekt|vertrok) (?:\w+ ){0,3}(?:naar|uit|richting)|"
    r"(?:nam|namen|genomen) (?:\w+ )?(?:een|het|de) (?:vliegtuig|bus|trein|boot|veerboot|vlucht|taxi)|(?:zwom|zwommen|gezwommen)|zeilde\w*|(?:trok|trokken) (?:\w+ )?verder|(?:vluchtte|vluchtten|gevlucht) (?:\w+ ){0,2}(?:naar|via)|"
    r"verliet (?:rusland|het land|oekraïne)|reisde|vloog|stak (?:\w+ ){0,6}?over|overgestoken|vluchtte naar|vertrok|nam (?:een|het) vliegtuig",
    arrive=r"kwam (?:\w+ ){0,4}aan|aangekomen|arriveerde|landde|bereikte|kwam in|meldde (?:hij|zij|zich)|kwamen (?:\w+ ){0,4}aan\b|aankwam\w*|arriveerden|gearriveerd|landden|geland (?:in|op)|bereikten|bereikt\b|(?:kwam|kwamen) (?:\w+ ){0,3}terecht (?:in|op)|terechtgekomen|belandde\w*|beland (?:in|op)|(?:kwam|kwamen|reisde|reisden) (?:\w+ ){0,3}(?:het land )?binnen\b|binnenkwam\w*|kwamen in",
    stay=r"verblijft|bevindt zich|momenteel in|nog in|woonde|woont|verbleef|bleef|werkte|werkt\b|wachtte",
    hypo=r"verzoek\w*|vraagt|vroeg|eist\w*|als\b|indien|zou|zouden|kan|kunnen|dreig\w*|risico|vrees\w*|bang|tegen|niet\b|geen\b|mogelijk",
    aggregate=(
        r"^(?:velen|veel|de meeste|sommigen) |duizenden|honderden|tientallen|meer dan \d|volgens (?:de )?cijfers|cijfers|statistiek\w*|de meeste|"
        r"velen van hen|elk jaar|jaarlijks|sinds het begin|\d{2,}[\d.]* (?:russen|mannen|mensen|aanvragen)"
    ),
    court=r"veroordeeld|krijgsraad|vonnis",
    nonmil=r"journalist\w*|activist\w*|student\w*|oppositie\w*",
    another=r"een andere|nog een|de tweede|twee andere|drie andere",
    person=(
        r"\w*soldaat\b|militair\b|man\b|deserteur\b|dienstplichtige\b|officier\b|piloot\b|sergeant\b|"
        r"huurling\b|jongeman\b|rus\b|dienstweigeraar\b|\d{2}-jarige\b"
    ),
    people=r"\w*soldaten|militairen|mannen|deserteurs|dienstplichtigen|russen|oekraïners|huurlingen|mensen|burgers",
    pronoun=r"hij|hem|zijn|zich",
    they=r"ze|zij|hen|hun|de (?:twee|drie|vier|vijf|zes|groep|mannen|soldaten)",
    ranks=r"kapitein|luitenant|majoor|kolonel|sergeant|korporaal|soldaat|deserteur|piloot|officier",
    pseudonym=r"noemt zich|(?:noemt|noemde|gaf|geeft) (?:\w+ ){0,4}?(?:alleen |enkel )?(?:zijn|haar) voornaam,?|die zich .{0,10}noemt|die we .{0,10}noemen|wil alleen .{0,20}als",
    name_changed=r"niet (?:zijn|haar) echte naam|naam (?:is )?gefingeerd|gefingeerde naam|schuilnaam|naam gewijzigd",
    age_after=r",\s*\d{2}\s*[,.)]",
    age_before=r"\d{2}-jarige",
    roles={
        "conscript": r"dienstplichtig\w*|militaire dienstplicht",
        "contract": r"beroepsmilitair\w*|contractsoldaat|contractsoldat\w*|contractmilitair\w*|met een contract|onder contract",
        "mobilised": r"gemobiliseerd\w*",
        "officer": r"officier\w*|luitenant|kapitein|majoor|kolonel",
        "mercenary": r"huurling\w*|particulier\w* militair\w* bedrijf",
    },
    numbers={
        "een": 1,
        "twee": 2,
        "drie": 3,
        "vier": 4,
        "vijf": 5,
        "zes": 6,
        "zeven": 7,
        "acht": 8,
        "negen": 9,
        "tien": 10,
        "elf": 11,
        "twaalf": 12,
        "beide": 2,
        "beiden": 2,
    },
    months=(
        r"januari",
        r"februari",
        r"maart",
        r"april",
        r"mei",
        r"juni",
        r"juli",
        r"augustus",
        r"september",
        r"oktober",
        r"november",
        r"december",
    ),
    seasons={r"voorjaar|lente": 21, r"zomer": 22, r"najaar|herfst": 23, r"winter": 24},
    last=r"vorig\w*|afgelopen",
    this=r"dit|deze",
    last_year=r"vorig jaar|afgelopen jaar|een jaar geleden",
    this_year=r"dit jaar|van dit jaar",
    last_month=r"vorige maand|afgelopen maand|een maand geleden",
    yesterday=r"gisteren",
    last_week=r"vorige week|afgelopen week|een week geleden|deze week",
    ago=r"(?P<n>een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+) (?:(?P<month>maand\w*)|(?P<year>jaar)) geleden",
    same_day=r"dezelfde dag|diezelfde dag|dezelfde nacht",
    same_month=r"dezelfde maand|diezelfde maand",
)
