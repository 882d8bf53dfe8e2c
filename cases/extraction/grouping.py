"""Splitting an article into cases: one per person or group that fled.

A new named person, or a sentence that introduces "another" man or a group, starts a
case; later sentences attach to the case whose person they name, or to the current case
while they stay in its paragraph or refer to a person. Statistics sentences attach to no
case, so figures about thousands of people never feed a case's fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cases.extraction.analysis import RELATIVES, SentenceInfo
from cases.extraction.names import NameMention, mentions
from cases.extraction.numbers import CountMention
from cases.extraction.places import PlaceMention, authority_in


@dataclass
class Draft:
    """The sentences and anchors of one proposed case, before fields are read."""

    infos: list[SentenceInfo] = field(default_factory=list)
    names: list[tuple[NameMention, SentenceInfo]] = field(default_factory=list)
    count: tuple[CountMention, SentenceInfo] | None = None
    uses_title: bool = False
    another: bool = False  # opened by "another man", "two other Russians"
    age: int | None = None  # the first age its sentences give its person
    context_topic: bool = False  # the sentence before it speaks of desertion or evasion
    section: bool = False  # opened by a subheading that introduces its person: runs to the next

    def mentions(self, info: SentenceInfo) -> bool:
        return any(mentions(info.sentence.text, n.text) for n, _ in self.names)

    @property
    def last_paragraph(self) -> int:
        return self.infos[-1].sentence.paragraph if self.infos else -2


# "un jeune Moldave", "a young Latvian was arrested": a nationality after an
# indefinite article is a person noun.
_ARTICLE = re.compile(
    r"(?<!\w)(?:a|an|one|un|une|uno|una|um|uma|ein|eine|einen|einem|een|bir)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def demonym_person(info: SentenceInfo) -> PlaceMention | None:
    text = info.text
    return next(
        (
            p
            for p in info.places
            if p.kind == "demonym" and _ARTICLE.search(text[max(0, p.start - 24) : p.start])
        ),
        None,
    )


# "One of the men, who gave his name as Andriy", "podle jednoho z nich, Denise": a name
# given as one of a group is that group's member, not another case.
_MEMBER = re.compile(
    r"(?<!\w)(?:one of (?:them|the (?:men|soldiers|group|deserters|conscripts|\w+))|among them|"
    r"eine[rnm]? (?:von ihnen|der (?:männer|soldaten|gruppe))|unter ihnen|"
    r"l['’]un d['’]eux|l['’]un des|parmi eux|uno de (?:ellos|los)|entre ellos|uno di loro|uno dei|"
    r"tra (?:loro|di loro)|um deles|um dos|entre eles|een van hen|een van de|onder hen|"
    r"jed(?:en|nego|nemu|nym|noho|nomu) z (?:nich|mężczyzn|żołnierzy|mužů|vojáků)|wśród nich|mezi nimi|"
    r"од(?:ин|ного|ному) из (?:них|мужчин|солдат|военных)|среди них|од(?:ин|ного|ному) з (?:них|чоловіків)|"
    r"серед них|адз(?:ін|інаго|наго) з іх|jedan od njih|један од њих|unul dintre (?:ei|ele|bărbați|soldați)|"
    r"içlerinden biri|en av (?:dem|männen)|vienas iš jų|אחד מהם|أحدهم|یکی از آنها|そのうちの一人|그중 한 명|"
    r"олардың бірі)",
    re.IGNORECASE,
)


def _member(info: SentenceInfo, current: Draft | None, names: list[NameMention]) -> bool:
    if current is None or current.count is None or not current.count[0].group or current.names:
        return False
    first = min(n.start for n in names)
    return bool(_MEMBER.search(info.text[max(0, first - 120) : first]))


def _group_count(info: SentenceInfo) -> CountMention | None:
    for count in info.counts:
        if count.group:
            return count
    return None


def _beside(info: SentenceInfo, known: Draft, new_names: list[NameMention]) -> bool:
    """ "Petrov's comrade Ivan K. was arrested as well": a full new name next to a known person
    is somebody else; a lone given name may still be the known person's."""
    return any(" " in n.text for n in new_names) and known.mentions(info)


def group(infos: list[SentenceInfo]) -> list[Draft]:
    drafts: list[Draft] = []
    current: Draft | None = None
    before: SentenceInfo | None = None
    quoting = False  # inside a quotation that an earlier sentence opened
    introduced: SentenceInfo | None = None  # a person named before any flight, no case yet
    lead: list[SentenceInfo] = []  # the sentences that introduce him, ending with `introduced`
    title_info = next((i for i in infos if i.sentence.in_title), None)
    title = title_info.sentence.text if title_info is not None else ""
    for info in infos:
        if (
            info.sentence.heading
            and not (title and title[:40] in info.sentence.text)  # the headline again
            and (age_of(info) is not None or info.names or info.has("person"))
        ):
            # "2. «Ilya», 25, Tver": a subheading that introduces somebody ends the story
            # before it; the paragraph under it opens the next one.
            current, quoting = Draft(section=True), False
            drafts.append(current)
            current.age = age_of(info)
            current.infos.append(info)
            continue
        if info.sentence.in_title or info.sentence.furniture:
            continue
        previous, before = before, info
        quoting, opened = _still_quoting(quoting, info.text), quoting
        age = age_of(info)
        known = next((d for d in drafts if d.names and d.mentions(info)), None)
        new_names = [
            n
            for n in info.names
            if not any(
                mentions(n.text, m.text) or mentions(m.text, n.text) for d in drafts for m, _ in d.names
            )
        ]
        if info.statistic and not new_names and known is None:
            continue
        another = bool(info.cues.get("another")) and (
            info.has("person", "people") or bool(info.names) or bool(info.counts)
        )
        if another and known is not None and not new_names:
            # "Ledyankin's story made another Russian soldier leave": a new person.
            known = None
        if new_names:
            recent = current is not None and current.last_paragraph >= info.sentence.paragraph - 1
            # A name right after an unnamed lead ("A Russian soldier ... Vitali S., 27,")
            # names that lead; after a whole unnamed story it is somebody else.
            short = current is not None and len(current.infos) <= 2
            # A name inside a group's paragraph is one of the group ("six soldiers ...
            # said Fyodor, a former contract soldier").
            member = (
                current is not None
                and current.count is not None
                and info.sentence.paragraph == current.last_paragraph
            )
            # "He wants to be called Max": a pseudonym with a pronoun names the lead.
            called = any(n.pseudonym for n in new_names) and info.has("pronoun")
            attach = recent and (short or member or called) and not another
            attach = attach or _member(info, current, new_names)
            if current is not None and not current.names and attach:
                target = current
            elif known is not None and not _beside(info, known, new_names):
                target = known
            else:
                target = Draft()
                drafts.append(target)
            target.names.extend((n, info) for n in new_names)
            current = target
        elif known is not None:
            current = known
        elif (
            current is not None and current.age is not None and age is not None and abs(age - current.age) > 1
        ):
            # "Vorontsov, 27, ... The 21-year-old from Hrodna": another age, another person
            # ("18 when the summons came, 19 today" is the same one).
            current = Draft()
            drafts.append(current)
        elif another and (info.topic or info.has("fled", "leave", "asylum", "deceased") or info.counts):
            current = Draft(another=True)
            drafts.append(current)
        elif current is None and info.sentence.text[:1] in "\"«“„'":
            continue  # a quotation speaks of people in general; it does not open a case
        elif current is None:
            # A case opens at the first sentence about a serviceman or man who left
            # service, fled or sought protection; the topic cue may come later.
            person = info.has("person", "people") or bool(info.counts) or demonym_person(info) is not None
            moving = info.topic or info.has(
                "fled", "leave", "asylum", "applied", "granted", "refused", "detained", "returned", "deceased"
            )
            # "A soldier came to a border post. He is a corporal, 26.": the sentences that
            # introduce him, while they follow one another.
            near = bool(lead) and info.sentence.index - lead[-1].sentence.index <= 2
            if person and not moving:
                lead = [*lead, info] if near else [info]
                introduced = info  # "He is 28 and served five years as a soldier."
            elif not moving and near and (info.has("pronoun") or age_of(info) is not None):
                lead.append(info)
            # "A conscript who would not shoot: ..." over a story that opens on what he did
            # without naming him again: the headline introduced him.
            headlined = not drafts and one_person_headline(title_info)
            if not moving or not (person or _introduced(introduced, info) or (headlined and info.topic)):
                continue
            current = Draft()
            drafts.append(current)
            if near:
                current.infos.extend(lead)
            elif not person and introduced is not None:
                # "... was a soldier. He is in hiding. Then he deserted.": the man the
                # story introduced a few sentences before opens the case.
                current.infos.append(introduced)
            lead = []
        else:
            same_paragraph = info.sentence.paragraph == current.last_paragraph
            refers = info.has("pronoun") or info.has(
                "returned", "granted", "refused", "visa_granted", "detained", "applied"
            )
            # "They were arrested": a plural pronoun refers back to a group only.
            refers = refers or (current.count is not None and info.has("they"))
            # "The answer from the Migration Agency: refused." An authority's decision.
            refers = refers or (info.has("refuse", "grant") and authority_in(info.text) is not None)
            quoted = info.text.lstrip()[:1] in QUOTES
            # "Maksim, a former contract soldier, wrote to us. «In November I walked away from
            # the positions ...»": the person's own account, in the first person, goes on.
            # A quotation still open goes on being theirs, however many paragraphs it runs.
            refers = refers or (
                bool(current.names)
                and (opened or (info.sentence.paragraph <= current.last_paragraph + 1 and quoted))
                and bool(_FIRST_PERSON.search(info.text))
            )
            # "Nel maggio 2023 è partito in treno per Mosca": where the language drops the
            # pronoun, the next paragraph goes on about the same man when it opens on what
            # he did, with no other person in it.
            refers = refers or (
                info.sentence.paragraph == current.last_paragraph + 1
                and _opens_paragraph(info, previous)
                and not (info.names or info.counts or info.has("person", "people", "they"))
                and info.text.lstrip()[:1] not in QUOTES
                and not RELATIVES.search(info.text)
                and info.has("fled", "leave", "arrive", "asylum", "desert", "stay")
            )
            if not (same_paragraph or refers or current.section):
                continue
        if not current.infos:
            # "Not everyone who flees the draft comes back. Oleksandr, 29, ...": the
            # topic of the sentence before carries over to the case it introduces.
            current.context_topic = previous is not None and previous.topic
        if current.count is None and not current.names and not _one_person(current):
            count = _group_count(info)
            if count is not None:
                current.count = (count, info)
        if current.age is None:
            current.age = age
        current.infos.append(info)
    return _lead_named_later(drafts)


# "Ivan, 27,", "a 27-year-old", "27-летний", "27 anni": the age of the sentence's person.
_AGE_VALUE = re.compile(
    r",\s*(\d{2})\s*[,(]|(?<!\d)(\d{2})[- ]?(?:year|лет\b|летн|річн|років|jähr|jarig|letni|letý|enne|yaş|"
    r"ans\b|anni\b|años|anos\b|ani\b|år\b|metų|წლის|տարեկան|歳|세)",
    re.IGNORECASE,
)


_AT_AGE = re.compile(
    r"(?<!\w)(?:at|at the age of|when (?:he|she) was|aos|às|a los|al|à|à l['’]âge de|all['’]età di|"
    r"mit|im alter von|als|в|в возрасте|у|у віці|w wieku|na|op|på|la|v|ve|s|iš)\s+$",
    re.IGNORECASE,
)


def age_of(info: SentenceInfo) -> int | None:
    """The age a sentence gives, unless it is a relative's ("his 19-year-old son")."""
    text = info.text
    for m in _AGE_VALUE.finditer(text):
        if RELATIVES.search(text[max(0, m.start() - 24) : m.end() + 16]):
            continue
        if re.search(r"\d\s*[-–—]\s*$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "men aged 18–60": a range of ages is nobody's age
        if _AT_AGE.search(text[max(0, m.start() - 24) : m.start()]):
            continue  # "signed up at 19": the person's age then, not another person
        return int(m.group(1) or m.group(2))
    return None


def _introduced(person: SentenceInfo | None, info: SentenceInfo) -> bool:
    """A serviceman introduced in this paragraph or the one before, whom `info` goes on
    about ("he", or a verb alone where the language drops the pronoun)."""
    if person is None or info.statistic or info.has("people", "they"):
        return False
    near = info.sentence.paragraph - person.sentence.paragraph <= 1
    return (
        near
        and info.sentence.index - person.sentence.index <= 4
        and (bool(person.roles) or age_of(person) is not None)
    )


def one_person_headline(title: SentenceInfo | None) -> bool:
    """The headline speaks of one serviceman ("A conscript who would not shoot: ..."), not
    of people."""
    return title is not None and title.has("person") and not title.has("people")


def _opens_paragraph(info: SentenceInfo, previous: SentenceInfo | None) -> bool:
    return previous is None or previous.sentence.paragraph != info.sentence.paragraph


def _one_person(draft: Draft) -> bool:
    """The case opened on one man ("a 34-year-old soldier ..."): a number of people later in
    its story ("guards detained two men") is somebody else, not the case's size."""
    if not draft.infos:
        return False
    opening = draft.infos[0]
    return opening.has("person") and not opening.has("people", "they") and not opening.counts


# "I", "my", "me" in the languages with rules.
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:I|I'm|I've|my|me|ich|mein\w*|mir|mich|je|j['’]|moi|mon|ma|mes|io|mio|mia|yo|mí|eu|meu|"
    r"minha|ja|mnie|mój|moja|mi|я|мне|меня|мой|моя|мені|мене|мій|ја|мене|ben|benim|ik|mijn|jag|mig)(?!\w)"
)
QUOTES = '«»“”„"‹›'


def _still_quoting(quoting: bool, text: str) -> bool:
    """Whether a quotation is open after `text`. « „ open and » ” close; “ opens in English
    and closes in German („…“), so it closes a quotation that is open and opens one that is not."""
    for mark in re.findall(r"[«»„“”]", text):
        quoting = mark in "«„" or (mark == "“" and not quoting)
    return quoting


def _lead_named_later(drafts: list[Draft]) -> list[Draft]:
    """ "The migration service recognised Belarusian Oleksandr Korsak ..." in an inflected
    form the name rules missed, and the story then goes on about "Korsak": the unnamed lead
    is the named person's. An unnamed draft whose sentences mention the name of exactly one
    later named draft joins it."""
    out: list[Draft] = []
    for i, draft in enumerate(drafts):
        if not draft.names and not draft.another and not draft.section and draft.count is None:
            later = [d for d in drafts[i + 1 :] if d.names and any(d.mentions(x) for x in draft.infos)]
            if len(later) == 1:
                later[0].infos[:0] = draft.infos
                later[0].context_topic = later[0].context_topic or draft.context_topic
                continue
        out.append(draft)
    return out
