# ruff: noqa: E501 - articles read best as written
"""People named across the article (people.py), cases without a named destination, and
low-confidence proposals from the whole article."""

from cases.extraction import extract
from cases.extraction.analysis import analyse
from cases.extraction.people import find_people
from cases.extraction.segment import split


def _people(text: str, lang: str = "en") -> list[str]:
    infos = [analyse(s, lang, None) for s in split(text, "")]
    return [p.text for p in find_people(infos, lang)]


STORY_EN = """Orest Velimirov still keeps the boots he walked out in. "I did not plan it," the 29-year-old says.

Until last spring Velimirov drove a delivery van in Kurvograd. In May he deserted from a motor rifle unit and crossed into Georgia on foot.

His lawyer, Hedda Marsk, says the asylum claim he lodged in Norway in August is still pending. "Velimirov has a strong case," Marsk said.
"""


def test_a_person_named_once_in_full_and_then_by_surname_is_found() -> None:
    assert "Orest Velimirov" in _people(STORY_EN)


def test_a_lawyer_is_not_taken_for_the_person_who_fled() -> None:
    assert not any("Marsk" in name for name in _people(STORY_EN))


def test_the_case_takes_the_name_the_article_gives() -> None:
    result = extract(title="", text=STORY_EN, language="en", published="2024-11-02")
    assert result.relevant
    (case,) = result.cases
    assert case["names"] == ["Orest Velimirov"]
    assert case["people_count"] == 1
    assert case["destination"] == "NO"


def test_places_and_institutions_are_not_people() -> None:
    text = (
        "The Upper Administrative Court said on Monday that the conscript, 24, had deserted. "
        "He had served in Kurvograd before he fled. The Upper Administrative Court gave no reasons.\n"
    )
    assert _people(text) == []


ACROSS_EN = """In this episode we speak to Taddesse, a former conscript. He asked us not to give his surname.

He deserted in 2019 after four years of national service. "Six nights we walked," Taddesse says. On the sixth night he was across the border.

"I am somewhere safe now," Taddesse says.
"""


def test_a_flight_across_the_border_without_a_named_country_is_a_case() -> None:
    result = extract(title="", text=ACROSS_EN, language="en", published="2024-03-01")
    assert result.relevant
    (case,) = result.cases
    assert case["destination"] is None
    assert case["status"] == "fled"
    assert case["names"] == ["Taddesse"]


def test_a_journalist_who_fled_is_not_a_low_confidence_case() -> None:
    text = (
        "A journalist who covered the mobilisation was granted asylum in France. She left her "
        "country in 2022 after the army called up her brother.\n"
    )
    assert not extract(title="", text=text, language="en", published="2024-01-01").relevant


def test_an_event_told_as_one_dates_its_twin() -> None:
    text = (
        "Lev Drobin, 31, a contract soldier, crossed into Kazakhstan in March 2023. In May he arrived "
        "in Germany, where he applied for asylum.\n"
    )
    (case,) = extract(title="", text=text, language="en", published="2024-01-10").cases
    assert case["dates"]["left_origin"] == "2023-03"
    assert case["dates"]["deserted"] == "2023-03"  # leaving the unit, undated, is the same flight
    assert case["dates"]["applied"] == case["dates"]["arrived"] == "2023-05"
    assert case["confidence"]["dates.deserted"] <= case["confidence"]["dates.left_origin"]


def test_a_return_that_is_not_the_persons_own() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    def statuses(text: str, lang: str = "en") -> set[str]:
        return {k for s in split(text, "") for k in analyse(s, lang, None).statuses}

    assert "returned" not in statuses(
        "The Romanian authorities handed the body over to Ukraine for burial.\n"
    )
    assert "returned" not in statuses("On Tuesday the two were handed over to the refugee service.\n")
    assert "returned" not in statuses("Kazakhstan has in the past returned some deserters to Russia.\n")
    assert "returned" in statuses("India handed back to Myanmar a group of soldiers who deserted.\n")


def test_a_japanese_condition_after_the_verb_is_not_a_status() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    (sentence,) = split("男性は「送還されれば刑務所に送られる」と語った。", "")
    assert "returned" not in analyse(sentence, "ja", None).statuses


def test_the_family_at_home_held_is_not_the_person_held() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    def detained(text: str) -> bool:
        return any("detained" in analyse(s, "en", None).statuses for s in split(text, ""))

    assert not detained("His father spent three weeks in custody because he could not pay the fine.\n")
    assert detained("He was detained at the airport, his cousin says.\n")


def test_an_undated_arrival_takes_the_date_of_the_application() -> None:
    text = "Lev Drobin, 31, a contract soldier, deserted in 2023. In May 2024 he applied for asylum in Germany.\n"
    (case,) = extract(title="", text=text, language="en", published="2024-11-10").cases
    assert case["dates"]["applied"] == "2024-05"
    assert case["dates"]["arrived"] == "2024-05"


def test_a_large_group_that_crossed_together_is_one_case_not_a_statistic() -> None:
    text = (
        "On 3 March 2024, 37 soldiers of a border battalion crossed the river together into Georgia "
        "and asked for asylum, officials said.\n"
    )
    result = extract(title="Soldiers defect", text=text, language="en", published="2024-03-05")
    assert result.relevant
    assert result.cases[0]["people_count"] == 37
    statistic = "Since 2022, 3,700 soldiers have fled abroad and asked for asylum, officials said.\n"
    assert not extract(title="", text=statistic, language="en", published="2024-03-05").relevant


def test_an_age_beside_the_name_outweighs_a_lawyer_nearby() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.people import find_people
    from cases.extraction.segment import split

    text = (
        "Bunlardan biri, 19 yaşındaki Yusuf.\n\nYusuf, Van'a ulaştıktan sonra yakalandı.\n\n"
        "Avukatı, Yusuf'un koruma başvurusu yaptığını söyledi.\n"
    )
    infos = [analyse(s, "tr", None) for s in split(text, "")]
    assert [p.text for p in find_people(infos, "tr")] == ["Yusuf"]


CAPTIONED = """Photo: Tomas Wrenfield at a bakery in Lisbon, where he now works nights. (Staff/The Harbour Post)

Tomas Wrenfield still flinches at loud noises. Until 2022 Wrenfield fitted kitchens in Kurvograd.

He deserted from the army after four months at the front, crossed into Kazakhstan, then flew to Portugal, where he was granted asylum in March.
"""


def test_a_person_pictured_in_a_caption_and_written_about_is_the_case() -> None:
    assert "Tomas Wrenfield" in _people(CAPTIONED)
    result = extract(title="", text=CAPTIONED, language="en", published="2024-11-02")
    assert [c["names"] for c in result.cases] == [["Tomas Wrenfield"]]


def test_a_photographer_credit_pictures_nobody() -> None:
    text = CAPTIONED.replace("Photo: Tomas Wrenfield at a bakery", "Photo: Lena Harrow/Agency. A bakery")
    assert "Lena Harrow" not in _people(text)


def test_a_name_found_by_its_cue_makes_its_other_mentions_the_person() -> None:
    text = (
        "Taras hat sich der Mobilmachung entzogen und das Land heimlich verlassen.\n\n"
        "Taras (Name geändert) ist 29 Jahre alt. Wo er jetzt lebt, will Taras nicht sagen."
    )
    (person,) = _people(text, "de")
    assert person == "Taras"


STORY_BROTHER_IT = """Era fuggito dalla Siria undici anni fa. Tarek Mansour, 35 anni, era un coscritto quando ha abbandonato la sua unità nel 2012 ed è fuggito in Libano.

«È scappato con un amico e si è nascosto per mesi», racconta il fratello Bilal, raggiunto al telefono.

«Sappiamo cosa significa», dice Bilal.
"""


def test_a_relative_who_tells_the_story_is_not_the_case() -> None:
    result = extract(title="", text=STORY_BROTHER_IT, language="it", published="2024-05-08")
    (case,) = result.cases
    assert case["names"] == ["Tarek Mansour"]


STORY_DATES_EN = """Pavlo Ostrik, 33, a contract soldier, left his unit near the front and fled to Norway, where he applied for asylum.

Finnish border guards confirm that the crossing into Finland took place in March 2023.
"""


def test_a_story_of_one_case_dates_events_told_outside_its_sentences() -> None:
    result = extract(title="", text=STORY_DATES_EN, language="en", published="2024-02-01")
    (case,) = result.cases
    assert case["dates"]["left_origin"] == "2023-03"


def test_a_name_followed_by_a_verb_of_being_and_a_rank_is_a_person() -> None:
    text = "Tomás Ferreira Bastos era sargento da guarda em Vila Nublada quando recebeu a ordem. Abandonou o posto em 2020."
    assert "Tomás Ferreira Bastos" in _people(text, "pt")


def test_a_native_of_somewhere_is_a_person() -> None:
    text = "Mircea Zbârcea, originar dintr-un sat de munte, a trecut frontiera pe jos pentru a scăpa de mobilizare."
    assert "Mircea Zbârcea" in _people(text, "ro")


def test_the_persons_own_lawyer_does_not_make_him_a_lawyer() -> None:
    text = (
        "Бывший контрактник Гордей Вальков получил отказ в защите. "
        "Как рассказал сам Гордей, его адвокат уже подала жалобу. "
        "В марте Гордей улетел из Минска в Стамбул."
    )
    assert "Гордей Вальков" in _people(text, "ru")


def test_a_full_name_written_again_and_again_is_the_storys_person() -> None:
    text = (
        "Kyaw Min Soe spent nine years in the army. In May Kyaw Min Soe walked out of the base at night. "
        "In June Kyaw Min Soe crossed the river into Thailand."
    )
    assert "Kyaw Min Soe" in _people(text)


def test_a_person_mentioned_once_after_of_is_no_place() -> None:
    text = (
        "Idris Hallaq, oggi ventenne, era un soldato di leva. Idris lasciò il villaggio a marzo. "
        "Il sogno di Idris è studiare."
    )
    assert "Idris Hallaq" in _people(text, "it")


def test_a_given_name_written_twice_once_with_a_person_noun_is_a_person() -> None:
    text = (
        "Ruslan sitzt auf dem unteren Bett und dreht sein Handy in den Händen. "
        "Ruslan war Wehrpflichtiger in einer Pioniereinheit. In der Nacht verließ er die Kaserne."
    )
    assert "Ruslan" in _people(text, "de")
