"""Per-sentence analysis: every mention and cue a sentence holds, found once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from cases.extraction.dates import DateMention, find_dates, month_patterns
from cases.extraction.model import Sentence
from cases.extraction.names import NameMention, find_names, leading_name
from cases.extraction.numbers import MAX_GROUP, MAX_TOGETHER, CountMention, find_counts
from cases.extraction.places import PlaceMention, find_places
from cases.extraction.rules import NO_SPACES, Compiled, clause_breaks, compiled
from cases.extraction.rules import near as rules_near
from cases.extraction.screen import Screen, all_of, any_of, folded, fragment

CUES = (
    "refuse",
    "desert",
    "draft",
    "defect",
    "asylum",
    "leave",
    "arrive",
    "stay",
    "aggregate",
    "court",
    "nonmil",
    "another",
    "person",
    "people",
    "pronoun",
    "they",
    "fled",
    "decision",
)


# What a border guard refuses: entry, not protection.
_ENTRY = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:entry|entrance|la entrada|el ingreso|l['’]entrée|l['’]ingresso|die Einreise|"
    r"в[оъ]?\s*въезд\w*|во въезде|у в['’]їзді|в['’]їзд\w*|wjazdu|girişi?|de toegang|inresa|vstupu?|ulazak|"
    r"(?:ال)?دخول|(?:ה)?כניסה)",
    re.IGNORECASE,
)
# Where the language puts the entry before the refusal: "შესვლაზე უარი", "上陸を拒否",
# "입국 거부", "girişi reddedildi", "մուտքը մերժվել", "кіруге тыйым", "ورود ... رد".
_ENTRY_BEFORE = re.compile(
    r"(?:შესვლ\w*|上陸を?|入国を?|입국\w*|giriş\w*|մուտք\w*|кіру\w*|ورود\w*|въезд\w*|в['’]їзд\w*)\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)
_AGE_BRACKET = re.compile(
    r"(?<![\d.,])(1[6-9]|[2-5]\d)\s*(?:[-–—~〜～]|\s(?:to|and|до|і|и|a|e|y|et|und|bis|i|ile|ve|tot|en|och|až|și|ar)\s)"
    r"\s*([2-6]\d)(?:\s*(?:years?|yrs|лет|років|роки|годин\w*|años|anni|ans|jahre\w*|lat|yaş\w*|jaar|år|let|ani|"
    r"歳|세|대|ساله|سال|שנים|عام\w*|سنة)|-(?:year|jährig|letn|річн|летн))",
    re.IGNORECASE,
)
_COMPANIONS = re.compile(
    r"(?<!\w)(?:with|together with|along with|con|insieme a|avec|mit|с|вместе с|з|разом з|z|"
    r"razem z|com|junto (?:a|com)|met|samen met|ile)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
OFFICIAL = ("returned", "granted", "refused", "visa_granted", "detained", "applied")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str


@dataclass
class SentenceInfo:
    sentence: Sentence
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    cues: dict[str, list[Cue]] = field(default_factory=dict)
    statuses: dict[str, list[Cue]] = field(default_factory=dict)
    # Statuses said in quotes ("we all got refugee status", says Kiril): the person's own
    # account, read only when the reporting states no status at all.
    spoken: dict[str, list[Cue]] = field(default_factory=dict)
    roles: dict[str, list[Cue]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The sentence with line breaks as spaces, for matching (offsets unchanged)."""
        return self.sentence.text.replace("\n", " ")

    def has(self, *names: str) -> bool:
        return any(self.cues.get(n) or self.statuses.get(n) for n in names)

    @property
    def topic(self) -> bool:
        return self.has("desert", "draft", "defect")

    @property
    def statistic(self) -> bool:
        """A sentence about many people: figures, not a case."""
        big = any(c.value > MAX_GROUP and not c.together for c in self.counts)
        return bool(self.cues.get("aggregate")) or big


class StatusRules:
    """Status cues in GUIDELINES order; those that need an asylum context get one."""

    def __init__(self, cl: Compiled) -> None:
        lex = cl.lex
        flags = re.IGNORECASE

        spaced = lex.lang not in NO_SPACES
        edge = r"(?<!\w)" if spaced else ""  # no word boundaries without spaces

        def c(pattern: str) -> re.Pattern | None:
            return re.compile(rf"{edge}(?:{pattern})", flags) if pattern else None

        def near(a: str, b: str, words: int) -> str:
            return rules_near(a, b, words, spaced)

        self.patterns: list[tuple[str, re.Pattern | None]] = [
            ("returned", cl.returned),
            ("deceased", cl.died),
            ("granted", c(near(lex.grant, lex.asylum, 5)) if lex.grant else None),
            ("refused", c(self._refusal(lex, near)) if lex.refuse else None),
            ("visa_granted", c(near(lex.grant, lex.visa, 5)) if lex.grant else None),
            ("detained", cl.detain),
            ("applied", c(near(lex.apply, lex.asylum, 7)) if lex.apply else None),
            ("fled", cl.fled),
        ]
        # A match of near(a, b) holds a match of a and one of b.
        denies = bool(_NEGATIONS.get(lex.lang))
        asylum = cl.clauses("asylum")
        near_clauses = {
            "granted": all_of(cl.clauses("grant"), asylum),
            "refused": any_of(
                [
                    all_of(
                        cl.clauses("refuse"),
                        any_of([cl.clauses(n) for n in ("asylum", "appeal") if getattr(lex, n)]),
                    ),
                    # A denied grant holds a grant word, or one of the denials, and asylum.
                    *([all_of(cl.clauses("grant"), asylum)] if denies and lex.grant else []),
                    *([all_of(fragment(_DENIED[lex.lang], flags), asylum)] if lex.lang in _DENIED else []),
                ]
            ),
            "visa_granted": all_of(cl.clauses("grant"), cl.clauses("visa")),
            "applied": all_of(cl.clauses("apply"), asylum),
        }
        field_of = {"returned": "returned", "deceased": "died", "detained": "detain", "fled": "fled"}
        self.screens: dict[str, Screen] = {
            status: Screen(near_clauses[status]) if status in near_clauses else cl.screen(field_of[status])
            for status, pattern in self.patterns
            if pattern is not None
        }
        self.hypo = cl.hypo
        self.visa = re.compile(lex.visa, flags) if lex.visa else None
        # The application's own verbs: a word of the conditions that is one of them asks.
        self.asking = re.compile(rf"(?:{lex.apply})\w*", flags) if lex.apply else None

    @staticmethod
    def _refusal(lex, near) -> str:
        """Refused, or a grant denied: "was not granted asylum", "krijgt geen asiel", "не
        получил убежища" (GUIDELINES: refused)."""
        pattern = near(lex.refuse, "|".join(p for p in (lex.asylum, lex.appeal) if p), 6)
        negation = _NEGATIONS.get(lex.lang)
        if negation and lex.grant and lex.asylum:
            # "not granted", and in a main clause "bekommt kein Asyl", "krijgt geen asiel".
            denied = rf"(?:{negation})\s+(?:\w+\s+){{0,2}}?(?:{lex.grant})|(?:{lex.grant})\s+(?:{negation})\b"
            if lex.lang in _DENIED:
                denied += "|" + _DENIED[lex.lang]
            pattern += "|" + near(denied, lex.asylum, 5)
        return pattern


# Negation words before a verb, in the languages that put them there ("not granted",
# "не получил"); those that negate with a suffix are left out.
_NEGATIONS = {
    "en": r"not|never|n['’]t",
    "de": r"nicht|kein\w*|nie",
    "fr": r"pas|jamais|n['’]a pas|ne (?:lui )?a pas",
    "it": r"non|mai",
    "es": r"no|nunca",
    "pt": r"não|nunca",
    "nl": r"niet|geen|nooit",
    "sv": r"inte|ej|aldrig",
    "pl": r"nie",
    "ru": r"не|ни",
    "uk": r"не|ні",
    "be": r"не|ні",
    "sr": r"ne|nije|није|не",
    "ro": r"nu|nu i-?a",
}


# Main clauses that put the negation after a verb the grant words leave out on purpose.
_DENIED = {
    "de": r"(?:bekommt|bekam|erhält|erhielt) kein\w*",
    "nl": r"(?:krijgt|krijgen|kreeg|kregen) geen",
    "sv": r"(?:får|fick) (?:inte|ej|aldrig)",
}


@lru_cache(maxsize=64)
def status_rules(lang: str) -> StatusRules:
    return StatusRules(compiled(lang))


# Languages that negate or mark a wish with a suffix after the verb ("edilmemesi").
# German puts the condition after the participle too: "abgeschoben zu werden".
_SUFFIXING = {"tr", "az", "kk", "ky", "uz", "ja", "ko", "hu", "fi", "et", "mn", "de"}


def _hypothetical(
    text: str, start: int, end: int, hypo: re.Pattern | None, lang: str = "", asking: re.Pattern | None = None
) -> bool:
    """A negation or a condition in the status's own clause. `asking`: for an application,
    the words that ask ("pidió", "talebinde", "求め") are the application itself, not a
    wish that keeps a grant from being one."""
    if hypo is None:
        return False

    def found(part: str) -> bool:
        return any(asking is None or not asking.fullmatch(m.group(0)) for m in hypo.finditer(part))

    before = re.split(r"[.!?]", text[max(0, start - 45) : start])[-1]
    clause = clause_breaks(lang).split(before)[-1]
    if found(clause):
        return True
    if lang not in _SUFFIXING:
        return False
    # "елден шығарылуға әкелуі мүмкін" (may lead to expulsion): the condition follows.
    after = clause_breaks(lang).split(text[start : end + 24])[0]
    return found(after)


# "the body was handed over", "handed over to the refugee service", "has returned some
# deserters in the past": a return that is not this person's.
_BODY = re.compile(
    r"(?<!\w)(?:body|bodies|remains|corpse|leiche\w*|leichnam|lichaam|corps|dépouille|cadavere|salma|"
    r"cuerpo|cadáver|corpo|restos|zwłok\w*|ciał\w*|тел[оа]|тіл[оа]|останк\w*|ceset\w*|naaš|tělo|"
    r"جثة|جثمان|גופ\w*|جسد|ცხედ\w*|դի\w*|遺体)(?!\w)",
    re.IGNORECASE,
)


_NEGATION_INSIDE = re.compile(
    r"(?<!\w)(?:not|never|nicht|kein\w*|nie|pas|jamais|nunca|não|не|ні|нет|няма|ani|niet|geen|inte|aldrig)(?!\w)",
    re.IGNORECASE,
)


def _asked(text: str, end: int) -> bool:
    """The clause of a cue ends in a question mark: "Да ли је тражио азил?"."""
    rest = re.split(r"[.!;։。]", text[end:])[0]
    return "?" in rest or "؟" in rest or "？" in rest


def _not_this_return(info: SentenceInfo, cl: Compiled, start: int, end: int, hypo: re.Pattern | None) -> bool:
    text = info.text
    if _BODY.search(text[max(0, start - 60) : end + 30]):
        return True
    # "those without papers risk arrest and deportation": a return is the latest state of
    # all, so a risk, fear or demand anywhere before it in the sentence keeps it from one.
    if hypo is not None and hypo.search(re.split(r"[.!?]", text[max(0, start - 80) : start])[-1]):
        return True
    after = text[end : end + 45]
    if cl.asylum is not None and cl.asylum.search(after):
        return True  # handed over to the refugee office: protection, not return
    # "returned some deserters": others, unless the sentence counts this group.
    return any(
        0 <= c.start - end <= 30 and _SOME.search(text[max(end, c.start - 14) : c.start])
        for c in info.cues.get("people", [])
    )


_NAMED_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][\w-]*(?:['’]s|['’])\s+$")
# Languages whose genitive is a bare -s before the noun ("Aminis död", "Nawalnys Tod").
_BARE_GENITIVE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]*s\s+$")
_GENITIVE_S = {"sv", "no", "da", "de", "nl"}
_NAMED_AFTER = re.compile(
    r"^\s+(?:of|de|di|du|del|da|do|von|des|der|van|av|z|ze)\s+[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ]", re.UNICODE
)


def _someone_elses(text: str, start: int, end: int, lang: str) -> bool:
    """A death word with a name's possessive before it or "of <Name>" after it."""
    before = text[max(0, start - 30) : start]
    if _NAMED_BEFORE.search(before) or _NAMED_AFTER.match(text[end : end + 20]):
        return True
    return lang in _GENITIVE_S and bool(_BARE_GENITIVE.search(before))


# Relatives and partners, in the languages with rules: their detention, their town or their
# country is not the person's (see also fields._KIN).
RELATIVE_WORDS = (
    r"father|mother|brother|sister|wife|husband|parents|relatives|family|families|cousin|uncle|aunt|"
    r"daughter|girlfriend|fianc[ée]e|"
    r"vater|mutter|bruder|schwester|eltern|angehörig\w*|familie\w*|verwandt\w*|onkel|tante|ehefrau|"
    r"père|mère|frère|sœur|proches|famille\w*|oncle|épouse|"
    r"padre|madre|fratello|sorella|moglie|genitori|parenti|famigli\w*|cugin[oa]|zi[oa]|"
    r"hermano|hermana|esposa|padres|familiares|t[ií][oa]|"
    r"pai|mãe|irmão|irmã|pais|parentes|família\w*|"
    r"ojc\w*|ojciec|matk\w*|brat\w*|siostr\w*|żon\w*|rodzic\w*|krewn\w*|rodzin\w*|kuzyn\w*|wuj\w*|ciotk\w*|"
    r"отц\w*|отец|мать|матер\w*|брат\w*|сестр\w*|жен[аыуе]|родител\w*|родственник\w*|семь\w*|"
    r"дяд\w*|т[её]т[яие]\w*|двоюродн\w*|"
    r"батьк\w*|мат[иір]\w*|дружин\w*|родич\w*|сім['’]\w*|дядьк\w*|тітк\w*|"
    r"babası|annesi|kardeş\w*|ailesi\w*|akraba\w*|eşi\w*|amca\w*|dayı\w*|teyze\w*|kuzen\w*|"
    r"vader|moeder|broer|zus|ouders|oom|neef|echtgenote|"
    r"otac|oca|majk\w*|roditelj\w*|rodbin\w*|porodic\w*|ujak\w*|tetk\w*|supru\w*|"
    r"отац|оца|мајк\w*|родитељ\w*|породиц\w*|ујак\w*|тетк\w*|супруг\w*|"
    r"otec|bratr\w*|manželk\w*|rodiče|příbuz\w*|rodin\w*|"
    r"tatăl|mama|fratele|părinți|rude\w*|familia|"
    r"אשתו|אחיו|אחותו|אמו|אביו|הוריו|משפחתו|דודו|"
    r"زوجته|شقيق\w*|أخيه|أخته|والدت\w*|والده|عائلت\w*|أسرت\w*|"
    r"همسرش|برادرش|خواهرش|مادرش|پدرش|خانواده"
)
RELATIVES = re.compile(rf"(?<!\w)(?:{RELATIVE_WORDS})(?!\w)", re.IGNORECASE)


def _family(text: str, start: int, end: int, lang: str) -> bool:
    """A relative in the status's own clause: "his father spent weeks in custody"."""
    breaks = clause_breaks(lang)
    before = breaks.split(re.split(r"[.!?]", text[max(0, start - 60) : start])[-1])[-1]
    after = breaks.split(text[end : end + 30])[0]
    return bool(RELATIVES.search(before) or RELATIVES.search(after))


_SOME = re.compile(
    r"(?<!\w)(?:some|several|other|many|algun\w*|vari\w*|otr\w*|einig\w*|mehrer\w*|ander\w*|quelques|"
    r"plusieurs|autres|alcun\w*|altri|molt\w*|некотор\w*|други\w*|деяк\w*|інш\w*|kilk\w*|inn\w*|"
    r"alguns|outros|bazı|diğer|enkele|meerdere|andere)\s+$",
    re.IGNORECASE,
)


_QUOTE = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"")


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


_QUOTE_MARK = re.compile(r'[«»“”„"]')


def _closes_quote(text: str) -> bool:
    """The sentence ends a quotation opened in an earlier one: 'All died," he says.'"""
    first = _QUOTE_MARK.search(text)
    if first is None:
        return False
    mark = first.group(0)
    if mark == '"':
        return first.start() > 0 and not text[first.start() - 1].isspace()
    return mark in "»”" and not (mark == "”" and "„" not in text and lang_neutral_open(text, first.start()))


def lang_neutral_open(text: str, position: int) -> bool:
    """'”' opens quotations in some typographies; it closes one only after a word."""
    return position == 0 or text[position - 1].isspace()


def anchor_of(dates: list[DateMention]) -> tuple[int, int] | None:
    """(year, month) of the last explicitly dated mention, for the next sentences."""
    for mention in reversed(dates):
        if mention.explicit and len(mention.edtf) >= 7 and "/" not in mention.edtf:
            year, part = int(mention.edtf[:4]), int(mention.edtf[5:7])
            # Seasons 21..24 stand for their first month.
            month = {21: 3, 22: 6, 23: 9, 24: 12}.get(part, part)
            return year, month
    return None


def analyse(
    sentence: Sentence,
    lang: str,
    published: date | None,
    anchor: tuple[int, int] | None = None,
    previous: str | None = None,
) -> SentenceInfo:
    cl = compiled(lang)
    # A wrapped line break is a space to the cues ("nach\nKasachstan"); same length, so
    # every offset still indexes the original text.
    text = sentence.text.replace("\n", " ")
    info = SentenceInfo(sentence)
    if sentence.furniture:
        return info  # menus and link lists never feed a case: skip the work
    info.places = find_places(text, lang)
    # A dateline ("Hamburg, May 3 —") repeats the publication date: not an event.
    info.dates = [
        d
        for d in find_dates(text, lang, published, anchor, previous)
        if not (sentence.index <= 3 and d.start < 40 and re.match(r"\s*[—–]", text[d.end :]))
    ]
    info.names = find_names(text, lang)
    # A pseudonym is a person even where it looks like a place ("Paris", "Lorraine").
    called = [(n.start, n.end) for n in info.names if n.pseudonym]
    if called:
        info.places = [p for p in info.places if not any(s <= p.start < e + 4 for s, e in called)]
    quotes = _quoted(text)
    # Numbers in speech ("of ninety men, twenty are left") are not the case's group.
    info.counts = [
        c
        for c in find_counts(text, cl)
        if text.lstrip()[:1] not in '«“„"' and not any(s <= c.start < e for s, e in quotes)
    ]
    # Most cue regexes cannot match a given sentence: a screen says so for less.
    sentence_folded = folded(text)
    for name in CUES:
        pattern = getattr(cl, name, None)
        if pattern is not None and cl.screen(name).may_match(sentence_folded):
            hits = [Cue(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
            if hits:
                info.cues[name] = hits
    rules = status_rules(lang)
    quotes = _quoted(text)
    # Speech is the person's view, not a reported state; an unclosed quote opening the
    # sentence marks a quoted sentence too.
    in_speech = (text.lstrip()[:1] in '«“„"' and not quotes) or _closes_quote(text)
    for status, pattern in rules.patterns:
        if pattern is None or not rules.screens[status].may_match(sentence_folded):
            continue
        hits = [
            Cue(m.start(), m.end(), m.group(0))
            for m in pattern.finditer(text)
            if not _hypothetical(
                text, m.start(), m.end(), rules.hypo, lang, rules.asking if status == "applied" else None
            )
            and not (
                status in ("granted", "visa_granted")
                and cl.refuse is not None
                and cl.refuse.search(text[max(0, m.start() - 30) : m.end()])
            )
            # "an application for the granting of refugee status", "난민 인정 신청" (an
            # application for recognition) are no grant.
            and not (
                status in ("granted", "visa_granted")
                and cl.apply is not None
                # A visa "to seek asylum" is given so that the person can apply (GUIDELINES).
                and cl.apply.search(
                    text[max(0, m.start() - 14) : m.end() + (8 if status == "granted" else 0)]
                )
            )
            and not (status == "returned" and _not_this_return(info, cl, m.start(), m.end(), rules.hypo))
            # "after Mahsa Amini's death", "la mort de Navalny": somebody else's death.
            and not (status == "deceased" and _someone_elses(text, m.start(), m.end(), lang))
            # "denied him entry at the airport": held at the border, no asylum decision.
            and not (
                status == "refused"
                and (
                    _ENTRY.match(text[m.end() : m.end() + 24])
                    or _ENTRY_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
                )
            )
            # "his father spent weeks in custody", "arrests of deserters' relatives": the
            # family at home, not the person who fled.
            and not (status in ("detained", "returned") and _family(text, m.start(), m.end(), lang))
        ]
        # "Did you apply for asylum?": a question reports no state.
        hits = [c for c in hits if not _asked(text, c.end)]
        # "О статусе беженца он пока не просил": a negation inside the cue's own words
        # (a refusal says "not granted" in its own words).
        if status != "refused":
            hits = [c for c in hits if not _NEGATION_INSIDE.search(c.text)]
        spoken = [c for c in hits if in_speech or any(s <= c.start < e for s, e in quotes)]
        if spoken:
            info.spoken[status] = spoken
        hits = [c for c in hits if c not in spoken]
        if status == "granted" and rules.visa is not None:
            # "granted him a humanitarian visa to seek asylum in France": the grant is a visa.
            visas = [c for c in hits if rules.visa.search(c.text)]
            hits = [c for c in hits if c not in visas]
            if visas:
                info.statuses.setdefault("visa_granted", []).extend(visas)
        if hits:
            info.statuses.setdefault(status, []).extend(hits)
    for role, pattern in cl.roles.items():
        if not cl.role_screen(role).may_match(sentence_folded):
            continue
        hits = [Cue(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
        if hits:
            info.roles[role] = hits
    # "Ivan Sorokin served as an officer": a full name opening a sentence about the
    # person's flight, status or service.
    if not info.names and (info.topic or info.roles or info.has("fled", "leave", *OFFICIAL)):
        starts = [c.start for cues in info.roles.values() for c in cues]
        starts += [
            c.start for k in ("desert", "draft", "defect", "fled", "leave") for c in info.cues.get(k, [])
        ]
        starts += [c.start for k in OFFICIAL for c in info.statuses.get(k, [])]
        lead = leading_name(text, lang, starts)
        months = [p for p, _ in month_patterns(lang)]
        if lead is not None and not any(p.fullmatch(w) for w in lead.text.split() for p in months):
            info.names = [lead]
    # "men aged 18 to 60", "18〜35歳の男性": an age bracket is a population, not a person.
    # "Denis and Maksim, 27 and 24" are two people: a bracket rises by some years.
    bracket = next((m for m in _AGE_BRACKET.finditer(text) if int(m.group(2)) - int(m.group(1)) >= 5), None)
    if bracket is not None:
        info.cues.setdefault("aggregate", []).append(Cue(bracket.start(), bracket.end(), bracket.group(0)))
    # "handed over 37 soldiers yesterday": a large number on one day, with no word of a
    # statistic ("more than", "since"), is one group that acted together (GUIDELINES).
    if not info.cues.get("aggregate") and any(len(d.edtf) == 10 and "/" not in d.edtf for d in info.dates):
        info.counts = [
            replace(c, together=True) if MAX_GROUP < c.value <= MAX_TOGETHER else c for c in info.counts
        ]
    # "with 43 other people on board": companions on the journey, not a statistic.
    if info.counts or info.cues.get("aggregate"):
        info.counts = [c for c in info.counts if not _COMPANIONS.search(text[max(0, c.start - 24) : c.start])]
        together = [(c.start, c.end) for c in info.counts if c.together]
        kept = [
            c
            for c in info.cues.get("aggregate", [])
            if not _COMPANIONS.search(text[max(0, c.start - 24) : c.start])
            # "37 soldiers crossed together": the number is the group's, not a statistic.
            and not any(s < c.end and c.start < e for s, e in together)
        ]
        if kept:
            info.cues["aggregate"] = kept
        else:
            info.cues.pop("aggregate", None)
    return info
