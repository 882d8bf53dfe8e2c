# ruff: noqa: E501 - cue regexes read best one alternation per line, however long
"""Swedish cues (partial). Compounds ("asylsökande", "militärtjänst") take \\w* tails."""

from cases.extraction.rules import Lexicon

# Swedish puts the negation after the finite verb ("han utvisades inte"): a status verb
# followed by inte/aldrig is not a fact.
_NOT = r"(?!\w*\s+(?:inte|aldrig|ej)(?!\w))"
_UNIT = r"(?:(?:sitt|sin|sina|det|den) )?(?:\w+ )?(?:förband\w*|enhet\w*|regemente\w*|kasern\w*|bataljon\w*|brigad\w*|bas(?:en)?\b|tjänstgöringsplats\w*|post(?:en)?\b|front\w*)"

LEXICON = Lexicon(
    lang="sv",
    decision=r"beslut\w*|dom\b|domen",
    says=r"säger|sa|berättar|minns|förklarar",
    desert=(
        rf"desert\w*|(?:rymde|rymt|flydde|flytt|smet|avvek|övergav|övergett|lämnade|lämnat) (?:från )?{_UNIT}|"
        rf"(?:återvände|kom) (?:aldrig|inte) tillbaka till {_UNIT}|olovlig\w* (?:frånvaro|avvikelse)|rymling\w*|"
        rf"(?:återvände|återvänt|kom|kommit|åkte) (?:\w+ ){{0,2}}(?:aldrig|inte) tillbaka (?:från|till|efter) (?:sin |sitt |en )?(?:permission\w*|ledighet\w*|sjukhus\w*|semester\w*|{_UNIT})|"
        rf"(?:bestämde|beslöt|beslutade) sig för att (?:inte|aldrig) (?:återvända|åka tillbaka|gå tillbaka)|(?:flydde|flytt|rymde|rymt|smet) (?:\w+ ){{0,2}}från (?:armén|militären|kriget|fronten)|(?:lämnat|övergivit|övergett|lämnar|rymmer|flyr) (?:från )?{_UNIT}"
    ),
    draft=(
        r"(?:flydde|flytt|fly|flyr|undan|undvika|undvek|undvikit|undkomma|undkom|slippa|slapp|smita|smet|rymde|rymt) (?:från |undan )?(?:den |att )?(?:partiella )?"
        r"(?:mobilisering\w*|inkallelse\w*|värnplikt\w*|militärtjänst\w*|tvångsrekryter\w*|mönstring\w*|bli inkallad|kallas in)|"
        r"inkallelseorder\w*|inkallelse\w*|mobiliseringsorder\w*|vapenvägra\w*|värnpliktsvägra\w*|totalvägra\w*|"
        r"(?:vägrade|vägrar|vägrat) (?:att )?(?:strida|slåss|kriga|tjänstgöra|göra värnplikt\w*|göra militärtjänst|inställa sig|rycka in)|"
        r"undan (?:den |att )?(?:\w+ )?(?:mobilisering\w*|inkallelse\w*|värnplikt\w*|militärtjänst\w*|tvångsrekryter\w*|bli inkallad|inkallas)|"
        r"(?:inställde|infann|anmälde) sig (?:\w+ ){0,2}(?:inte|aldrig) (?:på|vid|till|hos)|(?:att )?(?:inte|slippa) bli (?:inkallad|mobiliserad|skickad till fronten)|"
        r"militärkommissariat\w*|mönstringskontor\w*|rekryteringskontor\w*|värvningskontor\w*|(?:fick|fått|fick hem) (?:en |sin |ett )?(?:kallelse|inkallelse\w*|order om att inställa sig)"
    ),
    defect=r"avhopp\w*|hoppade av till|gick över till (?:den )?(?:\w+ )?sidan|bytte sida|(?:gav upp|kapitulerade|överlämnade sig) frivilligt|överlämnade sig till|gav sig (?:frivilligt )?(?:till|åt) (?:de )?(?:ukrainska|ryska|fienden)|(?:gått|gick|gick han) över till (?:fienden|ukrainarna|ryssarna)",
    asylum=r"asyl\w*|flykting\w*|(?:internationellt |alternativt |tillfälligt |subsidiärt )?skydd(?:et|sstatus\w*|sbehov\w*|sskäl\w*)?\b|skyddsstatus\w*|uppehållstillstånd\w*|flyktingstatus\w*",
    grant=rf"(?:bevilja\w*|fick|fått|erhöll|erhållit|erkän\w*|godkän\w*|utfärda\w*|tilldela\w*|gavs|getts|beviljad\w*){_NOT}",
    refuse=r"avslag\w*|avslog\w*|avslagit|avslås|avslogs|avslagen|nekad\w*|nekade\w*|nekats|nekades|fick nej|(?:sa|säger) nej till|vägra\w*",
    appeal=r"överklagan\w*|överklagande\w*|ansökan|ansökningar\w*|begäran|stämning\w*",
    visa=r"visum\w*|visering\w*|inresetillstånd\w*|humanitärt visum|\w+visum\w*|viseringar\w*",
    apply=(
        r"ansök(?!\w*(?:\s+\S+){0,3}\s+(?:beviljad\w*|bevilja\w*|godkän\w*))\w*|sökt[ea]?\b|söker\b|har sökt|begärde|begär\b|bad om|"
        r"lämnade in|lämnat in|asylsök\w*"
    ),
    detain=(
        rf"(?:gripen|gripits|greps|gripna|frihetsberöva\w*|häkta\w*|anhållen|anhållna|anhölls|anhållits|fängsla\w*|arrestera\w*|omhändert\w*){_NOT}|"
        r"i förvar|förvaret|förvarsenhet\w*|tagen i förvar|hålls (?:kvar|fast)|hölls (?:kvar|fast)|krigsfång\w*|tillfångatag\w*|i fångenskap|transitzon\w*|"
        r"strandsatt\w*|(?:fastnade|fastnat|sitter fast|satt fast|sitter kvar|satt kvar) (?:\w+ )?(?:på|i|vid) (?:\w+ )?(?:flygplats\w*|transit\w*|gräns\w*)|fast på flygplatsen|förvarsbeslut\w*"
    ),
    returned=(
        rf"(?:utvisa\w*|utvisning\w*|avvisa\w*|avvisning\w*|deporter\w*|utlämna\w*|utlämning\w*|skickades tillbaka|sändes tillbaka|"
        rf"skickats tillbaka|återsänd\w*|tvångsåtersänd\w*|tvångsutvisa\w*|återförd\w*|skickas tillbaka|(?:skickade|skickat|sände) (?:\w+ ){{0,2}}tillbaka|överlämnad\w* till (?:de )?(?:ryska|belarusiska)|överlämnades till (?:ryska|belarusiska|ukrainska) myndigheter\w*|kidnappa\w*|bortförd\w*){_NOT}"
    ),
    died=r"dog\b|död(?:ades|ad|e|s)?\b|omkom\w*|drunkna\w*|hittades död|kroppen|avled|stupade|stupat",
    fled=r"flydde|flytt\b|flyr\b|rymde|rymt|gömde sig|gömmer sig|håller sig gömd|lever gömd|i gömställe|undkom|på flykt\w*",
    leave=(
        r"lämnade (?:ryssland|landet|ukraina|belarus|vitryssland|hemmet|sitt hemland)|korsade|tog sig över|gick över gränsen|flög|reste|åkte|körde|"
        r"simmade|flydde till|tog (?:ett |en )?(?:flyg\w*|plan\w*|buss\w*|tåg\w*|båt\w*)|tog sig till|begav sig|tog sig ut"
    ),
    arrive=r"anlände|ankom\w*|kom till|kom fram|landade|nådde|tog sig in|reste in|kom in i|anlänt|anländer|kommit till|kommit fram|landat|nått\b|tagit sig in|hamnade i|hamnat i|rest in|kommit in i|kom över till|kommit över till|kommer till",
    stay=r"bodde|bor\b|vistades|vistas|stannade|tillbringade|arbetade|jobbade|väntade|befinner sig|har bott|lever i",
    hypo=(
        r"om (?:han|hon|de|den|det|någon)|ifall|såvida|kunde|skulle|kan|kommer att|riskera\w*|risk\w*|hot\w*|fruktar|rädd\w*|rädsla|"
        r"inte|aldrig|ingen|inga|inget|undvika|förhindra|slippa|vill|ville|hoppas|förväntas|eventuell\w*|möjlig\w*|huruvida|planerar"
    ),
    aggregate=(
        r"tusentals|hundratals|tiotusentals|dussintals|(?:mer|fler) än \d|över \d{2}|(?:omkring|cirka|runt|nästan) \d{2,}|"
        r"de flesta|majoriteten|statistik\w*|siffror\w*|varje år|sedan krigets början|sedan kriget (?:började|bröt ut)|sedan invasionen"
    ),
    court=r"dömd\w*|dömdes|dömde\w*|åtal\w*|rättegång\w*|militärdomstol\w*|fängelsestraff\w*|straffkoloni\w*",
    nonmil=r"journalist\w*|aktivist\w*|student\w*|bloggare\w*|oppositionspolitiker\w*|regimkritiker\w*",
    another=r"ytterligare en|ännu en|en annan (?:man|soldat|ryss|desertör|värnpliktig)|en andra|den andra|(?:två|tre|fyra) andra|en tredje",
    person=(
        r"(?:soldat|soldaten|man|mannen|desertör|desertören|värnpliktig|värnpliktige|rekryt|rekryten|sergeant|sergeanten|officer|officeren|"
        r"menig|menige|pilot|piloten|sjöman|fallskärmsjägare|legosoldat|legosoldaten|reservist|reservisten|löjtnant|löjtnanten|kapten|kaptenen|"
        r"kontraktssoldat|kontraktssoldaten|ryss|ryssen|ukrainare|ukrainaren|yngling|tonåring|medborgare)\b"
    ),
    people=(
        r"soldater\w*|männen|män\b|desertörer\w*|värnpliktiga|rekryter\w*|ryssar\w*|ukrainare(?:na)?\b|belarusier\w*|trupper\w*|"
        r"legosoldater\w*|medborgare(?:na)?\b|bröder\w*|reservister\w*|kontraktssoldater\w*"
    ),
    pronoun=r"han|honom|hans|sig själv",
    they=r"de|dem|deras|båda|alla (?:två|tre|fyra)|(?:de|alla) (?:två|tre|fyra|fem|sex)|gruppen|männen|soldaterna|bröderna",
    ranks=(
        r"kapten|löjtnant|major|överste|överstelöjtnant|sergeant|furir|korpral|menig|soldat\w*|desertör\w*|värnpliktig\w*|officer\w*|pilot\w*"
    ),
    pseudonym=(
        r"som (?:vill|ville|bett att få|bad att få) (?:bli )?kall(?:as|ad) (?:för )?|som vi (?:här )?kallar|vi kallar honom|"
        r"presenterade sig som|kallar sig|går under namnet|(?:uppger|uppgav) bara (?:sitt )?förnamn(?:et)?,?|med förnamnet"
    ),
    name_changed=r"(?:heter egentligen något annat|egentligen inte|namnet (?:är )?(?:fingerat|ändrat)|fingerat namn|fingerat|ändrat namn|inte hans riktiga namn)",
    age_after=r",\s*\d{2}\s*(?:år)?\s*[,.)]",
    age_before=r"\d{2}-årig\w*",
    roles={
        "conscript": r"värnplikt\w*|värnpliktig\w*|inkallad\w* till värnplikt\w*|obligatorisk militärtjänst",
        "contract": r"kontraktssoldat\w*|kontraktsanställd\w*|på kontrakt|skrev (?:på )?(?:ett )?kontrakt\w*|yrkessoldat\w*|kontrakt med (?:armén|försvarsministeriet)",
        "mobilised": r"mobiliserad\w*|mobiliserades|inkallad\w*|inkallades|reservist\w*",
        "officer": r"officer\w*|löjtnant\w*|kapten\w*|major\b|överste\w*|befälhavare\w*",
        "mercenary": r"legosoldat\w*|privat\w* militär\w* (?:företag|grupp)\w*",
    },
    numbers={
        "två": 2,
        "tre": 3,
        "fyra": 4,
        "fem": 5,
        "sex": 6,
        "sju": 7,
        "åtta": 8,
        "nio": 9,
        "tio": 10,
        "elva": 11,
        "tolv": 12,
        "tretton": 13,
        "fjorton": 14,
        "femton": 15,
        "sexton": 16,
        "sjutton": 17,
        "arton": 18,
        "nitton": 19,
        "tjugo": 20,
        "trettio": 30,
        "fyrtio": 40,
        "femtio": 50,
        "båda": 2,
        "bägge": 2,
        "ett dussin": 12,
    },
    seasons={
        r"våren|vårens|i våras": 21,
        r"sommar(?:en|ens)?|i somras": 22,
        r"höst(?:en|ens)?|i höstas": 23,
        r"vinter(?:n|ns)?|i vintras": 24,
    },
    last=r"förra|föregående|i fjol",
    this=r"denna|detta|nuvarande",
    last_year=r"i fjol|förra året|fjolåret|för ett år sedan|året innan|föregående år",
    this_year=r"i år|tidigare i år|innevarande år",
    last_month=r"förra månaden|för en månad sedan",
    yesterday=r"i går|igår",
    last_week=r"förra veckan|för en vecka sedan|tidigare i veckan",
    same_day=r"samma dag|samma kväll|samma natt|den natten",
    same_month=r"samma månad|senare samma månad|senare den månaden",
    ago=r"för (?P<n>två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\d+) (?:(?P<month>månad(?:er)?)|(?P<year>år)) sedan",
)
