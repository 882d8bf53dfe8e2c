# ruff: noqa: E501 - ABROAD reads best with a line per language
"""Reading the GUIDELINES fields of one case from its sentences."""

from __future__ import annotations

import re
from collections import defaultdict

from cases.extraction.analysis import RELATIVE_WORDS, Cue, SentenceInfo
from cases.extraction.dates import DateMention, sort_key
from cases.extraction.grouping import Draft, demonym_person
from cases.extraction.model import STATUS_ORDER, Case, Span, Value
from cases.extraction.places import authority_in
from cases.extraction.rules import ARMY as _ARMY
from cases.extraction.rules import clause_breaks
from cases.extraction.topic import military_in

# States on either side of a front line or a closed, hostile border.
_ADVERSARIES = frozenset(
    frozenset(pair)
    for pair in (
        ("RU", "UA"),
        ("BY", "UA"),
        ("KP", "KR"),
        ("AZ", "AM"),
        ("SY", "IL"),
        ("IN", "PK"),
        ("CN", "TW"),
    )
)
# The war zone where a soldier of one side served is not a transit country.
_ENEMY = {"RU": "UA", "BY": "UA", "UA": "RU", "KP": "UA"}
_VIA = re.compile(
    r"(?:through|via|über|через|przez|tramite|attraverso|passando (?:per|por)|por|pelo|pela|"
    r"en passant par|door|üzerinden|from|aus|из|uit|transit\w* (?:par|by|through)|pass[ée]s? par|"
    r"transitando por|transitato per|přes|prin|преко|preko|över|транзитом через|транзитом)\s+(?:the\s+|la\s+|le\s+|"
    r"l'|il\s+|a\s+|o\s+|die\s+|den\s+|de\s+)?$",
    re.IGNORECASE,
)
# Words that make a list of countries a journey: "via A, B and C to D".
_ROUTE = re.compile(
    r"(?<!\w)(?:through|via|über|через|przez|attraverso|tramite|"
    r"üzerinden|then|dann|puis|poi|luego|depois|potem|daarna|sonra|затем|потом|потім)(?!\w)",
    re.IGNORECASE,
)
# Leaving the country without naming where to: "across the border", "ins Ausland", "за
# границу". A case may say no more of its destination (GUIDELINES: partial information).
ABROAD = re.compile(
    r"(?<!\w)(?:"
    r"across the border|crossed (?:the |into |over )?(?:\w+ )?border|(?:fled|went|escaped|moved|got) abroad|abroad\b|left the country|fled the country|out of the country|in exile|outside (?:russia|ukraine|belarus|the country|(?:his|my|their) (?:home )?country)|"
    r"über die grenze|(?:die )?grenze (?:\w+ )?(?:überquert|überschritten)|ins ausland|im ausland|außer landes|(?:das|sein) land (?:\w+ )?verl\w*|exil\b|"
    r"à l'étranger|quitt\w* (?:le|son) pays|franchi\w* la frontière|(?:travers|pass)\w* la frontière|en exil|"
    r"al extranjero|en el extranjero|cruz\w* la frontera|(?:salió|huyó|escapó) del país|abandon\w* el país|exilio|"
    r"para o exterior|no exterior|cruz\w* a fronteira|deix\w* o país|exílio|"
    r"all'estero|passat\w* (?:il confine|la frontiera)|lasciat\w* il paese|attravers\w* (?:il confine|la frontiera)|in esilio|"
    r"za granic\w*|prze(?:szedł|szli|szła|chodzi\w*) (?:przez )?granic\w*|przekrocz\w* granic\w*|opuści\w* kraj|na emigracj\w*|"
    r"за границ\w*|за рубеж\w*|за пределами (?:росси\w*|стран\w*|родин\w*)|за межами (?:україн\w*|країн\w*)|перес[её]к\w* границ\w*|пере(?:шёл|шел|шли|шла|ходил\w*|йти) (?:через )?границ\w*|покину\w* (?:страну|родину|россию)|в эмиграци\w*|"
    r"за кордон\w*|перетну\w* кордон\w*|пере(?:йшов|йшли|йшла|ходив\w*|йти) (?:через )?кордон\w*|виїха\w* з країни|в еміграці\w*|за мяжу|за мяжой|"
    r"naar het buitenland|in het buitenland|de grens over|het land (?:verlaten|verliet|ontvlucht)|"
    r"yurt ?dışı\w*|sınırı geç\w*|ülkeyi terk\w*|"
    r"utomlands|över gränsen|lämnade landet|"
    r"do zahraničí|v zahraničí|přes hranic\w*|opustil\w* zemi|"
    r"у иностранств\w*|u inostranstv\w*|преко границе|preko granice|(?:и?зван|ван) (?:русије|земље|србије)|(?:iz)?van (?:rusije|zemlje)|"
    r"peste graniță|în străinătate|"
    r"מעבר לגבול|לחו\"ל|בחו\"ל|חצה את הגבול|"
    r"عبر الحدود|إلى الخارج|خارج البلاد|غادر البلاد|"
    r"از مرز|خارج از کشور|به خارج|"
    r"საზღვარგარეთ|սահմանն? անց\w*|արտերկր\w*|шетел\w*|шекарадан\w*"
    r")|国境を越え|国外|出国|海外|국경을 넘|해외|국외|출국",
    re.IGNORECASE,
)
PROTECTION = _PROTECTION = ("returned", "granted", "refused", "visa_granted", "detained", "applied")


# "a ticket to Istanbul and from there to Minsk": a place the person heads for, whatever
# the verb.
_TOWARD = re.compile(
    r"(?<!\w)(?:to|into|towards|nach|vers|hacia|verso|para|rumo a|do|до|naar|till|ke)\s+$",
    re.IGNORECASE,
)


# Where a relative or friend lives is not the person's route: "a ticket paid for by a
# cousin in Hamburg", "his wife, still stuck in Turkey" (unless he joins them there).
_KIN = re.compile(rf"(?<!\w)(?:{RELATIVE_WORDS})(?!\w)(?:[\s,]+[^\s.;:!?,]+){{0,3}}[\s,]+$", re.IGNORECASE)
_JOIN = re.compile(
    r"join\w*|reunit\w*|zusammenführ\w*|nachgeholt|rejoin\w*|retrouv\w*|reuni\w*|raggiung\w*|"
    r"ricongiun\w*|junt[aou]\w*|dołącz\w*|воссоедин\w*|присоедин\w*|приехал к|поехал к|"
    r"katıl\w*|yanına|pridruži\w*|придружи\w*|voegde zich|herenigd|להצטרף|لم شمل|للالتحاق",
    re.IGNORECASE,
)


def _relatives_places(info: SentenceInfo) -> set[int]:
    """The starts of the places where a relative of the sentence is, not the person."""
    kin = {p.start for p in info.places if _KIN.search(info.text[max(0, p.start - 60) : p.start])}
    return kin if kin and not _JOIN.search(info.text) else set()


# "Via Istanbul and Minsk to the Polish forest": a place passed through is a journey,
# whatever the verb (or with none, in a title).
_THROUGH = re.compile(
    r"(?<!\w)(?:through|via|über|через|przez|attraverso|tramite|passando (?:per|por)|pasando por|"
    r"en passant par|üzerinden|door)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _through(info: SentenceInfo) -> bool:
    return any(
        p.kind != "demonym" and _THROUGH.search(info.text[max(0, p.start - 24) : p.start])
        for p in info.places
    )


def _span(info: SentenceInfo, start: int, end: int) -> Span:
    s = info.sentence
    return Span(s.start + start, s.start + end, s.text[start:end], s)


def _near_person(info: SentenceInfo, start: int, end: int) -> bool:
    """Whether a demonym at start..end qualifies a person ("Russian soldier", "soldati
    russi", "ein russischer Zeitsoldat"), not an official or a border guard."""
    text = info.text
    for key in ("person", "people"):
        for cue in info.cues.get(key, []):
            if cue.start <= start < cue.end:
                return True  # "Russians", "россиян": the demonym is the person noun
            if 0 <= cue.start - end <= 14 and len(text[end : cue.start].split()) <= 1:
                return True
            if 0 <= start - cue.end <= 3:
                return True
    return False


_FROM = re.compile(
    r"(?:^|\s)(?:from|из|с|з|із|aus|von|desde|depuis|dal|dalla|od|z|ze|uit|van)\s+$",
    re.IGNORECASE,
)
# Where no nationality is stated, the article language hints at the state left.
_LANGUAGE_PRIOR = {"ru": "RU", "uk": "UA", "be": "BY"}


# "ミャンマー軍", "ロシア人", "러시아군", "러시아인": an army or a national written joined to the
# country's name.
_JOINED_ARMY = re.compile(r"(?:国軍|軍人|軍|兵|人|군인|군|병사|인(?![가-힣]))")


def _army_next_to(info: SentenceInfo, start: int, end: int) -> bool:
    text = info.text
    before = text[max(0, start - 16) : start]
    after = text[end : end + 14]
    if _JOINED_ARMY.match(after) and not text[end - 1 : end].isascii():
        return True
    return bool(
        re.search(rf"(?:{_ARMY.pattern})\s+(?:of\s+(?:the\s+)?)?$", before, re.IGNORECASE)
        or re.match(rf"\s*(?:{_ARMY.pattern})", after, re.IGNORECASE)
    )


# "a citizen of Ukraine", "obywatel Ukrainy", "гражданин России": a nationality.
_CITIZEN = re.compile(
    r"(?:citizens?|nationals?|passport holders?|граждан\w*|громадян\w*|грамадзян\w*|obywatel\w*|"
    r"staatsbürger\w*|staatsangehörig\w*|citoyens?|cittadin\w*|ciudadan\w*|cidad[ãa]\w*|"
    r"burger\w*|onderdaan|vatandaş\w*|pilie\w*|cetățean\w*|cetăţean\w*|občan\w*|"
    r"მოქალაქ\w*|քաղաքացի\w*|אזרח\w*|مواطن\w*)\s+(?:of\s+(?:the\s+)?|de\s+|di\s+|van\s+)?$",
    re.IGNORECASE,
)


# "a Moldovan passport" states a nationality; "the Finnish shore of the lake", "the
# Latvian side" a place.
_PASSPORT_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:passport|pass|reisepass|passeport|passaporto|pasaporte|passaporte|"
    r"paszport\w*|паспорт\w*|pas\b|paspoort|pasaport\w*)",
    re.IGNORECASE,
)
_SIDE_AFTER = re.compile(
    r"^\s+(?:shore|bank|side|coast|border|territory|ufer|seite|grenze|rive|côté|frontière|riva|"
    r"sponda|lato|confine|orilla|lado|frontera|margem|brzeg\w*|stron\w*|granic\w*|берег\w*|"
    r"сторон\w*|границ\w*|kıyı\w*|sınır\w*|oever|kant|grens|mal\w*|țărm\w*)"
    # "an Estonian border guard" is a person of that country.
    r"(?!\w|[\s-]+(?:guard|police|patrol|officer|troops|service|wache|schutz|polizei|гвард\w*|охран\w*|"
    r"служб\w*|straż\w*|muhaf\w*|bewak\w*|garde))",
    re.IGNORECASE,
)


def _adjacent_person(info: SentenceInfo, end: int) -> bool:
    """A country name used as an adjective: "Myanmar soldiers"."""
    return any(0 <= cue.start - end <= 2 for k in ("person", "people") for cue in info.cues.get(k, []))


def origin(
    draft: Draft, title: SentenceInfo | None, lang: str = "", article: list[SentenceInfo] = ()
) -> Value | None:
    scores: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[Span]] = defaultdict(list)
    infos = list(draft.infos)
    if title is not None and draft.uses_title:
        infos = [title, *infos]
    prior = _LANGUAGE_PRIOR.get(lang)
    if prior:
        scores[prior] += 1.5
    for rank, info in enumerate(infos):
        weight = 1.5 if rank == 0 else 1.0
        for place in info.places:
            army = _army_next_to(info, place.start, place.end)
            if any(0 <= place.start - c.end <= 25 for c in info.statuses.get("returned", [])):
                # "deported to Russia", "handed to the Russian authorities": sent back
                # to the state that was left.
                scores[place.code] += 3
                evidence[place.code].append(_span(info, place.start, place.end))
            elif place.kind == "demonym" and _SIDE_AFTER.match(info.text[place.end : place.end + 20]):
                continue
            elif _CITIZEN.search(info.text[max(0, place.start - 24) : place.start]) or (
                place.kind == "demonym" and _PASSPORT_AFTER.match(info.text[place.end : place.end + 24])
            ):
                scores[place.code] += 3 * weight
                evidence[place.code].append(_span(info, place.start, place.end))
            elif place.kind == "demonym" or army or _adjacent_person(info, place.end):
                strong = army or _near_person(info, place.start, place.end)
                bonus = 3 if strong else 0.2
                scores[place.code] += bonus * weight
                evidence[place.code].append(_span(info, place.start, place.end))
            elif any(c.start <= place.start < c.end for c in info.cues.get("leave", [])):
                # "left Russia", "покинул Россию": the country left is the origin.
                scores[place.code] += 2
                evidence[place.code].append(_span(info, place.start, place.end))
            elif info.has("leave", "fled") and _FROM.search(
                info.text[max(0, place.start - 14) : place.start]
            ):
                scores[place.code] += 0.4
                evidence[place.code].append(_span(info, place.start, place.end))
            elif (
                info.topic
                and place.kind != "demonym"
                and not info.has("leave", "arrive", "asylum", *_PROTECTION)
            ):
                # "In Russia he faces a desertion case", "a court in Omsk sentenced a
                # deserter": the state whose service he left.
                scores[place.code] += 0.6
                evidence[place.code].append(_span(info, place.start, place.end))
    if not evidence:
        # Nothing in the case's own sentences: the nationality the article gives most.
        for info in article:
            for place in info.places:
                # "a Russian soldier", or "the Moldovan army" the article speaks of.
                if (place.kind == "demonym" and _near_person(info, place.start, place.end)) or _army_next_to(
                    info, place.start, place.end
                ):
                    scores[place.code] += 1
                    evidence[place.code].append(_span(info, place.start, place.end))
    if not scores:
        return None
    code = max(scores, key=lambda c: scores[c])
    if not evidence[code]:
        # Won on the language prior alone: cite the first mention of that country.
        mention = next(
            ((info, place) for info in [*infos, *article] for place in info.places if place.code == code),
            None,
        )
        if mention is None:
            return None
        evidence[code].append(_span(mention[0], mention[1].start, mention[1].end))
    confidence = min(0.95, 0.4 + 0.1 * scores[code])
    return Value(code, evidence[code][:3], round(confidence, 2))


def likely_origin(infos: list[SentenceInfo], case: Case) -> Value | None:
    """The state a story without a stated nationality speaks of most, other than where the
    person went: a flight story names the home country, its towns and its army."""
    route = {case.destination.value if case.destination else None, *(t.value for t in case.transit)}
    counts: dict[str, list[Span]] = defaultdict(list)
    for info in infos:
        if info.sentence.furniture:
            continue
        for place in info.places:
            if place.code not in route:
                counts[place.code].append(_span(info, place.start, place.end))
    if not counts:
        return None
    code = max(counts, key=lambda c: len(counts[c]))
    if len(counts[code]) < 2:
        return None
    return Value(code, counts[code][:2], 0.3)


_KINDS = (("defect", "defection"), ("desert", "desertion"), ("draft", "draft_evasion"))


def kind(draft: Draft, title: SentenceInfo | None, article: list[SentenceInfo] = ()) -> Value:
    infos = list(draft.infos)
    if title is not None and draft.uses_title:
        infos.append(title)
    for key, name in _KINDS:
        if key == "desert" and _evasion_told_more(infos):
            continue  # "fled the call-up ... deserters' law": the story is an evasion
        for info in infos:
            cues = info.cues.get(key)
            if cues:
                return Value(name, [_span(info, cues[0].start, cues[0].end)], 0.75)
    # No word of its own: what the rest of the story tells of most (its title, then its
    # body), rather than desertion for every man who left.
    for part in ([title] if title is not None else [], [i for i in article if not i.sentence.furniture]):
        told = {name: sum(len(i.cues.get(key, [])) for i in part if not i.statistic) for key, name in _KINDS}
        best = max(told.values())
        if best:
            # A tie goes to the first in GUIDELINES' order of precedence.
            name = next(n for n, count in told.items() if count == best)
            info = next(i for i in part if i.cues.get(next(k for k, n in _KINDS if n == name)))
            cue = info.cues[next(k for k, n in _KINDS if n == name)][0]
            return Value(name, [_span(info, cue.start, cue.end)], 0.4)
    crossing = border_defection(infos)
    if crossing is not None:
        return Value("defection", [_span(crossing, 0, len(crossing.text))], 0.5)
    return Value("desertion", [], 0.3)


def border_defection(infos: list[SentenceInfo]) -> SentenceInfo | None:
    """ "A uniformed soldier crossed the border into Lithuania and asked for asylum": a
    serviceman or a group of them crossing into a neighbouring state and seeking protection
    there is a defection across a border (GUIDELINES), whether or not the article says
    desertion. The sentence that tells it, if any."""
    for info in infos:
        if info.statistic or not (info.has("person", "people") or info.counts or info.names):
            continue
        if not any(
            info.statuses.get(k) for k in ("applied", "granted", "visa_granted", "refused", "detained")
        ):
            continue
        if abroad_in(info.text) and military_in(info.text):
            return info
    return None


def _evasion_told_more(infos: list[SentenceInfo]) -> bool:
    """Whether the case's sentences speak of evading the call-up more often than of
    leaving the ranks: a man who hid from his summons is no deserter because the article
    also uses the word (GUIDELINES: draft evasion is avoiding service one has not begun)."""
    desert = sum(len(i.cues.get("desert", [])) for i in infos)
    draft = sum(len(i.cues.get("draft", [])) for i in infos)
    return draft > desert


def status(
    draft: Draft,
    title: SentenceInfo | None = None,
    lang: str = "",
    transit: frozenset[str] = frozenset(),
    size: int | None = None,
) -> Value:
    """`transit`: the countries passed through; held there on the way ("eight months in a
    camp in Libya") is the route, not the latest state (GUIDELINES: detained in the transit
    or destination country applies to where the person is held now)."""
    infos = list(draft.infos)
    if title is not None and draft.uses_title:
        infos.append(title)  # "... granted asylum in Norway": headlines state the outcome
    # "X reached Spain; another man was arrested": what the title says
    # after "another" is somebody else's fate.
    other: list[tuple[int, int]] = []
    if title is not None:
        for cue in title.cues.get("another", []):
            head = title.text
            start = max(head.rfind(mark, 0, cue.start) for mark in ".!?:;") + 1
            ends = [i for i in (head.find(mark, cue.end) for mark in ".!?:;") if i >= 0]
            other.append((start, min(ends) if ends else len(head)))
    for name in STATUS_ORDER:
        for info in infos:
            cues = info.statuses.get(name)
            if cues and info is title and other:
                cues = [c for c in cues if not any(a <= c.start < b for a, b in other)] or None
            if cues and name == "detained" and transit and _only_in(info, transit):
                continue
            if cues and name in _DECISIONS and lang in _SUBJECT_LANGS and _impersonal(draft, info, title):
                continue  # "the agency has so far granted protection in a minority of cases"
            if cues and _about_others(draft, info, title, size):
                continue
            if cues:
                if name == "applied":
                    refusal = _refusal_after(draft, info, cues[0])
                    if refusal is not None:
                        return refusal
                return Value(name, [_span(info, cues[0].start, cues[0].end)], 0.7)
    # Nothing reported outside quotes: the person's own account of the outcome ("we all got
    # refugee status", says Kiril), with less confidence.
    for name in STATUS_ORDER:
        for info in draft.infos:
            cues = info.spoken.get(name)
            if cues and not (name == "detained" and transit and _only_in(info, transit)):
                return Value(name, [_span(info, cues[0].start, cues[0].end)], 0.5)
    return Value("unknown", [], 0.3)


def _about_others(draft: Draft, info: SentenceInfo, title: SentenceInfo | None, size: int | None) -> bool:
    """A status sentence about other people than the case's (`size` people): figures ("most
    of them were refused"), another number of people ("guards detained two men" beside one
    deserter), or, beside one person, a plural only ("servicemen were usually detained")."""
    if info is title or (draft.infos and info is draft.infos[0]):
        return False
    if info.statistic:
        return True
    if size is not None and info.counts and all(c.value != size for c in info.counts):
        return True
    own = info.has("pronoun", "person") or bool(info.names) or draft.mentions(info)
    return size == 1 and info.has("people") and not own


def _only_in(info: SentenceInfo, codes: frozenset[str]) -> bool:
    # "refused entry by Mexican officers when he landed from Dubai, held since": a
    # nationality names where he is held as well as a country does.
    named = {p.code for p in info.places}
    return bool(named) and named <= codes


_DECISIONS = ("granted", "refused", "visa_granted")
# Languages that always name the subject: a decision sentence without a pronoun or a
# person there speaks of nobody in particular (elsewhere the verb carries the person).
_SUBJECT_LANGS = {"en", "de", "fr", "nl", "sv"}


def _impersonal(draft: Draft, info: SentenceInfo, title: SentenceInfo | None) -> bool:
    """A decision sentence that speaks of nobody: policy or practice, not this case's fate."""
    if info is title or (draft.infos and info is draft.infos[0]):
        return False
    return not (
        info.has("pronoun", "they", "person", "people") or info.names or info.counts or draft.mentions(info)
    )


def _refusal_after(draft: Draft, applied: SentenceInfo, cue) -> Value | None:
    """ "He applied for asylum. In January the office refused him": a refusal word after
    the application, in its sentence or in a later one that speaks of the person, refuses
    that application even without the word asylum beside it."""
    if applied not in draft.infos:
        return None
    for info in draft.infos[draft.infos.index(applied) :]:
        if info.topic or info.statistic:
            continue  # "refused to fight" is the desertion, not a decision
        own = info is applied
        # "The answer from the Migration Agency: refused." An asylum authority deciding
        # speaks of the application too.
        authority = authority_in(info.text) is not None
        if not own and not (info.has("pronoun", "they") or draft.mentions(info) or authority):
            continue
        for hit in info.cues.get("refuse", []):
            if own and hit.start < cue.end:
                continue
            if _REFUSED_TO.match(info.text[hit.end : hit.end + 12]):
                continue  # "saying he refused to keep serving": the person refuses
            return Value("refused", [_span(info, hit.start, hit.end)], 0.5)
    return None


_REFUSED_TO = re.compile(r"\s+(?:to|zu|à|de|di|a|от|від|się|se|si)\s", re.IGNORECASE)


def roles(draft: Draft, title: SentenceInfo | None) -> list[Value]:
    out: list[Value] = []
    infos = list(draft.infos)
    if title is not None and draft.uses_title:
        infos.append(title)
    for role in ("conscript", "contract", "mobilised", "officer", "mercenary"):
        for info in infos:
            cues = info.roles.get(role)
            if cues:
                out.append(Value(role, [_span(info, cues[0].start, cues[0].end)], 0.6))
                break
    return out


_BORDER_BEFORE = re.compile(
    r"(?:frontière|frontiera|frontera|fronteira|grenze|grens|border|granic\w*|границ\w*|hranic\w*|"
    r"sınır\w*)\s+$",
    re.IGNORECASE,
)
_BORDER_AFTER = re.compile(
    r"^\s+(?:border|grenze|grens|frontier|granic\w*|границ\w*|sınır\w*|hranic\w*)(?![\s-]+guard)",
    re.IGNORECASE,
)


def _crossed_border(info: SentenceInfo, place) -> bool:
    """ "crossed the Kazakh border", "la frontière espagnole": a country on the route."""
    text = info.text
    return place.kind == "demonym" and bool(
        _BORDER_BEFORE.search(text[max(0, place.start - 14) : place.start])
        or _BORDER_AFTER.match(text[place.end : place.end + 14])
    )


def route(
    draft: Draft, origin_code: str | None, kind_name: str, title: SentenceInfo | None
) -> tuple[Value | None, list[Value]]:
    """Destination and transit countries from the places of movement and status sentences."""
    enemy = _ENEMY.get(origin_code or "")
    mentions: list[tuple[str, float, Span]] = []
    intended: set[int] = set()  # the indexes of the mentions of places only meant to be reached
    for order, info in enumerate(draft.infos):
        if info.statistic:
            continue  # "Many later travel on through Libya": others' routes, not this one
        moving = (
            info.has("leave", "arrive", "stay", "fled", "asylum", *_PROTECTION)
            or _through(info)
            or (
                bool(info.names or info.has("pronoun", "person", "people"))
                and any(
                    p.kind != "demonym"
                    and p.code != origin_code
                    and _TOWARD.search(info.text[max(0, p.start - 12) : p.start])
                    for p in info.places
                )
            )
        )
        kin = _relatives_places(info)
        outside = [
            p
            for p in info.places
            if (p.kind != "demonym" or _crossed_border(info, p))
            and p.code != origin_code
            and p.start not in kin
        ]
        # A list of countries said of the person is a route, whatever the verb.
        foreign = {p.code for p in outside}
        route_list = (
            len(foreign) >= 2 and info.has("pronoun", "person", "people") and bool(_ROUTE.search(info.text))
        )
        if not (moving or route_list):
            continue
        cues = [c for k in _PROTECTION for c in info.statuses.get(k, [])]
        cues += info.cues.get("asylum", [])
        places = [p for p in outside if p.code != enemy or kind_name == "defection"]
        text = info.text
        via_places = {p.start for p in places if _VIA.search(text[max(0, p.start - 24) : p.start])}
        # The place nearest to a protection cue is where protection was sought.
        candidates = [p for p in places if p.start not in via_places]
        nearest = (
            {min(candidates, key=lambda p, c=c: abs(p.start - c.start)).start for c in cues}
            if candidates
            else set()
        )
        # "a visa so that he can go to Germany and apply there": the country he means to
        # reach is where he seeks protection; a place he meant to reach when held is not.
        sought = any(info.statuses.get(k) for k in ("applied", "granted", "visa_granted", "refused"))
        sought = sought or bool(info.cues.get("asylum"))
        for place in places:
            via = place.start in via_places
            # Later in the story, and later in the sentence ("flew to Istanbul, then on
            # to Cancún"), is further along the route.
            weight = order + place.start / 10000 + (100 if place.start in nearest and not via else 0)
            if via:
                weight -= 1000  # "via Kazakhstan": a transit, never the destination
            elif not (place.start in nearest and sought) and _meant(text, place.start):
                # "from there they meant to fly on to Belgrade": where they hoped to go is
                # no country reached; it ends the route only when nothing else does.
                weight -= 500
                intended.add(len(mentions))
            mentions.append((place.code, weight, _span(info, place.start, place.end)))
    if title is not None and draft.uses_title:
        for place in title.places:
            if place.kind != "demonym" and place.code not in (origin_code,):
                if place.code == enemy and kind_name != "defection":
                    continue
                if title.has(*_PROTECTION) or title.cues.get("asylum"):
                    mentions.append((place.code, 50.0, _span(title, place.start, place.end)))
    if not mentions:
        # A defector's destination is the other side; otherwise any foreign place the
        # case's sentences or the title name, weakly.
        pool = [title] if title is not None and draft.uses_title else []
        for info in pool + draft.infos:
            for place in info.places:
                if place.code == origin_code or (place.code == enemy and kind_name != "defection"):
                    continue
                if _meant(info.text, place.start):
                    continue  # "wanted to leave for Kazakhstan": nowhere reached
                weight = 10.0 if place.code == enemy else (1.0 if place.kind != "demonym" else 0.5)
                mentions.append((place.code, weight, _span(info, place.start, place.end)))
        if not mentions:
            return None, []
        best = max(mentions, key=lambda m: m[1])
        return Value(best[0], [best[2]], 0.35), []
    index = max(range(len(mentions)), key=lambda i: mentions[i][1])
    best = mentions[index]
    if best[1] < -500:
        return None, [Value(m[0], [m[2]], 0.4) for m in mentions]
    if index in intended:
        # "He only thought about leaving for Kazakhstan": nowhere reached, nowhere passed.
        return None, []
    destination = Value(best[0], [m[2] for m in mentions if m[0] == best[0]][:3], 0.6)
    transit: list[Value] = []
    seen = {best[0]}
    for number, (code, _, span) in enumerate(mentions):
        if code in seen or span.sentence.in_title or number in intended:
            continue
        seen.add(code)
        transit.append(Value(code, [span], 0.5))
    return destination, transit


# Meaning to go somewhere, in the languages with rules: "planned to", "wollten", "збиралися".
_INTENDED = re.compile(
    r"(?<!\w)(?:plann?\w*|intend\w*|want\w*|hop(?:e|ed|es|ing)|meant to|(?:was|were) going to|would like|"
    r"dream\w*|wollte\w*|will\b|möchte\w*|hoffte\w*|voul\w*|veu\w*|espér\w*|comptai\w*|souhait\w*|"
    r"vole\w*|vuol\w*|sperav\w*|quer(?:ía|ian|ían|ia|e|em)\w*|pens(?:aba|avam|ava)\w*|espera(?:ba|va)\w*|"
    r"pretend\w*|planowa\w*|chcia\w*|zamierza\w*|собира\w*|хоте\w*|хоч\w*|планир\w*|намерева\w*|"
    r"збира\w*|хоті\w*|планува\w*|плану\w*|wild\w*|wou\b|hoopte\w*|ville|vill\b|planer\w*|chtěl\w*|"
    r"plánoval\w*|voia|vrea|plănui\w*|hteo|htela|želeo|planira\w*|istiyor\w*|planlı\w*|niyet\w*|"
    # Thinking of going: "думал уехать в Казахстан", "considered leaving for", "erwog".
    r"думал\w*|подумыва\w*|мечта\w*|думав\w*|мріяв\w*|thought of|considered|consider(?:s|ing)|"
    r"erwog\w*|überlegt\w*|pensó|pensaba|pensait|envisag\w*|rozważa\w*|myślał\w*|düşün\w*|"
    r"ծրագր\w*|ուզ\w*|մտադր\w*|აპირებ\w*|უნდოდა|გეგმ\w*|ойла\w*|жоспарла\w*)(?!\w)",
    re.IGNORECASE,
)


def _meant(text: str, start: int) -> bool:
    """The place at `start` is one the person meant or thought to reach, in its clause."""
    return bool(_INTENDED.search(re.split(r"[.;:!?]", text[max(0, start - 50) : start])[-1]))


# Local news reports arrivals in its own country: the last resort for a destination.
_LANGUAGE_COUNTRY = {
    "pl": "PL",
    "de": "DE",
    "fr": "FR",
    "it": "IT",
    "es": "ES",
    "pt": "PT",
    "nl": "NL",
    "tr": "TR",
    "kk": "KZ",
    "ka": "GE",
    "hy": "AM",
    "lt": "LT",
    "lv": "LV",
    "et": "EE",
    "cs": "CZ",
    "sk": "SK",
    "ro": "RO",
    "he": "IL",
    "ja": "JP",
    "ko": "KR",
    "fi": "FI",
    "hu": "HU",
    "el": "GR",
    "bg": "BG",
    "sr": "RS",
    "mn": "MN",
    "ky": "KG",
    "uz": "UZ",
}


def abroad(draft: Draft) -> Span | None:
    """The passage that says the person left the country, where no country is named, and
    not as a negation ("he never tried to go abroad", "не пытался уехать за границу")."""
    for info in draft.infos:
        m = abroad_in(info.text)
        if m is not None:
            return _span(info, m.start(), m.end())
    return None


def abroad_in(text: str) -> re.Match | None:
    """The first passage of `text` that says someone left the country, unless negated."""
    for m in ABROAD.finditer(text):
        if not _NEGATED.search(text[max(0, m.start() - 40) : m.start()]):
            return m
    return None


# A negation a few words before, in the same clause, in the languages with rules.
_NEGATED = re.compile(
    r"(?<!\w)(?:not|never|n['’]t|nicht|kein\w*|nie|ne|pas|jamais|non|mai|no|nunca|não|niet|geen|nooit|"
    r"inte|aldrig|не|ни|ні|nu|nije|није|ani|לא|لم|لا|لن|არ|ვერ)(?!\w)[^,.;:!?]{0,30}$",
    re.IGNORECASE,
)


def _protection_without_place(draft: Draft, origin_code: str | None) -> bool:
    """Whether the case's protection sentences (applied, granted, refused) name no foreign
    country while other sentences do."""
    keys = ("applied", "granted", "refused")
    protection = [i for i in draft.infos if any(i.statuses.get(k) for k in keys)]
    if not protection:
        return False
    return not any(p.code != origin_code and p.kind != "demonym" for i in protection for p in i.places)


def local_destination(
    draft: Draft, lang: str, origin_code: str | None, *, named: set[str] | None = None
) -> Value | None:
    """Where the protection sentences place the case without naming a country: the
    authority they name ("the BAMF refused"), else the country of the article's language
    (when `named` is given, only if it is among those countries)."""
    # An arrest alone may have happened at home; with a border crossing it is an arrival.
    crossed = any(i.has("leave", "arrive") for i in draft.infos)
    keys = ("applied", "granted", "refused", "visa_granted") + (("detained",) if crossed else ())
    for info in draft.infos:
        if not any(info.statuses.get(key) for key in keys):
            continue
        found = authority_in(info.text, besides=origin_code)
        if found is not None:
            code, m = found
            return Value(code, [_span(info, m.start(), m.end())], 0.45)
    code = _LANGUAGE_COUNTRY.get(lang)
    if code is None or code == origin_code or (named is not None and code not in named):
        return None
    for info in draft.infos:
        for key in keys:
            cues = info.statuses.get(key)
            if cues:
                return Value(code, [_span(info, cues[0].start, cues[0].end)], 0.3)
    return None


def people_count(draft: Draft, title: SentenceInfo | None = None) -> Value | None:
    group = (
        next((c for c in title.counts if c.group), None) if title is not None and draft.uses_title else None
    )
    if group is not None and len({n.text for n, _ in draft.names}) <= group.value:
        # "Five Russians who fled the call-up ask for refuge": the headline's group is the
        # case, even when the story then speaks through one of them.
        return Value(group.value, [_span(title, group.start, group.end)], 0.6)
    if draft.count is not None and draft.names and draft.count[1] is draft.infos[0]:
        # "Six soldiers arrived ... one of them, Fyodor": the group is the case.
        count, info = draft.count
        return Value(count.value, [_span(info, count.start, count.end)], 0.6)
    if draft.names:
        distinct = {n.text for n, _ in draft.names if n.text}
        same_sentence = len({id(i) for _, i in draft.names}) == 1 and len(distinct) > 1
        value = len(distinct) if same_sentence else 1
        name, info = draft.names[0]
        return Value(value, [_span(info, name.start, name.end)], 0.8)
    if draft.count is not None:
        count, info = draft.count
        return Value(count.value, [_span(info, count.start, count.end)], 0.7)
    first = draft.infos[0] if draft.infos else None
    if first is not None and not first.cues.get("person") and not first.cues.get("people"):
        lead = demonym_person(first)
        if lead is not None:  # "a young Moldovan": one person
            return Value(1, [_span(first, lead.start, lead.end)], 0.45)
    if first is None:
        return None
    if not first.cues.get("person"):
        # The story follows one person unless it speaks of several: "he", a singular
        # person noun or an age somewhere in its sentences, and no plural.
        plural = any(i.cues.get("people") or i.cues.get("they") for i in draft.infos[:3])
        single = next(
            (c for i in draft.infos for k in ("person", "pronoun") for c in i.cues.get(k, [])[:1]), None
        )
        if plural or single is None:
            return None
        info = next(
            i
            for i in draft.infos
            if any(c is single for k in ("person", "pronoun") for c in i.cues.get(k, []))
        )
        return Value(1, [_span(info, single.start, single.end)], 0.35)
    person = first.cues["person"][0]
    people = first.cues.get("people", [])
    # The story is about whoever the opening sentence names first: "A soldier ... was
    # taken in by troops" is one man; "Soldiers ... a man said" is a group.
    if people and people[0].start < person.start:
        return None
    return Value(1, [_span(first, person.start, person.end)], 0.5)


def names(draft: Draft) -> list[Value]:
    out: list[Value] = []
    seen: set[str] = set()
    for name, info in draft.names:
        if name.text in seen or any(name.text in s for s in seen):
            continue
        seen.add(name.text)
        out.append(Value(name.text, [_span(info, name.start, name.end)], 0.7))
    return out


_EVENT_CUES = {
    "deserted": ("desert", "draft", "defect"),
    "left_origin": ("leave",),
    "arrived": ("arrive",),
    "applied": ("applied",),
    "decided": ("granted", "refused", "visa_granted"),
    "returned": ("returned",),
}
# Keep the first date of these events and the last of the others.
_FIRST = {"deserted", "left_origin", "applied"}


def _clause_of(text: str, position: int, lang: str) -> int:
    return len(clause_breaks(lang).findall(text[:position]))


def dates(
    draft: Draft, transit: list[Value], kind_name: str = "", lang: str = "", status: str = ""
) -> dict[str, Value]:
    chosen: dict[str, tuple[str, Span]] = {}
    # In a refused case a bare "rejected" dates the decision ("In April the board said no").
    events = dict(_EVENT_CUES)
    if status == "refused":
        events["decided"] = (*events["decided"], "refuse")
    if status in ("granted", "refused", "visa_granted"):
        # "The board's decision was announced on 29 October": the decision dates itself.
        events["decided"] = (*events["decided"], "decision")
    for info in draft.infos:
        if not info.dates:
            continue
        cues: list[tuple[str, Cue]] = []
        for key, names_ in events.items():
            for name in names_:
                for cue in info.cues.get(name, []) + info.statuses.get(name, []):
                    cues.append((key, cue))
        if not cues:
            continue
        text = info.text

        def distance(cue: Cue, mention: DateMention, text: str = text) -> float:
            # A cue in the date's own clause beats any cue outside it.
            same = _clause_of(text, cue.start, lang) == _clause_of(text, mention.start, lang)
            penalty = 0 if same else 60
            if cue.start >= mention.end:
                return (cue.start - mention.end) * 0.9 + penalty  # "In May he flew"
            return max(0, mention.start - cue.end) + penalty

        # Each date goes to its nearest event cue, and each event cue takes its nearest
        # date: "In November he reached the border and asked for asylum" dates both.
        # A date right after its verb ("deserted in January", "left his unit in July") is
        # bound to it; only a free date ("In November he ... and ...") is shared.
        binding: dict[int, tuple[str, Cue]] = {}
        for m in info.dates:
            for key, c in cues:
                gap = text[c.end : m.start]
                if 0 <= m.start - c.end <= 15 and not clause_breaks(lang).search(gap):
                    binding.setdefault(id(m), (key, c))
        bound = set(binding)
        pairs: list[tuple[str, DateMention]] = []
        for mention in info.dates:
            if id(mention) in binding:
                pairs.append((binding[id(mention)][0], mention))
                continue
            key, cue = min(cues, key=lambda item, m=mention: distance(item[1], m))
            if distance(cue, mention) <= 140:
                pairs.append((key, mention))
        for key, cue in cues:
            free = [m for m in info.dates if id(m) not in bound]
            if not free:
                continue
            mention = min(free, key=lambda m, c=cue: distance(c, m))
            if distance(cue, mention) <= 90 and (key, mention) not in pairs:
                pairs.append((key, mention))
        for key, mention in pairs:
            span = _span(info, mention.start, mention.end)
            old = chosen.get(key)
            if old is None:
                chosen[key] = (mention.edtf, span)
            else:
                earlier = sort_key(mention.edtf) < sort_key(old[0])
                if (key in _FIRST) == earlier:
                    chosen[key] = (mention.edtf, span)
    # Crossing straight into the destination: leaving and arriving are one event.
    if kind_name == "defection":
        # Crossing the line is leaving the unit, the country and arriving, at once.
        first = next((chosen[k] for k in ("deserted", "left_origin", "arrived") if k in chosen), None)
        if first is not None:
            for key in ("deserted", "left_origin", "arrived"):
                chosen.setdefault(key, first)
    if not transit:
        if "arrived" not in chosen and "left_origin" in chosen:
            chosen["arrived"] = chosen["left_origin"]
        elif "left_origin" not in chosen and "arrived" in chosen:
            chosen["left_origin"] = chosen["arrived"]
    out = {key: Value(edtf, [span], 0.5) for key, (edtf, span) in chosen.items()}
    # Events the story tells as one: leaving the unit and the country ("deserted and
    # crossed into Georgia in May"), arriving and asking for protection. A date stated for
    # one stands, with a lower confidence, for the other the story leaves undated.
    for missing, source in (("deserted", "left_origin"), ("left_origin", "deserted")):
        if missing not in out and source in out:
            out[missing] = Value(out[source].value, out[source].evidence, 0.3)
    if (
        "applied" not in out
        and "arrived" in out
        and status in ("applied", "granted", "refused", "visa_granted")
    ):
        out["applied"] = Value(out["arrived"].value, out["arrived"].evidence, 0.3)
    elif "arrived" not in out and "applied" in out:
        out["arrived"] = Value(out["applied"].value, out["applied"].evidence, 0.3)
    return out


def build(draft: Draft, title: SentenceInfo | None, lang: str = "", article: list[SentenceInfo] = ()) -> Case:
    case = Case()
    case.origin = origin(draft, title, lang, article)
    case.kind = kind(draft, title, article)
    case.people_count = people_count(draft, title)
    size = case.people_count.value if case.people_count else None
    case.status = status(draft, title, lang, size=size)
    case.roles = roles(draft, title)
    case.destination, case.transit = route(
        draft, case.origin.value if case.origin else None, str(case.kind.value), title
    )
    origin_code = case.origin.value if case.origin else None
    if case.destination is None:
        case.destination = local_destination(draft, lang, origin_code)
    elif _protection_without_place(draft, origin_code):
        # "arrived at Schiphol and asked for asylum": the protection sentences name no
        # country, the route named others; local news reports arrivals in its own country.
        # Only a country the article names takes the place of the route's end: a Kazakh
        # report of soldiers who fled to India is not about Kazakhstan.
        named = {p.code for i in article for p in i.places}
        local = local_destination(draft, lang, origin_code, named=named)
        if local is not None and local.value != case.destination.value:
            case.transit = [Value(case.destination.value, case.destination.evidence[:1], 0.4)] + [
                t for t in case.transit if t.value != local.value
            ]
            case.destination = local
    if case.status.value == "detained" and case.transit:
        passed = frozenset(t.value for t in case.transit) - {
            case.destination.value if case.destination else ""
        }
        case.status = status(draft, title, lang, passed, size=size)
    if case.status.value == "unknown" and case.destination is not None:
        case.status = Value("fled", case.destination.evidence[:1], 0.35)
    elif case.status.value == "unknown" and (away := abroad(draft)) is not None:
        case.status = Value("fled", [away], 0.3)
    if (
        case.kind.value == "desertion"
        and case.origin is not None
        and case.destination is not None
        and not case.transit
        and frozenset((case.origin.value, case.destination.value)) in _ADVERSARIES
    ):
        # Crossing straight to the other side of a front or a hostile border is going
        # over to it (GUIDELINES: defection), whichever word the article uses.
        case.kind = Value("defection", case.kind.evidence or case.destination.evidence[:1], 0.5)
    case.names = names(draft)
    case.dates = dates(draft, case.transit, str(case.kind.value), lang, str(case.status.value))
    return case
