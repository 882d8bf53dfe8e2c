"""One invented article per fully supported language, end to end.

Each article has page furniture, a case with a route and a status, and background
figures that must not become a case. Publication date: 2024-06-15.
"""

import pytest

from cases.extraction import extract

ARTICLES = {
    "en": """World | Europe | Russia
A Russian contract soldier who deserted in January has been granted asylum in Norway, his
lawyer said on Monday.
Gleb Arkhipov, 29, left his unit near Belgorod and crossed into Kazakhstan in February. From
Almaty he flew to Istanbul and then on to Oslo, where he applied for asylum in March.
Thousands of Russian men have left the country since 2022.
Read also:
• Norway tightens border checks""",
    "ru": """Новости | Мир | Общество
Российский контрактник, дезертировавший в январе, получил убежище в Норвегии.
Всеволод Архипов, 29 лет, в январе самовольно оставил часть, а в феврале пересёк границу с
Казахстаном. Из Алматы он улетел в Стамбул, а затем в Осло, где в марте попросил убежища.
С 2022 года из России уехали сотни тысяч мужчин.
Читайте также:
Норвегия ужесточила проверки на границе""",
    "uk": """Новини | Світ
Український мобілізований, який у січні самовільно залишив частину, отримав притулок в Ірландії.
Остап Гринюк, 34 роки, у лютому перетнув кордон з Молдовою. Звідти він поїхав до Румунії, а
потім прилетів до Дубліна, де у березні попросив притулку.
З початку року кордон намагалися перетнути тисячі чоловіків.""",
    "de": """Politik | Ausland
Ein russischer Zeitsoldat, der im Januar desertiert ist, hat in Norwegen Asyl erhalten.
Gleb Archipow, 29, setzte sich im Januar von seiner Einheit ab und reiste im Februar nach
Kasachstan aus. Von Almaty flog er nach Istanbul und dann weiter nach Oslo, wo er im März Asyl
beantragte.
Seit 2022 haben Hunderttausende Russen das Land verlassen.""",
    "fr": """International | Europe
Un soldat russe sous contrat, qui a déserté en janvier, a obtenu l'asile en Norvège.
Gleb Arkhipov, 29 ans, a quitté son unité en janvier puis a franchi la frontière du
Kazakhstan en février. D'Almaty, il a pris un avion pour Istanbul, puis pour Oslo, où il a
demandé l'asile en mars.
Des centaines de milliers de Russes ont quitté le pays depuis 2022.""",
    "it": """Esteri | Europa
Un soldato russo a contratto, che ha disertato a gennaio, ha ottenuto l'asilo in Norvegia.
Gleb Arkhipov, 29 anni, ha lasciato il suo reparto a gennaio e a febbraio ha attraversato il
confine con il Kazakistan. Da Almaty è volato a Istanbul e poi a Oslo, dove a marzo ha chiesto
asilo.
Dal 2022 centinaia di migliaia di russi hanno lasciato il paese.""",
    "es": """Internacional | Europa
Un soldado ruso con contrato que desertó en enero ha obtenido asilo en Noruega.
Gleb Arjípov, de 29 años, abandonó su unidad en enero y en febrero cruzó la frontera con
Kazajistán. Desde Almaty voló a Estambul y después a Oslo, donde en marzo solicitó asilo.
Desde 2022, cientos de miles de rusos han abandonado el país.""",
    "pl": """Świat | Europa
Rosyjski żołnierz kontraktowy, który zdezerterował w styczniu, otrzymał azyl w Norwegii.
29-letni Gleb Archipow w styczniu opuścił jednostkę, a w lutym przekroczył granicę z
Kazachstanem. Z Ałmaty poleciał do Stambułu, a potem do Oslo, gdzie w marcu złożył wniosek o
azyl.
Od 2022 roku z Rosji wyjechały setki tysięcy mężczyzn.""",
    "pt": """Mundo | Europa
Um soldado russo contratado que desertou em janeiro obteve asilo na Noruega.
Gleb Arkhipov, de 29 anos, abandonou a sua unidade em janeiro e em fevereiro atravessou a
fronteira com o Cazaquistão. De Almaty voou para Istambul e depois para Oslo, onde em março
pediu asilo.
Desde 2022, centenas de milhares de russos deixaram o país.""",
    "nl": """Buitenland | Europa
Een Russische contractsoldaat die in januari deserteerde, heeft asiel gekregen in Noorwegen.
Gleb Archipov, 29, verliet in januari zijn eenheid en stak in februari de grens met
Kazachstan over. Vanuit Almaty vloog hij naar Istanbul en daarna naar Oslo, waar hij in maart
asiel aanvroeg.
Sinds 2022 hebben honderdduizenden Russen het land verlaten.""",
    "tr": """Dünya | Avrupa
Ocak ayında birliğinden kaçan sözleşmeli Rus asker Gleb Arhipov, Norveç'te sığınma hakkı aldı.
29 yaşındaki asker Gleb Arhipov, şubat ayında Kazakistan sınırını geçti. Almatı'dan
İstanbul'a, ardından Oslo'ya uçtu ve mart ayında burada sığınma başvurusunda bulundu.
2022'den bu yana yüz binlerce Rus ülkeyi terk etti.""",
}


# The Ukrainian article is about a Ukrainian who fled through Moldova and Romania.
EXPECTED = {lang: ("RU", "NO", {"KZ", "TR"}, "contract") for lang in ARTICLES}
EXPECTED["uk"] = ("UA", "IE", {"MD", "RO"}, "mobilised")
SURNAME = {"ru": "Архипов", "uk": "Гринюк"}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_article_gives_one_case_with_route_and_status(lang: str) -> None:
    result = extract(title="", text=ARTICLES[lang], language=lang, published="2024-06-15")
    cases = result.to_dict()["cases"]
    assert len(cases) == 1, cases
    case = cases[0]
    origin, destination, transit, role = EXPECTED[lang]
    assert case["kind"] == "desertion"
    assert case["origin"] == origin
    assert case["destination"] == destination
    assert set(case["transit"]) == transit
    assert case["status"] == "granted"
    assert case["people_count"] == 1
    assert len(case["names"]) == 1 and SURNAME.get(lang, "Ar") in case["names"][0]
    assert role in case["roles"]
    assert case["dates"]["deserted"] == "2024-01"
    assert case["dates"]["left_origin"] == "2024-02"
