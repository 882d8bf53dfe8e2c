import pytest


@pytest.mark.django_db
def test_login_is_locked_after_repeated_failures(client, editor, settings):
    settings.LOGIN_MAX_FAILURES = 3
    for _ in range(3):
        response = client.post("/login/", {"username": "editor", "password": "wrong"})
        assert response.status_code == 200
    locked = client.post("/login/", {"username": "editor", "password": "pw-editor"})
    assert locked.status_code == 429
    assert b"Too many failed sign-ins" in locked.content


@pytest.mark.django_db
def test_a_correct_login_signs_in(client, editor):
    response = client.post("/login/", {"username": "editor", "password": "pw-editor"})
    assert response.status_code == 302


def test_every_form_carries_a_csrf_token(client, db):
    assert b"csrfmiddlewaretoken" in client.get("/login/").content
