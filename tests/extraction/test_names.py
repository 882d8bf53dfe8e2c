"""Person names and pseudonyms beside their cues (names.py), per language, positive and negative."""

import pytest

from cases.extraction.names import find_names
from tests.extraction.helpers import info

NAMES = [
    (
        "en",
        "The soldier, who asked to be identified only as Kirill, left.",
        "Kirill",
        "The soldier, who works in Leeds, left.",
    ),
    ("en", "Gennady Orlov, 29, left his unit.", "Gennady Orlov", "Nobody, 29 times, left."),
    ("ru", "25-летний Игнат Соловьёв ушёл из части.", "Игнат Соловьёв", "Он ушёл из части."),
    ("ru", "Фёдор (имя изменено) ушёл из части.", "Фёдор", "Фёдор ушёл из части."),
    ("uk", "30-річний Богдан Ковальчук втік.", "Богдан Ковальчук", "Він втік."),
    ("de", "Bruno (Name geändert) floh.", "Bruno", "Bruno floh."),
    ("fr", "Lucien (le prénom a été modifié) a fui.", "Lucien", "Lucien a fui."),
    ("it", "Matteo, 28 anni, è fuggito.", "Matteo", "Matteo è fuggito."),
    ("es", "Andrés, de 33 años, huyó.", "Andrés", "Andrés huyó."),
    ("pl", "27-letni Tomasz Zieliński uciekł.", "Tomasz Zieliński", "Tomasz uciekł."),
    ("pt", "Rui, 30 anos, fugiu.", "Rui", "Rui fugiu."),
    ("nl", "Joris (niet zijn echte naam) vluchtte.", "Joris", "Joris vluchtte."),
    ("tr", "27 yaşındaki asker Murat Kaya kaçtı.", "Murat Kaya", "Murat kaçtı."),
]


@pytest.mark.parametrize(("lang", "positive", "name", "negative"), NAMES)
def test_name_rules(lang: str, positive: str, name: str, negative: str) -> None:
    assert name in [n.text for n in find_names(positive, lang)]
    assert find_names(negative, lang) == []


def test_region_adjective_after_age_is_not_a_name() -> None:
    assert find_names("40-летний житель Тверского района уехал.", "ru") == []


def test_an_army_is_not_a_name() -> None:
    assert find_names("Żołnierz zawodowy Wojska Polskiego zniknął.", "pl") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Sorokin fled Russia in October to avoid the call-up.", ["Ivan Sorokin"]),
        ("Human Rights Watch said two deserters fled to Georgia.", []),
        ("South Korean troops said a soldier defected.", []),
    ],
)
def test_a_name_opening_a_flight_sentence(text: str, expected: list[str]) -> None:
    assert [n.text for n in info(text, "en").names] == expected


def names(text: str, lang: str) -> list[str]:
    return [n.text for n in info(text, lang).names]


def test_rank_then_home_town_then_name() -> None:
    assert names("Вчера мобилизованный из Казани Пётр Сидоренко уехал в Казахстан.", "ru") == [
        "Пётр Сидоренко"
    ]
    assert names("Вчера мобилизованный из Казани уехал в Казахстан.", "ru") == []


def test_called_pseudonym_is_given_in_the_nominative() -> None:
    assert names("Он просит звать его Петей.", "ru") == ["Петя"]
    assert names("Nazwijmy go Adamem.", "pl") == ["Adam"]
    assert names("Он попросил не звонить ему.", "ru") == []


def test_pseudonym_beats_a_place_look_alike() -> None:
    i = info("Prosi, by nazywać go Romanem.", "pl")
    assert [n.text for n in i.names] == ["Roman"] and not i.places


def test_turkish_case_ending_is_not_part_of_a_name() -> None:
    assert names("28 yaşındaki Mehmet Kaya'nın avukatı konuştu.", "tr") == ["Mehmet Kaya"]
    assert names("Avukat bugün konuştu.", "tr") == []


def test_english_referred_to_as_pseudonym() -> None:
    assert names("He wants to be identified as Tomek.", "en") == ["Tomek"]
    assert names("He wants to be identified soon.", "en") == []


def test_date_words_are_not_names() -> None:
    assert names("Die Behörde gab dem Mann Ende Juni Asyl.", "de") == []
    assert names("Der 31-jährige Anton Berger floh im Mai.", "de") == ["Anton Berger"]


def test_full_name_opening_a_sentence_about_service() -> None:
    assert names("Anton Berger war Offizier der Marine.", "de") == ["Anton Berger"]
    assert names("Anton Berger war gern im Park.", "de") == []


def test_age_in_brackets_marks_a_name() -> None:
    assert names("Jonas Verbeek (41), kok uit Gent, vluchtte.", "nl") == ["Jonas Verbeek"]
    assert names("Het huis (33 m2) is klein.", "nl") == []


def test_unit_named_after_a_person_is_not_the_person() -> None:
    assert names("Na nábřeží stojí pomník ulice Jana Nováka, muž tam nebyl.", "cs") == []
    assert names("Jan Novák (38) pracoval jako řidič.", "cs") == ["Jan Novák"]


@pytest.mark.parametrize(
    ("lang", "positive", "negative"),
    [
        ("nl", "De matroos gaf ons alleen zijn voornaam, Pieter.", "De matroos kent Pieter."),
        ("en", "One of them gave only his first name, Tomasz.", "One of them met Tomasz."),
    ],
)
def test_first_name_only_pseudonym(lang: str, positive: str, negative: str) -> None:
    assert len(names(positive, lang)) == 1
    assert names(negative, lang) == []


def test_names_in_every_latin_alphabet() -> None:
    assert [n.text for n in find_names("Mykola Hrîțiuk, 29, a trecut Prutul.", "ro")] == ["Mykola Hrîțiuk"]
    assert [n.text for n in find_names("Jaŭhen Karpovič, 19 anni, era un coscritto.", "it")] == [
        "Jaŭhen Karpovič"
    ]


def test_a_nationality_before_a_name_is_its_apposition() -> None:
    text = "Полиција је пронашла тело 24-годишњег Украјинца Дмитра Кушнира, који је покушао да преплива реку."
    assert [n.text for n in find_names(text, "sr")] == ["Дмитра Кушнира"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("es", "Wendel Oquendo Marín tenía 27 años cuando desertó.", "Wendel Oquendo Marín"),
        ("pt", "Tarik Haidari tem 28 anos e fugiu do exército.", "Tarik Haidari"),
        ("de", "Jurko Melnyk ist 29 Jahre alt und floh.", "Jurko Melnyk"),
    ],
)
def test_an_age_after_a_verb_of_being_marks_a_name(lang: str, text: str, name: str) -> None:
    assert name in [n.text for n in find_names(text, lang)]


def test_an_age_is_not_a_duration_or_a_birthplace() -> None:
    assert find_names("Ostrava left 20 years ago.", "en") == []
    assert find_names("Davacı, Karakum doğumlu 24 yaşında bir erkek.", "tr") == []


def test_a_name_given_an_age_in_the_dative_is_named_in_the_nominative() -> None:
    assert [n.text for n in find_names("Тимуру Баеву 29 лет, он ушёл из части.", "ru")] == ["Тимур Баев"]
    # A given name alone has no sure nominative ("Павлу" is "Павел"): left to other rules.
    assert find_names("Павлу 28 лет, он родом из Слонима.", "ru") == []
    assert find_names("Нашему герою 25 лет.", "ru") == []


def test_a_word_between_the_pseudonym_cue_and_the_name() -> None:
    text = "L'uomo, che chiede di essere chiamato solo Arvid, è fuggito."
    assert "Arvid" in [n.text for n in find_names(text, "it")]


def test_after_from_a_capitalised_word_is_a_place() -> None:
    assert find_names("Den 38-årige snickaren från Vorkelsk mobiliserades.", "sv") == []


def test_an_armys_name_after_a_rank_is_no_person() -> None:
    assert find_names("Военнослужащий Вооружённых сил Азербайджана ночью пересёк границу", "ru") == []
    assert find_names("Военнослужащий Корейской народной армии пересёк линию", "ru") == []
    assert [n.text for n in find_names("Рядовой Иван Петров пересёк границу", "ru")] == ["Иван Петров"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pl", "Funkcjonariusze Straży Granicznej, 12, zatrzymali mężczyznę."),
        ("es", "La Guardia Nacional Bolivariana, 3, informó del caso."),
        ("cs", "Podle Organizace, 14, jde o výjimku."),
    ],
)
def test_institutions_in_other_languages_are_no_names(lang: str, text: str) -> None:
    assert not find_names(text, lang)


def test_a_newspaper_told_the_story_is_no_name() -> None:
    from cases.extraction.names import find_names

    text = "«Vendimos la moto de mi abuelo», cuenta a Diario Caribe Digital este joven, hoy de 19 años."
    assert not any("Diario" in n.text for n in find_names(text, "es"))


def test_an_age_then_after_a_participle_is_no_name() -> None:
    from cases.extraction.names import find_names

    text = "Incorporé à 18 ans au camp de Sawa, le requérant a passé dix ans dans le service national."
    assert not find_names(text, "fr")
