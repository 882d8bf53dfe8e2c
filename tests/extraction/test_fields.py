"""One case field's rule at a time (fields.py: origin, route, status), through extract().

Every article here is invented for the test.
"""

from cases.extraction import extract

# Origin.


def test_citizen_of_country_is_the_origin() -> None:
    text = (
        "The soldier, a citizen of Moldova, deserted his unit and crossed into Romania in May 2024, "
        "where he applied for asylum."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert (case["origin"], case["destination"]) == ("MD", "RO")


def test_second_case_without_a_nationality_takes_the_army_named_in_the_article() -> None:
    text = (
        "Filmon Tesfay, 29, deserted from the Moldovan army in 2015 and fled to Romania, where he "
        "was arrested in May 2024.\n\n"
        "Tesfay's friend Abel M. was arrested in Romania a week later; he had deserted in 2016."
    )
    cases = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert [c["origin"] for c in cases] == ["MD", "MD"]


def test_passport_states_nationality_and_a_river_bank_does_not() -> None:
    text = (
        "A soldier who deserted was found dead on the Finnish shore of a lake in May 2024. "
        "He carried a Moldovan passport and had tried to reach Finland."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert case["origin"] == "MD"


def test_border_guard_of_a_country_is_still_a_nationality() -> None:
    text = (
        "A former Moldovan border guard who deserted his unit reached Romania in May 2024 "
        "and applied for asylum."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert case["origin"] == "MD"


# Route.


def test_crossing_a_border_named_by_its_nationality_is_a_transit() -> None:
    text = (
        "Daniel Haile, 24, a soldier from Tajikistan, deserted in 2021 and crossed the Kazakh "
        "border. He later reached Germany in May 2024, where he applied for asylum."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert case["transit"] == ["KZ"] and case["destination"] == "DE"
    quiet = text.replace("crossed the Kazakh border", "met a Kazakh friend")
    (case,) = extract(title="", text=quiet, language="en", published="2024-06-01").to_dict()["cases"]
    assert case["transit"] == []


# Status.


def test_title_fate_of_another_man_is_not_the_first_case_status() -> None:
    text = (
        "Tomas Lind, 30, a Russian soldier, deserted his unit and crossed into Finland in May 2024. "
        "He applied for asylum there."
    )
    title = "Deserter reaches Finland. Another man found dead at the border"
    (case,) = extract(title=title, text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert case["status"] == "applied"
    title = "Deserter found dead at the border"
    (case,) = extract(title=title, text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert case["status"] == "deceased"


def test_a_refusal_after_the_application_refuses_it() -> None:
    text = (
        "Pavel Dorin, 38, a mobilised soldier, deserted in 2023. In August he applied for asylum in the "
        "Netherlands.\n\nIn January the immigration service refused him; he has appealed.\n"
    )
    (case,) = extract(title="", text=text, language="en", published="2025-03-01").cases
    assert case["status"] == "refused"
    speaking = (
        "A Belarusian sergeant who crossed into Lithuania deserted and has applied for asylum, saying he "
        "refused to keep serving.\n"
    )
    (case,) = extract(title="", text=speaking, language="en", published="2025-03-01").cases
    assert case["status"] == "applied"


def test_a_decision_that_speaks_of_nobody_is_practice_not_the_case() -> None:
    text = (
        "Pavel Dorin, 38, deserted from a tank unit in 2023 and applied for asylum in Sweden in May.\n"
        "The agency has so far granted protection in a minority of such cases.\n"
    )
    (case,) = extract(title="", text=text, language="en", published="2025-03-01").cases
    assert case["status"] == "applied"


def test_held_in_a_transit_country_on_the_way_is_the_route_not_the_status() -> None:
    text = (
        "Haben T., 27, deserted from the Eritrean army in 2021. His way led through Sudan and Libya, "
        "where he was held in a camp for eight months.\n\n"
        "In July 2022 he reached Switzerland and applied for asylum.\n"
    )
    (case,) = extract(title="", text=text, language="en", published="2024-05-02").cases
    assert case["destination"] == "CH"
    assert case["status"] == "applied"


# Kind.


def test_a_case_without_a_kind_word_takes_the_kind_its_story_tells() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.fields import kind
    from cases.extraction.grouping import Draft
    from cases.extraction.segment import split

    text = (
        "Young men of Vorkelsk leave to escape the mobilisation, the mayor says.\n\n"
        "Pavlo Rudenko, 24, crossed into Moldova in March 2024."
    )
    infos = [analyse(s, "en", None) for s in split(text, "")]
    found = kind(Draft(infos=infos[-1:]), None, infos)
    assert (found.value, found.confidence) == ("draft_evasion", 0.4)
    assert kind(Draft(infos=infos[-1:]), None, infos[-1:]).value == "desertion"  # nothing told


def test_a_soldier_who_crosses_a_border_and_asks_for_asylum_is_a_defection() -> None:
    text = (
        "A uniformed Moldovan soldier crossed the border into Romania on Sunday night and asked for "
        "asylum, the border police said on Monday. The man, 20, was doing his compulsory service."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert (case["kind"], case["origin"], case["destination"]) == ("defection", "MD", "RO")


def test_troops_at_a_border_while_refugees_flee_are_no_case() -> None:
    text = "Troops crossed the border on Sunday as thousands of refugees fled the fighting, officials said."
    assert extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"] == []


def test_the_state_where_a_desertion_case_is_brought_is_the_origin() -> None:
    from cases.extraction import extract

    text = (
        "Oleg, 33 yaşında, Nisan 2023'ten beri Antalya'da kalıyor ve sığınma başvurusunda bulundu.\n\n"
        "Avukatının anlattığına göre Rusya'da Oleg hakkında firar davası açıldı."
    )
    title = "Firari asker sığınma istedi"
    cases = extract(title=title, text=text, language="tr", published="2024-01-01").cases
    assert cases and cases[0]["origin"] == "RU"


def test_a_country_they_only_meant_to_fly_on_to_is_not_reached() -> None:
    text = (
        "In November the three deserters crossed from Russia into Kazakhstan. On 9 January they flew from "
        "Almaty to Dubai, from where they meant to fly on to Belgrade. Border guards at Dubai airport held "
        "them in the transit zone, where they asked UNHCR for protection."
    )
    result = extract(title="", text=text, language="en", published="2025-01-28")
    (case,) = result.cases
    assert case["destination"] == "AE"
    assert "RS" not in case["transit"]


def test_a_country_transited_through_is_no_destination() -> None:
    text = (
        "Un déserteur syrien de 27 ans a obtenu le statut de réfugié. "
        "Arrivé en France en 2021 après avoir transité par la Grèce, il a sollicité l'asile la même année."
    )
    result = extract(title="", text=text, language="fr", published="2024-05-02")
    (case,) = result.cases
    assert case["destination"] == "FR"
    assert case["transit"] == ["GR"]
