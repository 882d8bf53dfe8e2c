"""The subset of EDTF (ISO 8601-2) that case dates use, with computed day bounds.

Supported: `2023`, `2023-08`, `2023-08-17`, seasons `2023-21`..`2023-24` (spring, summer,
autumn, winter), qualifiers `?` (uncertain), `~` (approximate) and `%` (both), and
intervals `2022/2023` with open (`..`) or unknown (empty) ends. Seasons follow the
northern hemisphere; winter runs from December into the next year's February.

`read` takes a date as people type it ("summer 2023", "15 March 2023", "März 2023",
"весной 2023", "15.03.2023"), in any language the extractor reads, with the extractor's
own date rules, and gives its EDTF value; EDTF itself is read as it is. Every way a date
enters the tracker (the review and case forms, the case list's filters, the API's
approvals and filters) goes through it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from cases.extraction.dates import find_dates
from cases.extraction.rules import languages_from

_SEASONS = {21: ("spring", 3, 5), 22: ("summer", 6, 8), 23: ("autumn", 9, 11), 24: ("winter", 12, 14)}
_SINGLE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?(?P<q>[?~%])?$")
_MONTHS = [calendar.month_name[m] for m in range(13)]


class EDTFError(ValueError):
    pass


# The years a case date may have: modern conscription and its flights, with room on both
# sides; outside it a date is a typing error (0000, 9999-24), not a case.
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class Bounds:
    earliest: date | None
    latest: date | None


def _month_end(year: int, month: int) -> date:
    if month > 12:
        year, month = year + 1, month - 12
    return date(year, month, calendar.monthrange(year, month)[1])


def _single(value: str) -> Bounds:
    m = _SINGLE.match(value)
    if not m:
        raise EDTFError(f"{value!r} is not an EDTF date such as 2023, 2023-08, 2023-22 or 2022/2023")
    year = int(m["year"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise EDTFError(f"{value!r}: the year must be between {MIN_YEAR} and {MAX_YEAR}")
    if m["month"] is None:
        return Bounds(date(year, 1, 1), date(year, 12, 31))
    month = int(m["month"])
    if month in _SEASONS:
        if m["day"]:
            raise EDTFError(f"{value!r}: a season has no day")
        _, first, last = _SEASONS[month]
        return Bounds(date(year, first, 1), _month_end(year, last))
    if not 1 <= month <= 12:
        raise EDTFError(f"{value!r}: month must be 01-12 or a season 21-24")
    if m["day"] is None:
        return Bounds(date(year, month, 1), _month_end(year, month))
    try:
        day = date(year, month, int(m["day"]))
    except ValueError:
        raise EDTFError(f"{value!r} is not a real day") from None
    return Bounds(day, day)


def parse(value: str) -> Bounds:
    """The earliest and latest day that an EDTF string can mean."""
    value = (value or "").strip()
    if not value:
        raise EDTFError("empty date")
    if "/" in value:
        start, _, end = value.partition("/")
        if "/" in end:
            raise EDTFError(f"{value!r}: an interval has one slash")
        lower = None if start in ("", "..") else _single(start).earliest
        upper = None if end in ("", "..") else _single(end).latest
        if lower is None and upper is None:
            raise EDTFError(f"{value!r}: an interval needs at least one end")
        if lower and upper and lower > upper:
            raise EDTFError(f"{value!r}: the interval ends before it starts")
        return Bounds(lower, upper)
    return _single(value)


def is_valid(value: str) -> bool:
    try:
        parse(value)
    except EDTFError:
        return False
    return True


def _describe_single(value: str) -> str:
    m = _SINGLE.match(value)
    if not m:
        return value
    qualifier = {"?": " (uncertain)", "~": " (approximately)", "%": " (approximately, uncertain)"}
    suffix = qualifier.get(m["q"] or "", "")
    if m["month"] is None:
        return m["year"] + suffix
    month = int(m["month"])
    if month in _SEASONS:
        return f"{_SEASONS[month][0]} {m['year']}{suffix}"
    if m["day"] is None:
        return f"{_MONTHS[month]} {m['year']}{suffix}"
    return f"{int(m['day'])} {_MONTHS[month]} {m['year']}{suffix}"


def describe(value: str) -> str:
    """A reader's rendering: `2023-22` → `summer 2023`, `2022/2023` → `2022 to 2023`.

    A value that is not valid EDTF is returned as it is, never an error.
    """
    if not value or not is_valid(value):
        return value or ""
    if "/" in value:
        start, _, end = value.partition("/")
        left = (
            "an unknown date" if start == "" else ("open start" if start == ".." else _describe_single(start))
        )
        right = "an unknown date" if end == "" else ("open end" if end == ".." else _describe_single(end))
        return f"{left} to {right}"
    return _describe_single(value)


def first_month(spans: Iterable[Bounds]) -> date | None:
    """The first day of the month in which the first of these spans starts, when that span
    is known to the month (it starts and ends in one month); None otherwise.

    A case dated only "2023" has its first event somewhere in 2023, not in January: the
    monthly charts leave it out rather than count it in January.
    """
    starts = [s for s in spans if s.earliest]
    if not starts:
        return None
    first = min(s.earliest for s in starts)
    month = first.replace(day=1)
    known = any(s.earliest == first and s.latest and s.latest.replace(day=1) == month for s in starts)
    return month if known else None


# What may stand beside a date in words without changing it: "in", "в ... года", "of".
_MAX_SPARE_WORDS = 2
_LETTERS = re.compile(r"[^\W\d_]")
_HELP = "Write e.g. 2023, 2023-08, 2023-22, summer 2023, 15 March 2023 or März 2023."


def read(text: str, lang: str | None = None) -> str:
    """The EDTF value of a date typed by a person, or EDTFError saying why it is none.

    EDTF is kept as typed. Otherwise the extractor's date rules read the text in `lang`
    first, then in every language they know; the reading that covers the text (up to a
    preposition or two: "в марте 2023 года") wins. A relative date ("in June", "last
    year") has no year to stand on and is refused, as is anything left over with a digit.
    """
    value = " ".join((text or "").split())
    if not value:
        raise EDTFError("empty date")
    if is_valid(value):
        return value
    return _read_words(value, lang or "")


@lru_cache(maxsize=2048)
def _read_words(value: str, lang: str) -> str:
    best = None
    for language in languages_from(lang):
        for mention in find_dates(value, language, None):
            if best is None or len(mention.text) > len(best.text):
                best = mention
    if best is not None:
        rest = (value[: best.start] + " " + value[best.end :]).strip(" ,.;:-–—")
        spare = not any(ch.isdigit() for ch in rest) and len(rest.split()) <= _MAX_SPARE_WORDS
        if spare and is_valid(best.edtf):
            return best.edtf
    if not _LETTERS.search(value):
        try:
            parse(value)  # digits only: the EDTF rule it breaks is the clearest reason
        except EDTFError as exc:
            raise EDTFError(f"Not an EDTF date: {exc}. {_HELP}") from None
    raise EDTFError(f"Not an EDTF date or a date in words: {value!r}. {_HELP}")
