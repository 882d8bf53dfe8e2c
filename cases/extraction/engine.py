"""The extraction pipeline: text in, proposed cases out.

normalise -> language -> sentences -> per-sentence mentions and cues -> relevance ->
cases (grouping) -> fields with evidence and confidence.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from cases.extraction import fields
from cases.extraction.analysis import SentenceInfo, analyse, anchor_of
from cases.extraction.dates import find_dates, parse_published
from cases.extraction.grouping import QUOTES, Draft, age_of, group, one_person_headline
from cases.extraction.language import detect
from cases.extraction.model import Case, ExtractionResult, Value
from cases.extraction.names import NameMention
from cases.extraction.people import named_people
from cases.extraction.segment import split
from cases.extraction.topic import military_in, topicality

EXTRACTOR_VERSION = "rules-1.9"
# What is done to particular people: a headline that reports one tells an event.
OFFICIAL_ACTS = ("returned", "deceased", "granted", "refused", "visa_granted", "detained")


def _is_case(draft: Draft, case: Case, title: SentenceInfo | None, topic_before: bool = False) -> bool:
    """GUIDELINES: a specific person or group who left service and fled abroad."""
    infos = list(draft.infos)
    if draft.uses_title and title is not None:
        infos.append(title)
    # "Two other Russians who fled": a second case borrows the topic of the first.
    carried = (draft.another or draft.context_topic) and topic_before
    # "Ruslan T., a mobilised soldier, crossed into Kazakhstan": after a first case, a
    # serviceman's flight carries the article's topic without the word desertion.
    served = any(i.roles for i in draft.infos) and any(i.has("fled", "leave") for i in draft.infos)
    # "The story of Oleh, 35, ... In August he crossed into Romania": after a first case, a
    # second named man with an age who crossed borders is the article's next story.
    crossed = any(i.has("fled", "leave", "arrive") for i in draft.infos)
    told = bool(draft.names) and age_of(draft.infos[0]) is not None and crossed
    carried = carried or ((served or told) and topic_before)
    # "2. «Ilya», 25, Tver" over a paragraph of how he crossed borders, on a page about
    # deserters: one of the page's stories.
    carried = carried or (
        draft.section
        and crossed
        and (topic_before or (title is not None and any(title.cues.get(k) for k in ("desert", "draft"))))
    )
    # "'I fled because I knew I would die': a Russian contract soldier's confession": a
    # headline of a serviceman who fled tells a desertion without the word.
    headline = draft.uses_title and title is not None and bool(title.roles) and title.has("fled")
    # "a conscript in a brigade ... crossed the forest into Lithuania, which granted him
    # refugee status": a serviceman who fled abroad and sought protection there.
    protected = (
        served
        and case.destination is not None
        and any(i.has(*OFFICIAL_ACTS, "applied") for i in draft.infos)
        and not any(i.cues.get("nonmil") for i in draft.infos)  # a journalist "never called up"
    )
    crossing = fields.border_defection(draft.infos)
    told_otherwise = carried or headline or protected or crossing is not None
    if not any(i.topic for i in infos) and not told_otherwise:
        return False
    if draft.count is not None and not draft.count[0].group:
        return False
    if _civilian([*draft.infos[:2], *([title] if draft.uses_title and title is not None else [])]):
        return False
    if any(i.cues.get("nonmil") for i in draft.infos[:2]) and not _told_desertion(draft.infos):
        # A journalist or activist who fled, not a serviceman; what a quotation says of
        # deserters ("People assume I am a deserter") does not make him one.
        return False
    abroad = case.destination is not None or fields.abroad(draft) is not None
    if not abroad:
        return False
    if _trial_at_home(draft.infos, bool(case.transit)):
        return False  # a trial at home (after an arrest at home), not a flight abroad
    if draft.names:
        return True
    if draft.count:
        # "14 Belarusians also applied for protection": a number of people who only asked
        # for protection is a statistic; a group acted together, at a time, on a way out.
        return (
            _acted(draft.count[1])
            or crossing is not None
            or any(len(d.edtf) >= 7 for i in draft.infos for d in i.dates)
        )
    # Without a name or a number the person must still be specific: one man, or a group
    # whose fate is dated and official. Generic "deserters" are policy and statistics.
    opening = draft.infos[0]
    specific_date = any(len(d.edtf) >= 7 for i in draft.infos for d in i.dates)
    official = any(i.has(*OFFICIAL_ACTS, "applied") for i in draft.infos)
    if opening.statistic or opening.cues.get("aggregate"):
        return False
    if draft.section and draft.age is not None:
        return True  # "1. «Sergei», 38, Sverdlovsk region": the subheading names one man
    if crossing is not None:
        return True  # one crossing, told as an event: "a group of soldiers crossed ... and asked"
    # "A conscript who would not shoot: ..." over a story that opens on what he did: the
    # headline's one man is the story's.
    headlined = draft.uses_title and one_person_headline(title)
    singular = (bool(opening.cues.get("person")) or headlined) and case.people_count is not None
    if singular:
        aged = age_of(opening) is not None
        titled = title is not None and bool(title.cues.get("person")) and title.topic
        return specific_date or official or aged or titled
    if title is not None and _class_of_people(title):
        return False
    return specific_date and official


def _told_desertion(infos: list[SentenceInfo]) -> bool:
    """A sentence outside quotation marks tells of desertion or defection: what a
    quotation says ("People assume I am a deserter") is no account of it."""
    return any(
        (i.cues.get("desert") or i.cues.get("defect")) and i.text.lstrip()[:1] not in QUOTES for i in infos
    )


# Civilians whom a state calls deserters or defectors when they stay abroad: doctors of a
# medical mission, athletes, artists, diplomats (GUIDELINES: not fleeing military service).
_CIVILIAN = re.compile(
    r"(?<!\w)(?:doctors?|physicians?|nurses?|athletes?|footballers?|boxers?|players?|musicians?|dancers?|"
    r"diplomats?|ambassador|médic[oa]s?|médecins?|medici|medico|medica|ärzt\w*|arzt|lekar\w*|lékař\w*|"
    r"врач\w*|лікар\w*|enfermeir[oa]s?|enfermer[oa]s?|infirmi[eè]re?s?|atlet[ai]s?|athlète\w*|sportler\w*|"
    r"futbolist\w*|footballeur\w*|calciator\w*|boxeador\w*|pugil\w*|спортсмен\w*|футболист\w*|"
    r"músic[oa]s?|musicien\w*|musicist\w*|bailar[ií]n\w*|danseu\w*|diplomát\w*|diplomatic[oa]|"
    r"dyplomat\w*|дипломат\w*|embajador\w*|ambassadeur\w*|embaixador\w*|doktor\w*|sporcu\w*)(?!\w)",
    re.IGNORECASE,
)


def _civilian(opening: list[SentenceInfo]) -> bool:
    """The story opens on a civilian ("a doctor who left her mission was called a deserter"),
    and no soldier, army or call-up is in those sentences: no service was left. The
    civilian is a sentence's subject, near its start, not "his doctor said"."""
    return any(_CIVILIAN.search(i.text[:60]) for i in opening) and not any(
        i.roles or military_in(i.text) for i in opening
    )


def _class_of_people(title: SentenceInfo) -> bool:
    """A headline about "deserters" or "Russian applicants" at large, with no act done to
    particular people ("India hands back soldiers who deserted" is one): policy or figures."""
    plural = title.cues.get("people", [])
    # "dezerterów" is a person word and a plural one: the plural reading wins.
    person = title.cues.get("person", [])
    singular = [c for c in person if not any(p.start <= c.start < p.end for p in plural)]
    if singular or not (plural or title.has("aggregate") or title.statistic):
        return False
    return not any(title.statuses.get(k) for k in OFFICIAL_ACTS)


def _trial_at_home(infos: list[SentenceInfo], transit: bool) -> bool:
    """A court at home tried the person, and nothing says they were abroad: no transit, no
    protection asked or decided, no return; an arrest counts only after a border crossing."""
    if transit or not any(i.cues.get("court") for i in infos):
        return False
    # "came home on leave to his village", "never left the country": a move that names no
    # country or city is no border crossing.
    crossed = any(i.has("leave", "arrive") and any(p.kind != "demonym" for p in i.places) for i in infos)
    abroad = ("asylum", "applied", "granted", "refused", "returned") + (("detained",) if crossed else ())
    return not any(i.has(*abroad) for i in infos)


def _reference_date(text: str, lang: str) -> date | None:
    """Without a publication date, the latest full date the page states (its dateline,
    usually) anchors "in June" and "last year"; month-only dates are not precise enough."""
    latest = None
    for mention in find_dates(text[:3000], lang, None):
        if len(mention.edtf) == 10 and "/" not in mention.edtf:
            day = date.fromisoformat(mention.edtf)
            latest = day if latest is None or day > latest else latest
    return latest


def extract(
    *, title: str, text: str, language: str | None = None, published: date | str | None = None
) -> ExtractionResult:
    # NFC so that "й" typed as "и" + breve matches the lexicons; the length of the text
    # can change, so offsets are taken on the normalised text only when it is unchanged.
    title = unicodedata.normalize("NFC", title or "")
    normal = unicodedata.normalize("NFC", text or "")
    if len(normal) == len(text or ""):
        text = normal
    lang, confidence = detect(title, text or "", language)
    pub = parse_published(published) or _reference_date(title + "\n" + (text or ""), lang)
    infos = []
    anchor, paragraph, previous = None, None, None
    for sentence in split(text or "", title):
        if sentence.paragraph != paragraph:
            # A narrative anchor, and "the same day", stay in their paragraph.
            anchor, paragraph, previous = None, sentence.paragraph, None
        info = analyse(sentence, lang, pub, anchor, previous)
        anchor = anchor_of(info.dates) or anchor
        dated = [d for d in info.dates if "/" not in d.edtf]
        previous = dated[-1].edtf if dated else previous
        infos.append(info)
    title_info = next((i for i in infos if i.sentence.in_title), None)
    found: list[tuple[Draft, Case]] = []
    previous: Case | None = None
    _add_people(infos, lang)
    drafts = group(infos)
    for draft in drafts:
        # The title speaks of the first real case, even when a draft before it fails.
        draft.uses_title = previous is None
        case = fields.build(draft, title_info, lang, infos)
        if previous is not None and case.kind and not case.kind.evidence:
            case.kind = previous.kind  # no cue of its own: the same kind as the case before
        accepted = _is_case(draft, case, title_info, previous is not None)
        if accepted or (draft.names and previous is not None and _carried(draft, case, title_info)):
            if case.origin is None:
                case.origin = fields.likely_origin(infos, case)
            found.append((draft, case, accepted))
        if accepted:
            previous = case
    joined = _join_unnamed(found)
    if len(joined) == 1:
        _story_dates(joined[0], infos, lang)
    cases = [case.to_dict() for case in joined]
    triage = None
    if cases:
        # A case reaches an editor whatever the topical score: the score is for the rest.
        return ExtractionResult(True, lang, confidence, cases, EXTRACTOR_VERSION, topical=True)
    body = [i for i in infos if not i.sentence.in_title and not i.sentence.furniture]
    topic = topicality(
        title,
        [(i.sentence.start, i.sentence.text) for i in body],
        persons=sum(len(i.names) + len(i.counts) for i in body),
    )
    if topic.topical:
        hint, specific = _hint(body, title_info, lang, infos)
        # A journalist or activist who fled is not a serviceman (GUIDELINES).
        civilian = any(i.cues.get("nonmil") for i in body) and not _told_desertion(body)
        civilian = civilian or _civilian([*body[:2], *([title_info] if title_info is not None else [])])
        away = any(fields.abroad_in(i.text) for i in body if not i.statistic)
        figures = any(i.statistic for i in body) or (title_info is not None and title_info.statistic)
        trial = _trial_at_home(body, bool(hint.get("transit")))
        # "... and a growing number of deserters, analysts say": desertion only as a figure.
        topical = [i for i in body if i.topic]
        told = not topical or any(not i.statistic for i in topical)
        # "A soldier in uniform crossed the river and asked for asylum": the headline's event.
        told = told or (
            title_info is not None
            and (title_info.topic or (title_info.has("person") and title_info.has("fled", "leave", "asylum")))
        )
        if (
            not civilian
            and not trial
            and told
            and not (figures and not specific)  # a person noun among figures is anybody
            and _flight_from_service(hint, topic.kinds(), specific, away)
        ):
            # The rules see a flight from service but not a whole case: a proposal with a
            # low confidence (the queue puts it last), not an article nobody looks at.
            cases.append(hint)
        else:
            triage = {**topic.to_dict(), "hint": hint}
    return ExtractionResult(
        bool(cases),
        lang,
        confidence,
        cases,
        EXTRACTOR_VERSION,
        topical=bool(cases) or topic.topical,
        triage=triage,
    )


def _carried(draft: Draft, case: Case, title: SentenceInfo | None) -> bool:
    """A case if the story's topic carried over to the draft."""
    own = draft.context_topic
    draft.context_topic = True
    try:
        return _is_case(draft, case, title, True)
    finally:
        draft.context_topic = own


def _value(v: Value | None) -> object:
    return v.value if v is not None else None


def _same_person(unnamed: Case, named: Case) -> bool:
    """Nothing tells the two apart: the same origin, and no other kind or destination."""
    if unnamed.origin is None or _value(unnamed.origin) != _value(named.origin):
        return False
    for key in ("kind", "destination"):
        a, b = _value(getattr(unnamed, key)), _value(getattr(named, key))
        if a is not None and b is not None and a != b:
            return False
    return True


def _join_unnamed(found: list[tuple[Draft, Case, bool]]) -> list[Case]:
    """ "A Russian deserter ... [paragraphs later] The man, who asked to be identified as
    Sergej, ...": a story that opens on an unnamed person and names him after the rules
    had given up on the first draft tells of one person. An unnamed single person joins
    the only named draft that nothing tells apart from him (a named draft that is no case
    on its own counts when the story's topic carries to it); the named case keeps its own
    values, takes the rest, and stands where the story began. `found` holds each draft,
    its case, and whether it is a case on its own."""
    named = [(draft, case) for draft, case, _ in found if case.names]
    joined: dict[int, Case] = {}  # id of a named case -> the unnamed case it absorbed
    for draft, case, accepted in found:
        if (
            not accepted
            or case.names
            or draft.another
            or draft.section
            or _value(case.people_count) not in (None, 1)
        ):
            continue
        matches = [n for d, n in named if id(n) not in joined and _same_person(case, n)]
        if len(matches) != 1:
            continue
        target = matches[0]
        for key in ("kind", "people_count", "destination", "status"):
            if getattr(target, key) is None:
                setattr(target, key, getattr(case, key))
        seen = {v.value for v in target.transit}
        target.transit = [v for v in case.transit if v.value not in seen] + target.transit
        for key, value in case.dates.items():
            target.dates.setdefault(key, value)
        joined[id(target)] = case
    out: list[Case] = []
    absorbed = {id(c) for c in joined.values()}
    for _draft, case, accepted in found:
        if id(case) in absorbed:
            out.append(next(t for t in (n for _, n in named) if joined.get(id(t)) is case))
        elif id(case) in joined:
            continue  # it stands where the unnamed case did
        elif accepted:
            out.append(case)
    return out


def _story_dates(case: Case, infos: list[SentenceInfo], lang: str) -> None:
    """A story of one case dates its events wherever it tells them: the dates the case's
    own sentences left undated come from the rest of the article's body."""
    body = [i for i in infos if not i.sentence.in_title and not i.sentence.furniture and not i.statistic]
    wide = fields.dates(
        Draft(infos=body), case.transit, str(_value(case.kind) or ""), lang, str(_value(case.status) or "")
    )
    for key, value in wide.items():
        if key not in case.dates:
            case.dates[key] = Value(value.value, value.evidence, min(value.confidence, 0.3))


def warm(language: str) -> None:
    """Compile what extracting `language` needs (its rules, name patterns, gazetteer), as a
    process that has run for a while has: the first article of a language otherwise pays
    for it, about 0.2 s. A whole sentence, since page furniture is never analysed."""
    extract(title="", text="Ivan Petrov, 30, left the army in May and fled abroad.", language=language)


def _add_people(infos: list[SentenceInfo], lang: str) -> None:
    """People the article names without a cue in the same sentence ("Ivan Sorokin ...
    Sorokin says") join the names the sentence rules found, so that cases open and
    attach on them; relatives and officials who only tell the story leave them."""
    people = named_people(infos, lang)
    for person in people:
        if not person.source:
            continue
        # "«We know what it means», says Bilal" of "his brother Bilal": whoever tells the
        # story is no case, whichever rule found the name.
        for m in person.mentions:
            m.info.names = [
                n for n in m.info.names if n.pseudonym or not (n.start < m.end and m.start < n.end)
            ]
    for person in (p for p in people if p.credible):
        for m in person.mentions:
            if any(n.start < m.end and m.start < n.end for n in m.info.names):
                continue
            m.info.names.append(NameMention(m.start, m.end, m.text))
            m.info.names.sort(key=lambda n: n.start)


def _acted(info: SentenceInfo) -> bool:
    """The sentence tells what its people did or what was done to them: they fled, left,
    arrived, deserted, were held or sent back; not only that they asked for protection."""
    return info.has("fled", "leave", "arrive", "desert", "defect", "detained", "returned")


def _flight_from_service(hint: dict, kinds: set[str], specific: bool, away: bool = False) -> bool:
    """A topical article's hint is a case when it names a country reached abroad and a
    specific person (a person cue, an age, a name or a count), and speaks of leaving
    service (or of service and flight). Without a state left, the person cue must be
    the article's own, not a count the rules guessed. `away`: the article says the person
    left the country without naming where to ("across the border"), which is a case
    where the state left and a specific person are known (GUIDELINES: partial information)."""
    destination = hint.get("destination")
    if not destination and away:
        return (
            hint.get("origin") is not None
            and specific
            and ("topic" in kinds or {"military", "flight"} <= kinds)
        )
    if not destination or destination == hint.get("origin"):
        return False
    if not ("topic" in kinds or {"military", "flight"} <= kinds):
        return False
    if hint.get("origin") is None:
        return "person" in kinds
    return "person" in kinds or specific


def _hint(
    body: list[SentenceInfo], title: SentenceInfo | None, lang: str, infos: list[SentenceInfo]
) -> tuple[dict, bool]:
    """What the rules found in a topical article without a case, as proposal fields with
    evidence, for an editor to start from: every sentence with a cue or a place."""
    chosen = [
        i
        for i in body
        if not i.statistic
        and (i.topic or i.places or i.names or i.has("fled", "leave", "arrive", "asylum", *fields.PROTECTION))
    ]
    # The first group the sentences count ("two soldiers crossed"): the hint's people.
    group = next(((c, i) for i in chosen for c in i.counts if c.group and _acted(i)), None)
    draft = Draft(
        infos=chosen, names=[(n, i) for i in chosen for n in i.names[:1]], count=group, uses_title=True
    )
    built = fields.build(draft, title, lang, infos)
    # A name, a number, or a person noun or age: a specific person, not "he" alone.
    count = built.people_count
    # "He" alone counts where the article gives no figures: a story, not a survey.
    figures = any(i.statistic for i in body)
    specific = bool(built.names) or (count is not None and (count.confidence >= 0.45 or not figures))
    case = built.to_dict()
    # Nothing here was confident enough for a case: say so in every field.
    case["confidence"] = {key: round(min(value, 0.3), 3) for key, value in case["confidence"].items()}
    return case, specific
