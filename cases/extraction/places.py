"""Countries, cities and demonyms in the article language, mapped to ISO 3166-1 codes.

Country names come from CLDR through babel (`Locale(lang).territories`), city names from
CLDR time-zone exemplar cities (`Locale(lang).time_zones` + `zone_territories`) plus a
small data file; demonyms from `data/demonyms.json`. Names are matched case-sensitively
as names, so lower-case words that happen to spell a territory ("riunione") do not match.
Inflected forms ("в Казахстане", "na Litwę", "Gürcistan'a") are matched by stem: the
final vowel is dropped and a short ending is allowed, which covers the case endings of
the Slavic, Baltic and Turkic languages without a morphological analyser.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import babel
from babel.core import UnknownLocaleError, get_global

from cases.extraction.screen import any_word, folded

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> frozenset[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and line[0] != "#")


# Languages whose nouns take case endings or suffixes: names are matched by stem.
INFLECTING = {
    "ru",
    "uk",
    "be",
    "pl",
    "cs",
    "sk",
    "sl",
    "hr",
    "sr",
    "bs",
    "bg",
    "mk",
    "lt",
    "lv",
    "et",
    "fi",
    "hu",
    "tr",
    "az",
    "kk",
    "ky",
    "uz",
    "tt",
    "ba",
    "ka",
    "hy",
    "ro",
    "sq",
    "el",
    "mn",
    "tk",
    "tg",
}
# Scripts written without spaces between words: no word boundaries there.
NO_SPACES = {"ja", "zh", "th", "lo", "km", "my"}
# Languages that attach prepositions and articles to the front of a name.
PREFIXING = {"ar": "وبلفك", "he": "הובלמשכ", "fa": "بو"}
# Dependent territories and pseudo-regions, and time-zone cities that are small towns or
# ordinary words: data files, one entry a line.
_SKIP = _lines("territories_skip.txt")
_CITY_SKIP = _lines("cities_skip.txt")
_VOWELS = set("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýąęıаеёиоуыэюяіїєәөұүіьśćńźъაეიოუ")


# Suffixes that turn a country name into an adjective in agglutinative languages.
_ADJECTIVAL = {
    "kk": re.compile(r"(?:лік|лық|тік|тық|дік|дық)$", re.IGNORECASE),
    "tr": re.compile(r"(?:lı|li|lu|lü)$", re.IGNORECASE),
    "az": re.compile(r"(?:lı|li|lu|lü)$", re.IGNORECASE),
}


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    code: str
    kind: str  # "country", "city" or "demonym"


def load_data(name: str) -> dict:
    """A JSON mapping of data/, without its comment keys (those starting with "_")."""
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    for key in [k for k in data if k.startswith("_")]:
        data.pop(key)
    return data


@lru_cache(maxsize=1)
def _aliases() -> dict[str, dict[str, str]]:
    return load_data("country_aliases.json")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, dict[str, list[str]]]:
    return load_data("demonyms.json")


@lru_cache(maxsize=1)
def _extra_cities() -> dict[str, str]:
    return load_data("cities_extra.json")


def _locale(lang: str) -> babel.Locale | None:
    try:
        return babel.Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return None


# Languages written in two scripts: the names of both.
_SECOND_SCRIPT = {"sr": "sr_Latn", "bs": "bs_Cyrl", "uz": "uz_Cyrl", "az": "az_Cyrl"}
# Korean attaches particles to a name ("러시아에서", from Russia).
_PARTICLES = {"ko"}


def _country_names(lang: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for code_lang in ("en", *((_SECOND_SCRIPT[lang],) if lang in _SECOND_SCRIPT else ()), lang):
        locale = _locale(code_lang)
        if locale is None:
            continue
        for code, name in locale.territories.items():
            if len(code) != 2 or not code.isalpha() or code in _SKIP:
                continue
            # "Myanmar (Burma)", "Congo (DRC)": the bracket is a gloss, keep the name.
            main = re.sub(r"\s*\(.*?\)", "", name).strip()
            if len(main) >= 3 or (len(main) >= 2 and not main.isascii()):
                names[main] = code
        names.update(_aliases().get(code_lang, {}))
    return names


def _city_names(lang: str) -> dict[str, str]:
    zones = get_global("zone_territories")
    cities: dict[str, str] = {}
    for zone, territory in zones.items():
        parts = zone.split("/")
        # Three-part ids are US county seats and the like; Etc/ are offsets.
        if len(parts) != 2 or parts[0] in ("Etc", "SystemV", "US", "Canada", "Antarctica"):
            continue
        if territory in _SKIP:
            continue
        english = parts[1].replace("_", " ")
        if english not in _CITY_SKIP:
            cities[english] = territory
    locale = _locale(lang)
    if locale is not None and lang != "en":
        for zone, info in locale.time_zones.items():
            city = info.get("city") if hasattr(info, "get") else None
            territory = zones.get(zone)
            english = zone.split("/")[-1].replace("_", " ")
            if city and territory and territory not in _SKIP and english not in _CITY_SKIP:
                cities[city] = territory
    cities.update(_extra_cities())
    return {c: t for c, t in cities.items() if len(c) >= 4 or not c.isascii()}


def _stem(name: str, lang: str) -> str:
    """The part of a name that stays fixed under inflection."""
    if lang not in INFLECTING:
        return name
    words = name.split(" ")
    last = words[-1]
    # Drop up to two final vowels/soft signs ("Армения" -> "Армен", "Białoruś" -> "Białoru").
    for _ in range(2):
        if len(last) > 4 and last[-1].lower() in _VOWELS:
            last = last[:-1]
    return " ".join([*words[:-1], last])


class Gazetteer:
    """All place names of one language, compiled into two regexes."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lookup: dict[str, tuple[str, str]] = {}
        self.stripped: set[str] = set()
        for kind, table in (("city", _city_names(lang)), ("country", _country_names(lang))):
            for name, code in table.items():
                stem = _stem(name, lang)
                self.lookup[stem] = (code, kind)
                if lang == "pl" and stem.endswith("ów"):
                    self.lookup[stem[:-2] + "ow"] = (code, kind)  # "Kraków", "w Krakowie"
                # Only a dropped vowel needs a vowel ending; a dropped soft sign does not
                # ("Białoruś" -> "Białorusi").
                # Georgian drops its final -ი before a case ending ("თბილისი", "თბილისში").
                dropped = name[len(stem) : len(stem) + 1].lower() if name.startswith(stem) else ""
                if dropped and dropped not in "ьъśćńźი":
                    self.stripped.add(stem)
                else:
                    self.stripped.discard(stem)
        stems = sorted(self.lookup, key=len, reverse=True)
        if lang in INFLECTING:
            # Case endings; a short stem takes short ones only, or "Пала" + "нка" (a
            # village) would read as Palau.
            # An ending that replaces a dropped vowel starts with a vowel ("Груз-ией").
            vowels = "".join(sorted(_VOWELS - set("ьъśćńź")))
            alternation = "|".join(
                re.escape(s) + (f"(?:[{vowels}]\\w{{0,3}})?" if s in self.stripped else r"\w{0,4}")
                for s in stems
            )
        else:
            alternation = "|".join(re.escape(s) for s in stems)
        if lang in NO_SPACES:
            pattern = f"(?:{alternation})"
        else:
            suffix = "" if lang in INFLECTING else (r"\w{0,4}" if lang in _PARTICLES else r"s?")
            prefix = f"(?<![\\w-])[{PREFIXING[lang]}]{{0,2}}" if lang in PREFIXING else r"(?<![\w-])"
            # Turkish and English attach case or possessive endings after an apostrophe.
            pattern = f"{prefix}(?:{alternation}){suffix}(?:['’]\\w+)?(?![\\w-])"
        self.names = re.compile(pattern)
        # Every match holds a stem as it is spelled (the regex heeds case).
        self.names_screen = any_word(stems, folding=False)
        demonyms: dict[str, str] = {}
        for code_lang in ("en", lang):  # a tuple: the article language wins, every run
            for code, words in _demonyms().get(code_lang, {}).items():
                for word in words:
                    demonyms[word.lower()] = code
        self.demonym_lookup = demonyms
        self.demonyms_screen = any_word(demonyms)
        # A stem of three letters takes two letters of ending at most: "rusos", "Rusya",
        # but "Ruslan" is a name and Armenian "հայցել" (to ask) is no "հայ" (Armenian).
        # Scripts that write words apart (not Japanese or Korean, whose stems are whole).
        short = {d for d in demonyms if len(d) <= 3 and all(ord(ch) < 0x3000 for ch in d)}
        alternatives = [
            rf"(?:{_alternation(set(demonyms) - short)})\w*",
            *([rf"(?:{_alternation(short)})\w{{0,2}}(?!\w)"] if short else []),
        ]
        self.demonyms = re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + ")", re.IGNORECASE)

    def _code(self, matched: str) -> tuple[str, str] | None:
        text = matched
        if self.lang in PREFIXING:
            # Try without the attached prefix letters too.
            for cut in range(0, 3):
                found = self._longest(text[cut:])
                if found:
                    return found
            return None
        return self._longest(text)

    def _longest(self, text: str) -> tuple[str, str] | None:
        for end in range(len(text), 0, -1):
            hit = self.lookup.get(text[:end])
            if hit:
                return hit
        return None

    def find(self, text: str) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        taken: list[tuple[int, int]] = []
        adjectival = _ADJECTIVAL.get(self.lang)
        names = self.names.finditer(text) if self.names_screen.may_match(folded(text, False)) else ()
        for m in names:
            hit = self._code(m.group(0))
            if hit:
                kind = hit[1]
                if adjectival and adjectival.search(m.group(0)):
                    kind = "demonym"  # "Ресейлік", "Rusyalı": of Russia, a nationality
                end = m.end()
                if self.lang in _PARTICLES:
                    # "러시아에서": the name without its particle, which may also be "군" (army).
                    end = m.start() + max(
                        n for n in range(1, len(m.group(0)) + 1) if m.group(0)[:n] in self.lookup
                    )
                found.append(PlaceMention(m.start(), end, text[m.start() : end], hit[0], kind))
                taken.append((m.start(), m.end()))
        demonyms = self.demonyms.finditer(text) if self.demonyms_screen.may_match(folded(text)) else ()
        for m in demonyms:
            if any(s <= m.start() < e for s, e in taken):
                continue
            word = m.group(0).lower()
            code = next(
                (c for d, c in self.demonym_lookup.items() if word.startswith(d)),
                None,
            )
            # Prefer the longest matching stem ("north korean" over "korean").
            best = max((d for d in self.demonym_lookup if word.startswith(d)), key=len, default=None)
            if best is not None:
                code = self.demonym_lookup[best]
            if code:
                found.append(PlaceMention(m.start(), m.end(), m.group(0), code, "demonym"))
        found.sort(key=lambda p: p.start)
        return found


@lru_cache(maxsize=64)
def gazetteer(lang: str) -> Gazetteer:
    return Gazetteer(lang)


def find_places(text: str, lang: str) -> list[PlaceMention]:
    return gazetteer(lang).find(text)


@lru_cache(maxsize=1)
def authorities() -> list[tuple[re.Pattern, str]]:
    """Asylum authorities and courts, each with its country (data/authorities.json)."""
    return [(re.compile(rf"(?<!\w)(?:{k})(?!\w)"), code) for k, code in load_data("authorities.json").items()]


@lru_cache(maxsize=1)
def _any_authority() -> re.Pattern:
    """One regex that matches wherever one of `authorities()` does (their alternation):
    most sentences name none, and one scan says so instead of forty."""
    keys = "|".join(f"(?:{k})" for k in load_data("authorities.json"))
    return re.compile(rf"(?<!\w)(?:{keys})(?!\w)")


def authority_in(text: str, *, besides: str | None = None) -> tuple[str, re.Match] | None:
    """The first asylum authority `text` names (its country and the match), other than
    those of the country `besides`."""
    if not _any_authority().search(text):
        return None
    for pattern, code in authorities():
        if code == besides:
            continue
        m = pattern.search(text)
        if m is not None:
            return code, m
    return None
