"""Dates to EDTF, with publication-relative resolution, per language."""

from datetime import date

import pytest

from cases.extraction.dates import find_dates

PUB = date(2024, 3, 20)  # a Wednesday


def edtfs(text: str, lang: str, published: date | None = PUB) -> list[str]:
    return [d.edtf for d in find_dates(text, lang, published)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "He left in November.", "2023-11"),
        ("ru", "Он уехал в ноябре.", "2023-11"),
        ("uk", "Він виїхав у листопаді.", "2023-11"),
        ("de", "Er reiste im November aus.", "2023-11"),
        ("fr", "Il est parti en novembre.", "2023-11"),
        ("it", "È partito a novembre.", "2023-11"),
        ("es", "Se fue en noviembre.", "2023-11"),
        ("pl", "Wyjechał w listopadzie.", "2023-11"),
        ("pt", "Partiu em novembro.", "2023-11"),
        ("nl", "Hij vertrok in november.", "2023-11"),
        ("tr", "Kasım ayında ayrıldı.", "2023-11"),
        ("kk", "Ол қараша айында кетті.", "2023-11"),
    ],
)
def test_month_without_year_resolves_before_publication(lang: str, text: str, expected: str) -> None:
    assert expected in edtfs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He may march with us."),
        ("de", "Er marschierte mit."),
        ("fr", "Il marche vite."),
        ("ru", "Он маялся."),
        ("pl", "Marka spadła."),
    ],
)
def test_words_that_look_like_months_are_not_dates(lang: str, text: str) -> None:
    assert edtfs(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "He fled last summer.", "2023-22"),
        ("en", "He fled in the spring of 2022.", "2022-21"),
        ("ru", "Весной 2022 года он уехал.", "2022-21"),
        ("de", "Im Herbst 2022 floh er.", "2022-23"),
        ("fr", "Au printemps 2023, il est parti.", "2023-21"),
        ("it", "Durante l'estate del 2023 ha disertato.", "2023-22"),
        ("pl", "Zimą uciekł.", "2023-24"),
    ],
)
def test_seasons(lang: str, text: str, expected: str) -> None:
    assert expected in edtfs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "He deserted on 3 October 2022.", "2022-10-03"),
        ("en", "He deserted on October 3, 2022.", "2022-10-03"),
        ("ru", "Он бежал 3 октября 2022 года.", "2022-10-03"),
        ("de", "Er floh am 3. Oktober 2022.", "2022-10-03"),
        ("es", "Huyó el 3 de octubre de 2022.", "2022-10-03"),
        ("en", "The letter is dated 03/10/2022.", "2022-10-03"),
        ("en", "He left his unit in July last year.", "2023-07"),
        ("ru", "В декабре прошлого года он ушёл.", "2023-12"),
        ("en", "He crossed the border on Monday.", "2024-03-18"),
        ("en", "They travelled in 2022 and 2023.", "2022/2023"),
        ("en", "His claim was refused last month.", "2024-02"),
    ],
)
def test_explicit_and_relative_dates(lang: str, text: str, expected: str) -> None:
    assert expected in edtfs(text, lang)


def test_month_without_publication_date_is_not_guessed() -> None:
    assert edtfs("He left in November.", "en", None) == []


def test_large_numbers_are_not_years() -> None:
    assert edtfs("More than 2,000 men and 2.500 women.", "en") == []


def test_narrative_anchor_moves_forward_from_an_explicit_date() -> None:
    # "In spring 2015 he set off ... In September he arrived": 2015-09, not 2023-09.
    assert edtfs("In September he arrived.", "en", PUB) == ["2023-09"]
    anchored = [d.edtf for d in find_dates("In September he arrived.", "en", PUB, (2015, 3))]
    assert anchored == ["2015-09"]
    wrapped = [d.edtf for d in find_dates("In January he left.", "en", PUB, (2022, 10))]
    assert wrapped == ["2023-01"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He applied for asylum the same day."),
        ("ru", "В тот же день он попросил убежища."),
        ("de", "Noch am selben Tag beantragte er Asyl."),
        ("pl", "Tego samego dnia złożył wniosek."),
    ],
)
def test_same_day_takes_the_previous_date(lang: str, text: str) -> None:
    assert [d.edtf for d in find_dates(text, lang, PUB, None, "2023-09-27")] == ["2023-09-27"]
    assert find_dates(text, lang, PUB, None, None) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ja", "ロシア兵が2023年5月に脱走した。", "2023-05"),
        ("kk", "Ол 2022 жылғы қыркүйекте кетті.", "2022-09"),
        ("lt", "Jis išvyko 2023 m. gegužės mėnesį.", "2023-05"),
        ("he", "הוא ערק במאי 2023.", "2023-05"),
        ("ro", "A plecat în mai 2023.", "2023-05"),
        ("cs", "Odjel v květnu 2023.", "2023-05"),
    ],
)
def test_other_languages_get_dates_from_cldr(lang: str, text: str, expected: str) -> None:
    assert expected in edtfs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "He fled two years ago.", "2022"),
        ("en", "He applied three months ago.", "2023-12"),
        ("ru", "Он уехал два года назад.", "2022"),
        ("uk", "Він виїхав два роки тому.", "2022"),
        ("de", "Er floh vor drei Monaten.", "2023-12"),
        ("fr", "Il a fui il y a trois mois.", "2023-12"),
        ("it", "È fuggito due anni fa.", "2022"),
        ("es", "Huyó hace un año.", "2023"),
        ("pl", "Uciekł dwa lata temu.", "2022"),
        ("pt", "Fugiu há dois anos.", "2022"),
        ("nl", "Hij vluchtte twee jaar geleden.", "2022"),
        ("tr", "İki yıl önce kaçtı.", "2022"),
    ],
)
def test_time_ago(lang: str, text: str, expected: str) -> None:
    assert edtfs(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He was deported last week."),
        ("es", "Fue deportado la semana pasada."),
        ("ru", "Его депортировали на прошлой неделе."),
    ],
)
def test_last_week_is_the_month_of_the_week_before(lang: str, text: str) -> None:
    assert edtfs(text, lang, date(2024, 3, 5)) == ["2024-02"]
