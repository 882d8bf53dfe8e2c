"""Cue rules per language: topic, status, role and name rules, positive and negative."""

from datetime import date

import pytest

from cases.extraction.analysis import analyse
from cases.extraction.model import Sentence
from cases.extraction.names import find_names


def info(text: str, lang: str):
    return analyse(Sentence(0, 0, len(text), text, 0), lang, date(2024, 5, 1))


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
