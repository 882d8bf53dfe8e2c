"""Small factories for the domain's rows, with sensible defaults."""

from __future__ import annotations

import itertools

from django.utils import timezone

from cases.models import Article, CaseProposal

_seq = itertools.count(1)

CASE_FIELDS = {
    "kind": "desertion",
    "people_count": 1,
    "names": ["Ivan Testov"],
    "roles": ["mobilised"],
    "origin": "RU",
    "transit": ["KZ", "TR"],
    "destination": "FR",
    "status": "applied",
    "dates": {"deserted": "2023-22", "left_origin": "2023-09", "arrived": None, "applied": "2024-01",
              "decided": None, "returned": None},
}  # fmt: skip


def make_article(**overrides) -> Article:
    n = next(_seq)
    values = {
        "url": f"https://news.example.org/story-{n}",
        "canonical_url": f"https://news.example.org/story-{n}",
        "title": f"Story {n}",
        "text": "A soldier named Ivan Testov deserted and fled to France via Kazakhstan.",
        "status": Article.Status.EXTRACTED,
    }
    values.update(overrides)
    return Article.objects.create(**values)


def make_proposal(article: Article | None = None, **overrides) -> CaseProposal:
    article = article or make_article()
    values = {
        "article": article,
        "extractor_version": "test-1",
        "case_index": 0,
        "fields": dict(CASE_FIELDS),
        "evidence": {"origin": [{"start": 0, "end": 9, "text": "A soldier", "sentence": article.text}]},
        "confidence": {"origin": 0.9},
    }
    values.update(overrides)
    return CaseProposal.objects.create(**values)


def now():
    return timezone.now()
