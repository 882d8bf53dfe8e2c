"""Small factories for the domain's rows, with sensible defaults."""

from __future__ import annotations

import itertools

from django.contrib.auth.models import Group
from django.utils import timezone

from cases.models import Article, CaseProposal, Source

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

NO_DATES = {"deserted": None, "left_origin": None, "arrived": None, "applied": None, "decided": None,
            "returned": None}  # fmt: skip


def make_user(django_user_model, username: str, role: str | None):
    """A user with the password "pw-<username>", in the group named `role` if one is given."""
    from cases.services.roles import roles_sync

    roles_sync()  # transactional tests flush the groups the migration created
    user = django_user_model.objects.create_user(username=username, password="pw-" + username)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


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


def make_case(
    *,
    actor,
    summary: str = "",
    visibility: str = "internal",
    reliability: str = "unknown",
    article: dict | None = None,
    **fields,
):
    """An approved case with one source article, written by proposal_approve like in production."""
    # Services are imported where used: tests/conftest.py imports this module for every test.
    from cases.services.proposals import proposal_approve

    values = {**CASE_FIELDS, **fields}
    values["dates"] = (
        {**NO_DATES, **(fields.get("dates") or {})} if "dates" in fields else CASE_FIELDS["dates"]
    )
    proposal = make_proposal(make_article(**(article or {})), fields=values)
    return proposal_approve(
        proposal_id=proposal.pk,
        actor=actor,
        summary=summary,
        visibility=visibility,
        reliability=reliability,
    )


def make_source(url: str, **overrides) -> Source:
    values = {"name": "Example", "url": url, "poll_interval": 30}
    values.update(overrides)
    return Source.objects.create(**values)


def now():
    return timezone.now()
