"""Languages without full rules: topic cues, places and dates, never a crash."""

import pytest

from cases.extraction import extract
from tests.extraction.helpers import info

TOPIC = [
    ("kk", "Әскери қызметші бөлімін рұқсатсыз тастап кетті.", "Әскери қызметші демалысқа кетті."),
    ("be", "Салдат стаў дэзерцірам.", "Салдат пайшоў у краму."),
    ("ro", "Soldatul a dezertat.", "Soldatul a mers la magazin."),
    ("cs", "Voják dezertoval.", "Voják šel do obchodu."),
    ("lt", "Karys dezertyravo.", "Karys nuėjo į parduotuvę."),
    ("ka", "ჯარისკაცი დეზერტირი გახდა.", "ჯარისკაცი მაღაზიაში წავიდა."),
    ("hy", "Զինվորը դասալիք է դարձել.", "Զինվորը գնաց խանութ."),
    ("he", "החייל ערק מהיחידה.", "החייל הלך לחנות."),
    ("ar", "انشق الجندي عن الجيش.", "ذهب الجندي إلى السوق."),
    ("ja", "兵士が部隊から脱走した。", "兵士が店に行った。"),
]


@pytest.mark.parametrize(("lang", "positive", "negative"), TOPIC)
def test_topic_cue(lang: str, positive: str, negative: str) -> None:
    assert info(positive, lang).topic
    assert not info(negative, lang).topic


@pytest.mark.parametrize(
    ("lang", "text", "origin", "destination"),
    [
        ("he", "חייל רוסי ערק ממוסקבה וברח לגאורגיה במאי 2023.", "RU", "GE"),
        ("ar", "جندي روسي انشق وفر إلى جورجيا في مايو 2023.", "RU", "GE"),
        ("ja", "ロシア兵が2023年5月に脱走し、ジョージアに逃れた。", "RU", "GE"),
        ("ro", "Un soldat rus a dezertat în mai 2023 și a fugit în Georgia.", "RU", "GE"),
    ],
)
def test_partial_language_case(lang: str, text: str, origin: str, destination: str) -> None:
    (case,) = extract(title="", text=text, language=lang, published="2024-01-01").to_dict()["cases"]
    assert (case["origin"], case["destination"]) == (origin, destination)
    assert case["dates"]["deserted"] == "2023-05"


@pytest.mark.parametrize("lang", ["sw", "fi", "hu", "zh", "ko", "xx", "sr-Latn"])
def test_any_language_code_never_crashes(lang: str) -> None:
    result = extract(title="Title", text="Some text 2023. Россия, Germany.", language=lang)
    assert result.to_dict()["language"]


ARTICLES = {
    "be": ("Беларускі вайсковец-кантрактнік Андрэй Лагун, 27 гадоў, у сакавіку дэзерціраваў з "
           "часткі і перайшоў мяжу з Літвой, дзе папрасіў прытулку.", "BY", "LT"),
    "kk": ("Ресейлік келісімшарт бойынша қызмет еткен 25 жастағы сарбаз наурыз айында бөлімін "
           "рұқсатсыз тастап кетіп, Қазақстанға өтті. Сәуірде ол босқын мәртебесін сұрап өтініш "
           "берді.", "RU", "KZ"),
    "ro": ("Un soldat rus, Vitali Zimin, 31 de ani, a dezertat în martie și a trecut în Georgia. "
           "În aprilie a ajuns în România, unde a cerut azil.", "RU", "RO"),
    "ka": ("რუსი ჯარისკაცი მარტში დეზერტირი გახდა და საქართველოში ჩამოვიდა, სადაც აპრილში "
           "თავშესაფარი ითხოვა.", "RU", "GE"),
    "hy": ("Ռուս զինվորը մարտին դասալքել է և ժամանել Հայաստան, որտեղ ապրիլին ապաստան է "
           "խնդրել։", "RU", "AM"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_partial_language_article(lang: str) -> None:
    text, origin, destination = ARTICLES[lang]
    (case,) = extract(title="", text=text, language=lang, published="2024-06-01").to_dict()["cases"]
    assert (case["origin"], case["destination"], case["status"]) == (origin, destination, "applied")
    assert case["dates"]["deserted"] == "2024-03"
