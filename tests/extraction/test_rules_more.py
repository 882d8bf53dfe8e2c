"""More per-language rules: defection, return, detention and group sizes."""

from datetime import date

import pytest

from cases.extraction.analysis import analyse
from cases.extraction.model import Sentence
from cases.extraction.numbers import find_counts
from cases.extraction.rules import compiled


def info(text: str, lang: str):
    return analyse(Sentence(0, 0, len(text), text, 0), lang, date(2024, 5, 1))


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


COUNTS = [
    ("en", "Three soldiers crossed the border.", 3, "More than 3,000 men crossed the border."),
    ("ru", "Трое солдат пересекли границу.", 3, "Тысячи мужчин пересекли границу."),
    ("uk", "Двоє чоловіків перетнули кордон.", 2, "Тисячі чоловіків перетнули кордон."),
    ("de", "Vier Soldaten überquerten die Grenze.", 4, "Tausende Männer überquerten die Grenze."),
    ("fr", "Cinq soldats ont franchi la frontière.", 5, "Des milliers d'hommes ont fui."),
    ("it", "Sei soldati russi sono arrivati.", 6, "Migliaia di uomini sono arrivati."),
    ("es", "Dos desertores llegaron a Madrid.", 2, "Miles de hombres llegaron."),
    ("pl", "Pięciu żołnierzy przekroczyło granicę.", 5, "Tysiące mężczyzn przekroczyło granicę."),
    ("pt", "Três soldados chegaram a Lisboa.", 3, "Milhares de homens chegaram."),
    ("nl", "Twee soldaten kwamen aan.", 2, "Duizenden mannen kwamen aan."),
    ("tr", "İki asker sınırı geçti.", 2, "Binlerce kişi sınırı geçti."),
]


@pytest.mark.parametrize(("lang", "text", "value", "negative"), COUNTS)
def test_group_size_and_statistics(lang: str, text: str, value: int, negative: str) -> None:
    assert [c.value for c in find_counts(text, compiled(lang))] == [value]
    sentence = info(negative, lang)
    assert sentence.statistic or not [c for c in sentence.counts if c.value <= 19]


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
