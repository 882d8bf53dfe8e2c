"""Partial lexicons for Swedish, Serbian (both scripts), Persian and Korean.

Every sentence and article here is invented: people, units and villages are made up.
"""

import pytest

from cases.extraction import extract
from cases.extraction.rules import compiled
from cases.extraction.rules.sr import cyrillic
from tests.extraction.helpers import info

TOPIC = [
    ("sv", "desert", "Soldaten deserterade från sitt förband i mars."),
    ("sv", "draft", "Han flydde från mobiliseringen och tog sig till Finland."),
    ("sr", "desert", "Vojnik je dezertirao iz svoje jedinice."),
    ("sr", "desert", "Војник је дезертирао из своје јединице."),
    ("sr", "desert", "Pobjegao je iz vojske prošle zime."),
    ("sr", "draft", "Pobegao je od mobilizacije i prešao granicu."),
    ("sr", "draft", "Побегао је од мобилизације у Казахстан."),
    ("fa", "desert", "این سرباز از یگان خود فرار کرد."),
    ("fa", "draft", "او برای فرار از بسیج به گرجستان رفت."),
    ("ko", "desert", "이 병사는 부대를 이탈해 탈영했다."),
    ("ko", "draft", "그는 동원령을 피해 카자흐스탄으로 도망쳤다."),
]


@pytest.mark.parametrize(("lang", "cue", "text"), TOPIC)
def test_topic_cues(lang: str, cue: str, text: str) -> None:
    assert info(text, lang).cues.get(cue)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Soldaten gick till affären."),
        ("sr", "Ruski vojnik otišao je u prodavnicu."),
        ("sr", "Руски војник отишао је у продавницу."),
        ("fa", "سرباز روسی به بازار رفت."),
        ("ko", "러시아 군인 한 명이 가게에 갔다."),
    ],
)
def test_no_topic_in_unrelated_sentence(lang: str, text: str) -> None:
    found = info(text, lang)
    assert not found.topic
    assert not any(found.statuses.get(s) for s in ("returned", "granted", "refused", "detained", "applied"))


STATUS = [
    # Swedish
    ("sv", "Han beviljades asyl i Sverige.", "granted"),
    ("sv", "Hans ansökan om asyl beviljades i april.", "granted"),
    ("sv", "Migrationsverket avslog hans asylansökan.", "refused"),
    ("sv", "Han ansökte om asyl i Norge.", "applied"),
    ("sv", "Han greps vid gränsen och hålls i förvar.", "detained"),
    ("sv", "Han utvisades till Ryssland i maj.", "returned"),
    ("sv", "Han gömmer sig nu hos vänner.", "fled"),
    # Serbian, Latin and Cyrillic; a Croatian (ijekavian) sentence
    ("sr", "Odobren mu je azil u Nemačkoj.", "granted"),
    ("sr", "Одобрен му је азил у Србији.", "granted"),
    ("sr", "Njegov zahtev za azil je odobren.", "granted"),
    ("sr", "Zahtev za azil je odbijen u aprilu.", "refused"),
    ("sr", "Захтев за азил је одбијен.", "refused"),
    ("sr", "Zatražio je azil u Srbiji.", "applied"),
    ("sr", "Затражио је азил у Србији.", "applied"),
    ("sr", "Uhapšen je na aerodromu.", "detained"),
    ("sr", "Ухапшен је на аеродрому.", "detained"),
    ("sr", "Deportovan je u Rusiju.", "returned"),
    ("sr", "Депортован је у Русију.", "returned"),
    ("sr", "Skriva se kod prijatelja.", "fled"),
    ("sr", "Pobjegao je iz vojske i dobio azil u Hrvatskoj.", "granted"),
    # Persian
    ("fa", "به او در آلمان پناهندگی اعطا شد.", "granted"),
    ("fa", "درخواست پناهندگی او پذیرفته شد.", "granted"),
    ("fa", "درخواست پناهندگی او رد شد.", "refused"),
    ("fa", "درخواست پناهندگی او پذیرفته نشد.", "refused"),
    ("fa", "او در ترکیه درخواست پناهندگی کرد.", "applied"),
    ("fa", "او در فرودگاه استانبول بازداشت شد.", "detained"),
    ("fa", "او به روسیه مسترد شد.", "returned"),
    ("fa", "او اکنون مخفی زندگی می‌کند.", "fled"),
    # Korean
    ("ko", "그는 독일에서 난민 지위를 인정받았다.", "granted"),
    ("ko", "그의 망명 신청이 승인됐다.", "granted"),
    ("ko", "그의 난민 신청은 기각됐다.", "refused"),
    ("ko", "그는 공항에서 난민 신청을 했다.", "applied"),
    ("ko", "그는 인천공항에서 체포됐다.", "detained"),
    ("ko", "그는 러시아로 강제 송환됐다.", "returned"),
    ("ko", "그는 현재 숨어 지내고 있다.", "fled"),
]


@pytest.mark.parametrize(("lang", "text", "status"), STATUS)
def test_status(lang: str, text: str, status: str) -> None:
    assert info(text, lang).statuses.get(status), (lang, text, status)


NOT_STATUS = [
    ("sv", "Om han utvisas till Ryssland riskerar han fängelse.", "returned"),
    ("sv", "Han utvisades inte.", "returned"),
    ("sv", "Han beviljades inte asyl.", "granted"),
    ("sr", "Ako bude deportovan, suočiće se sa zatvorom.", "returned"),
    ("sr", "Ако буде депортован, суочиће се са затвором.", "returned"),
    ("sr", "Nije uhapšen.", "detained"),
    ("fa", "اگر او به روسیه اخراج شود زندانی می‌شود.", "returned"),
    ("fa", "او به روسیه مسترد نشد.", "returned"),
    ("fa", "درخواست پناهندگی او پذیرفته نشد.", "granted"),
    ("ko", "그가 러시아로 송환되면 처벌을 받는다.", "returned"),
    ("ko", "그는 송환되지 않았다.", "returned"),
    ("ko", "그는 난민 인정을 받지 못했다.", "granted"),
    ("ko", "그는 병역을 거부해 난민 신청을 했다.", "refused"),
]


@pytest.mark.parametrize(("lang", "text", "status"), NOT_STATUS)
def test_not_status(lang: str, text: str, status: str) -> None:
    assert not info(text, lang).statuses.get(status), (lang, text, status)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Den ryske soldaten bor i Malmö."),
        ("sr", "Ruski vojnik živi u Beogradu."),
        ("sr", "Руски војник живи у Београду."),
        ("fa", "این سرباز در روستا زندگی می‌کرد."),
        ("ko", "그 병사는 시골 마을에서 살았다."),
    ],
)
def test_person(lang: str, text: str) -> None:
    assert info(text, lang).cues.get("person")


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("sv", "En rysk soldat", "RU"),
        ("sv", "ukrainska soldater", "UA"),
        ("sr", "ruski vojnik", "RU"),
        ("sr", "руски војник", "RU"),
        ("sr", "ukrajinski vojnici", "UA"),
        ("sr", "белоруски војник", "BY"),
        ("fa", "سرباز روسی", "RU"),
        ("fa", "سربازان اوکراینی", "UA"),
        ("ko", "러시아군 병사", "RU"),
        ("ko", "북한군 병사", "KP"),
    ],
)
def test_demonyms(lang: str, text: str, code: str) -> None:
    from cases.extraction.places import find_places

    assert code in {p.code for p in find_places(text, lang)}


def test_persian_village_is_not_russian() -> None:
    from cases.extraction.places import find_places

    assert not find_places("او در روستای کوچکی زندگی می‌کرد.", "fa")


def test_serbian_cyrillic_transliteration() -> None:
    assert cyrillic(r"pobjeg\w* iz (?:svoje )?jedinic\w*") == r"побјег\w* из (?:своје )?јединиц\w*"
    assert cyrillic("njegov ljudi džep") == "његов људи џеп"
    cl = compiled("sr")
    assert cl.lex.numbers["četiri"] == cl.lex.numbers["четири"] == 4


@pytest.mark.parametrize(
    ("lang", "text", "edtf"),
    [
        ("sr", "u martu 2024", "2024-03"),
        ("sr", "у марту 2024", "2024-03"),
        ("sr", "u ožujku 2024", "2024-03"),
        ("ko", "2024년 3월에", "2024-03"),
        ("sv", "i mars 2024", "2024-03"),
    ],
)
def test_months(lang: str, text: str, edtf: str) -> None:
    assert edtf in {d.edtf for d in info(text, lang).dates}


ARTICLES = {
    "sv": (
        "Rysk värnpliktig sökte asyl i Finland",
        "Den ryske värnpliktige Kirill Tomasjev, 22, från byn Verchnije Lozy deserterade från sitt förband "
        "i mars. I april tog han sig över gränsen till Finland, där han ansökte om asyl.",
        "RU", "FI", "applied",
    ),
    "sr": (
        "Руски војник затражио азил у Србији",
        "Руски рочник Кирил Томашев, 22, из села Верхње Лози дезертирао је из своје јединице у марту. "
        "У априлу је стигао у Србију, где је затражио азил.",
        "RU", "RS", "applied",
    ),
    "fa": (
        "سرباز روس در گرجستان درخواست پناهندگی کرد",
        "یک سرباز وظیفه روسی اهل روستای ورخنیه لوزی در ماه مارس از یگان خود فرار کرد. "
        "او در ماه آوریل به گرجستان رسید و در گرجستان درخواست پناهندگی کرد.",
        "RU", "GE", "applied",
    ),
    "ko": (
        "러시아 탈영병, 한국서 난민 신청",
        "러시아 징집병 키릴 토마셰프(22)는 지난 3월 가상의 마을 베르흐니예 로지 인근 부대를 이탈해 탈영했다. "
        "그는 4월 인천공항에 도착해 난민 신청을 했다.",
        "RU", "KR", "applied",
    ),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_article_end_to_end(lang: str) -> None:
    title, text, origin, destination, status = ARTICLES[lang]
    result = extract(title=title, text=text, language=lang, published="2024-05-01").to_dict()
    assert result["relevant"] is True
    case = result["cases"][0]
    assert (case["origin"], case["destination"], case["status"]) == (origin, destination, status)
