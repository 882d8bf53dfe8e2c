"""Search helpers: an accent-blind, language-neutral full-text document per case, and a
spelling-tolerant key for names in any script.

This module does not import the models, so that models.py can use its expressions in
index definitions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db.models import Func, TextField, Value

# PostgreSQL's unaccent() is only STABLE (its dictionary could change), so it cannot appear
# in an index expression; migration 0003 adds this IMMUTABLE wrapper with the dictionary
# named explicitly, which is what the GIN index on the case document is built with.
UNACCENT_FUNCTION = "tracker_unaccent"
# A language-neutral configuration: no stemming, so Russian, Georgian and French text are
# all split into words the same way and a search never depends on guessing the language.
SEARCH_CONFIG = "simple"


class Unaccent(Func):
    function = UNACCENT_FUNCTION
    output_field = TextField()


class DocumentVector(Func):
    """to_tsvector('simple', tracker_unaccent(text)); the same expression as the GIN index."""

    template = f"to_tsvector('{SEARCH_CONFIG}'::regconfig, {UNACCENT_FUNCTION}(%(expressions)s))"
    output_field = SearchVectorField()


def document_query(text: str) -> SearchQuery:
    """The user's words as a web-search style query (quotes, OR, -word), accent-blind."""
    return SearchQuery(Unaccent(Value(text)), config=SEARCH_CONFIG, search_type="websearch")


# Cyrillic (Russian, Ukrainian, Belarusian) and Georgian to Latin, close to the usual press
# spellings; the key below then folds the remaining spelling differences (w/v, y/i, ...).
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
    "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s",
    "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts",
    "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
}  # fmt: skip
# Applied in order to the transliterated, lower-case text: spellings that the press of
# different languages use for one sound become one spelling (Awaliani/Avaliani,
# Jakowlew/Yakovlev, Chodorkowski/Khodorkovsky).
_FOLDS = [
    ("tsch", "ch"), ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("tsj", "ch"), ("kh", "h"),
    ("ch", "h"), ("zh", "j"), ("dj", "j"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("y", "i"),
    ("ts", "c"), ("tz", "c"), ("x", "ks"), ("q", "k"), ("j", "i"),
]  # fmt: skip
_NOT_LETTER = re.compile(r"[^a-z ]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def name_key(name: str) -> str:
    """A Latin, accent-free, spelling-folded form of a name, compared with pg_trgm.

    'Авалиани', 'Avaliani' and 'Awaliani' all become 'avaliani'. It is a search key only:
    never shown, and lossy on purpose.
    """
    text = name.lower()
    # Transliterate before stripping accents: й and ё decompose into и and е plus a mark.
    text = "".join(_TRANSLIT.get(ch, ch) for ch in text)
    text = strip_accents(text).replace("ß", "ss").replace("ø", "o").replace("ł", "l")
    text = _NOT_LETTER.sub(" ", text)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _DOUBLED.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def document_text(
    *, summary: str, places: Iterable[str], titles: Iterable[str], names: Iterable[str] = ()
) -> str:
    """The text a case is found by in full-text search; names are kept out on purpose.

    Names are searched separately (by trigram, and only for users allowed to see them), so a
    user without that permission cannot find out a name by probing the search box; the
    case's own names are withheld from the summary and titles stored here for that reason.
    """
    names = list(names)
    parts = [redact_names(summary.strip(), names), *places, *(redact_names(t, names) for t in titles)]
    return "\n".join(part for part in parts if part)


# The languages whose country names a case can be found by, besides the ISO code.
PLACE_LANGUAGES = ("en", "ru", "uk", "de", "fr", "ka", "tr", "kk", "es")


@cache
def _territories(language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(language).territories)


def place_names(codes: Iterable[str]) -> list[str]:
    """Each country code once, with its name in each of PLACE_LANGUAGES."""
    names: list[str] = []
    for code in dict.fromkeys(c for c in codes if c):
        names.append(code)
        for language in PLACE_LANGUAGES:
            name = _territories(language).get(code)
            if name and name not in names:
                names.append(name)
    return names


WITHHELD = "[name withheld]"
_WORD = re.compile(r"\w+", re.UNICODE)


def redact_names(text: str, names: Iterable[str]) -> str:
    """`text` with every word that spells a part of one of `names` replaced by WITHHELD.

    Words are compared by name_key, so a name stored as 'Giorgi Avaliani' is also withheld
    where a source writes 'Авалиани' or 'Awaliani'; a key that starts with a name part's
    key (within three letters) also counts, for inflected forms such as 'Петрова'.
    Name parts shorter than three letters (initials) are left alone.
    """
    parts = {name_key(part) for name in names for part in _WORD.findall(name)}
    parts = {part for part in parts if len(part) >= 3}
    if not text or not parts:
        return text

    def replace(match: re.Match) -> str:
        key = name_key(match.group(0))
        for part in parts:
            if key == part or (key.startswith(part) and len(key) - len(part) <= 3):
                return WITHHELD
        return match.group(0)

    redacted = _WORD.sub(replace, text)
    # "[name withheld] [name withheld]" for a first name and surname reads as one name.
    return re.sub(rf"(?:{re.escape(WITHHELD)}\s+)+{re.escape(WITHHELD)}", WITHHELD, redacted)


# Names this alike (pg_trgm's similarity on their name keys) are one person's spellings.
ALIAS_SIMILARITY = 0.6


def _trigrams(text: str) -> set[str]:
    grams: set[str] = set()
    for word in text.split():
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def name_similarity(a: str, b: str) -> float:
    """pg_trgm's similarity on the names' keys: shared trigrams over all trigrams. Review's
    merge candidates and the alias rule below read names alike through it."""
    ga, gb = _trigrams(name_key(a)), _trigrams(name_key(b))
    return len(ga & gb) / len(ga | gb) if ga and gb else 0.0


def alias_of(names: list[str]) -> list[int | None]:
    """For each name, the index of the earlier name it is another spelling of, or None:
    "Дмитрий Соколов" after "Dmitry Sokolov", "Sokolov" after "Dmitry Sokolov". Two names
    are one person when their keys are alike (ALIAS_SIMILARITY), or when every word of one
    is a word of the other. Different people of one family ("Ivan Sokolov", "Petr
    Sokolov") stay apart."""
    keys = [name_key(n) for n in names]
    out: list[int | None] = []
    for i, key in enumerate(keys):
        found = None
        for j in range(i):
            if out[j] is not None or not key or not keys[j]:
                continue
            alike = name_similarity(names[i], names[j]) >= ALIAS_SIMILARITY
            words, other = set(key.split()), set(keys[j].split())
            if alike or words <= other or other <= words:
                found = j
                break
        out.append(found)
    return out


def people_with_aliases(people) -> list[tuple]:
    """A case's people, each once, with the other spellings recorded for them
    (`Person.alias_of`): [(person, ["Дмитрий Соколов"]), ...], from rows already fetched."""
    people = list(people)
    aliases: dict[int, list[str]] = {}
    for person in people:
        if person.alias_of_id:
            aliases.setdefault(person.alias_of_id, []).append(person.name)
    return [(p, aliases.get(p.pk, [])) for p in people if not p.alias_of_id]
