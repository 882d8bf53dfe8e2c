"""End-to-end extraction on invented articles: cases, fields, evidence and rejections."""

import pytest

from cases.extraction import EXTRACTOR_VERSION, extract

ARTICLE_EN = """Hamburg, May 3 — A Russian soldier who left his unit in January has applied
for asylum
in Germany after a long journey through Kazakhstan, his lawyer said.

Gennady Orlov, 29, served under contract in an artillery brigade. In February he crossed the
border into Kazakhstan and in March he flew to Germany, where he asked for asylum.

Read also:
• Ten things to do in Hamburg
"""

ARTICLE_RU = """Российский контрактник Игнат Соловьёв, 31 год, в марте ушёл из части и в апреле
пересёк границу с Грузией. В мае он прилетел во Францию и попросил убежища.
"""

STATISTICS_EN = """More than 3,000 Russians crossed into Mongolia after the mobilisation decree, and
figures show that thousands of deserters have asked for asylum in Europe since 2022.
"""

JOURNALIST_EN = """A Russian journalist who wrote about the mobilisation has been granted asylum in
France, she said. She left Russia in 2022 and moved to Paris.
"""


def test_english_case_has_every_field_with_evidence() -> None:
    result = extract(title="", text=ARTICLE_EN, published="2024-05-03")
    assert result.relevant
    assert result.language == "en"
    (case,) = result.to_dict()["cases"]
    assert case["kind"] == "desertion"
    assert case["origin"] == "RU"
    assert case["destination"] == "DE"
    assert case["transit"] == ["KZ"]
    assert case["status"] == "applied"
    assert case["names"] == ["Gennady Orlov"]
    assert case["people_count"] == 1
    assert "contract" in case["roles"]
    assert case["dates"]["deserted"] == "2024-01"
    assert case["dates"]["left_origin"] == "2024-02"
    for key, spans in case["evidence"].items():
        for span in spans:
            if span["start"] >= 0:
                assert ARTICLE_EN[span["start"] : span["end"]] == span["text"], key
    assert all(0 <= c <= 1 for c in case["confidence"].values())


def test_russian_case() -> None:
    result = extract(title="", text=ARTICLE_RU, language="ru", published="2023-06-10")
    (case,) = result.to_dict()["cases"]
    assert case["origin"] == "RU"
    assert case["destination"] == "FR"
    assert case["transit"] == ["GE"]
    assert case["names"] == ["Игнат Соловьёв"]
    assert case["dates"]["deserted"] == "2023-03"
    assert case["status"] == "applied"


def test_title_evidence_has_negative_offsets() -> None:
    result = extract(
        title="Russian deserter granted asylum in Spain",
        text="The soldier, 30, left his unit last year and fled to Spain, officials said.",
        published="2024-01-10",
    )
    case = result.to_dict()["cases"][0]
    title_spans = [s for spans in case["evidence"].values() for s in spans if s["start"] == -1]
    assert title_spans and all(s["end"] == -1 for s in title_spans)


@pytest.mark.parametrize("text", [STATISTICS_EN, JOURNALIST_EN])
def test_statistics_and_non_military_exiles_are_not_cases(text: str) -> None:
    assert not extract(title="", text=text, published="2024-01-01").relevant


def test_empty_and_unknown_language_never_crash() -> None:
    assert not extract(title="", text="").relevant
    result = extract(title="", text="რუსი ჯარისკაცი საქართველოში ჩამოვიდა 2023 წლის მაისში.")
    assert result.to_dict()["extractor_version"] == EXTRACTOR_VERSION


def test_detected_language_has_confidence() -> None:
    result = extract(title="", text=ARTICLE_RU)
    assert result.language == "ru"
    assert 0 < result.language_confidence <= 1


ARTICLES = [
    ("en", ARTICLE_EN),
    ("ru", ARTICLE_RU),
    ("uk", "Мобілізований Остап Гринюк, 34 роки, у березні залишив частину, а у квітні "
           "перетнув кордон з Молдовою, де звернувся по притулок."),
    ("de", "Ein russischer Deserteur, Wadim Sorokin, 28, hat sich im Mai von seiner Einheit "
           "abgesetzt und ist über Kasachstan nach Deutschland geflohen, wo er Asyl beantragte."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ARTICLES)
def test_every_value_has_evidence(lang: str, text: str) -> None:
    result = extract(title="", text=text, language=lang, published="2024-06-01").to_dict()
    assert result["cases"], lang
    for case in result["cases"]:
        evidence = case["evidence"]
        for key in ("kind", "people_count", "origin", "destination"):
            assert case[key] is None or evidence.get(key), key
        for key in ("names", "roles", "transit"):
            assert not case[key] or evidence.get(key), key
        for key, value in case["dates"].items():
            assert value is None or evidence.get("dates." + key), key
        for spans in evidence.values():
            for span in spans:
                assert span["start"] == -1 or text[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ein russischer Soldat, der im Mai desertiert war, wurde in Samara festgenommen. "
               "Ein Militärgericht verurteilte ihn zu fünf Jahren Haft."),
        ("ru", "Военный суд приговорил 30-летнего мобилизованного к пяти годам за самовольное "
               "оставление части. В апреле его задержали в родном селе."),
        ("en", "A court in Omsk sentenced a deserter, 24, to six years after he was arrested at "
               "his mother's house in May."),
    ],
)  # fmt: skip
def test_a_trial_at_home_is_not_a_case(lang: str, text: str) -> None:
    assert not extract(title="", text=text, language=lang, published="2024-06-01").relevant


def test_output_is_the_same_in_every_process() -> None:
    # Set order is salted per process; the extractor must not depend on it.
    import os
    import subprocess
    import sys

    code = (
        "import json; from cases.extraction import extract; "
        f"print(json.dumps(extract(title='', text={ARTICLE_RU!r}, language='ru', "
        "published='2023-06-10').to_dict(), sort_keys=True))"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1 and next(iter(outputs)).strip()


def test_fellow_passengers_are_not_a_statistic() -> None:
    text = (
        "An Eritrean conscript, 25, who deserted in March, landed in Malta in May on a boat from "
        "Libya with 43 other people. He applied for asylum."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert case["transit"] == ["LY"] and case["destination"] == "MT"
    assert case["people_count"] == 1


def test_one_soldier_taken_in_by_troops_is_one_person() -> None:
    text = (
        "A North Korean soldier defected across the border on Monday and was taken in by South Korean troops."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-05").to_dict()["cases"]
    assert case["people_count"] == 1


def test_a_status_only_in_the_title_counts() -> None:
    result = extract(
        title="Russian deserter granted asylum in Norway",
        text="The soldier, 31, left his unit in January and reached Norway in March.",
        language="en",
        published="2024-06-01",
    )
    (case,) = result.to_dict()["cases"]
    assert case["status"] == "granted"
    assert case["evidence"]["status"][0]["start"] == -1


def test_without_a_publication_date_the_dateline_anchors_months() -> None:
    text = (
        "Tbilisi, 12 March 2024 - A Russian soldier, 30, who deserted in January crossed into "
        "Georgia in February and applied for asylum."
    )
    (case,) = extract(title="", text=text, language="en").to_dict()["cases"]
    assert case["dates"]["deserted"] == "2024-01"
    assert case["dates"]["left_origin"] == "2024-02"


def test_a_second_serviceman_who_crossed_a_border_is_a_case_without_the_word_desertion() -> None:
    text = (
        "Kiril Vatanin, 35, deserted from a signals unit in 2023 and was granted asylum in France.\n\n"
        "Timur Z., a mobilised soldier from Tula, crossed into Kazakhstan in February, his sister says.\n"
    )
    cases = extract(title="Two soldiers", text=text, language="en", published="2024-12-04").cases
    assert [c["names"] for c in cases] == [["Kiril Vatanin"], ["Timur Z."]]
    assert cases[1]["destination"] == "KZ"
    # Alone, a soldier crossing a border is not yet the topic.
    alone = extract(title="", text=text.split("\n\n")[1], language="en", published="2024-12-04")
    assert not alone.cases


def test_a_group_that_crossed_a_border_and_asked_for_protection_is_a_case_without_a_date() -> None:
    # No publication date, so "last Friday" cannot be resolved: the crossing itself, one
    # event, makes the group specific.
    text = (
        "Um grupo de militares argentinos cruzou a fronteira com o Brasil na última sexta-feira "
        "e pediu refúgio às autoridades brasileiras.\n\n"
        "Segundo fontes, os militares abandonaram o quartel onde serviam."
    )
    cases = extract(title="Militares cruzam a fronteira", text=text, language="pt").cases
    assert len(cases) == 1
    assert (cases[0]["origin"], cases[0]["destination"], cases[0]["status"]) == ("AR", "BR", "applied")


def test_a_status_told_of_other_people_is_not_the_case_s() -> None:
    text = (
        "Прокуратура повідомила про підозру 41-річному солдату, який самовільно залишив частину "
        "та виїхав до Республіки Молдова.\n\n"
        "Згодом він звернувся до Бюро з питань міграції Молдови із заявою про надання притулку.\n\n"
        "Нагадаємо, раніше прикордонники затримали трьох чоловіків, які намагалися перепливти річку."
    )
    cases = extract(title="", text=text, language="uk", published="2024-08-01").cases
    assert len(cases) == 1
    assert (cases[0]["people_count"], cases[0]["status"]) == (1, "applied")


def test_a_trial_at_home_of_a_man_who_never_left_is_no_case() -> None:
    text = (
        "Гарнизонный военный суд приговорил 27-летнего контрактника Олега Ремизова к четырём годам "
        "колонии за самовольное оставление части.\n\n"
        "В мае он приехал в отпуск в родную деревню и в часть не вернулся. В августе его задержали "
        "сотрудники военной полиции. Защита просила назначить наказание условно."
    )
    assert not extract(title="", text=text, language="ru", published="2024-03-01").cases


def test_a_headline_about_deserters_at_large_is_policy_not_a_group() -> None:
    text = (
        "The motion asks the government to grant humanitarian visas to deserters. On 12 March "
        "2024 the committee said deserters already in the country may apply for asylum."
    )
    assert not extract(title="Visas for deserters divide parliament", text=text, language="en").cases


def test_a_story_told_in_one_long_quotation_stays_the_person_s() -> None:
    text = (
        "Нам написал Игорь — бывший мобилизованный из стрелкового полка.\n\n"
        "«Повестку мне принесли осенью 2022 года. Сначала был учебный центр.\n\n"
        "Зимой нас отправили под Бахмут. Там было страшно.\n\n"
        "В марте 2023 года я просто ушёл ночью с позиций.\n\n"
        "В мае я пересёк границу. Где я сейчас — не скажу»."
    )
    cases = extract(title="«Я ушёл»", text=text, language="ru", published="2024-02-01").cases
    assert len(cases) == 1
    assert cases[0]["names"] == ["Игорь"] and cases[0]["kind"] == "desertion"


def test_a_second_named_man_with_an_age_who_crossed_borders_is_the_next_case() -> None:
    text = (
        "Arseni, 28, a logistics clerk from Perm, deserted his unit in May 2023 and applied for "
        "asylum in Finland in June, his lawyer said.\n\n"
        "The story of Taras, 41, a plumber from a village near Uzhhorod, is different. In August "
        "2023 he swam across the river into Romania and later reached Italy, where his brother lives."
    )
    cases = extract(title="Two men who left", text=text, language="en", published="2024-02-01").cases
    assert [c["names"] for c in cases] == [["Arseni"], ["Taras"]]
    assert cases[1]["destination"] == "IT"


def test_a_headline_of_a_serviceman_who_fled_tells_a_desertion_without_the_word() -> None:
    text = (
        "Stepan (name changed) is 33. He signed a contract with the Russian army because of his debts.\n\n"
        '"I fled last August. One night we carried the wounded back and I never came back. '
        'Now I am outside Russia, that is all I can say," he says.'
    )
    title = "'I fled because I knew I would die': a Russian contract soldier's confession"
    cases = extract(title=title, text=text, language="en", published="2024-05-01").cases
    assert len(cases) == 1 and cases[0]["origin"] == "RU"


def test_a_serviceman_who_crossed_abroad_and_got_protection_is_a_case_without_the_word() -> None:
    text = (
        "Ihar Savoncyk was a Belarusian conscript in a signals brigade when, in March 2023, he "
        "crossed the forest into Lithuania at night.\n\n"
        "In October 2023 the Lithuanian migration department granted him refugee status."
    )
    title = "From the barracks to Vilnius"
    cases = extract(title=title, text=text, language="en", published="2024-01-01").cases
    assert len(cases) == 1 and (cases[0]["destination"], cases[0]["status"]) == ("LT", "granted")


def test_a_journalist_who_was_never_called_up_is_no_case() -> None:
    text = (
        "Journalist Oleg Varin, who was never called up for military service, crossed into Latvia "
        "in 2022. In 2023 Latvia granted him asylum for his reporting."
    )
    assert not extract(title="", text=text, language="en", published="2024-01-01").cases


def test_a_doctor_called_a_deserter_by_her_state_is_no_case() -> None:
    text = (
        "A Cuban doctor who left her medical mission in Bolivia and was called a deserter by Havana "
        "has been granted refugee status in Brazil, her lawyer said on 3 May 2024."
    )
    title = "Cuban doctor who left mission granted refuge in Brazil"
    assert not extract(title=title, text=text, language="en", published="2024-05-04").cases


def test_never_trying_to_go_abroad_is_no_flight() -> None:
    text = (
        "Гарнизонный суд приговорил контрактника Илью Горелова к пяти годам за самовольное "
        "оставление части. В октябре его задержали сотрудники военной полиции.\n\n"
        "Адвокат просил об условном сроке: его подзащитный не скрывался и не пытался уехать за границу."
    )
    assert not extract(title="", text=text, language="ru", published="2024-03-01").cases


def test_a_number_of_nationals_who_only_applied_is_a_statistic() -> None:
    text = (
        "The ministry received 87 applications from Russians who cited mobilisation last year. "
        "Besides the Russians, 14 Belarusians applied for protection in Czechia for similar reasons, "
        "and the ministry granted two of them."
    )
    result = extract(title="Few deserters win protection", text=text, language="en")
    assert not result.cases


def test_a_spokesman_is_no_name() -> None:
    text = (
        "Ein russischer Deserteur hat in Deutschland Asyl beantragt. "
        "„Wir prüfen jeden Fall einzeln“, sagte ein Sprecher des Bundesamts."
    )
    result = extract(title="", text=text, language="de", published="2024-05-02")
    assert all("Sprecher" not in name for case in result.cases for name in case["names"])


def test_a_journalist_whom_people_take_for_a_deserter_is_no_case() -> None:
    text = (
        "WARSAW — Tadas Varnel, a Belarusian journalist who reported on abuse in army barracks, "
        "has been granted international protection in Poland.\n\n"
        "He left Belarus after police searched his flat.\n\n"
        '"People sometimes assume I am a deserter. I never served," he said.'
    )
    result = extract(title="Exiled reporter wins protection in Poland", text=text, language="en")
    assert not result.cases


def test_war_news_that_counts_deserters_only_as_a_figure_is_no_case() -> None:
    text = (
        "14:10\nAnalysts: morale under pressure on both sides\n"
        "Military analysts write in a new report that both armies face shortages, fatigue and a growing "
        "number of deserters, though reliable figures are scarce.\n\n"
        "15:42\nVillage retaken near Kupiansk\n"
        "The army said seven Russian soldiers were taken prisoner in the fighting.\n\n"
        "10:15\nNATO ministers meet in Brussels\n"
        "Defence ministers met in Brussels on Thursday to discuss air defence."
    )
    result = extract(title="LIVE | War in Ukraine: heavy attacks on Zaporizhzhia", text=text, language="en")
    assert not result.cases


def test_a_deserter_who_only_thought_of_going_abroad_is_no_case() -> None:
    text = (
        "A garrison court in Tambov sentenced contract soldier Sergei M., 27, to five years for leaving "
        "his unit. He hid at his sister's flat for two months and wanted to leave for Kazakhstan, "
        "but military police detained him in July."
    )
    result = extract(title="Five years for going AWOL", text=text, language="en", published="2024-03-02")
    assert not result.cases
