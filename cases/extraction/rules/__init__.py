"""Per-language cue lexicons, compiled once per language.

Each `rules/<lang>.py` defines `LEXICON`, a `Lexicon` of regex fragments: topic cues
(desertion, draft evasion, defection), status and date-event cues, roles, person cues for
names, number words and date words. Languages without a module get the union of all the
lexicons: many cue stems are shared across related languages (дезертир, dezerter,
desertor), and places and dates still work from CLDR data.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache

from cases.extraction.screen import Clauses, Screen, any_of, fragment

FULL_LANGUAGES = ("en", "ru", "uk", "de", "fr", "it", "es", "pl", "pt", "nl", "tr")
# Topic, status and person cues only: places and dates come from CLDR for every language.
PARTIAL_LANGUAGES = ("be", "kk", "ro", "cs", "lt", "ka", "hy", "he", "ar", "ja", "sv", "sr", "fa", "ko")


def languages_from(lang: str = "") -> list[str]:
    """Every language with rules, `lang` first: for reading a short text (a typed date, a
    selected place) whose language is only a guess."""
    return [code for code in dict.fromkeys([lang, *FULL_LANGUAGES, *PARTIAL_LANGUAGES]) if code]


# Armies: "армії РФ", "Wojska Polskiego", "the Russian army" name the state left.
ARMY = re.compile(
    r"(?<!\w)(?:army|armed forces|troops|armee|streitkräfte|armée|forces armées|esercito|"
    r"forze armate|ejército|fuerzas armadas|exército|forças armadas|leger|krijgsmacht|"
    r"ordu\w*|арми\w*|войск\w*|вооруж[её]нн\w* сил\w*|армі\w*|військ\w*|збройн\w* сил\w*|"
    r"wojsk\w*|armi\w*|sił\w* zbrojn\w*|kariuomen\w*|armén|armé\b|försvarsmakt\w*|armád\w*|"
    r"vojsk\w*|војск\w*|војсц\w*|armat\w*|armata|leger\w*|ordusu\w*|әскер\w*|армия\w*|"
    r"არმი\w*|ჯარ\w*|բանակ\w*|צבא\w*|الجيش|جيش\w*|ارتش\w*|سپاه\w*)(?!\w)",
    re.IGNORECASE,
)


# Scripts without spaces between words: no word boundaries around cues.
NO_SPACES = {"ja", "zh", "th", "lo", "km", "my"}


def near(a: str, b: str, words: int = 6, spaced: bool = True) -> str:
    """A regex for `a` and `b` within `words` words of each other, in either order; in a
    script without spaces (`spaced=False`), within about three characters a word."""
    # The gap never crosses a comma, a full stop, a dash or a colon: "asylum, saying he
    # refused" and "refused to shoot – now he gets asylum" are two statements.
    if spaced:
        gap = rf"(?:[^\w,;.،؛–—:]+\w+){{0,{words}}}?[^\w,;.،؛–—:]+"
    else:
        gap = rf"[^,;.、。，．！？「」]{{0,{words * 3}}}?"
    return rf"(?:(?:{a}){gap}(?:{b})|(?:{b}){gap}(?:{a}))"


@dataclass(frozen=True)
class Lexicon:
    lang: str
    desert: str = ""  # left a unit or service without leave
    draft: str = ""  # fled or evaded a call-up, mobilisation or conscription
    defect: str = ""  # crossed to the other side, surrendered on purpose
    asylum: str = ""  # asylum, refugee status, international protection
    grant: str = ""  # granted, recognised, received (a status or visa)
    refuse: str = ""  # refused, rejected, denied
    appeal: str = ""  # appeal, lawsuit, application: what a refusal is of, besides asylum
    visa: str = ""  # entry visa or permit
    apply: str = ""  # applied for, asked for, lodged
    detain: str = ""  # detained, held, in custody
    returned: str = ""  # deported, extradited, handed back
    died: str = ""  # died, drowned, found dead
    fled: str = ""  # fled, hid, escaped
    leave: str = ""  # left the country, crossed the border, flew out
    arrive: str = ""  # arrived, landed, reached
    stay: str = ""  # lived, stayed, spent weeks in
    hypo: str = ""  # if, could, risk of: a status cue after these is not a fact
    aggregate: str = ""  # statistics: thousands, most of them, since the start of
    court: str = ""  # in-country trials and sentences
    nonmil: str = ""  # asylum seekers with other reasons: journalists, activists
    another: str = ""  # another man, the second applicant
    person: str = ""  # singular nouns for one serviceman or man
    people: str = ""  # plural nouns for a group
    pronoun: str = ""  # third-person singular references
    they: str = ""  # plural references to a group already named: "they", "the three"
    ranks: str = ""  # nouns that stand before a name: captain, private, deserter
    pseudonym: str = ""  # cue before a pseudonym: "identified only as"
    name_changed: str = ""  # cue after a name: "(name changed)"
    says: str = ""  # speech verbs after a quotation: "says", "zegt", "говорит"
    decision: str = ""  # the decision or ruling itself: "the decision", "the ruling", "het besluit"
    age_after: str = ""  # an age after a name: "Vitali, 27,"
    age_before: str = ""  # an age adjective before a name: "23-летний"
    roles: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    months: tuple[str, ...] = ()  # 12 regexes, January first; empty: taken from CLDR
    seasons: dict[str, int] = field(default_factory=dict)  # regex -> EDTF season 21..24
    last: str = ""  # last/previous (year, summer, month)
    this: str = ""  # this (year, summer)
    last_year: str = ""
    this_year: str = ""
    last_month: str = ""
    yesterday: str = ""
    last_week: str = ""  # "last week": the month of the week before publication
    same_day: str = ""  # "the same day": the previous date mentioned
    ago: str = ""  # "two years ago": groups n, and month or year
    same_month: str = ""
    case_sensitive_months: bool = False


def _merge(lexicons: list[Lexicon]) -> Lexicon:
    values: dict[str, object] = {"lang": "xx"}
    for f in fields(Lexicon):
        if f.name in ("lang", "months", "case_sensitive_months"):
            continue
        items = [getattr(lex, f.name) for lex in lexicons]
        if f.name == "ago":
            # Named groups cannot repeat in one regex: the first language's form only.
            values[f.name] = next((i for i in items if i), "")
            continue
        if isinstance(items[0], str):
            values[f.name] = "|".join(f"(?:{i})" for i in items if i)
        else:
            merged: dict = {}
            for item in items:
                for key, value in item.items():
                    if isinstance(value, str) and key in merged:
                        merged[key] = f"{merged[key]}|{value}"
                    else:
                        merged.setdefault(key, value)
            values[f.name] = merged
    return Lexicon(**values)  # type: ignore[arg-type]


class Compiled:
    """The regexes of one lexicon, compiled once. `parts`: the lexicons `lex` merges, whose
    fragments give the screens (see screen.py) without parsing the merged regexes."""

    def __init__(self, lex: Lexicon, parts: tuple[Lexicon, ...] = ()) -> None:
        self.lex = lex
        self.parts = parts or (lex,)
        self._screens: dict[str, Screen] = {}
        flags = re.IGNORECASE

        start = "" if lex.lang in NO_SPACES else r"(?<!\w)"
        end = "" if lex.lang in NO_SPACES else r"(?!\w)"

        # The cue regexes are compiled on first use (`__getattr__`): many are never
        # needed, and compiling the long ones is most of a language's start-up.
        self._sources: dict[str, str] = {}
        for f in fields(Lexicon):
            value = getattr(lex, f.name)
            if isinstance(value, str) and f.name != "lang":
                self._sources[f.name] = rf"{start}(?:{value})" if value else ""
        # Pronouns are whole words: "he" is not the start of "held".
        # Conditions and negations are whole words: "contra" must not fire in "contratado".
        for name in ("pronoun", "they", "hypo"):
            value = getattr(lex, name)
            self._sources[name] = rf"{start}(?:{value}){end}" if value else ""
        topic = "|".join(f"(?:{p})" for p in (lex.desert, lex.draft, lex.defect) if p)
        self._sources["topic"] = rf"{start}(?:{topic})" if topic else ""
        self.roles = {role: re.compile(rf"{start}(?:{p})", flags) for role, p in lex.roles.items()}
        self.seasons = [(re.compile(rf"{start}(?:{p}){end}", flags), s) for p, s in lex.seasons.items()]
        words = sorted(lex.numbers, key=len, reverse=True)
        self.number_words = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", flags)
            if words
            else None
        )

    def __getattr__(self, name: str) -> re.Pattern | None:
        """A cue regex (None for an empty fragment), compiled once on first use."""
        sources = self.__dict__.get("_sources", {})
        if name not in sources:
            raise AttributeError(name)
        source = sources[name]
        pattern = re.compile(source, re.IGNORECASE) if source else None
        setattr(self, name, pattern)
        return pattern

    def clauses(self, name: str) -> Clauses:
        """What every match of the field `name`'s regex holds: a match of the fragment of
        one of the parts that have one (as `_merge` joins them)."""
        return any_of([fragment(getattr(p, name), re.IGNORECASE) for p in self.parts if getattr(p, name)])

    def role_clauses(self, role: str) -> Clauses:
        """The same for a role; `_merge` joins empty role fragments too."""
        return any_of([fragment(p.roles[role], re.IGNORECASE) for p in self.parts if role in p.roles])

    def screen(self, name: str) -> Screen:
        """The screen of the cue regex `name` (a Lexicon field)."""
        found = self._screens.get(name)
        if found is None:
            found = self._screens[name] = Screen(self.clauses(name))
        return found

    def role_screen(self, role: str) -> Screen:
        key = "role:" + role
        found = self._screens.get(key)
        if found is None:
            found = self._screens[key] = Screen(self.role_clauses(role))
        return found


# Conjunctions that open a new clause, per language; short ones ("en", "e", "a") are
# prepositions elsewhere, so the table is per language and other languages use
# punctuation only.
_CONJUNCTIONS = {
    "en": "and|then|but|while|before|after|where",
    "ru": "и|а|но|затем|потом|где",
    "uk": "і|й|та|а|але|потім|де",
    "be": "і|й|а|але|потым|дзе",
    "de": "und|dann|aber|wo|bevor|nachdem",
    "fr": "et|puis|mais|où",
    "it": "e|poi|ma|dove",
    "es": "y|luego|pero|donde",
    "pt": "e|depois|mas|onde",
    "pl": "i|a|potem|ale|gdzie",
    "nl": "en|daarna|maar|waar",
    "tr": "ve|sonra|ama",
    "ro": "și|apoi|dar|unde",
    "cs": "a|pak|ale|kde",
    "lt": "ir|tada|bet|kur",
    "kk": "және|бірақ|кейін",
    "ka": "და|მაგრამ|სადაც",
    "hy": "և|բայց|որտեղ",
    "sv": "och|men|där|medan|innan|därefter",
    "sr": "i|a|ali|zatim|potom|gde|gdje|pa|и|а|али|затим|потом|где|гдје|па",
    "fa": "و|اما|ولی|سپس|لیکن",
    "ko": "그리고|하지만|그러나|그런데|그래서|또한",
}


@lru_cache(maxsize=64)
def clause_breaks(lang: str) -> re.Pattern:
    """Clause boundaries: punctuation, and the conjunctions of the language."""
    words = _CONJUNCTIONS.get(lang)
    extra = rf"|\s(?:{words})\s" if words else ""
    return re.compile(rf"[,;:—–()،؛]{extra}", re.IGNORECASE)


_DATE_WORDS = (
    "seasons", "last", "this", "last_year", "this_year", "last_month", "yesterday", "last_week",
    "same_day", "same_month", "ago",
)  # fmt: skip


def _lexicon(lang: str) -> Lexicon | None:
    if lang not in FULL_LANGUAGES and lang not in PARTIAL_LANGUAGES:
        return None
    return importlib.import_module(f"cases.extraction.rules.{lang}").LEXICON


@lru_cache(maxsize=64)
def compiled(lang: str) -> Compiled:
    lex = _lexicon(lang)
    parts: tuple[Lexicon, ...] = ()
    if lex is None or lang in PARTIAL_LANGUAGES:
        full = [_lexicon(code) for code in FULL_LANGUAGES]
        parts = tuple(p for p in (lex, *full) if p is not None)  # type: ignore[misc]
        union = _merge(full)  # type: ignore[arg-type]
        # A partial lexicon comes first; the union fills the gaps (shared loanwords such
        # as "дезертир" or "azyl" are common in neighbouring languages).
        lex = _merge([lex, union]) if lex is not None else union
        own = _lexicon(lang)
        # Date words are the language's own or none: another language's season stem
        # reads names as dates ("zim-" in "Zimin").
        dated = {
            name: getattr(own, name) if own else ([] if name == "seasons" else "") for name in _DATE_WORDS
        }
        dated["seasons"] = dict(dated["seasons"])
        lex = Lexicon(
            **{
                **lex.__dict__,
                **dated,
                "lang": lang,
                "months": own.months if own else (),
                "case_sensitive_months": False,
            }
        )
    return Compiled(lex, parts)
