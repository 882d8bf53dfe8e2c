"""Person names and pseudonyms, found by rules around person cues.

A capitalised word sequence counts as a name only next to a cue that says it is one: a
pseudonym cue ("who asked to be identified only as X", "X (name changed)"), an age
("Vitali, 27,", "23-летний Ростислав"), or a rank or role noun ("captain X", "szeregowy X").
Bare capitalised words are too often places, organisations or sentence starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from cases.extraction.dates import month_patterns
from cases.extraction.places import gazetteer
from cases.extraction.rules import ARMY, compiled
from cases.extraction.screen import Screen, folded, fragment


def _letters(test) -> str:
    """Every cased letter of the Latin and Cyrillic blocks that passes `test`: "Hrîțiuk",
    "Jaŭhen", "Məmmədov" are names, whichever accents their language writes."""
    blocks = (range(0xC0, 0x260), range(0x400, 0x530), range(0x1E00, 0x1F00))
    return "".join(chr(c) for block in blocks for c in block if test(chr(c)) and chr(c) not in "×÷")


UPPER = "A-Z" + _letters(str.isupper)
LOWER = "a-z" + _letters(lambda ch: ch.islower() and ch != "ß") + "ß"
# "al-Khatib", "ibn-Rashid": Arabic names keep a lower-case particle before the name.
_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ul|abu|ibn|bin|ben)-"
_WORD = rf"(?:{_PARTICLE})?[{UPPER}][{LOWER}’']+(?:-[{UPPER}]?[{LOWER}]+)?"
_INITIAL = rf"[{UPPER}]\."
NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}(?:\s+{_INITIAL})?"
# Scripts without capitals (Hebrew, Arabic and Persian, Georgian): no word looks like a
# name, so there a name is one word right beside a cue that says it is one.
_UNCASED_LETTERS = "\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u10d0-\u10fa"
UNCASED_NAME = rf"[{_UNCASED_LETTERS}][{_UNCASED_LETTERS}\u200c\u064b-\u065f]+"
UNCASED_LANGS = frozenset({"he", "ar", "fa", "ka"})

# Capitalised words that start sentences or titles, never names.
_STOP_WORDS = """
    The He She It They His Her In On At A An But And Der Die Das Ein Eine Er Sie Le La Les Un
    Une Il Elle El Los Las Lo Gli I O Os As Um Uma De Het Een Hij Zij Он Она Они Его Її Він
    Вона В На По Mr Mrs Ms Herr Frau Monsieur Madame Signor Señor Pan Pani Сам Сейчас Теперь
    Now Then Dann Jetzt Ahora Ora Agora Maintenant Teraz Şimdi Зараз Тепер Im Am Vom Zum Beim
    Nach Seit Bei Mit Für Über Auf Aus Als Wie Wenn Laut After Before Since When From With
    Après Avant Depuis Selon Dopo Secondo Según Después Desde Segundo Depois Według Po Od Na
    Volgens Sinds После Після Согласно Згідно Avukatı Avocat Anwalt Lawyer Адвокат Avvocato
    Abogado Advogado Adwokat Advocaat Von Vor Zur Zu
    Europe Europa Avrupa Европа Європа Еўропа Eurooppa Evropa Европи Европу Evropy Evropě
    Asia Asien Asie Asya Азия Азія Азии Ázie Africa Afrika Afrique África Африка Африки America
    Amerika Amérique Америка Америки Scandinavia Skandinavien Scandinavie Балтия Baltics Kaukasus
    Caucasus Caucase Кавказ Кавказа Balkans Balkan Балканы
    Нашему Моему Ему Ей Нашей Моей Йому Їй Нашому Моєму Нашаму Яму
    Han Hon Hans Hennes Jag Vi Dom Sedan Enligt Efter Där Nu
    Tem Tinha Tiene Tenía Tenia Aveva Hat Hatte Ist War Es Era Fue Foi Está Estaba Vive Mora Trabaja Trabalha
    Lavora Arbeitet Wohnt Lebt Habla Fala Parla Spricht
"""
_STOP = frozenset(_STOP_WORDS.split())
# Capitalised words of dates that follow an age or a rank: "Mitte Juni", "Anfang Mai".
_TIME_WORDS = frozenset(
    {
        "Mitte",
        "Anfang",
        "Ende",
        "Frühjahr",
        "Sommer",
        "Herbst",
        "Winter",
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    }
)


# The word for "years" after an age, in every language with rules.
AGE_UNITS = (
    r"years?|yrs|лет|года?|років|роки|рок|гадоў|гады|години|година|годин\w*|godin\w*|años|anni|anos|"
    r"ans|jahre|lat|yaş\w*|jaar|år|let|roků|ani|metų|metai|metus|жаста|жыл|წლის|տարեկան|שנים|"
    r"عام\w*|سنة|ساله|سال|歳|세|살"
)
# "not 10 years ago": an age is no duration.
_NOT_AGO = r"(?!\s+(?:ago|back|назад|тому|fa|hace|atrás|temu|önce|geleden|sedan|în urmă|zpátky|prieš))"
# "Deyrizor doğumlu 24 yaşında": a birthplace, not a name, before the age.
_NOT_BORN = (
    r"(?!(?:doğumlu|born|native|родом|уроженец|уродженець|geboren|gebürtig|né|née|nato|nata|nacido|"
    r"nacida|nascido|nascida|urodzony|urodzona)\b)"
)
# "Photo: Kirill Bazhenov at a café": a caption that names who is pictured, before what
# the picture shows (a photographer's credit ends there, or goes on with a slash).
CAPTION = re.compile(
    r"^\s*[(\[]?(?i:photo|foto|фото|фотографія|світлина|снимка|снимок|legenda|légende|caption|"
    r"bildunterschrift|zdjęcie|fotografía|fotoğraf|fotografia|immagine|imagen|bild|nuotr\w*|"
    r"φωτογραφία)\s*[:：]\s*"
    rf"({_WORD}(?:[ \t]+{_WORD}){{1,2}})(?=,?\s+[{LOWER}])"
)


# "Incorporé à 18 ans", "Drafted at 19": an age then, after a participle, not a name's age.
_NOT_AT = r"(?!(?:à|at|a|al|aos|a los|mit|в|с|у|w|na|op|på|la|ve)\s+\d)"


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    text: str
    pseudonym: bool = False  # given after "asked to be called": the person spoken of


_FROM = r"из|с|з|із|from|of|aus|von|uit|van|de|da|di|du|z|ze|ze|din|iš|из-под"


@lru_cache(maxsize=64)
def _patterns(lang: str) -> tuple[list[re.Pattern], int]:
    """The name patterns of `lang`, and the index of the one for an age after a name."""
    lex = compiled(lang).lex
    name = UNCASED_NAME if lang in UNCASED_LANGS else NAME
    out = []
    ages_after = -1
    if lex.pseudonym:
        # "chiede di essere chiamato solo Sergej": a word such as "only" may come between.
        out.append(rf"(?i:{lex.pseudonym})\s+(?:[{LOWER}]{{2,6}}\s+)?[«\"“„']?({name})")
    if lex.name_changed:
        # "Vadim (name changed)", "«Reza» (a pseudonym)", "Artyom asks that his surname not
        # be printed": the cue right after the name, or after a bracket or a dash.
        out.append(rf"({name})[»\"”']?(?:\s*[(,–—-]\s*[\w\s]{{0,12}}|\s+)(?i:{lex.name_changed})")
    if lex.age_after:
        # An age says person even after "of": "the fate of Aljaksandr, 38, ..."
        out.append(rf"(?<!\w)({name})[»\"”']?(?={lex.age_after})")
        ages_after = len(out) - 1
    if lex.age_before:
        out.append(rf"(?i:{lex.age_before})\s+(?:[{LOWER}][\w-]*\s+){{0,3}}({name})")
    # "Jan Kowal (33)": an age in brackets after a name, in any language.
    out.append(rf"({name})(?=\s*\(\d{{2}}\))")
    if lang not in UNCASED_LANGS and lang != "ja":
        # "Jawad Rahimi tem 28 anos", "Денису Курбатову 29 лет": a name, a verb of being or
        # having, the age.
        out.append(
            rf"(?<![\w-])({name})\s+{_NOT_BORN}{_NOT_AT}(?:[{LOWER}]+\s+){{0,2}}(?:[1-6]\d)\s+(?i:{AGE_UNITS})(?!\w){_NOT_AGO}"
        )
    if lang == "ja":
        # "コー・ミンさん（24、仮名）": a katakana name, an honorific, an age in brackets.
        out.append(r"([ァ-ヺー]{2,}(?:・[ァ-ヺー]{2,})*)(?:さん|氏|容疑者)?[（(]\d{2}")
    if lang in UNCASED_LANGS or lang == "ja":
        return [re.compile(p) for p in out], ages_after
    # "Karim S.", "Остап Г.": a given name and an initial is how the press anonymises.
    out.append(rf"(?<![\w.])({_WORD}\s+{_INITIAL})(?!\w)")
    if lex.people:
        # "the brothers Denis and Yaromir": two names after a plural person noun.
        out.append(
            rf"(?<!\w)(?i:{lex.people})\s+({_WORD})\s+(?i:and|y|e|et|und|и|i|і|та|en|ve|oraz)\s+"
            rf"({_WORD})(?!\w)"
        )
    if lex.person:
        # An apposition: "Fyodor, a former contract soldier", "Mehari, a former Eritrean
        # conscript", "Нина, военнослужащая", "Максим — бывший контрактник".
        out.append(
            rf"({NAME})(?:,|\s+[—–])\s+(?:[{LOWER}][\w'’-]*\s+){{0,3}}(?:[{UPPER}][{LOWER}]+\s+)?(?i:{lex.person})"
        )
    if lex.says:
        # A quotation, then who said it: "'... together', says Artjom." A single given
        # name after the quote is the person the story is about; officials are quoted by
        # their full names, which this leaves to the other rules.
        out.append(
            rf"[”\"»’'“]\s*,?\s*(?i:{lex.says})\s+(?:[{LOWER}]+\s+)?({_WORD})(?=[\s,.;:])(?!\s+[{UPPER}])"
        )
    if lex.ranks:
        out.append(rf"(?<!\w)(?i:{lex.ranks})\s+(?:[{LOWER}][\w-]*\s+){{0,1}}({NAME})")
        # "a conscript from Omsk, Ivan Petrov": a home town between the noun and the name.
        out.append(rf"(?<!\w)(?i:{lex.ranks})\s+(?:{_FROM})\s+{_WORD},?\s+({NAME})")
    return [re.compile(p) for p in out], ages_after


@lru_cache(maxsize=64)
def _screens(lang: str) -> list[Screen]:
    """A screen for each of `_patterns(lang)`: most sentences hold none of their cues.
    The letter classes hold no literal a screen could use; parsed as a short range each,
    they give the same clauses for a fraction of the parsing."""
    return [
        Screen(fragment(p.pattern.replace(UPPER, "A-B").replace(LOWER, "a-b"), p.flags))
        for p in _patterns(lang)[0]
    ]


def german_noun(word: str) -> bool:
    """A German word the dictionary knows, or an inflected form of one ("Wochen"): German
    capitalises every noun, so a capitalised word there is no sign of a name. The German
    dictionary is loaded for `_is_common_noun` anyway; no other language's is."""
    return simplemma.is_known(word, lang="de") or simplemma.lemmatize(word, lang="de") != word


def _is_common_noun(word: str, lang: str) -> bool:
    """Person nouns ("Soldat", "Mobilisierter") are capitalised in German, never names."""
    cl = compiled(lang)
    if ARMY.fullmatch(word):
        return True  # "Wojska Polskiego", "Armee": an army, not a person
    if OFFICE_WORD.fullmatch(word + " "):
        return True  # "sagte ein Sprecher": an office, not a name
    for pattern in (cl.person, cl.people, cl.ranks):
        if pattern is not None and pattern.fullmatch(word):
            return True
    if lang == "de" and len(word) > 3:
        # A nominalised adjective or participle lemmatises to a lower-case word.
        lemma = simplemma.lemmatize(word, lang="de")
        return lemma[:1].islower()
    return False


# Turkish and Azerbaijani attach case endings after an apostrophe: "Kaya'nın" is Kaya.
_APOSTROPHE_SUFFIX = re.compile(rf"['’][{LOWER}]+$")
_SUFFIX_LANGS = {"tr", "az"}


@lru_cache(maxsize=4096)
def _clean(candidate: str, lang: str, trusted: bool = False) -> str:
    """`trusted`: a pseudonym cue says this is a name, even if it looks like a place."""
    words = candidate.split()
    if lang in _SUFFIX_LANGS:
        words = [_APOSTROPHE_SUFFIX.sub("", w) for w in words]
    while words and words[0] in _STOP:
        words = words[1:]
    gaz = gazetteer(lang)
    if not trusted and len(words) > 1 and gaz.names.fullmatch(" ".join(words)):
        return ""  # "Costa Rica", "Nizhny Novgorod": one place in several words
    if not trusted and any(_ORGANISATION.fullmatch(w) for w in words):
        return ""  # "Tribunal Supremo", "Horn Conscience": an institution, not a person
    words = [w for w in words if not _ELIDED_ARTICLE.match(w)]  # "L'uomo": "the man"
    months = [p for p, _ in month_patterns(lang)]
    kept: list[str] = []
    for word in words:
        if word in _TIME_WORDS or any(p.fullmatch(word) for p in months):
            # "dem Mann Ende Juni Asyl gewährt": a date word, then a noun.
            return " ".join(kept) if kept else ""
        if (not trusted and (gaz.names.fullmatch(word) or gaz.demonyms.fullmatch(word))) or _is_common_noun(
            word, lang
        ):
            # A place, a nationality or a person noun ends the name ("Fyodor Moscow" is no
            # name); before it, it is the name's apposition ("Украјинца Васиља Поповича").
            if kept:
                break
            continue
        kept.append(word)
    return " ".join(kept)


# "Тячівського району", "Region Lwiw": a region's adjective or a place, not a person.
_REGION_AFTER = re.compile(
    r"^\s+(?:район\w*|област\w*|регион\w*|округ\w*|кра[йяю]\w*|губерни\w*|powiat\w*|"
    r"województw\w*|oblast\w*|region\w*|district\w*|province\w*|провінц\w*)",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|\s)(?:aus|der|dem|von|из|с|в|во|на|у|з|із|від|from|of|in|de|du|des|di|da|del|z|ze|w|we|do|în|din|spre|från|fra|iz|iš|"
    r"uit|van|naar|em|no|na|мешкан\w*|жител\w*|уроженец|уродженець|resident|native|"
    r"mieszkan\w*|abitante|residente|habitant|inwoner|einwohner|sakini|"
    # Units and streets named after people: "pułk imienia X", "ulica Y", "Regiment Z".
    r"pluk\w*|pułk\w*|полк\w*|полку|regiment\w*|battalion|bataillon|batalion\w*|батальон\w*|"
    r"brigade|brygad\w*|бригад\w*|ulic\w*|улиц\w*|вулиц\w*|street|straße|strasse|rue|via|calle|rua)\s+$",
    re.IGNORECASE,
)


# "просит звать его Петей": a name after "call him" is in the instrumental case.
_CALL = re.compile(
    r"(?:назыв|зват|назва|назив|клика|nazywa|nazywać|nazwać|nazwij)\w*\s+(?:\w+\s+)?$", re.IGNORECASE
)
_INSTRUMENTAL = (("шей", "ша"), ("жей", "жа"), ("чей", "ча"), ("щей", "ща"), ("ей", "я"), ("ой", "а"),
                 ("ом", ""), ("ем", "ь"), ("em", ""), ("ą", "a"))  # fmt: skip


# "Денису Курбатову 29 лет", "Тарасові 30 років": an age is given to the person in the dative.
_DATIVE_AGE = re.compile(r"^\s+\d{2}\s+(?:лет|года?|років|роки|рок|гадоў|гады)(?!\w)")
_DATIVE = (("ові", ""), ("еві", ""), ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ею", "ей"), ("аю", "ай"),
           ("ию", "ий"), ("у", ""))  # fmt: skip


def _from_dative(word: str) -> str:
    for ending, replacement in _DATIVE:
        if word.endswith(ending) and len(word) >= len(ending) + 3:
            return word[: -len(ending)] + replacement
    return word


def _nominative(word: str) -> str:
    for ending, replacement in _INSTRUMENTAL:
        if word.endswith(ending) and len(word) >= len(ending) + 2:
            return word[: -len(ending)] + replacement
    return word


# "Вооружённых сил", "Korean People's Army": up to two lower-case words before an army.
_ARMY_AFTER = re.compile(rf"(?:[\s'’]+[{LOWER}][\w'’-]*){{0,2}}\s+(?:{ARMY.pattern})", ARMY.flags)


def _army_name(text: str, start: int, end: int) -> bool:
    """The capitalised words are (the start of) an army's name, not a person's."""
    return bool(ARMY.match(text, start) or _ARMY_AFTER.match(text, end))


def find_names(text: str, lang: str) -> list[NameMention]:
    found: dict[tuple[int, int], NameMention] = {}
    patterns, ages_after = _patterns(lang)
    screens, sentence = _screens(lang), folded(text)
    for index, pattern in enumerate(patterns):
        if not screens[index].may_match(sentence):
            continue
        trusted = index == 0 and bool(compiled(lang).lex.pseudonym)
        for m in pattern.finditer(text):
            for group in range(1, (pattern.groups or 1) + 1):
                raw = m.group(group)
                if raw is None:
                    continue
                if _REGION_AFTER.match(text[m.end(group) :]):
                    continue
                if index != ages_after and _PREPOSITION_BEFORE.search(
                    text[max(0, m.start(group) - 16) : m.start(group)]
                ):
                    continue  # "aus der Region Lwiw": after a preposition, a place
                if not trusted and _army_name(text, m.start(group), m.end(group)):
                    continue  # "Военнослужащий Корейской народной армии": the army's name
                name = _clean(raw, lang, trusted)
                if not name or len(name) < 3:
                    continue
                if (
                    not trusted
                    and m.start(group) == 0
                    and text[m.end(group) : m.end(group) + 1] == ","
                    and not re.search(r"\d", text[m.end(group) : m.end(group) + 16])
                    and name in _SENTENCE_OPENERS
                ):
                    continue  # "Instead, an officer ...": a sentence start, not a name
                start = m.start(group) + m.group(group).index(name.split()[0])
                key = (start, start + len(name))
                if lang in ("ru", "uk", "be", "pl") and _CALL.search(text[max(0, start - 30) : start]):
                    name = " ".join(_nominative(w) for w in name.split())
                elif lang in ("ru", "uk", "be") and _DATIVE_AGE.match(text[key[1] :]):
                    if " " not in name:
                        continue  # "Павлу 28 лет": a given name alone has no sure nominative
                    name = " ".join(_from_dative(w) for w in name.split())
                if not any(s <= key[0] < e for s, e in found):
                    found[key] = NameMention(key[0], key[1], name, trusted)
    return sorted(found.values(), key=lambda n: n.start)


_LEADING = re.compile(rf"^[«\"“„]?({_WORD}(?:\s+{_WORD}){{1,2}})(?=,?\s+[{LOWER}])")
# An elided article before a lower-case noun: "L'uomo", "L’esercito" (not "D'Angelo").
_ELIDED_ARTICLE = re.compile(r"^[LDlsd]['’][a-zà-ÿ]")
# Capitalised words that start organisations, not people.
_ORGANISATION = re.compile(
    r"(?i:tribunal\w*|supremo|suprema|gericht\w*|cour|corte|conscience|consejo|ministerio|ministero|"
    r"ministère|urzęd\w*|fundacja|fundación|fondazione|stiftung|verein|associazione|asociación|association|"
    r"international|watch|ministry|service|office|court|department|agency|committee|"
    r"council|union|group|news|times|post|press|radio|television|tv|police|guard|army|"
    # Newspapers and broadcasters: "cuenta a Diario Caribe Digital".
    r"diario|periódico|jornal|giornale|gazzetta|dziennik|noviny|novine|dagblad|krant|tidning|digital|"
    r"online|daily|revista|rivista|magazin\w*|wire|newswire|dispatch|ledger|courier|herald|tribune|gazette|"
    r"observer|chronicle|journal|bulletin|monitor|"
    r"forces|government|republic|federation|federal|national|state|human|rights|free|"
    r"european|united|red|cross|media|center|centre|institute|foundation|project|fund|"
    # The same institutions in the other languages: border guards, police, ministries,
    # services, agencies, organisations, commissions, "national", "federal".
    r"stra[żz]\w*|graniczn\w*|guardia|nacional\w*|naţional\w*|național\w*|national\w*|nazional\w*|"
    r"národní\w*|narodow\w*|bolivarian\w*|organi[sz]a\w*|organizz\w*|ministerstv\w*|minist[eé]r\w*|"
    r"ministerie|policj\w*|polici\w*|poli[tţț]i\w*|polizei|policía|polícia|serviciul|służb\w*|služb\w*|"
    r"inspectorat\w*|komisj\w*|komis\w*|commission\w*|commissione|comisión|comissão|urz[aą]d\w*|úřad\w*|"
    r"bundesamt|amt|agentur\w*|agenzia|agencia|agência|departament\w*|direc[tț]ia|direc[cç]i[oó]n|"
    r"parlament\w*|senat\w*|sejm\w*|kongres\w*|congres\w*|assembl\w*|armáda|armia|armata|ejército|"
    r"esercito|exército|armee|krijgsmacht|fuerzas|forças|forze|raad|gouvernement|"
    r"gobierno|governo|regierung|rząd\w*|vláda|frontex|unhcr|acnur|iom|oim|"
    # Titles of office before a politician's name: "Devlet Başkanı", "Präsident".
    r"başkan\w*|bakan\w*|devlet|cumhurbaşkan\w*|president\w*|präsident\w*|président\w*|"
    r"presidente|prezydent\w*|prezident\w*|президент\w*|премьер\w*|prime)"
)


def leading_name(text: str, lang: str, cues: list[int]) -> NameMention | None:
    """A first and last name opening a sentence, right before what the person did:
    "Ivan Sorokin fled in May." `cues` are the starts of flight or desertion cues."""
    m = _LEADING.match(text)
    if m is None or not any(0 <= c - m.end(1) <= 25 for c in cues):
        return None
    raw = m.group(1)
    if any(_ORGANISATION.fullmatch(w) for w in raw.split()) or raw.split()[0] in _STOP:
        return None
    gaz = gazetteer(lang)
    if gaz.demonyms.fullmatch(raw.lower()) or gaz.names.fullmatch(raw):
        return None
    name = _clean(raw, lang)
    if name != raw or " " not in name:
        return None  # a place, nationality or common noun inside: not a person's name
    if OFFICE_WORD.match(name):
        return None  # "Szef Urzędu", "Minister Kowalski": an office, not the person who fled
    return NameMention(m.start(1), m.end(1), name)


# Adverbs and conjunctions that open a sentence with a comma, in the languages with rules:
# never a person's name before an apposition.
_SENTENCE_OPENERS = frozenset(
    " ".join(
        (
            "Instead Meanwhile However Later Earlier Eventually Finally Afterwards Today Yesterday Still",
            "Stattdessen Inzwischen Später Schließlich Heute Gestern Trotzdem Allerdings Damals Zuvor",
            "Ensuite Pourtant Finalement Aujourd'hui Hier Depuis Entretemps Cependant Désormais",
            "Invece Intanto Poi Oggi Ieri Tuttavia Infine Dopo Prima Allora",
            "Luego Entonces Hoy Ayer Finalmente Mientras Después Antes Además",
            "Depois Então Hoje Ontem Entretanto Porém Ainda Além",
            "Potem Dziś Wczoraj Jednak Później Wcześniej Wtedy Tymczasem Ostatecznie",
            "Daarna Toen Vandaag Gisteren Ondertussen Echter Uiteindelijk Eerder",
            "Sonra Bugün Dün Ancak Ardından Önce Şimdi",
            "Потом Затем Сегодня Вчера Однако Позже Тогда Теперь Наконец Впрочем",
            "Потім Сьогодні Вчора Однак Пізніше Тоді Тепер Нарешті",
        )
    ).split()
)
# Titles of office before a name or an institution.
OFFICE_WORD = re.compile(
    r"(?i:szef\w*|chef|head|chief|boss|leiter\w*|jefe|capo|начальник\w*|глав\w*|шеф\w*|president\w*|"
    r"prezes\w*|minist\w*|direct\w*|dyrektor\w*|direktor\w*|директор\w*|министр\w*|prezydent\w*|"
    r"президент\w*|präsident\w*|sprecher\w*|rzeczni\w*|spokes\w*)\s"
)


def stems(name: str) -> list[str]:
    """Stems of a name's words that survive inflection ("Соловьёв" -> "Соловь")."""
    out = []
    for word in name.replace(".", " ").split():
        if len(word) < 3:
            continue
        out.append(word if len(word) <= 4 else word[: max(4, len(word) - 2)])
    return out


def surname_key(name: str) -> str:
    parts = [w for w in name.split() if not w.endswith(".")]
    word = parts[-1] if parts else name
    return word[: max(4, len(word) - 2)].lower()


def mentions(text: str, name: str) -> bool:
    """Whether `text` mentions the person `name` by any inflected form of a word of it."""
    return any(re.search(rf"(?<!\w){re.escape(stem)}\w{{0,4}}(?!\w)", text) for stem in stems(name))
