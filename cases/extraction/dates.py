"""Dates in the text, resolved to EDTF strings.

Explicit dates ("30 September 2022", "в мае 2023 года", "26/04/2023"), months and seasons
without a year resolved against the publication date ("in June" in an article of
2022-11-18 is 2022-06; "last summer" in February 2024 is 2023-22), weekdays ("on Tuesday"
is the last Tuesday on or before publication), relative years and months, and year
pairs as intervals ("in 2022 and 2023" is 2022/2023).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import babel
from babel.core import UnknownLocaleError

from cases.extraction.places import INFLECTING, PREFIXING
from cases.extraction.rules import NO_SPACES, Compiled, compiled
from cases.extraction.screen import Screen, any_of, folded, fragment

# Final vowels that case endings replace ("მარტი" -> "მარტში").
_VOWELS = set("aeiouyąęаеёиоуыэюяіїєәөұүაეიოუաեէըիոօ")

_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_YEAR_RE = re.compile(rf"(?<![\d.,/-]){_YEAR}(?![\d]|[.,]\d)")
_NUMERIC = re.compile(
    r"(?<![\d.])(?:(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>" + _YEAR + r")"
    r"|(?P<y2>" + _YEAR + r")-(?P<m2>\d{2})-(?P<d2>\d{2}))(?![\d])"
)
_INTERVAL = re.compile(
    rf"(?<!\d)({_YEAR})\s*(?:/|–|-|and|und|et|e|y|i|и|і|та|en|ve|ile|oraz|a)\s*"
    rf"(?:(?:in|nel|en|em|в|у|w|im|del|de)\s+)?({_YEAR})(?!\d)",
    re.IGNORECASE,
)
# Season words are checked first for "<season> of 2023", "весной 2023 года".
_YEAR_AFTER = re.compile(
    rf"^\W{{0,3}}(?:of |de |del |des |van |dell'|d'|w |в |у |im |in |do |da )?(?:l'|the )?({_YEAR})"
)
_DAY_BEFORE = re.compile(r"(?<![\d])(\d{1,2})(?:\.|-?(?:го|е|th|st|nd|rd|er|o|º))?\s*(?:de\s+)?$")
_DAY_AFTER = re.compile(r"^\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)")


# Languages that write the year before the month: "2023年5月", "2023 m. gegužės".
_YEAR_FIRST = {"ja", "zh", "ko", "hu", "lt", "lv", "kk", "ky", "uz", "mn", "tr"}
_YEAR_BEFORE = re.compile(rf"({_YEAR})\s*(?:年|m\.|г\.|р\.|ж\.|жылғы|жылы|жылдың|yılı|yılının|évi?|\.)?\s*$")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    edtf: str
    explicit: bool = False  # the text states the year: an anchor for later months


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _ordered(forms: set[str]) -> list[str]:
    """Longest first, then alphabetical: the same regex in every process (set order is
    salted per process)."""
    return sorted(forms, key=lambda f: (-len(f), f))


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def month_patterns(lang: str) -> list[tuple[re.Pattern, int]]:
    """(regex, month number) for every month of a language."""
    return _month_patterns(lang)


@lru_cache(maxsize=64)
def _month_patterns(lang: str) -> list[tuple[re.Pattern, int]]:
    lex = compiled(lang).lex
    months = list(lex.months)
    flags = 0 if lex.case_sensitive_months else re.IGNORECASE
    if not months:
        try:
            locale = babel.Locale.parse(lang)
        except (UnknownLocaleError, ValueError):
            locale = babel.Locale.parse("en")
        months = []
        for number in range(1, 13):
            forms = {
                locale.months[ctx][width][number] for ctx in ("format", "stand-alone") for width in ("wide",)
            }
            # Case endings ("в январе") are allowed after the full forms.
            if lang in NO_SPACES:
                months.append("|".join(re.escape(f) for f in _ordered(forms) if len(f) >= 2))
                continue
            # The shared beginning of the case forms ("květen"/"května" -> "květ") also
            # takes the endings the CLDR forms do not list ("v květnu").
            stem = _common_prefix([f.lower() for f in forms])
            if len(stem) >= 4 and len(forms) > 1:
                forms.add(stem)
            if lang in INFLECTING:
                # Case endings replace a final vowel: Georgian "მარტი" -> "მარტში".
                forms |= {f[:-1] for f in forms if len(f) >= 5 and f[-1].lower() in _VOWELS}
            months.append("|".join(re.escape(f) + r"\w{0,3}" for f in _ordered(forms) if len(f) >= 3))
        flags = re.IGNORECASE
    if lang in NO_SPACES:
        # "1月" must not match inside "11月".
        return [(re.compile(rf"(?<!\d)(?:{p})", flags), n) for n, p in enumerate(months, 1) if p]
    if lang in PREFIXING:
        # "במאי": the preposition is written onto the month.
        prefix = f"(?<!\\w)[{PREFIXING[lang]}]{{0,2}}"
        return [(re.compile(rf"{prefix}(?:{p})(?!\w)", flags), n) for n, p in enumerate(months, 1) if p]
    return [(re.compile(rf"(?<!\w)(?:{p})(?!\w)", flags), n) for n, p in enumerate(months, 1) if p]


@lru_cache(maxsize=64)
def _weekdays(lang: str) -> list[tuple[re.Pattern, int]]:
    try:
        locale = babel.Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return []
    out = []
    for number, name in locale.days["format"]["wide"].items():
        forms = {name, locale.days["stand-alone"]["wide"][number]}
        pattern = "|".join(
            re.escape(f[:-1]) + r"\w{0,2}" if len(f) > 5 else re.escape(f) for f in _ordered(forms)
        )
        out.append((re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), number))
    return out


def _season_year(season: int, published: date, previous: bool) -> int:
    """The year of the most recent such season at publication (the one before, if asked)."""
    starts = {21: 3, 22: 6, 23: 9, 24: 12}
    year = published.year
    if season == 24 and published.month <= 2:
        year -= 1  # January and February belong to the winter that began in December.
    elif published.month < starts[season]:
        year -= 1
    current = {12: 24, 1: 24, 2: 24}.get(published.month) or (21 + (published.month - 3) // 3)
    if previous and current == season:
        year -= 1  # "last summer" said in summer is the summer before.
    return year


def _window(text: str, start: int, end: int, width: int = 28) -> tuple[str, str]:
    return text[max(0, start - width) : start], text[end : end + width]


def _modifier(cl: Compiled, before: str, after: str) -> tuple[str | None, int]:
    """'last' or 'this' said next to a month or season, and how far it reaches after it."""
    for name in ("last_year", "this_year"):
        pattern = getattr(cl, name)
        if not pattern:
            continue
        m = pattern.search(after[:26])
        if m and not re.search(r"[.;:]", after[: m.start()]):
            return name, m.end()
        if pattern.search(before[-22:]):
            return name, 0
    if cl.last and cl.last.search(before[-14:]):
        return "last", 0
    m = cl.last.match(after.lstrip()[:14]) if cl.last else None
    if m:
        return "last", len(after) - len(after.lstrip()) + m.end()
    return None, 0


def _date_words(lang: str) -> list[str]:
    """The regexes of the words that date a sentence: months, weekdays, seasons and the
    like ("last year")."""
    cl = compiled(lang)
    parts = [p.pattern for p, _ in _month_patterns(lang)]
    parts += [p.pattern for p, _ in _weekdays(lang)]
    parts += [p.pattern for p, _ in cl.seasons]
    for name in (
        "last_year",
        "this_year",
        "last_month",
        "last_week",
        "yesterday",
        "same_day",
        "same_month",
        "ago",
    ):
        pattern = getattr(cl, name)
        if pattern is not None:
            parts.append(pattern.pattern)
    return parts


@lru_cache(maxsize=64)
def _maybe_dated(lang: str) -> re.Pattern:
    """One regex that any sentence with a date matches (a superset, for speed)."""
    flags = re.IGNORECASE
    return re.compile("|".join(f"(?:{p})" for p in [r"\d", *_date_words(lang)]), flags)


@lru_cache(maxsize=64)
def _undated(lang: str) -> Screen:
    """`_maybe_dated` without its digit, screened: a sentence without a digit that this
    screen turns down does not match it (see screen.py)."""
    return Screen(any_of([fragment(p, re.IGNORECASE) for p in _date_words(lang)]))


_DIGIT = re.compile(r"\d")


def find_dates(
    text: str,
    lang: str,
    published: date | None,
    anchor: tuple[int, int] | None = None,
    previous: str | None = None,
) -> list[DateMention]:
    """All dates in `text` (a sentence), each as EDTF.

    `anchor` is the (year, month) of the last explicitly dated event of the paragraph: a
    narrative moves forward, so "In summer 2015 he set off ... In September he arrived"
    is 2015-09, not the September before publication.
    """
    # Most sentences hold no date: one scan instead of thirty, or a screen instead of the
    # scan. A digit matches `_maybe_dated` on its own.
    if not _DIGIT.search(text) and (
        not _undated(lang).may_match(folded(text)) or not _maybe_dated(lang).search(text)
    ):
        return []
    cl = compiled(lang)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, edtf: str, explicit: bool = False) -> None:
        found.append(DateMention(s, e, text[s:e], edtf, explicit))
        taken.append((s, e))

    for m in _NUMERIC.finditer(text):
        y, mo, d = (
            (m.group("y"), m.group("m"), m.group("d"))
            if m.group("y")
            else (m.group("y2"), m.group("m2"), m.group("d2"))
        )
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            add(m.start(), m.end(), _fmt(int(y), int(mo), int(d)), True)
    # Before seasons and months: "dwa lata temu" is two years ago, not a summer.
    if published is not None and cl.ago is not None:
        for m in cl.ago.finditer(text):
            if not free(m.start(), m.end()):
                continue
            amount = _amount(m.group("n"), cl)
            if amount is None:
                continue
            if m.group("year"):
                add(m.start(), m.end(), str(published.year - amount))
            else:
                month = published.year * 12 + published.month - 1 - amount
                add(m.start(), m.end(), _fmt(month // 12, month % 12 + 1))
    for pattern, month in _month_patterns(lang):
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            s, e = m.start(), m.end()
            day = None
            before = _DAY_BEFORE.search(text[max(0, s - 8) : s])
            if before:
                day = int(before.group(1))
                s -= len(before.group(0))
            else:
                after = _DAY_AFTER.match(text[e : e + 6])
                if after:
                    day = int(after.group(1))
                    e += len(after.group(0))
            year_before = _YEAR_BEFORE.search(text[max(0, s - 14) : s]) if lang in _YEAR_FIRST else None
            year_match = year_before or re.match(
                rf"^,?\s*(?:de |del |of |r\.\s*)?({_YEAR})(?!\d)", text[e : e + 12]
            )
            explicit = bool(year_match)
            if year_before:
                year = int(year_before.group(1))
                s -= len(year_before.group(0))
            elif year_match:
                year = int(year_match.group(1))
                e += len(year_match.group(0))
            else:
                if published is None and anchor is None:
                    continue
                left, right = _window(text, s, e)
                modifier, reach = _modifier(cl, left, right)
                e += reach
                if published is not None:
                    year = published.year if month <= published.month else published.year - 1
                if modifier == "last_year" and published is not None:
                    year = published.year - 1
                    explicit = True
                elif modifier == "this_year" and published is not None:
                    year = published.year
                    explicit = True
                elif anchor is not None:
                    narrative = anchor[0] if month >= anchor[1] else anchor[0] + 1
                    if published is None or (narrative, month) <= (
                        published.year,
                        published.month,
                    ):
                        year = narrative
            if day is not None and not 1 <= day <= 31:
                day = None
            add(s, e, _fmt(year, month, day), explicit)
    for pattern, season in cl.seasons:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            s, e = m.start(), m.end()
            year_match = _YEAR_AFTER.match(text[e : e + 14])
            if year_match:
                add(s, e + year_match.end(), f"{year_match.group(1)}-{season}", True)
                continue
            if published is None:
                continue
            left, right = _window(text, s, e)
            modifier, reach = _modifier(cl, left, right)
            e += reach
            if modifier == "this_year":
                year = published.year
            else:
                year = _season_year(season, published, previous=modifier in ("last", "last_year"))
            add(s, e, f"{year}-{season}")
    for m in _INTERVAL.finditer(text):
        if free(m.start(), m.end()) and int(m.group(1)) < int(m.group(2)):
            add(m.start(), m.end(), f"{m.group(1)}/{m.group(2)}")
    for m in _YEAR_RE.finditer(text):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), m.group(0))
    # "The same day", "в том же месяце": the date mentioned just before, in this
    # sentence or the previous one of the paragraph.
    for name, width in (("same_day", 10), ("same_month", 7)):
        pattern = getattr(cl, name)
        for m in pattern.finditer(text) if pattern else ():
            if not free(m.start(), m.end()):
                continue
            before = [d for d in found if d.end <= m.start() and "/" not in d.edtf]
            reference = before[-1].edtf if before else previous
            if reference and len(reference) >= width and reference[5:7] < "13":
                add(m.start(), m.end(), reference[:width])
    if published is not None:
        for name, delta in (("last_month", None), ("yesterday", 1), ("last_week", 7)):
            pattern = getattr(cl, name)
            for m in pattern.finditer(text) if pattern else ():
                if not free(m.start(), m.end()):
                    continue
                if delta is None:
                    first = published.replace(day=1) - timedelta(days=1)
                    add(m.start(), m.end(), _fmt(first.year, first.month))
                elif name == "last_week":
                    day = published - timedelta(days=delta)
                    add(m.start(), m.end(), _fmt(day.year, day.month))
                else:
                    day = published - timedelta(days=delta)
                    add(m.start(), m.end(), _fmt(day.year, day.month, day.day))
        for pattern, weekday in _weekdays(lang):
            for m in pattern.finditer(text):
                if free(m.start(), m.end()):
                    day = published - timedelta(days=(published.weekday() - weekday) % 7)
                    add(m.start(), m.end(), _fmt(day.year, day.month, day.day))
        for name in ("last_year", "this_year"):
            pattern = getattr(cl, name)
            for m in pattern.finditer(text) if pattern else ():
                if free(m.start(), m.end()):
                    year = published.year - (1 if name == "last_year" else 0)
                    add(m.start(), m.end(), str(year))
    found.sort(key=lambda d: d.start)
    return found


_ONE = {"a", "an", "one", "einem", "einer", "un", "um", "een", "bir", "полтора"}


def _amount(word: str, cl: Compiled) -> int | None:
    """The number in "two years ago": digits, 'a'/'one', or the lexicon's number words."""
    if word.isdigit():
        return int(word)
    lowered = word.lower()
    if lowered in _ONE:
        return 1
    numbers = {k.lower(): v for k, v in cl.lex.numbers.items()}
    extra = {"два": 2, "две": 2, "дві": 2, "три": 3, "dos": 2, "dois": 2, "due": 2, "deux": 2}
    return numbers.get(lowered) or extra.get(lowered)


def sort_key(edtf: str) -> str:
    """A key that orders EDTF strings roughly in time (seasons after their year's months)."""
    return edtf.split("/")[0].rstrip("~?")


def parse_published(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
