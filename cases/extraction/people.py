"""People an article speaks of, found over the whole article rather than one sentence.

`names.py` finds a name only beside a cue in its own sentence ("Vitali, 27,", "identified
only as Max"). Stories more often introduce their person once and then go on by surname
or given name: "Ivan Sorokin still remembers ... Sorokin says". This module reads every
body sentence, gathers capitalised word sequences that are not places, months,
organisations or common words, joins the forms of one person (full name, surname alone,
inflected forms), and keeps those the article treats as a person: an age beside the name,
a person or rank noun before it, speech, or the same surname used again. People named in
another role (a lawyer, a spokesperson, an official, the reporter) are kept apart, so
that they never become the case's person.

The engine adds these people's mentions to the sentence names, so cases open and attach on
them; `everyone=True` returns everyone named like a person, in any role, for withholding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cases.extraction.analysis import OFFICIAL, RELATIVES, SentenceInfo
from cases.extraction.names import (
    _ORGANISATION,
    _PREPOSITION_BEFORE,
    _STOP,
    AGE_UNITS,
    CAPTION,
    LOWER,
    OFFICE_WORD,
    UPPER,
    _clean,
    german_noun,
    surname_key,
)

# The cased scripts of names.py, with Serbian, Macedonian, Kazakh, Armenian and Greek.
_UP = UPPER + "ЂЈЉЊЋЏЃЌЅԱ-ՖΑ-ΩΆΈΉΊΌΎΏ"
_LOW = LOWER + "ђјљњћџѓќѕա-ֆα-ωάέήίόύώϊϋΐΰς"
_W = rf"[{_UP}][{_LOW}’']+(?:-[{_UP}]?[{_LOW}]+)?"
_CANDIDATE = re.compile(rf"(?<![\w’'-])({_W}(?:\s+{_W}){{0,2}}(?:\s+[{_UP}]\.)?)(?![\w’'])")
# "アントン・ベリャーエフ": a katakana name with its middle dot.
_KATAKANA = re.compile(r"[ァ-ヺー]{2,}(?:[・=＝][ァ-ヺー]{2,})+")

# Somebody named in another role than the person who fled.
_ROLES = (
    r"lawyer|attorney|advocate|counsel|solicitor|spokes\w*|minister|president|director|professor|"
    r"researcher|analyst|expert|journalist|reporter|correspondent|editor|photographer|judge|official|"
    r"commissioner|deputy|senator|mayor|ambassador|coordinator|founder|chair\w*|"
    r"activist|volunteer|priest|doctor|psychologist|historian|author|writer|host|presenter|"
    r"anwält\w*|anwalt|rechtsanwält\w*|rechtsanwalt|sprecher\w*|minister\w*|leiter\w*|direktor\w*|"
    r"journalist\w*|richter\w*|experte|expertin|avocat\w*|porte-parole|ministre|directeur|"
    r"directrice|juge|journaliste|chercheu\w*|avvocat\w*|portavoce|ministro|direttore|giudice|"
    r"giornalist\w*|abogad\w*|portavoz|juez|periodista|advogad\w*|porta-voz|jornalista|adwokat\w*|"
    r"rzeczni\w*|ministr\w*|dyrektor\w*|sędzi\w*|dziennikar\w*|адвокат\w*|юрист\w*|"
    r"правозащитни\w*|пресс-секретар\w*|представител\w*|министр\w*|директор\w*|судь\w*|"
    r"журналист\w*|эксперт\w*|руководител\w*|глав\w*|депутат\w*|речни\w*|avukat\w*|sözcü\w*|"
    r"bakan\w*|müdür\w*|hakim\w*|gazeteci\w*|advocaat|woordvoerder|rechter|advokát\w*|mluvčí|"
    r"soudce|novinář\w*|avocatul\w*|purtător\w*|judecător\w*|advokat\w*|"
    # Ukrainian and Belarusian forms: "правозахисниця Айгерім С.", "журналіст".
    r"правозахисни\w*|праваабаронц\w*|журналіст\w*|міністр\w*|речни\w*|судд\w*|суддз\w*|"
    # Legal representatives: "jeho právní zástupkyně Hana K.", "ihr Vertreter".
    r"representative|représentant\w*|rappresentant\w*|representante|vertreter\w*|vertegenwoordiger|"
    r"temsilci\w*|zástupc\w*|zástupkyn\w*|pełnomocni\w*|predstavni\w*|reprezentant\w*"
)
_ROLE_BEFORE = re.compile(
    rf"(?:(?<!\w)(?i:{_ROLES})\s*[,:]?\s*(?:[\w’'-]+\s+){{0,3}}|(?<!\w)(?i:by|von|par|por|de|od)\s+)$"
)
# "im Gebiet Cherson", "nel distretto": contracted prepositions before a place.
_AT = re.compile(
    r"(?<!\w)(?:im|am|zum|zur|beim|ins|nel|nella|del|al|au|aux|no|na|do|da|w|we|у|ў)\s+$", re.IGNORECASE
)
# Newspapers, agencies and broadcasters quoted by name.
_MEDIA = re.compile(
    r"(?i:guardian|herald|tribune|journal|gazette|telegraph|chronicle|observer|reuters|bloomberg|"
    r"zeitung|spiegel|monde|figaro|libération|corriere|repubblica|país|mundo|gazeta|kurier|"
    r"nachrichten|rundschau|nieuws|haber|medyascope|meduza|novaya|izvestia|kommersant|"
    r"agency|agentur|agence|agencia|agenzia|ajansı)"
)
# "Gazizov's world": the English possessive is no part of the name.
_POSSESSIVE = re.compile(r"['’]s?$")
# Words that start the names of institutions: courts, border guards, police, offices.
_INSTITUTION = re.compile(
    r"(?i:straż|granicz|polic|polizei|полиц|поліц|guardia|garde|gendarm|гвард|прикордон|погран|"
    r"sąd|gericht|tribunal|tribunale|суд|mahkeme|soud|rechtbank|court|urząd|amt\b|bundesamt|office|"
    r"bureau|ministe|ministr|министерств|міністерств|commission|komisj|комисс|коміс|agenc|agentur|"
    r"служб|dienst|servizio|servicio|serviço|service)"
)
_ROLE_WORD = re.compile(rf"(?i:{_ROLES})\s")
_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?:(?:a|an|the|der|die|ein|eine|le|la|un|une|il|lo|el|o|de)\s+)?(?:[\w’'-]+\s+){0,3}?"
    rf"(?i:{_ROLES}|head)"
)
# "сам Павел, его адвокат уже подала жалобу": a role that belongs to the person ("his
# lawyer") is somebody else's, not the person's own.
_THEIR = re.compile(
    r"(?<!\w)(?i:his|her|their|its|sein\w*|ihr\w*|son|sa|ses|leur|suo|sua|suoi|loro|su|sus|seu|"
    r"jego|jej|ich|zijn|haar|hans|hennes|deras|его|её|ее|их|його|її|яго|яе|іх|onun|njegov\w*|njen\w*|"
    r"jeho|její|lui|ei)(?!\w)"
)
# "José Rivas era sargento", "Ivan Petrov was a conscript": the name, a verb of being,
# then a person noun.
_COPULA_AFTER = re.compile(
    r"^\s+(?i:is|was|had been|has been|ist|war|est|était|a été|è|era|fu|es|fue|é|foi|jest|był|była|je|"
    r"bio|byl|byla|este|a fost|är|var|er|het)\s"
)
# "Vasîl Huțuleac, originar dintr-un sat": a native of somewhere, an apposition of a person.
_NATIVE_AFTER = re.compile(
    r"^\s*,\s*(?i:originar\w*|originaire|oriundo|oriunda|originario|originaria|natural de|native of|"
    r"born in|a native|gebürtig\w*|pochodząc\w*|pochodzi|родом|уроженец|уроженка|уродженець|"
    r"уродженка|родам|ураджэнец|rodák|rodem|doğumlu|afkomstig|född i)(?!\w)"
)
# An age beside a name: "Ivan, 27,", "Ivan (27)", "27-year-old Ivan", "27-летний Иван".
_AGE_AFTER = re.compile(
    r"^\s*(?:,\s*(?:aged\s+)?\d{2}\s*[,.)]|\(\d{2}\)|,\s*\d{2}\s+\w+)"
    # "Wilmer Astudillo tenía 27 años", "Денису Курбатову 29 лет": a verb of being or
    # having, then the age.
    rf"|^\s+(?:[{LOWER}]+\s+){{0,2}}\d{{2}}\s+(?i:{AGE_UNITS})(?!\w)"
)
_AGE_BEFORE = re.compile(
    r"\d{2}[- ]?(?:year|jähr|jarig|letni|letý|річн|летн|ans|anni|años|anos|yaş|годов|гадов)\w*"
    r"(?:\s+[\w’'-]+){0,3}\s+$",
    re.IGNORECASE,
)
_AGE_IN = re.compile(
    r"\d{2}[- ](?:year-old|jährige|jarige|letni|letý|річн\w+|летн\w+|yaşındaki)", re.IGNORECASE
)
# Speech: said, says, told, recalls, in the languages with rules, beside the name.
_SPEECH = (
    r"said|says|told|tells|recalls|recalled|explains|explained|adds|added|writes|wrote|"
    r"sagt|sagte|erzählt|erzählte|berichtet|dit|raconte|explique|affirme|dice|disse|racconta|"
    r"dijo|cuenta|explica|afirma|diz|conta|contou|powiedział\w*|mówi|opowiada|wspomina|"
    r"сказал\w*|говорит|рассказ\w*|вспоминает|поясняет|сказав|каже|розпов\w*|згадує|"
    r"zegt|zei|vertelt|vertelde|dedi|diyor|anlatıyor|anlattı|söyledi|řekl\w*|říká|popsal\w*|"
    r"vypráví|spune|a spus|povedal\w*|teigia|sako|pasakojo"
)
_SPEECH_NEAR = re.compile(rf"(?<!\w)(?i:{_SPEECH})(?!\w)")
_EVENT_CUES = ("desert", "draft", "defect", "fled", "leave", "arrive", "stay", "asylum")


@dataclass
class Mention:
    info: SentenceInfo
    start: int
    end: int
    text: str
    known: bool = False  # every word is a dictionary word


@dataclass
class Person:
    text: str
    key: str
    mentions: list[Mention] = field(default_factory=list)
    strong: int = 0  # mentions with an age or a person noun beside them
    beside: int = 0  # of those, with the age or noun right next to the name
    speech: int = 0  # mentions beside a verb of speech
    role: bool = False  # named as a lawyer, an official, the reporter: not a person who fled
    relative: bool = False  # "his brother Oleg", "мать Ирина": family, named as a person
    prepositional: int = 0  # mentions after a preposition: "in Zemun", "aus Tscheljabinsk"
    pictured: bool = False  # a caption names the person: "Photo: Kirill Bazhenov at a café"
    aged: int = 0  # mentions with an age or a person noun right beside (not a name cue alone)

    @property
    def place(self) -> bool:
        """A place the gazetteer lacks, named after a preposition at least half the time
        ("in Zemun"); a person's story also says "the dream of Karim" now and then."""
        return self.prepositional > 0 and 2 * self.prepositional >= len(self.mentions)

    @property
    def source(self) -> bool:
        """Named as a relative or in a role, and never as someone who fled: whoever tells
        the story ("his brother Bilal says"), whatever rule found the name."""
        return (self.relative and self.aged == 0) or (self.role and self.beside == 0)

    @property
    def words(self) -> int:
        return max(len(_parts(m.text)) for m in self.mentions)

    @property
    def person_like(self) -> bool:
        """Named like a person, in whatever role: a full name, or a word beside an age, a
        person noun, speech or a role."""
        if self.place or all(m.known for m in self.mentions):
            return False
        return self.words >= 2 or self.strong >= 1 or self.speech >= 1 or self.role or self.relative

    @property
    def credible(self) -> bool:
        # An age right beside the name outweighs a role word nearby ("Avukatı, Hamed'in
        # başvurusu": his lawyer filed Hamed's claim): lawyers and officials get no ages.
        if self.source or self.place:
            return False  # "his brother Bilal says": a relative who speaks is a source
        if all(m.known for m in self.mentions) and self.beside == 0:
            return False
        if self.pictured and len(self.mentions) >= 2:
            return True  # pictured and written about: the person the story is about
        if self.words >= 2:
            # "Ivan Sorokin ... Sorokin says": the full name, then the surname alone.
            short = any(len(_parts(m.text)) == 1 for m in self.mentions)
            # A full name written again and again in the story is its person too.
            sentences = len({id(m.info) for m in self.mentions})
            named = self.strong >= 1 or (short and len(self.mentions) >= 2) or sentences >= 3
        else:
            # A lone given name needs to recur with something that makes it a person.
            initial = all(_sentence_initial(m) for m in self.mentions)
            if len(self.mentions) < 2 or initial:
                # "Pawel sitzt auf dem Bett. ... Pawel war Wehrpflichtiger": written again,
                # once with a person noun or an age right beside it.
                named = self.strong >= 2 or (len(self.mentions) >= 2 and self.aged >= 1)
            else:
                named = self.strong >= 1 or self.speech >= 2
        # ... and to be said to have done something the cases are about.
        return named and any(_eventful(m) for m in self.mentions)


def _parts(text: str) -> list[str]:
    return re.split(r"[\s・=＝]+", text.strip())


def _known(words: list[str], lower: frozenset[str], lang: str) -> bool:
    """Every word is a common word: one the article also writes in lower case, a German
    dictionary noun, or the name is an office or institution ("Szef Urzędu", "Straż
    Graniczna", "Verwaltungsgericht Hannover")."""
    if OFFICE_WORD.match(" ".join(words) + " ") or any(_INSTITUTION.match(w) for w in words):
        return True
    return all(w.lower() in lower or (lang == "de" and german_noun(w)) for w in words)


def _sentence_initial(m: Mention) -> bool:
    return not m.info.text[: m.start].strip(" \"«„“'(—–-")


def _common(word: str, lower: frozenset[str]) -> bool:
    """A capitalised sentence start ("Friends drove him east") whose lower-case form the
    text also uses is a common word, not a name."""
    return word.lower() != word and word.lower() in lower


def _strong(info: SentenceInfo, start: int, end: int, beside: bool = False) -> bool:
    """An age or a person noun beside the name (or, unless `beside`, an age in its sentence)."""
    text = info.text
    before, after = text[max(0, start - 60) : start], text[end : end + 40]
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return True
    if not beside and _AGE_IN.search(text):
        return True  # "Ivan ... the 31-year-old says"
    if any(0 <= start - c.end <= 3 for k in ("person", "people") for c in info.cues.get(k, [])):
        return True  # "the deserter Ivan", "soldier Ivan Petrov"
    if _NATIVE_AFTER.match(after):
        return True
    # "Ivan, a former contract soldier", "José Rivas era sargento da Guarda"
    appositive = "," in after[:3] or bool(_COPULA_AFTER.match(after))
    return appositive and any(0 <= c.start - end <= 40 for c in info.cues.get("person", []))


def _their_role_after(text: str, end: int) -> bool:
    """ "Yelena Markova, a lawyer", but not "Павел, его адвокат": the person's own role."""
    m = _ROLE_AFTER.match(text[end : end + 60])
    return m is not None and not _THEIR.search(m.group(0))


def _speech(info: SentenceInfo, start: int, end: int) -> bool:
    return bool(_SPEECH_NEAR.search(info.text[max(0, start - 40) : end + 40]))


def _eventful(m: Mention) -> bool:
    """The mention's sentence tells what the person did or what became of them."""
    info = m.info
    if any(info.cues.get(k) for k in _EVENT_CUES) or any(info.statuses.get(k) for k in OFFICIAL):
        return True
    return _strong(info, m.start, m.end) or _speech(info, m.start, m.end)


def _candidates(info: SentenceInfo, lang: str, lower: frozenset[str]) -> list[Mention]:
    text = info.text
    out: list[Mention] = []
    taken = [(p.start, p.end) for p in info.places]
    for m in _CANDIDATE.finditer(text):
        raw = _POSSESSIVE.sub("", m.group(1))
        if raw.isupper():
            continue
        name = _clean(raw, lang)
        words = name.split()
        # "För Siarhej", "Enligt Migrationsverket": a sentence start the text also writes
        # in lower case is a common word.
        while words and _common(words[0], lower):
            words = words[1:]
        name = " ".join(words)
        if not name or len(name) < 3:
            continue
        if any(_ORGANISATION.fullmatch(w) or _MEDIA.fullmatch(w) for w in words) or words[0] in _STOP:
            continue
        start = m.start(1) + raw.index(words[0])
        end = start + len(name)
        if any(s < end and start < e for s, e in taken):
            continue
        if len(words) == 1 and len(name) < 4:
            continue
        out.append(Mention(info, start, end, name, _known(words, lower, lang)))
    for m in _KATAKANA.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(Mention(info, m.start(), m.end(), m.group(0)))
    return out


def named_people(infos: list[SentenceInfo], lang: str) -> list[Person]:
    """Every capitalised candidate the article names, as people with what the text says
    of them (`credible`, `source`, `person_like`)."""
    body = [i for i in infos if not i.sentence.in_title and not i.sentence.furniture]
    whole = "\n".join(i.text for i in body)
    # The words the article writes in lower case.
    lower = frozenset(w for w in re.findall(r"[\w’']+", whole) if w.islower())
    people: dict[str, Person] = {}
    for info in body:
        for mention in _candidates(info, lang, lower):
            key = (
                _katakana_key(mention.text)
                if _KATAKANA.fullmatch(mention.text)
                else surname_key(mention.text)
            )
            person = people.get(key)
            if person is None:
                person = people[key] = Person(mention.text, key)
            elif len(mention.text.split()) > len(person.text.split()):
                person.text = mention.text  # the fullest form names the person
            person.mentions.append(mention)
            text = info.text
            if (
                _ROLE_BEFORE.search(text[max(0, mention.start - 50) : mention.start])
                or _ROLE_WORD.match(mention.text)
                or _their_role_after(text, mention.end)
            ):
                person.role = True
            elif _PREPOSITION_BEFORE.search(text[max(0, mention.start - 16) : mention.start]) or _AT.search(
                text[max(0, mention.start - 8) : mention.start]
            ):
                person.prepositional += 1
            else:
                if RELATIVES.search(text[max(0, mention.start - 24) : mention.start]):
                    person.relative = True
                # "Taras (Name geändert)": a name the sentence rules found by its cue.
                cued = any(n.start <= mention.start < n.end for n in info.names)
                person.strong += cued or _strong(info, mention.start, mention.end)
                aged = _strong(info, mention.start, mention.end, beside=True)
                person.beside += cued or aged
                person.aged += aged
                person.speech += _speech(info, mention.start, mention.end)
    for info in infos:
        caption = CAPTION.match(info.text) if info.sentence.furniture else None
        person = people.get(surname_key(caption.group(1))) if caption else None
        if person is not None and not person.role and len(person.text.split()) >= 2:
            person.pictured = True
    # A given name alone whose full form is known is the same person: "Kirill" of
    # "Kirill Bazhenov".
    full = [p for p in people.values() if len(p.text.split()) >= 2]
    for key, person in list(people.items()):
        if len(person.text.split()) == 1:
            owner = next((f for f in full if f is not person and f.text.split()[0] == person.text), None)
            if owner is not None:
                owner.mentions.extend(person.mentions)
                owner.strong += person.strong
                owner.beside += person.beside
                owner.aged += person.aged
                owner.speech += person.speech
                owner.role = owner.role or person.role
                owner.prepositional += person.prepositional
                owner.relative = owner.relative or person.relative
                owner.pictured = owner.pictured or person.pictured
                del people[key]
    return list(people.values())


def find_people(infos: list[SentenceInfo], lang: str, *, everyone: bool = False) -> list[Person]:
    """The people the article names as persons who may be cases; with `everyone`, every
    person it names in any role (lawyers, officials, relatives, the reporter), for
    withholding names from those who may not see them."""
    people = named_people(infos, lang)
    return [p for p in people if (p.person_like if everyone else p.credible)]


def _katakana_key(text: str) -> str:
    return re.split(r"[・=＝]", text)[-1]


__all__ = ["Person", "find_people", "named_people"]
