"""Country, city and demonym matching per language: a positive and a negative each."""

import pytest

from cases.extraction.places import find_places


def codes(text: str, lang: str, kind: str | None = None) -> list[str]:
    return [p.code for p in find_places(text, lang) if kind is None or p.kind == kind]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "He later reached Portugal by bus.", "PT"),
        ("ru", "Он долго жил в Узбекистане.", "UZ"),
        ("uk", "Потім він дістався Угорщини.", "HU"),
        ("de", "Er wartete drei Monate in Serbien.", "RS"),
        ("fr", "Il a rejoint la Belgique en train.", "BE"),
        ("it", "Si è fermato in Slovenia per un mese.", "SI"),
        ("es", "Pasó dos semanas en Marruecos.", "MA"),
        ("pl", "Potem przedostał się na Słowację.", "SK"),
        ("pt", "Viveu meses na Sérvia.", "RS"),
        ("nl", "Hij verbleef een maand in Finland.", "FI"),
        ("tr", "Daha sonra Azerbaycan'a geçti.", "AZ"),
        ("kk", "Ол Өзбекстанға өтті.", "UZ"),
        ("ka", "ის საქართველოში ცხოვრობს.", "GE"),
    ],
)
def test_country_name_in_language_is_found(lang: str, text: str, code: str) -> None:
    assert code in codes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The turkey was roasted and the china was washed."),
        ("it", "La riunione è finita tardi."),
        ("fr", "La réunion a duré deux heures."),
        ("de", "Die Sitzung dauerte lange."),
        ("ru", "Собрание закончилось поздно."),
        ("pl", "Zebranie trwało długo."),
    ],
)
def test_lower_case_words_are_not_countries(lang: str, text: str) -> None:
    assert codes(text, lang, "country") == []


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Two Belarusian soldiers", "BY"),
        ("ru", "белорусский военный", "BY"),
        ("uk", "російський військовий", "RU"),
        ("de", "ein russischer Soldat", "RU"),
        ("fr", "un soldat biélorusse", "BY"),
        ("it", "soldati russi", "RU"),
        ("es", "un soldado ucraniano", "UA"),
        ("pl", "rosyjski żołnierz", "RU"),
        ("pt", "um soldado russo", "RU"),
        ("nl", "een Russische soldaat", "RU"),
        ("tr", "Rus asker", "RU"),
    ],
)
def test_demonym_gives_country(lang: str, text: str, code: str) -> None:
    assert code in codes(text, lang, "demonym")


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [("en", "He flew from Tashkent.", "UZ"), ("ru", "Он прилетел в Бишкек.", "KG")],
)
def test_city_gives_country(lang: str, text: str, code: str) -> None:
    assert code in codes(text, lang, "city")


def test_city_like_person_name_is_not_a_place() -> None:
    assert codes("Regina said nothing.", "en") == []


def test_korean_names_take_their_particles() -> None:
    found = [(p.code, p.kind) for p in find_places("그는 러시아에서 한국으로 왔다", "ko")]
    assert found == [("RU", "country"), ("KR", "country")]


def test_serbian_country_names_in_both_scripts() -> None:
    assert [p.code for p in find_places("Pobegao je iz Rusije u Srbiju preko Turske.", "sr")] == [
        "RU",
        "RS",
        "TR",
    ]
    assert [p.code for p in find_places("Побегао је из Русије у Србију.", "sr")] == ["RU", "RS"]


@pytest.mark.parametrize(
    "lang,text,code",
    [
        ("pt", "Um grupo de militares bolivianos", "BO"),
        ("pl", "Kolumbijscy żołnierze", "CO"),
        ("ru", "колумбийские военные", "CO"),
        ("it", "soldati nigeriani", "NG"),
        ("tr", "Kolombiyalı askerler", "CO"),
        ("en", "Indian soldiers", "IN"),
        ("en", "the Indiana National Guard", "US"),
        ("de", "ein sudanesischer Soldat", "SD"),
        ("fr", "un soldat malien", "ML"),
    ],
)
def test_nationalities_of_states_beyond_europe_map_to_their_state(lang: str, text: str, code: str) -> None:
    assert [p.code for p in find_places(text, lang) if p.kind == "demonym"] == [code]


@pytest.mark.parametrize(
    "lang,text,code",
    [
        ("ru", "родом из Самары", "RU"),
        ("de", "aus Tscheljabinsk", "RU"),
        ("pl", "z Charkowa", "UA"),
        ("pl", "w Krakowie", "PL"),
        ("en", "in Gyumri", "AM"),
        ("en", "from Homs", "SY"),
        ("ka", "თბილისში", "GE"),
        # Border towns and reception centres.
        ("en", "in Mae Sot", "TH"),
        ("pl", "w Białymstoku", "PL"),
        ("de", "nach Ter Apel", "NL"),
        ("en", "at Kirkenes", "NO"),
    ],
)
def test_cities_beyond_the_time_zone_list_map_to_their_state(lang: str, text: str, code: str) -> None:
    assert [p.code for p in find_places(text, lang)] == [code]


def test_a_three_letter_demonym_takes_a_short_ending_only() -> None:
    from cases.extraction.places import gazetteer

    found = gazetteer("hy").find("2023-ի մայիսին նա ապաստան է հայցել։")
    assert not any(p.kind == "demonym" for p in found)
