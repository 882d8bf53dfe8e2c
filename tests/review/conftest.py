"""Fixtures for the review workspace: a second editor, and cases to merge into."""

from __future__ import annotations

import pytest

from cases.services.proposals import proposal_approve
from tests.conftest import _user
from tests.factories import make_article, make_proposal


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Each test creates three or four users; the production hasher costs ~0.3 s per user.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def second_editor(db, django_user_model):
    return _user(django_user_model, "editor2", "editor")


@pytest.fixture
def avaliani_case(editor):
    """An approved case about a man named in Cyrillic, Russia → Kazakhstan → Germany."""
    article = make_article(text="Военнослужащий Авалиани бежал через Казахстан в Германию.")
    fields = {
        "kind": "desertion", "people_count": 1, "names": ["Георгий Авалиани"], "roles": ["contract"],
        "origin": "RU", "transit": ["KZ"], "destination": "DE", "status": "applied",
        "dates": {"deserted": "2023-09", "left_origin": None, "arrived": None, "applied": "2024-02",
                  "decided": None, "returned": None},
    }  # fmt: skip
    return proposal_approve(proposal_id=make_proposal(article, fields=fields).pk, reviewer=editor)
