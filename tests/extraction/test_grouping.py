"""Splitting articles into cases: separate people, one person twice, groups and members."""

from cases.extraction import extract

TWO_PEOPLE = """Two Russian deserters have taken different roads, their lawyers said.

Kirill Dobrov, 26, left his unit in March and crossed into Georgia in April. He applied for
asylum in Tbilisi in May.

Another soldier, Yuri Malkin, 31, deserted in June, flew to Serbia in July and was detained in
Belgrade in August.
"""

SAME_PERSON = """Kirill Dobrov, 26, left his unit in March. Dobrov crossed into Georgia in April,
where he asked for asylum. In May Dobrov's claim was still pending, his lawyer said.
"""

GROUP = """Four Russian soldiers who deserted last year arrived in Portugal in March and applied
for asylum, activists said. One of them, Timofei, a former contract soldier, said they had
travelled through Turkey.
"""


def cases(text: str) -> list[dict]:
    return extract(title="", text=text, language="en", published="2024-10-01").to_dict()["cases"]


def test_separate_people_are_separate_cases() -> None:
    found = cases(TWO_PEOPLE)
    assert [c["names"] for c in found] == [["Kirill Dobrov"], ["Yuri Malkin"]]
    assert [c["destination"] for c in found] == ["GE", "RS"]
    assert [c["status"] for c in found] == ["applied", "detained"]


def test_one_person_mentioned_often_is_one_case() -> None:
    found = cases(SAME_PERSON)
    assert len(found) == 1
    assert found[0]["dates"]["deserted"] == "2024-03"


def test_a_named_member_of_a_group_belongs_to_the_group_case() -> None:
    (case,) = cases(GROUP)
    assert case["people_count"] == 4
    assert case["destination"] == "PT"
    assert case["transit"] == ["TR"]


def test_a_name_given_as_one_of_a_group_is_the_group_member() -> None:
    from cases.extraction import extract

    text = (
        "Border police detained nine Ukrainian men on Monday after they swam across the river into "
        "Romania to escape mobilisation. All nine asked for asylum.\n\n"
        "One of the men, a 34-year-old welder who gave his name only as Taras, said he had tried twice.\n"
    )
    (case,) = extract(title="", text=text, language="en", published="2024-08-14").cases
    assert case["people_count"] == 9
    assert case["names"] == ["Taras"]


def test_plural_pronoun_keeps_a_group_across_paragraphs() -> None:
    text = (
        "Four Latvian recruits who deserted from their garrison were arrested in Finland, "
        "police said.\n\n"
        "All of them had enlisted last year.\n\n"
        "The four walked through forests before they crossed into Finland in May 2024."
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


def test_new_full_name_beside_a_known_person_is_a_second_case() -> None:
    text = (
        "Ivor Quennel, 31, a Russian soldier, deserted his unit and fled to Finland in May 2024, "
        "where he was detained.\n\n"
        "Quennel's comrade Bram O. was arrested in Finland a week later after he deserted too."
    )
    cases = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert [c["names"] for c in cases] == [["Ivor Quennel"], ["Bram O."]]


def test_given_name_beside_a_known_person_stays_in_the_case() -> None:
    text = (
        "Ivor Quennel, 31, a Russian soldier, deserted his unit and fled to Finland in May 2024, "
        "where he was detained.\n\n"
        "Quennel, whom friends call Ivo, is still held."
    )
    cases = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert len(cases) == 1


def test_pseudonym_with_pronoun_names_the_unnamed_lead() -> None:
    text = (
        "W sobotę patrol zatrzymał 30-letniego obywatela Ukrainy, który przepłynął rzekę, "
        "by uniknąć mobilizacji. Mężczyzna złożył wniosek o ochronę międzynarodową w Polsce. "
        "Trafił do ośrodka.\n\nProsi, by nazywać go Adamem."
    )
    (case,) = extract(title="", text=text, language="pl", published="2024-06-01").to_dict()["cases"]
    assert case["names"] == ["Adam"] and case["origin"] == "UA"


def test_nationality_after_an_indefinite_article_opens_a_one_person_case() -> None:
    text = (
        "Un jeune Moldave est mort lundi dans une forêt des Carpates.\n\n"
        "Il avait déserté l'armée en 2023 et avait rejoint la France en mai 2024."
    )
    (case,) = extract(title="", text=text, language="fr", published="2024-06-01").to_dict()["cases"]
    assert case["status"] == "deceased" and case["people_count"] == 1
    assert not extract(title="", text="Le Moldave est un peuple.", language="fr").relevant


NAMED_LATER = """A Russian soldier who deserted from his unit last year has been given a visa to travel to
Italy, his lawyer said on Tuesday. He had been stuck in Kazakhstan for months.

The ministry did not comment. Lawyers said such visas were rare and that most applications took a year.

The man, who asked to be identified only as Arvid, had been mobilised in 2022. Arvid is
expected to arrive in Italy before Christmas, where he will apply for asylum.
"""


def test_an_unnamed_lead_named_paragraphs_later_is_one_case() -> None:
    found = cases(NAMED_LATER)
    assert len(found) == 1
    assert found[0]["names"] == ["Arvid"]
    assert found[0]["origin"] == "RU"


def test_unnamed_and_named_people_of_different_origins_stay_apart() -> None:
    text = NAMED_LATER.replace("The man, who asked", "A Belarusian conscript, who asked")
    assert [(c["origin"], c["names"]) for c in cases(text)] == [("RU", [])]


INFLECTED_LEAD = """Державна міграційна служба визнала громадянина Молдови Остапа Веремчука особою,
яка потребує додаткового захисту. Рішення ухвалили 3 червня.

27-річний Веремчук — сержант-контрактник, який дезертирував з військової частини восени і перетнув кордон.
"""


def test_an_unnamed_lead_that_names_the_person_in_another_form_is_his_case() -> None:
    found = extract(title="", text=INFLECTED_LEAD, language="uk", published="2024-07-01").to_dict()["cases"]
    assert len(found) == 1
    assert found[0]["names"] and "Веремчук" in found[0]["names"][0]
    assert (found[0]["destination"], found[0]["status"]) == ("UA", "granted")


TESTIMONY = """Нам написал Остап — бывший контрактник одной из бригад. Публикуем его рассказ.

«Контракт я подписал в мае 2023 года. Думал, отслужу год.

В ноябре 2023 года я дезертировал, ушёл ночью с позиций. В январе 2024-го я пересёк границу с Грузией.

Сейчас я в Тбилиси, статуса пока не просил».

Если вы оказались в похожей ситуации — пишите нам.
"""


def test_a_quoted_first_person_account_is_the_named_person_s_story() -> None:
    found = extract(title="", text=TESTIMONY, language="ru", published="2024-05-01").to_dict()["cases"]
    assert len(found) == 1
    assert (found[0]["names"], found[0]["kind"], found[0]["destination"]) == (["Остап"], "desertion", "GE")


def test_another_age_in_a_later_paragraph_is_another_person() -> None:
    from cases.extraction import extract

    text = (
        "Lev Marchenko, 29, a former contract soldier, deserted his brigade in May 2023 and "
        "applied for asylum in Spain in July, his lawyer said.\n\n"
        "The 22-year-old from Mogilev was a conscript in a tank battalion when, in March 2023, he "
        "walked out of the barracks and crossed into Lithuania, where he asked for asylum."
    )
    cases = extract(title="Two deserters", text=text, language="en", published="2024-02-01").cases
    assert [(c["names"], c["destination"]) for c in cases] == [(["Lev Marchenko"], "ES"), ([], "LT")]


def test_an_age_then_is_the_same_person() -> None:
    from cases.extraction import extract

    text = (
        "Farhad Nuri, 31, served in the army for six years. He signed up at 19 because there was no "
        "other work. In 2021 he deserted and fled to Turkey, where he applied for asylum."
    )
    cases = extract(title="A deserter's story", text=text, language="en", published="2024-02-01").cases
    assert len(cases) == 1 and cases[0]["names"] == ["Farhad Nuri"]


def test_a_soldier_introduced_before_his_flight_opens_the_case() -> None:
    from cases.extraction import extract

    text = (
        "Ma 31 lat i przez sześć lat był zawodowym żołnierzem armii Sudanu.\n\n"
        "W marcu 2023 roku zdezerterował. W maju poleciał do Stambułu, a w czerwcu dotarł do Polski, "
        "gdzie złożył wniosek o ochronę międzynarodową."
    )
    cases = extract(title="Historia żołnierza", text=text, language="pl", published="2024-01-10").cases
    assert len(cases) == 1 and cases[0]["destination"] == "PL"


def test_a_paragraph_that_drops_the_pronoun_goes_on_about_the_same_man() -> None:
    text = (
        "Più incerta la sorte di Jevhen Bortnik, 38 anni, riservista di Viciebsk. "
        "Nella primavera del 2023 aveva ricevuto una convocazione. Non si è presentato.\n\n"
        "Nel maggio 2023 è partito in treno per Mosca e da lì in aereo per Tbilisi."
    )
    result = extract(title="", text=text, language="it", published="2024-02-22")
    (case,) = result.cases
    assert case["destination"] == "GE"
    assert "RU" in case["transit"]


def test_numbered_subheadings_that_introduce_people_are_separate_cases() -> None:
    text = (
        "Our hotline heard from many people this year. Below are two of their stories.\n\n"
        "1. «Gleb», 38, Kurgan region\n"
        "Gleb was mobilised in 2022. In January 2023 he deserted and crossed into Georgia. "
        "He applied for asylum there in May.\n\n"
        "2. «Oleg», 25, Tver\n"
        "He deserted in June 2023 and in July flew from Moscow to Yerevan, where he applied for asylum.\n"
    )
    result = extract(title="Hotline stories: deserters we help", text=text, language="en")
    assert [c["destination"] for c in result.cases] == ["GE", "AM"]


def test_a_range_of_ages_is_nobodys_age() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.grouping import age_of
    from cases.extraction.segment import split

    (sentence,) = split("Що це означає для чоловіків 18–60 років за кордоном.", "")
    assert age_of(analyse(sentence, "uk", None)) is None
