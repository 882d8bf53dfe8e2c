"""Helpers shared by the extraction tests."""

from datetime import date

from cases.extraction.analysis import analyse
from cases.extraction.model import Sentence


def info(text: str, lang: str):
    """`text` analysed as one sentence in `lang`, in an article published on 2024-05-01."""
    return analyse(Sentence(0, 0, len(text), text, 0), lang, date(2024, 5, 1))
