# ruff: noqa: E501 - one language's stems a line reads best, however long
"""The topical score: a deliberately high-recall test of whether an article may report a case.

The case rules are precise, and what they miss vanishes unless somebody looks. This test
casts the wider net that decides what reaches an editor's triage list: cue stems in many
languages (the language detector is wrong on short or mixed pages, so every language's
stems are tried on every article), grouped in four classes:

- `topic`: leaving or evading service, or crossing sides (deserter, draft evasion, defector);
- `military`: service itself (soldier, army, mobilisation, conscription, call-up);
- `flight`: flight and protection (fled, border, asylum, refugee, deported, airport);
- `person`: one specific person or group (ages, person nouns, a name or a group size the
  sentence analysis found).

An article is topical when it has a topic cue and a flight or person cue, or military and
flight cues together. The score (0..1) orders the triage list; the cues are shown to the
editor, highlighted, so the reason for each entry is visible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# Stems, by language, joined per class. Spaced scripts match at a word start; CJK and other
# unspaced scripts match anywhere.
_TOPIC = (
    # en
    r"desert(?:er|ers|ed|ing|ion)\b|awol\b|draft[- ](?:evad|evasion|dodg|resist)|conscientious objector|defect(?:ed|or|ors|ion|ing)\b|"
    r"(?:evad|dodg|avoid|flee|fled|fleeing|escap)\w* (?:the |a |his |being )?(?:draft|mobili[sz]|conscription|call-?up|military service|being drafted)|"
    r"refus\w* to (?:serve|fight|go to war)|absent without leave|"
    # Latin-script stems shared by many languages (dezerter, desertor, disertore, Deserteur)
    r"dezert\w*|desert(?:or|ore|ora|eur|euse|ion|ión|ição|ção|ie|eur|iert|ierte|ör|örer|eerde|ó|ou|aram|ou)\w*|disert\w*|"
    r"déserteu\w*|désertion\w*|désert(?:é|ait|er)\b|fahnenflucht\w*|fahnenflüchtig\w*|kriegsdienstverweiger\w*|überläufer\w*|übergelaufen|"
    r"insoumis\w*|réfractaire\w*|objecteur\w*|transfuge\w*|objetor\w*|obiettor\w*|insumis\w*|prófugo\w*|renitent\w*|"
    r"dienstweigera\w*|overloper\w*|vapenvägra\w*|avhoppar\w*|hoppade av|militärdienst\w* (?:entz|verweig)|"
    r"(?:hu[iy]\w*|escap\w*|fug\w*|evad\w*|elud\w*|sfugg\w*|sottra\w*|flo[hg]\w*|gefl\w*|entz\w*|vlucht\w*|gevlucht|flydde|fled|échapp\w*|fui\w*|enfui\w*|sustra\w*|ucie\w*|uchyl\w*|utekl\w*|vyhýb\w*|pobeg\w*|pobjeg\w*|izbega\w*|pabėg\w*|vengi\w*) (?:\w+ ){0,3}?(?:mobili\w*|mobilmach\w*|draft|reclut\w*|recrut\w*|conscri\w*|leva\b|servi[cç]\w* militar\w*|servizio militare|service militaire|wehrdienst\w*|einberuf\w*|dienstplicht\w*|pob[oó]r\w*|odvod\w*|regrut\w*|vojn\w* služb\w*|karo tarnyb\w*|military service)|"
    # German puts the object first: "hat sich der Mobilmachung entzogen"
    r"(?:mobilmachung|mobilisierung|einberufung|wehrdienst|musterung)\w* (?:\w+ ){0,2}?(?:entz\w*|geflohen|geflüchtet)|"
    r"zbieg\w* z (?:wojska|armii|jednostki)|zběh\w*|zbeh\w*|prebeg\w*|karkur\w*|katonaszökevény\w*|asker kaçağı\w*|kaçak asker\w*|firar\w*|bakaya\w*|"
    r"askerden kaç\w*|seferberlikten kaç\w*|fərari\w*|hərbi xidmətdən yayın\w*|harbiy xizmatdan qoch\w*|"
    # Cyrillic (ru uk be bg sr mk kk ky)
    r"дезерт\w*|дэзерц\w*|сочинц\w*|\bСОЧ\b|\bСЗЧ\b|самовольн\w* оставлен\w*|самовільн\w* залиш\w*|"
    r"уклон\w* от (?:мобилиз\w*|призыв\w*|военн\w*|служб\w*)|уклонист\w*|ухилян\w*|ухил\w* від (?:мобіліз\w*|призов\w*|служб\w*)|ухіл\w*|"
    r"(?:сбежа\w*|бежа\w*|убежа\w*|втік\w*|втек\w*|утек\w*|уцёк\w*|уцяк\w*|сбег\w*) (?:\w+ ){0,2}?(?:от|из|від|з|ад|са|од) (?:\w+ )?(?:мобилиз\w*|мобіліз\w*|мабіліз\w*|призыв\w*|призов\w*|арми\w*|армі\w*|част\w*|війська|войск\w*)|"
    r"отказ\w* (?:от )?(?:воевать|служить|идти на войну)|відмов\w* (?:від )?(?:воювати|служити)|пребег\w*|бекств\w* од мобилиз\w*|"
    r"қашқын\w*|әскер\w* (?:\w+ )?қаш\w*|мобилизация\w*дан (?:\w+ )?қаш\w*|"
    # Greek, Georgian, Armenian
    r"λιποτάκτ\w*|ανυπότακτ\w*|αυτομόλ\w*|დეზერტ\w*|მობილიზაცი\w* (?:\w+ )?გაექც\w*|დასალიქ\w*|დასალ\w*|դասալ\w*|զորակոչից (?:\w+ )?խուսափ\w*|"
    # Hebrew, Arabic, Persian
    r"עריק\w*|השתמט\w*|משתמט\w*|סרבן\w*|סרבנות|منشق\w*|انشق\w*|الانشقاق|المنشقين|فار من الخدمة|الفرار من (?:الخدمة|الجيش|التجنيد)|التهرب من (?:الخدمة|التجنيد)|متهرب\w*|الهاربين من (?:الخدمة|الجيش)|"
    r"سرباز فراری|فراری|فرار از (?:خدمت|سربازی|پادگان)|ترک خدمت|غیبت از خدمت|مشمول غایب|گریز از خدمت"
)
_TOPIC_CJK = r"脱走兵|脱走|兵役逃れ|兵役拒否|徴兵逃れ|徴兵を逃れ|動員を逃れ|動員から逃れ|亡命|탈영|병역 ?기피|징집 ?기피|동원령?을 피해|동원을 피해|귀순|망명|탈북|逃兵|开小差|逃避兵役|逃避征兵|叛逃|投诚|逃避动员"
_MILITARY = (
    r"mercenar\w*|mercenair\w*|legosoldat\w*|söldner\w*|najemni\w*|huurling\w*|paralı asker\w*|наемник\w*|найманц\w*|найманц\w*|плаћеник\w*|plaćenik\w*|жалдамал\w*|"
    r"vojensk\w*|vojenn\w*|vojsk\w*|vojni\w*|військов\w*|"
    r"soldi\w*|soldat\w*|soldaat\w*|soldado\w*|serviceman|servicemen|army|armies|troops|militar\w*|militär\w*|militair\w*|milit\w*|"
    r"mobili[sz]\w*|mobilmach\w*|vorladung\w*|kreiswehrersatz\w*|musterung\w*|mobilit\w*|mobilizac\w*|mobilizasyon\w*|mobilisat\w*|conscri\w*|call-?up|summons|draft(?:ed|ee)?\b|reservist\w*|"
    r"regiment\w*|battalion\w*|brigade\w*|bataill\w*|battaglion\w*|batallón\w*|batalhão|armée\w*|ejército\w*|exército\w*|esercito\w*|"
    r"wehrdienst\w*|bundeswehr|einberuf\w*|wehrpflicht\w*|dienstplicht\w*|krijgsmacht|värnplikt\w*|wojsk\w*|armi[aię]\w*|żołnierz\w*|pob[oó]r\w*|"
    r"voják\w*|vojsk\w*|armád\w*|odvod\w*|vojnik\w*|vojsk\w*|regrut\w*|recrut\w*|reclut\w*|katona\w*|sotila\w*|asevelvoll\w*|"
    r"asker\w*|ordu\w*|seferberlik\w*|askerlik\w*|hərbi\w*|əsgər\w*|"
    r"мобилиз\w*|мобіліз\w*|мабіліз\w*|мобилизациј\w*|призыв\w*|призов\w*|повестк\w*|повістк\w*|военн\w*|військ\w*|вайск\w*|ваенн\w*|"
    r"солдат\w*|армі\w*|арми\w*|војск\w*|војни\w*|военкомат\w*|военнослужащ\w*|військовослужбов\w*|контрактник\w*|срочник\w*|строковик\w*|"
    r"әскер\w*|сарбаз\w*|στρατ\w*|ჯარისკაც\w*|ჯარ\w*|სამხედრო\w*|მობილიზაცი\w*|զինվոր\w*|բանակ\w*|զորակոչ\w*|զինծառայ\w*|մոբիլիզաց\w*|"
    r"חייל\w*|צה\"ל|צבא\w*|גיוס\w*|מילואים|جندي|جنود|الجيش|الخدمة العسكرية|التجنيد|عسكري\w*|الاحتياط|سرباز\w*|ارتش\w*|سپاه\w*|خدمت سربازی|نظام وظیفه|بسیج\w*"
)
_MILITARY_CJK = r"兵士|兵役|軍人|軍隊|徴兵|動員|自衛隊|人民軍|国軍|군인|병사|병역|징집|동원|인민군|부대|士兵|军人|征兵|动员|部队"
_FLIGHT = (
    r"asyl\w*|azyl\w*|asil\w*|asiel\w*|azil\w*|азил\w*|refug\w*|réfugi\w*|rifugi\w*|flücht\w*|flüchtling\w*|vluchteling\w*|flykting\w*|uchodź\w*|uprchl\w*|izbegl\w*|prieglobst\w*|turvapaik\w*|pakolai\w*|menedék\w*|menekült\w*|"
    r"protection|protección|proteção|protezione|schutz\w*|ochron\w*|"
    r"border\w*|grenz\w*|frontière\w*|frontera\w*|fronteira\w*|frontiera\w*|confin\w*|granic\w*|grani[tț]\w*|hranic\w*|sınır\w*|gräns\w*|határ\w*|"
    r"grens\w*|vlucht\w*|flykt\w*|gömd\w*|gömm\w*|жасырын\w*|қаш\w*|бекств\w*|бежећ\w*|побег\w*|bekstv\w*|bežeć\w*|"
    r"fled|flee\w*|escap\w*|flieh\w*|floh\w*|geflohen|fui\w*|enfui\w*|hu[yi]\w*|fugg\w*|fugi\w*|uciek\w*|uciekł\w*|uprch\w*|utekl\w*|pobeg\w*|pobjeg\w*|kaç\w*|flydde|pakeni|pabėg\w*|"
    r"deport\w*|expuls\w*|extradi\w*|extrăd\w*|ekstrad\w*|auslieferung\w*|abschieb\w*|uitgezet\w*|uitlevering\w*|utvis\w*|iade\w*|sınırdışı\w*|"
    r"airport\w*|aéroport\w*|aeropuerto\w*|aeroporto\w*|flughafen\w*|luchthaven\w*|lotnisk\w*|letišt\w*|aerodrom\w*|havaliman\w*|flygplats\w*|"
    r"visa\b|visas\b|visum\w*|wiz[aąyię]\b|vízum\w*|"
    r"убежищ\w*|притул\w*|прытул\w*|беж\w*|біжен\w*|уцекач\w*|экстрадиц\w*|екстрадиц\w*|экстрадыц\w*|депорт\w*|выдач\w*|видач\w*|выдвор\w*|"
    r"границ\w*|граніц\w*|кордон\w*|мяж\w*|аэропорт\w*|аеропорт\w*|аеродром\w*|сбежа\w*|бежал\w*|втік\w*|втек\w*|уцёк\w*|побегао|побегли|избегл\w*|изруч\w*|"
    r"баспана\w*|босқын\w*|шекара\w*|қашып\w*|қашқан\w*|әуежай\w*|"
    r"iltica\w*|sığınma\w*|mülteci\w*|άσυλ\w*|πρόσφυγ\w*|σύνορ\w*|απέλασ\w*|"
    r"თავშესაფ\w*|ლტოლვილ\w*|საზღვ\w*|გაიქც\w*|გაქცე\w*|აეროპორტ\w*|დეპორტ\w*|ექსტრადიც\w*|"
    r"ապաստ\w*|փախստ\w*|սահման\w*|փախ\w*|օդանավակայան\w*|արտաքս\w*|արտահանձն\w*|"
    r"מקלט|פליט\w*|גבול\w*|ברח\w*|נמלט\w*|גירוש\w*|גורש\w*|הוסגר\w*|הסגרה|נמל התעופה|"
    r"لجوء|اللجوء|لاجئ\w*|الحدود|حدود|هرب\w*|فرّ|فر إلى|ترحيل\w*|مطار\w*|تسليم\w*|"
    r"پناهند\w*|پناهجو\w*|پناهنده|مرز\w*|فرار|گریخت\w*|اخراج\w*|دیپورت\w*|فرودگاه\w*|استرداد\w*"
)
_FLIGHT_CJK = r"亡命|難民|庇護|国境|空港|強制送還|送還|逃れ|逃げ|脱出|망명|난민|비호|국경|공항|강제 ?송환|송환|탈출|도피|庇护|难民|边境|国境|机场|遣返|逃往|出逃"
_PERSON = (
    r"\d{2}[- ]?(?:year|лет|летн\w*|гадов\w*|річн\w*|рок\w*|jähr\w*|jarig\w*|letni\w*|letý\w*|let\b|godišnj\w*|годишњ\w*|yaş\w*|ans\b|anni\b|años\b|anos\b|år\b|årig\w*|éves|vuotia\w*|ετών|жастағы|жаста|წლის|տարեկան)|"
    r"(?:a|an|one) (?:\w+ )?(?:man|soldier|serviceman|deserter|conscript|officer|sergeant|private|pilot|recruit|reservist)\b|"
    r"(?:sergeant|corporal|private|lieutenant|captain|major|colonel|sergent|caporal|capitaine|sargento|soldato|gefreiter|feldwebel|leutnant|kapitän|hauptmann|szeregow\w*|kapral\w*|porucznik\w*|сержант\w*|ефрейтор\w*|рядов\w*|лейтенант\w*|капитан\w*|капітан\w*|майор\w*|старшин\w*) [A-ZА-ЯЁІЇЄҐ]\w+|"
    r"мужчин\w*|чоловік\w*|мужчын\w*|muž\w*|mężczyzn\w*|muškar\w*|мушкар\w*|bărbat\w*|erkek\w*|ер адам\w*|жігіт\w*|კაც\w*|მამაკაც\w*|տղամարդ\w*|גבר|בן \d{2}|رجل|شاب|عامًا|عاما|مرد|جوان|ساله|"
    r"his (?:wife|family|lawyer|mother|brother)|(?:sa|son|sua|seine|jego|його|его|його) (?:femme|famille|avocat|moglie|avvocato|Frau|Familie|Anwalt|żona|rodzina|adwokat|дружина|жена|адвокат|семья|сім'я)"
)
_PERSON_CJK = r"\d{1,2}歳|\d{1,2} ?세|\d{1,2}岁|男性|남성|男子|씨\b|さん|氏"

_WEIGHTS = {"topic": 0.45, "military": 0.15, "flight": 0.25, "person": 0.15}


@dataclass(frozen=True)
class TopicCue:
    kind: str  # topic, military, flight, person
    start: int  # offsets into the text; -1 for the title
    end: int
    text: str


@dataclass
class Topicality:
    topical: bool
    score: float
    cues: list[TopicCue] = field(default_factory=list)

    def kinds(self) -> set[str]:
        return {c.kind for c in self.cues}

    def to_dict(self) -> dict:
        return {
            "topical": self.topical,
            "score": self.score,
            "cues": [{"kind": c.kind, "start": c.start, "end": c.end, "text": c.text} for c in self.cues],
        }


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern]]:
    flags = re.IGNORECASE

    def spaced(body: str) -> re.Pattern:
        # A word start; in Hebrew and Arabic script also after a letter, as articles and
        # prepositions are written joined to the word ("המקלט", "واللجوء").
        return re.compile(rf"(?:(?<!\w)|(?<=[\u0590-\u06ff]))(?:{body})", flags)

    return {
        "topic": [spaced(_TOPIC), re.compile(_TOPIC_CJK)],
        "military": [spaced(_MILITARY), re.compile(_MILITARY_CJK)],
        "flight": [spaced(_FLIGHT), re.compile(_FLIGHT_CJK)],
        "person": [spaced(_PERSON), re.compile(_PERSON_CJK)],
    }


def military_in(text: str) -> bool:
    """Whether `text` speaks of military service (a soldier, an army, a call-up)."""
    return any(p.search(text) for p in _patterns()["military"])


# Cues shown per class: enough to see why, few enough to read.
_SHOWN = 6


def topicality(title: str, spans: list[tuple[int, str]], *, persons: int = 0) -> Topicality:
    """Score an article from its title and its (offset, text) spans of body text.

    `persons` counts the specific people the sentence analysis found (names, ages, group
    sizes): each is a person cue, as strong as one found here.
    """
    found: dict[str, list[TopicCue]] = {kind: [] for kind in _WEIGHTS}
    counts: dict[str, int] = dict.fromkeys(_WEIGHTS, 0)
    for offset, text in [(-1, title), *spans]:
        if not text:
            continue
        for kind, patterns in _patterns().items():
            for pattern in patterns:
                for match in pattern.finditer(text):
                    counts[kind] += 1
                    if len(found[kind]) < _SHOWN:
                        start = -1 if offset < 0 else offset + match.start()
                        end = -1 if offset < 0 else offset + match.end()
                        found[kind].append(TopicCue(kind, start, end, match.group(0)))
    counts["person"] += persons
    has = {kind for kind, n in counts.items() if n}
    topical = ("topic" in has and bool(has & {"flight", "person"})) or {"military", "flight"} <= has
    # Each class saturates after three cues: one long article is not more topical than a short one.
    score = sum(_WEIGHTS[k] * min(counts[k], 3) / 3 for k in _WEIGHTS)
    cues = [c for kind in ("topic", "flight", "military", "person") for c in found[kind]]
    return Topicality(topical, round(score, 3), cues)
