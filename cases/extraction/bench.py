"""Speed and memory benchmark: `python -m cases.extraction.bench [N]`.

Generates N (default 1,200) articles of about 2,000 characters from invented templates
in every fully supported language plus a few others, runs extraction in one process, and
prints start-up time (imports and lexicon/gazetteer loading), articles per second and peak
resident memory. It asserts nothing: figures on a noisy machine are for reading.
"""

from __future__ import annotations

import random
import resource
import sys
import time

_TEMPLATES = {
    "en": (
        "A {nat} soldier who left his unit in {month} crossed into {t1} and later flew to "
        "{dest}, where he applied for asylum, his lawyer said. {name}, {age}, served under "
        "contract. He spent two weeks in {t1} before travelling on. Read also: markets."
    ),
    "ru": (
        "Российский контрактник {name}, {age} лет, в {month_ru} ушёл из части, пересёк "
        "границу с Казахстаном и улетел в {dest_ru}, где попросил убежища. Об этом сообщил "
        "его адвокат. Читайте также: погода."
    ),
    "de": (
        "Ein russischer Deserteur, der sich im Mai von seiner Einheit abgesetzt hat, hat in "
        "Deutschland Asyl beantragt. {name}, {age}, reiste über Kasachstan aus und flog "
        "dann weiter nach Berlin."
    ),
    "fr": (
        "Un déserteur russe, {name}, {age} ans, a quitté son unité en mars puis a pris un "
        "avion pour la Turquie avant d'arriver en France, où il a déposé une demande d'asile."
    ),
    "pl": (
        "Dwóch żołnierzy białoruskiej armii uciekło z jednostki w lutym i przedostało się na "
        "Litwę, gdzie złożyli wniosek o azyl. Straż Graniczna potwierdziła zatrzymanie."
    ),
    "tr": (
        "Rus asker kaçağı {name}, geçen yıl kasım ayında birliğinden kaçtı ve Gürcistan'a "
        "geçti. Ocak ayında İstanbul'a uçan asker uluslararası koruma başvurusunda bulundu."
    ),
    "ka": "რუსი ჯარისკაცი საქართველოში ჩამოვიდა 2023 წლის მაისში. თბილისი, რუსეთი, გერმანია.",
    "kk": "Ресейлік әскери қызметші Қазақстанға қараша айында өткен. Ресей оны іздеуде.",
}
_FILLER = {
    "en": " Officials declined to comment on the case, citing privacy rules and security.",
    "ru": " Представители ведомства отказались от комментариев, сославшись на правила.",
    "de": " Die Behörden wollten sich zu dem Fall nicht äußern und verwiesen auf den Datenschutz.",
    "fr": " Les autorités n'ont pas souhaité commenter ce dossier, invoquant la confidentialité.",
    "pl": " Urzędnicy odmówili komentarza, powołując się na przepisy o ochronie danych.",
    "tr": " Yetkililer gizlilik kurallarını gerekçe göstererek yorum yapmaktan kaçındı.",
    "ka": " ოფიციალურმა პირებმა კომენტარი არ გააკეთეს.",
    "kk": " Ресми өкілдер пікір білдіруден бас тартты.",
}
_NAMES = ["Ivan Petrenko", "Fedor Marchuk", "Dmitri Volkov", "Arseni Lebed", "Gleb Sorin"]


def _articles(count: int) -> list[dict]:
    rng = random.Random(7)
    langs = list(_TEMPLATES)
    out = []
    for i in range(count):
        lang = langs[i % len(langs)]
        body = _TEMPLATES[lang].format(
            nat=rng.choice(["Russian", "Belarusian", "Ukrainian"]),
            month=rng.choice(["March", "June", "October"]),
            month_ru=rng.choice(["марте", "июне", "октябре"]),
            t1=rng.choice(["Kazakhstan", "Georgia", "Armenia"]),
            dest=rng.choice(["France", "Germany", "Spain"]),
            dest_ru=rng.choice(["Францию", "Германию", "Испанию"]),
            name=rng.choice(_NAMES),
            age=rng.randint(20, 45),
        )
        while len(body) < 2000:
            body += _FILLER[lang]
        out.append({"title": "", "text": body[:2000], "language": None, "published": "2024-05-01"})
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    count = int(args[0]) if args else 1200
    started = time.perf_counter()
    from cases.extraction import extract, warm
    from cases.extraction.rules import FULL_LANGUAGES

    # Load every language, as a long-running worker ends up doing.
    for lang in (*FULL_LANGUAGES, *_TEMPLATES, "be", "hy", "ro", "lt", "cs", "he", "ar", "ja"):
        warm(lang)
    startup = time.perf_counter() - started
    articles = _articles(count)
    started = time.perf_counter()
    relevant = 0
    for article in articles:
        relevant += extract(**article).relevant
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"start-up (imports + lexicons + gazetteers): {startup:.2f} s")
    print(f"articles: {count}, relevant: {relevant}, time: {elapsed:.2f} s")
    print(f"throughput: {count / elapsed:.1f} articles/s")
    print(f"peak RSS: {peak_kb / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
