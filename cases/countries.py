"""ISO 3166-1 alpha-2 codes and their English names, from CLDR (babel)."""

from __future__ import annotations

from functools import cache

from babel import Locale

from cases.extraction.places import find_places
from cases.extraction.rules import languages_from


@cache
def country_names() -> dict[str, str]:
    """Every current two-letter territory code with its English name."""
    territories = Locale("en").territories
    # CLDR also lists regions ("150"), and "ZZ"/"EU"-style pseudo codes: keep real countries.
    skip = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK"}
    names = {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code.isupper() and code not in skip
    }
    names["XK"] = "Kosovo"  # user-assigned, but used by every news source
    return dict(sorted(names.items(), key=lambda item: item[1]))


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return country_names().get(code, code)


def is_country(code: str | None) -> bool:
    return bool(code) and code in country_names()


def country_choices() -> list[tuple[str, str]]:
    return list(country_names().items())


def country_in(text: str, lang: str = "") -> str | None:
    """The country a place name, demonym or city in `text` stands for ("Tbilisi" → GE,
    "Казахстан" → KZ), read with the extractor's gazetteers, `lang` first."""
    for language in languages_from(lang):
        places = find_places(text, language)
        if places:
            return places[0].code
    return None
