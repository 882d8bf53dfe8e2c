"""The session engine reads sessions as Django's database engine does."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from cases.sessions import SessionStore


@pytest.mark.django_db
def test_a_signed_in_user_stays_signed_in_and_an_expired_session_signs_out(client, researcher):
    client.force_login(researcher)
    assert client.get("/cases/").status_code == 200
    key = client.cookies["sessionid"].value
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/cases/")
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
def test_a_forged_or_unknown_key_reads_as_an_empty_session():
    store = SessionStore("x" * 32)
    assert store.load() == {} and store.session_key is None
    assert SessionStore("no spaces allowed; not a key").load() == {}


@pytest.mark.django_db
def test_what_is_saved_is_read_back():
    store = SessionStore()
    store["answer"] = {"cases": [1, 2]}
    store.save()
    assert SessionStore(store.session_key).load() == {"answer": {"cases": [1, 2]}}
