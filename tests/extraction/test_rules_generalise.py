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
    ("ro", "draft", "Bărbatul a fugit pentru a nu fi mobilizat.", "Au plecat pentru a fi acasă."),
    ("lt", "asylum", "Karys paprašė prieglobsčio Latvijoje.", "Vyras paprašė vandens."),
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
    ("nl", "detained", "Hij verblijft in een krijgsgevangenenkamp.", "Hij verblijft in een café."),
    ("lt", "detained", "Vyras laikomas centre.", "Vyras dirba centre."),
    ("hy", "detained", "Տղամարդը պահվում է կենտրոնում։", "Տղամարդը աշխատում է կենտրոնում։"),
    # Japanese writes no spaces: the status words sit right beside the asylum word.
    ("ja", "applied", "男性は先月、難民認定を申請した。", "男性は先月、旅券を申請した。"),
    ("ja", "granted", "入管は男性を難民と認定した。", "入管は男性の旅券を確認した。"),
    ("ja", "refused", "入管は難民申請を却下した。", "入管は会議を開いた。"),
    # "talep" becomes "taleb-" before a vowel; asking is the application, not a wish.
    ("tr", "applied", "Asker sınırda sığınma talebinde bulundu.", "Asker sınırda bekledi."),
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
    [("ka", "45 წლის მამაკაცი"), ("hy", "42-ամյա տղամարդ"), ("cs", "25letý voják")],
)
def test_ages_are_not_group_sizes(lang: str, text: str) -> None:
    assert not [c for c in find_counts(text, compiled(lang)) if c.value > 19]


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


def test_sentence_closing_an_earlier_quote_is_speech() -> None:
    assert not info('Both were arrested," the cousin says.', "en").statuses.get("detained")
    assert info("Both were arrested, the cousin says.", "en").statuses.get("detained")


def test_citizen_of_country_is_the_origin() -> None:
    text = (
        "The soldier, a citizen of Moldova, deserted his unit and crossed into Romania in May 2024, "
        "where he applied for asylum."
    )
    (case,) = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert (case["origin"], case["destination"]) == ("MD", "RO")


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


def test_hand_over_to_an_embassy_is_no_return() -> None:
    assert not info("He was handed over to the Canadian embassy.", "en").statuses.get("returned")
    assert info("He was handed over to the border guards.", "en").statuses.get("returned")


def test_plural_deportation_nouns_are_policy() -> None:
    assert not info("Deportations rose this year.", "en").statuses.get("returned")
    assert info("He was deported in May.", "en").statuses.get("returned")
    assert not info("Le espulsioni sono cresciute nel 2023.", "it").statuses.get("returned")
    assert info("È stato espulso ieri.", "it").statuses.get("returned")


def test_nationality_after_an_indefinite_article_opens_a_one_person_case() -> None:
    text = (
        "Un jeune Moldave est mort lundi dans une forêt des Carpates.\n\n"
        "Il avait déserté l'armée en 2023 et avait rejoint la France en mai 2024."
    )
    (case,) = extract(title="", text=text, language="fr", published="2024-06-01").to_dict()["cases"]
    assert case["status"] == "deceased" and case["people_count"] == 1
    assert not extract(title="", text="Le Moldave est un peuple.", language="fr").relevant


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


def test_german_onward_travel_counts_as_movement() -> None:
    assert info("Er blieb eine Woche in Graz und reiste dann mit dem Zug nach Berlin weiter.", "de").cues.get(
        "leave"
    )
    assert not info("Er blieb eine Woche in Graz.", "de").cues.get("leave")


def test_second_case_without_a_nationality_takes_the_army_named_in_the_article() -> None:
    text = (
        "Filmon Tesfay, 29, deserted from the Moldovan army in 2015 and fled to Romania, where he "
        "was arrested in May 2024.\n\n"
        "Tesfay's friend Abel M. was arrested in Romania a week later; he had deserted in 2016."
    )
    cases = extract(title="", text=text, language="en", published="2024-06-01").to_dict()["cases"]
    assert [c["origin"] for c in cases] == ["MD", "MD"]


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


@pytest.mark.parametrize(
    ("cue", "positive", "negative"),
    [
        ("leave", "Muži přešli hranici v noci.", "Muži spali v noci."),
        ("draft", "Vyhnul se mobilizaci a odjel.", "Vyhnul se kaluži a odjel."),
    ],
)
def test_czech_inflected_cues(cue: str, positive: str, negative: str) -> None:
    def hit(text: str) -> bool:
        i = info(text, "cs")
        return bool(i.cues.get(cue))

    assert hit(positive)
    assert not hit(negative)


def test_czech_detention_in_captivity() -> None:
    assert info("Voják je v zajetí.", "cs").statuses.get("detained")
    assert not info("Voják je v kasárnách.", "cs").statuses.get("detained")


def test_belarusian_plural_crossing_and_arrival() -> None:
    assert info("Мужчыны перасяклі мяжу ўначы.", "be").cues.get("leave")
    assert info("Яны прыехалі ў Вільню.", "be").cues.get("arrive")
    assert not info("Мужчыны спалі ўначы.", "be").cues.get("leave")


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


def test_names_in_every_latin_alphabet() -> None:
    from cases.extraction.names import find_names

    assert [n.text for n in find_names("Mykola Hrîțiuk, 29, a trecut Prutul.", "ro")] == ["Mykola Hrîțiuk"]
    assert [n.text for n in find_names("Jaŭhen Karpovič, 19 anni, era un coscritto.", "it")] == [
        "Jaŭhen Karpovič"
    ]


def test_a_nationality_before_a_name_is_its_apposition() -> None:
    from cases.extraction.names import find_names

    text = "Полиција је пронашла тело 24-годишњег Украјинца Дмитра Кушнира, који је покушао да преплива реку."
    assert [n.text for n in find_names(text, "sr")] == ["Дмитра Кушнира"]


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
