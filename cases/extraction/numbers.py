"""Group sizes: "six soldiers", "двое дезертиров", "pięciu obywateli", "3 men"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cases.extraction.rules import Compiled, compiled

# Casualties are counted beside words of loss, death or wounds: not the people who fled.
_CASUALTIES = re.compile(
    r"(?<!\w)(?:lost|losing|killed|wounded|injured|dead|died|perd\w*|mort[aeiosx]?\b|muert\w*|morti\b|ferit[ei]|"
    r"herid\w*|feri(?:do|dos|das)\b|bless[ée]s?\b|getötet\w*|verletzt\w*|verwundet\w*|verloren|gefallen\w*|"
    r"погиб\w*|убит\w*|ранен\w*|потерял\w*|загинул\w*|загибл\w*|поранен\w*|zabit\w*|rann[iy]\w*|zgin\w*|"
    r"öldü\w*|yaralan\w*|kaybet\w*|gesneuveld|gedood|gewond\w*|omkom\w*|dödade|skadade|zraněn\w*|"
    r"poginu\w*|ranjen\w*|убијен\w*|рањен\w*|uciși|răniți|decedat\w*|נהרג\w*|נפצע\w*|قتل\w*|جرح\w*|"
    r"کشته|زخمی|死亡|負傷|사망|부상)(?!\w)",
    re.IGNORECASE,
)
# A number followed by a unit of time counts days or months, not people.
_TIME_UNIT = re.compile(
    r"\s*(?:months?|days?|weeks?|hours?|monat\w*|tag\w*|woche\w*|jahr\w*|stunden?|mois|jours?|semaines?|"
    r"heures?|mes(?:es)?\b|d[ií]as?|semanas?|horas?|mesi|giorni|settiman\w*|ore\b|miesi\w*|dni\b|tygodni\w*|"
    r"godzin\w*|maand\w*|dagen|weken|uur\b|månad\w*|dagar|veckor|timmar|месяц\w*|дн[яей]\w*|недел\w*|час\w*|"
    r"місяц\w*|днів|тижн\w*|годин\w*|ай\w*|күн\w*|апта\w*|сағат\w*|ay\b|aydır|ayda|gün\w*|hafta\w*|saat\w*|"
    r"měsíc\w*|dn[ůí]\b|týdn\w*|hodin\w*|mesec\w*|месец\w*|dana\b|дана\b|nedelj\w*|недељ\w*|luni|zile|săptămân\w*|"
    r"mėnes\w*|dien\w*|savait\w*|ամիս\w*|օր\b|շաբաթ\w*|თვ\w*|დღ\w*|კვირ\w*|חודש\w*|ימים|שבוע\w*|"
    r"شهر\w*|أشهر|يوم\w*|أيام|أسبوع\w*|ماه|روز|هفته|か月|ヶ月|日間|週間|개월|일간|주일)",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\s*-?\s*(?:years?[- ]old|yr|летн|лет\b|річн|років|letni|lat\b|jährig|jahre|jarig|jaar|"
    r"jastağı|жастағы|жаста|yaşında|anni|ans\b|años|anos|de ani|let\b|gadoŭ|гадов|гадоў|metų|"
    r"წლის|ամյա|տարեկան|let[ýá]|歳|عام\w*|سنة)",
    re.IGNORECASE,
)
# A year: four digits from 1900 to 2099, followed by the word for year or after a month.
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_AFTER = re.compile(
    r"\s*(?:-?(?:го|му|м)\b|года?\b|году\b|годом\b|рок[уіа]?\b|р\.|г\.|roku\b|rok\b|roce\b|jahr\w*|year\b|"
    r"yılı\w*|yıl\w*|m\.|metų|metais|წელ\w*|թվական\w*|թ\.|年|년)",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(
    r"(?:январ|феврал|март|апрел|ма[йя]|мае|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|берез|квітн|"
    r"травн|червн|липн|серпн|вересн|жовтн|листопад|грудн|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|"
    r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    r"ottobre|dicembre|stycz|lut|marc|kwiet|maj|czerw|lip|sierp|wrze[sś]|październik|listopad|grud)\w*\s+$|"
    r"(?:in|im|en|nel|w|во?|у|since|seit|depuis|desde|dal|od|с|з)\s+$",
    re.IGNORECASE,
)

# Languages whose nouns stay singular after a numeral.
SINGULAR_AFTER_NUMERALS = {"tr", "az", "kk", "ky", "uz", "hu", "ka", "hy", "fi", "et", "ja"}
# Above this a number of people is a statistic, not a group that fled together, unless the
# sentence says they acted together ("37 soldiers crossed the border together"), up to
# MAX_TOGETHER (GUIDELINES: a group that acted together is one case, however large).
MAX_GROUP = 19
MAX_TOGETHER = 1000
_TOGETHER = re.compile(
    r"(?<!\w)(?:together|as a group|in a group|jointly|en groupe|ensemble|juntos|en grupo|insieme|"
    r"in gruppo|zusammen|gemeinsam|als gruppe|razem|wspólnie|grupą|вместе|группой|разом|групою|"
    r"birlikte|toplu halde|samen|als groep|tillsammans|společně|împreună|заједно|zajedno|заедно|"
    r"معًا|معا|جميعًا|با هم|ביחד|יחד|ერთად|միասին|бірге)(?!\w)|一緒に|함께",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CountMention:
    start: int
    end: int
    text: str
    value: int
    together: bool = False  # a large group the sentence says acted together

    @property
    def group(self) -> bool:
        """A group that fled together (not a statistic)."""
        return 1 < self.value <= MAX_GROUP or (self.together and self.value <= MAX_TOGETHER)


@lru_cache(maxsize=64)
def _count_pattern(lang: str) -> re.Pattern | None:
    cl = compiled(lang)
    if cl.people is None:
        return None
    number = r"\d{1,6}(?:[.,\s]\d{3})*"
    if cl.number_words is not None:
        number += "|" + cl.number_words.pattern.replace("(?<!\\w)(", "(?:", 1)
    nouns = cl.people.pattern
    if lang in SINGULAR_AFTER_NUMERALS and cl.person is not None:
        nouns += "|" + cl.person.pattern  # "iki asker": two soldier
    return re.compile(
        rf"(?<![\w.,-])({number})(?:\s+[\w'’-]+){{0,3}}?\s+(?:{nouns})",
        re.IGNORECASE,
    )


def find_counts(text: str, cl: Compiled) -> list[CountMention]:
    """Numbers of people: a number followed within three words by a plural person noun."""
    pattern = _count_pattern(cl.lex.lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        raw = m.group(1)
        if _AGE.match(text[m.end(1) : m.end(1) + 14]):
            continue  # "25 жастағы сарбаз", "a 30-year-old man": an age, not a group
        if _TIME_UNIT.match(text[m.end(1) : m.end(1) + 16]):
            continue  # "in 11 months, 180 Russian citizens": a span of time, not a group
        if _YEAR.fullmatch(raw) and (
            _YEAR_AFTER.match(text[m.end(1) : m.end(1) + 12]) or _MONTH_BEFORE.search(text[: m.start(1)])
        ):
            continue  # "в ноябре 2023 года я дезертировал": a year, not 2023 deserters
        if _CASUALTIES.search(text[max(0, m.start() - 24) : m.start()]) or _CASUALTIES.search(
            text[m.end() : m.end() + 30]
        ):
            continue  # "the company lost eleven men", "two people were wounded": casualties
        digits = re.sub(r"\D", "", raw)
        if digits:
            value = int(digits)
        else:
            value = next((v for w, v in cl.lex.numbers.items() if w.lower() == raw.lower()), 0)
        if value:
            together = value > MAX_GROUP and bool(_TOGETHER.search(text))
            out.append(CountMention(m.start(), m.end(), m.group(0), value, together))
    return out
