"""Per-sentence analysis (analysis.py): cues, roles and statuses per language, positive and
negative, and statuses that are negated, hypothetical, quoted or somebody else's.

Every sentence here is invented for the test.
"""

import pytest

from tests.extraction.helpers import info

# Cues: desertion, draft evasion, defection, leaving and arriving, pronouns, roles.


TOPIC = [
    (
        "en",
        "The sergeant deserted from his regiment.",
        "The sergeant repaired the regiment's trucks.",
    ),
    ("ru", "Рядовой самовольно оставил часть.", "Рядовой отремонтировал грузовик части."),
    ("uk", "Солдат самовільно залишив частину.", "Солдат відремонтував вантажівку."),
    ("de", "Der Soldat ist desertiert.", "Der Soldat reparierte den Lastwagen."),
    ("fr", "Le soldat a déserté.", "Le soldat a réparé le camion."),
    ("it", "Il soldato ha disertato.", "Il soldato ha riparato il camion."),
    ("es", "El soldado desertó.", "El soldado reparó el camión."),
    ("pl", "Żołnierz zdezerterował.", "Żołnierz naprawił ciężarówkę."),
    ("pt", "O soldado desertou.", "O soldado consertou o camião."),
    ("nl", "De soldaat deserteerde.", "De soldaat repareerde de vrachtwagen."),
    ("tr", "Asker birliğinden kaçtı ve firar etti.", "Asker kamyonu tamir etti."),
]


@pytest.mark.parametrize(("lang", "positive", "negative"), TOPIC)
def test_desertion_cue(lang: str, positive: str, negative: str) -> None:
    assert info(positive, lang).topic
    assert not info(negative, lang).topic


DRAFT = [
    ("en", "He fled the mobilisation.", "He covered the mobilisation."),
    ("ru", "Он уклонился от мобилизации.", "Он писал о мобилизации."),
    ("uk", "Він ухилявся від мобілізації.", "Він писав про мобілізацію."),
    ("de", "Er floh vor der Mobilmachung.", "Er schrieb über die Wirtschaft."),
    ("fr", "Il a fui la mobilisation.", "Il a écrit sur l'économie."),
    ("it", "È fuggito dalla mobilitazione.", "Ha scritto dell'economia."),
    ("es", "Huyó de la movilización.", "Escribió sobre la economía."),
    ("pl", "Uciekł przed mobilizacją.", "Pisał o gospodarce."),
    ("pt", "Fugiu da mobilização.", "Escreveu sobre a economia."),
    ("nl", "Hij ontvluchtte de mobilisatie.", "Hij schreef over de economie."),
    ("tr", "Seferberlikten kaçtı.", "Ekonomi hakkında yazdı."),
]


@pytest.mark.parametrize(("lang", "positive", "negative"), DRAFT)
def test_draft_evasion_cue(lang: str, positive: str, negative: str) -> None:
    assert info(positive, lang).cues.get("draft")
    assert not info(negative, lang).cues.get("draft")


DEFECTION = [
    ("en", "The pilot defected with his helicopter.", "The pilot landed his helicopter."),
    ("ru", "Солдат добровольно сдался в плен.", "Солдат вернулся домой."),
    ("uk", "Військовий здався в полон.", "Військовий повернувся додому."),
    ("de", "Der Soldat ist übergelaufen.", "Der Soldat ist heimgekehrt."),
    ("fr", "Le pilote a fait défection.", "Le pilote est rentré."),
    ("it", "Il soldato si è arreso agli ucraini.", "Il soldato è tornato a casa."),
    ("es", "El soldado se rindió ante los ucranianos.", "El soldado volvió a casa."),
    ("pl", "Żołnierz przeszedł na białoruską stronę.", "Żołnierz wrócił do domu."),
    ("pt", "O soldado rendeu-se aos ucranianos.", "O soldado voltou para casa."),
    ("nl", "De soldaat is overgelopen.", "De soldaat is naar huis gegaan."),
    ("tr", "Asker karşı tarafa geçti.", "Asker evine döndü."),
]


@pytest.mark.parametrize(("lang", "positive", "negative"), DEFECTION)
def test_defection_cue(lang: str, positive: str, negative: str) -> None:
    assert info(positive, lang).cues.get("defect")
    assert not info(negative, lang).cues.get("defect")


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


def test_pronouns_are_whole_words() -> None:
    assert info("He left.", "en").cues.get("pronoun")
    assert not info("Held at noon.", "en").cues.get("pronoun")


def test_german_onward_travel_counts_as_movement() -> None:
    assert info("Er blieb eine Woche in Graz und reiste dann mit dem Zug nach Berlin weiter.", "de").cues.get(
        "leave"
    )
    assert not info("Er blieb eine Woche in Graz.", "de").cues.get("leave")


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


def test_belarusian_plural_crossing_and_arrival() -> None:
    assert info("Мужчыны перасяклі мяжу ўначы.", "be").cues.get("leave")
    assert info("Яны прыехалі ў Вільню.", "be").cues.get("arrive")
    assert not info("Мужчыны спалі ўначы.", "be").cues.get("leave")


ROLES = [
    ("en", "contract", "He served under contract.", "He signed for a flat."),
    ("ru", "mobilised", "Мобилизованный рядовой ушёл.", "Рядовой ушёл."),
    ("uk", "contract", "Він служив за контрактом.", "Він служив кухарем."),
    ("de", "conscript", "Er war Wehrpflichtiger.", "Er war Koch."),
    ("fr", "officer", "Un officier a fui.", "Un cuisinier a fui."),
    ("it", "mercenary", "Un mercenario è fuggito.", "Un cuoco è fuggito."),
    ("es", "mobilised", "Un soldado movilizado huyó.", "Un cocinero huyó."),
    ("pl", "conscript", "Odbywał zasadniczą służbę wojskową.", "Odbywał staż w kuchni."),
    ("pt", "contract", "Era um soldado contratado.", "Era um cozinheiro."),
    ("nl", "conscript", "Hij was dienstplichtig.", "Hij was kok."),
    ("tr", "contract", "Sözleşmeli asker kaçtı.", "Aşçı kaçtı."),
]


@pytest.mark.parametrize(("lang", "role", "positive", "negative"), ROLES)
def test_role_cue(lang: str, role: str, positive: str, negative: str) -> None:
    assert role in info(positive, lang).roles
    assert role not in info(negative, lang).roles


# Statuses, and what is negated, hypothetical, quoted or not the person's own.


STATUS = [
    ("en", "granted", "He was granted asylum in May.", "He hopes to be granted asylum if he can."),
    ("en", "refused", "His asylum claim was rejected.", "He refused to fight."),
    ("en", "returned", "He was deported to Russia.", "He could be deported if he loses."),
    ("ru", "refused", "Ему отказали в предоставлении убежища.", "Он отказался воевать."),
    ("ru", "applied", "Он подал заявление на убежище.", "Он подал документы в вуз."),
    ("uk", "applied", "Він звернувся по притулок.", "Він звернувся до лікаря."),
    ("de", "granted", "Ihm wurde Asyl gewährt.", "Er fürchtet, dass ihm kein Asyl gewährt wird."),
    ("fr", "visa_granted", "Un visa humanitaire lui a été délivré.", "Il a vu un film."),
    ("it", "granted", "Gli è stato concesso l'asilo.", "Ha visitato il museo."),
    ("es", "refused", "Le denegaron el asilo.", "Le gustó el museo."),
    ("pl", "granted", "Nadano mu status uchodźcy.", "Odwiedził muzeum."),
    ("pt", "applied", "Ele pediu asilo.", "Ele visitou o museu."),
    ("nl", "refused", "Zijn asielaanvraag werd afgewezen.", "Hij bezocht het museum."),
    ("tr", "detained", "Asker gözaltına alındı.", "Asker müzeyi gezdi."),
]


@pytest.mark.parametrize(("lang", "status", "positive", "negative"), STATUS)
def test_status_cue(lang: str, status: str, positive: str, negative: str) -> None:
    assert status in info(positive, lang).statuses
    assert status not in info(negative, lang).statuses


@pytest.mark.parametrize(
    ("lang", "negated", "plain"),
    [
        ("en", "He was not granted asylum.", "In May he was granted asylum."),
        ("ru", "Ему не предоставили убежище.", "Ему предоставили убежище в мае."),
        ("es", "Ningún desertor obtuvo asilo.", "Obtuvo asilo en mayo."),
    ],
)
def test_negated_grant_is_not_a_grant(lang: str, negated: str, plain: str) -> None:
    assert "granted" not in info(negated, lang).statuses
    assert "granted" in info(plain, lang).statuses


def test_an_application_for_a_grant_is_no_grant() -> None:
    statuses = info("Он подал заявление о предоставлении статуса беженца.", "ru").statuses
    assert "granted" not in statuses and "applied" in statuses


RETURNED = [
    ("en", "He was extradited to Russia.", "He could be extradited if the court agrees."),
    ("ru", "Его депортировали в Россию.", "Если его депортируют, ему грозит срок."),
    ("uk", "Його екстрадували до Росії.", "Якщо його екстрадують, йому загрожує строк."),
    ("de", "Er wurde nach Russland abgeschoben.", "Ihm droht, abgeschoben zu werden."),
    ("fr", "Il a été expulsé vers la Russie.", "Il risque d'être expulsé."),
    ("it", "È stato estradato in Russia.", "Rischia di essere estradato."),
    ("es", "Fue deportado a Rusia.", "Podría ser deportado."),
    ("pl", "Został deportowany do Rosji.", "Może zostać deportowany."),
    ("pt", "Foi deportado para a Rússia.", "Pode ser deportado."),
    ("nl", "Hij werd uitgezet naar Rusland.", "Hij kan worden uitgezet."),
    ("tr", "Asker sınır dışı edildi.", "Sınır dışı edilmemesini talep ediyoruz."),
]


@pytest.mark.parametrize(("lang", "positive", "negative"), RETURNED)
def test_returned_is_a_fact_not_a_threat(lang: str, positive: str, negative: str) -> None:
    assert "returned" in info(positive, lang).statuses
    assert "returned" not in info(negative, lang).statuses


DETAINED = [
    ("en", "He was detained at the airport.", "He walked out of the airport."),
    ("ru", "Его задержали в аэропорту.", "Он вышел из аэропорта."),
    ("uk", "Його затримали в аеропорту.", "Він вийшов з аеропорту."),
    ("de", "Er wurde am Flughafen festgenommen.", "Er verließ den Flughafen."),
    ("fr", "Il a été interpellé à l'aéroport.", "Il a quitté l'aéroport."),
    ("it", "È stato fermato all'aeroporto.", "È uscito dall'aeroporto."),
    ("es", "Fue detenido en el aeropuerto.", "Salió del aeropuerto."),
    ("pl", "Został zatrzymany na lotnisku.", "Wyszedł z lotniska."),
    ("pt", "Foi detido no aeroporto.", "Saiu do aeroporto."),
    ("nl", "Hij werd aangehouden op het vliegveld.", "Hij verliet het vliegveld."),
    ("tr", "Havalimanında gözaltına alındı.", "Havalimanından çıktı."),
]


@pytest.mark.parametrize(("lang", "positive", "negative"), DETAINED)
def test_detained_cue(lang: str, positive: str, negative: str) -> None:
    assert "detained" in info(positive, lang).statuses
    assert "detained" not in info(negative, lang).statuses


@pytest.mark.parametrize(
    ("lang", "positive", "negative"),
    [
        ("en", "The court rejected his appeal.", "He refused to fight."),
        ("de", "Das Gericht wies seine Klage ab.", "Er wies auf die Lage hin."),
        ("fr", "La Cour a rejeté son recours.", "Il a refusé de combattre."),
        ("pl", "Sąd odrzucił jego odwołanie.", "Odmówił walki."),
    ],
)
def test_a_rejected_appeal_is_a_refusal(lang: str, positive: str, negative: str) -> None:
    assert "refused" in info(positive, lang).statuses
    assert "refused" not in info(negative, lang).statuses


@pytest.mark.parametrize(
    ("lang", "requested"),
    [
        ("en", "Russia has requested his extradition."),
        ("ru", "Россия запросила его экстрадицию."),
        ("de", "Russland fordert seine Auslieferung, er soll ausgeliefert werden."),
    ],
)
def test_a_requested_extradition_is_not_a_return(lang: str, requested: str) -> None:
    assert "returned" not in info(requested, lang).statuses


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


def test_sentence_closing_an_earlier_quote_is_speech() -> None:
    assert not info('Both were arrested," the cousin says.', "en").statuses.get("detained")
    assert info("Both were arrested, the cousin says.", "en").statuses.get("detained")


def test_hand_over_to_an_embassy_is_no_return() -> None:
    assert not info("He was handed over to the Canadian embassy.", "en").statuses.get("returned")
    assert info("He was handed over to the border guards.", "en").statuses.get("returned")


def test_plural_deportation_nouns_are_policy() -> None:
    assert not info("Deportations rose this year.", "en").statuses.get("returned")
    assert info("He was deported in May.", "en").statuses.get("returned")
    assert not info("Le espulsioni sono cresciute nel 2023.", "it").statuses.get("returned")
    assert info("È stato espulso ieri.", "it").statuses.get("returned")


def test_czech_detention_in_captivity() -> None:
    assert info("Voják je v zajetí.", "cs").statuses.get("detained")
    assert not info("Voják je v kasárnách.", "cs").statuses.get("detained")


def test_a_question_reports_no_status() -> None:
    assert "applied" not in info("Did he apply for asylum in Norway?", "en").statuses
    assert "applied" in info("He applied for asylum in Norway.", "en").statuses


def test_a_visa_granted_to_seek_asylum_is_a_visa() -> None:
    statuses = info("The embassy granted him a humanitarian visa to seek asylum in France.", "en").statuses
    assert "visa_granted" in statuses
    assert "granted" not in statuses


def test_the_law_s_words_for_complementary_protection_are_a_grant() -> None:
    text = "Служба визнала чоловіка особою, яка потребує додаткового захисту."
    assert "granted" in info(text, "uk").statuses


@pytest.mark.parametrize(
    "lang,text",
    [
        ("pt", "Ele serviu numa base do outro lado da fronteira."),
        ("es", "Lo intentó otra vez desde el otro lado del río."),
        ("fr", "Il a vécu de l'autre côté de la frontière."),
        ("it", "Viveva dall'altro lato del confine."),
        ("pl", "Mieszkał po drugiej stronie granicy."),
        ("ru", "Во вторник он пересёк границу."),
    ],
)
def test_the_other_side_and_again_are_not_another_person(lang: str, text: str) -> None:
    assert not info(text, lang).cues.get("another")


@pytest.mark.parametrize(
    "lang,text,status",
    [
        ("pl", "Sąd orzekł wydalenie z zawodowej służby wojskowej.", "returned"),
        ("ru", "Защита просила назначить наказание условно.", "applied"),
        ("uk", "Сторона захисту просила про умовний термін.", "applied"),
    ],
)
def test_court_words_are_not_statuses(lang: str, text: str, status: str) -> None:
    assert not info(text, lang).statuses.get(status)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The deserter was not granted asylum."),
        ("ru", "Дезертир не получил убежища."),
        ("it", "Il disertore non ha ottenuto asilo."),
        ("es", "El desertor no obtuvo asilo."),
        ("nl", "De dienstweigeraar krijgt geen asiel."),
        ("sv", "Desertören får inte asyl."),
    ],
)
def test_a_grant_denied_is_a_refusal(lang: str, text: str) -> None:
    statuses = info(text, lang).statuses
    assert statuses.get("refused") and not statuses.get("granted")


@pytest.mark.parametrize(
    "lang,text,another",
    [
        ("es", "Vivió en otro país antes de llegar a Madrid.", False),
        ("es", "Otro joven ruso pidió asilo en Valencia.", True),
        ("pt", "Morou em outro país antes de chegar a Lisboa.", False),
        ("pt", "Outro soldado pediu asilo em Lisboa.", True),
    ],
)
def test_another_person_not_another_country(lang: str, text: str, another: bool) -> None:
    assert bool(info(text, lang).cues.get("another")) is another


@pytest.mark.parametrize(
    "lang,text,status,found",
    [
        ("sv", "Protesterna efter Mahsa Aminis död spred sig i landet.", "deceased", False),
        ("en", "Protests grew after Navalny's death in prison.", "deceased", False),
        ("en", "Thomas died at the border in May.", "deceased", True),
        ("sv", "Han vägrade skjuta – nu får han asyl i Sverige.", "refused", False),
    ],
)
def test_others_deaths_and_separate_statements(lang: str, text: str, status: str, found: bool) -> None:
    assert bool(info(text, lang).statuses.get(status)) is found


def test_a_risk_of_deportation_is_no_return_even_across_and() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    (sentence,) = split("Those without papers risk arrest and deportation, a fear he repeats often.", "")
    info = analyse(sentence, "en", None)
    assert not info.statuses.get("returned")


def test_a_demand_to_stop_a_deportation_is_no_return() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    (sentence,) = split("Rights groups urge Egypt to stop the deportation of the two deserters.", "")
    assert not analyse(sentence, "en", None).statuses.get("returned")


def test_a_refused_entry_before_the_refusal_is_no_asylum_refusal() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    (sentence,) = split("空港で上陸を拒否された男性は、そのまま空港内の施設にとどめ置かれている。", "")
    assert not analyse(sentence, "ja", None).statuses.get("refused")


def test_a_court_that_obliges_the_office_to_grant_refugee_status_grants_it() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    text = "Das Gericht hat das Bundesamt verpflichtet, dem Mann die Flüchtlingseigenschaft zuzuerkennen."
    (sentence,) = split(text, "")
    assert analyse(sentence, "de", None).statuses.get("granted")


def test_a_negation_inside_the_cue_is_no_application() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    (sentence,) = split("О статусе беженца он пока не просил.", "")
    assert not analyse(sentence, "ru", None).statuses.get("applied")


@pytest.mark.parametrize(
    "lang,text",
    [
        (
            "nl",
            "Emre, een Turkse dienstweigeraar van 29, vroeg in mei 2022 in Ter Apel asiel aan. "
            "De IND wees zijn aanvraag in augustus vorig jaar af.",
        ),
        (
            "de",
            "Der russische Deserteur Oleg, 31, stellte im Mai in Hamburg einen Asylantrag. "
            "Das Bundesamt lehnte seinen Antrag im Juni ab.",
        ),
    ],
)
def test_a_separable_refusal_with_words_between_is_a_refusal(lang: str, text: str) -> None:
    from cases.extraction import extract

    (case,) = extract(title="", text=text, language=lang, published="2024-11-22").cases
    assert case["status"] == "refused"


def test_armenian_not_going_back_to_the_unit_is_desertion() -> None:
    from cases.extraction.analysis import analyse
    from cases.extraction.segment import split

    (sentence,) = split("2023-ի հունվարին նա չի վերադարձել ստորաբաժանում։", "")
    assert analyse(sentence, "hy", None).cues.get("desert")
