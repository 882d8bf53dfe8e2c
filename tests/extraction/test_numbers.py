"""Group sizes (numbers.py) per language, and figures that are statistics or ages, not groups."""

import pytest

from cases.extraction.numbers import find_counts
from cases.extraction.rules import compiled
from tests.extraction.helpers import info

COUNTS = [
    ("en", "Three soldiers crossed the border.", 3, "More than 3,000 men crossed the border."),
    ("ru", "Трое солдат пересекли границу.", 3, "Тысячи мужчин пересекли границу."),
    ("uk", "Двоє чоловіків перетнули кордон.", 2, "Тисячі чоловіків перетнули кордон."),
    ("de", "Vier Soldaten überquerten die Grenze.", 4, "Tausende Männer überquerten die Grenze."),
    ("fr", "Cinq soldats ont franchi la frontière.", 5, "Des milliers d'hommes ont fui."),
    ("it", "Sei soldati russi sono arrivati.", 6, "Migliaia di uomini sono arrivati."),
    ("es", "Dos desertores llegaron a Madrid.", 2, "Miles de hombres llegaron."),
    ("pl", "Pięciu żołnierzy przekroczyło granicę.", 5, "Tysiące mężczyzn przekroczyło granicę."),
    ("pt", "Três soldados chegaram a Lisboa.", 3, "Milhares de homens chegaram."),
    ("nl", "Twee soldaten kwamen aan.", 2, "Duizenden mannen kwamen aan."),
    ("tr", "İki asker sınırı geçti.", 2, "Binlerce kişi sınırı geçti."),
]


@pytest.mark.parametrize(("lang", "text", "value", "negative"), COUNTS)
def test_group_size_and_statistics(lang: str, text: str, value: int, negative: str) -> None:
    assert [c.value for c in find_counts(text, compiled(lang))] == [value]
    sentence = info(negative, lang)
    assert sentence.statistic or not [c for c in sentence.counts if c.value <= 19]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ka", "45 წლის მამაკაცი"), ("hy", "42-ամյա տղամարդ"), ("cs", "25letý voják")],
)
def test_ages_are_not_group_sizes(lang: str, text: str) -> None:
    assert not [c for c in find_counts(text, compiled(lang)) if c.value > 19]


def test_a_year_is_not_a_group() -> None:
    from tests.extraction.helpers import info

    assert info("В ноябре 2023 года я дезертировал.", "ru").counts == []
    assert info("In May 2024 soldiers of his unit deserted.", "en").counts == []


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("es", "Tres guardias venezolanos cruzaron el río.", 3),
        ("pt", "Quatro militares e dois guardas atravessaram a fronteira.", 4),
        ("en", "Five sailors left their ship in port.", 5),
        ("be", "Трое вайскоўцаў перайшлі мяжу з Літвой.", 3),
    ],
)
def test_groups_of_guards_and_sailors_are_counted(lang: str, text: str, value: int) -> None:
    assert [c.value for c in info(text, lang).counts][:1] == [value]
