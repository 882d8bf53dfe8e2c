"""Cues added for unseen text: inflected partial-language forms, groups, pronouns.

Every sentence here is invented for the test.
"""

from datetime import date

import pytest

from cases.extraction import extract
from cases.extraction.analysis import analyse
from cases.extraction.model import Sentence
from cases.extraction.numbers import find_counts
from cases.extraction.rules import compiled


def info(text: str, lang: str):
    return analyse(Sentence(0, 0, len(text), text, 0), lang, date(2024, 5, 1))


CUES = [
    # (lang, cue, positive, negative)
    (
        "en",
        "desert",
        "Two recruits ran away from their boot camp near the coast.",
        "Two recruits ran to the camp.",
    ),
    ("en", "desert", "He slipped out of the garrison at dawn.", "He slipped on the ice."),
    ("en", "leave", "They waded across the stream into the forest.", "They waded in the stream."),
    (
        "nl",
        "defect",
        "Drie militairen hebben zich bij de brug overgegeven.",
        "Drie militairen hebben gegeten.",
    ),
    ("nl", "defect", "Twee matrozen lopen over naar de andere kant.", "Twee matrozen lopen naar huis."),
    ("ro", "leave", "Trei bărbați au traversat râul noaptea.", "Trei bărbați au dormit noaptea."),
    ("ro", "draft", "Au plecat pentru a nu fi mobilizați.", "Au plecat pentru a fi acasă."),
    ("lt", "asylum", "Vyras paprašė prieglobsčio.", "Vyras paprašė vandens."),
    ("lt", "leave", "Vyras perplaukė upę naktį.", "Vyras plaukė upėje."),
    ("ka", "leave", "კაცმა საზღვარი გადმოკვეთა.", "კაცმა სახლი ააშენა."),
    ("ka", "draft", "ის მობილიზაციას გაექცა.", "ის სახლში დარჩა."),
    ("hy", "draft", "Տղամարդը մոբիլիզացիայից խուսափել է։", "Տղամարդը տուն է գնացել։"),
]


@pytest.mark.parametrize(("lang", "cue", "positive", "negative"), CUES)
def test_cue(lang: str, cue: str, positive: str, negative: str) -> None:
    def hit(text: str) -> bool:
        i = info(text, lang)
        return bool(i.cues.get(cue)) or (cue in ("desert", "draft", "defect") and i.has(cue))

    assert hit(positive)
    assert not hit(negative)


STATUSES = [
    ("nl", "detained", "De twee zitten in een krijgsgevangenenkamp.", "De twee zitten in een café."),
    ("lt", "detained", "Vyras laikomas centre.", "Vyras dirba centre."),
    ("hy", "detained", "Տղամարդը պահվում է կենտրոնում։", "Տղամարդը աշխատում է կենտրոնում։"),
]


@pytest.mark.parametrize(("lang", "status", "positive", "negative"), STATUSES)
def test_status(lang: str, status: str, positive: str, negative: str) -> None:
    assert info(positive, lang).statuses.get(status)
    assert not info(negative, lang).statuses.get(status)


def test_pronouns_are_whole_words() -> None:
    assert info("He left.", "en").cues.get("pronoun")
    assert not info("Held at noon.", "en").cues.get("pronoun")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ka", "31 წლის მამაკაცი"), ("hy", "35-ամյա տղամարդ"), ("cs", "25letý voják")],
)
def test_ages_are_not_group_sizes(lang: str, text: str) -> None:
    assert not [c for c in find_counts(text, compiled(lang)) if c.value > 19]


def test_plural_pronoun_keeps_a_group_across_paragraphs() -> None:
    text = (
        "Four young Ruritanian conscripts who ran away from their training camp are held at a "
        "detention centre in Finland, a charity said.\n\n"
        "The men had been called up in March.\n\n"
        "The four travelled for two weeks before they crossed into Finland in May 2024."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert case["people_count"] == 4
    assert case["dates"]["left_origin"] == "2024-05"


def test_plural_pronoun_does_not_join_a_single_man() -> None:
    text = (
        "A Russian soldier, 30, deserted his unit and fled to Finland in May 2024.\n\n"
        "Officials said.\n\n"
        "They travelled to Norway in June 2024 for a conference."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-07-01").to_dict()["cases"]
    assert case["destination"] == "FI"
