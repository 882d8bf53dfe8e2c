"""Every way in is throttled, and a throttle locks out only the attacker (cases.signin)."""

from __future__ import annotations

import json

import pytest
from django.core.cache import cache
from django.test import Client

PASSWORD = "pw-editor"


@pytest.fixture(autouse=True)
def _fresh_counters():
    cache.clear()
    yield
    cache.clear()


def _fail_on_login_page(client: Client, username: str, times: int = 5) -> None:
    for _ in range(times):
        client.post("/login/", {"username": username, "password": "wrong"})


def _token(client: Client, username: str, password: str):
    body = json.dumps({"username": username, "password": password})
    return client.post("/api/token/", data=body, content_type="application/json")


def test_failures_on_the_page_lock_the_token_for_that_account_too(client, editor) -> None:
    _fail_on_login_page(client, "editor")
    response = _token(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert "Try again in" in response.json()["error"]["message"]
    assert int(response["Retry-After"]) > 0


def test_the_token_endpoint_has_its_own_failure_limit(client, editor) -> None:
    for _ in range(5):
        assert _token(client, "editor", "wrong").status_code == 400
    assert _token(client, "editor", PASSWORD).status_code == 429


def test_the_admin_sign_in_is_throttled(client, admin_user) -> None:
    for _ in range(5):
        client.post("/admin/login/", {"username": "admin", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "admin", "password": "pw-admin"})
    assert response.status_code == 429


def test_a_locked_account_does_not_lock_out_the_others_behind_the_same_address(
    client, editor, researcher
) -> None:
    _fail_on_login_page(client, "editor")
    assert client.post("/login/", {"username": "editor", "password": PASSWORD}).status_code == 429
    response = client.post("/login/", {"username": "researcher", "password": "pw-researcher"})
    assert response.status_code == 302  # signed in


def test_the_page_says_when_to_try_again(client, editor) -> None:
    _fail_on_login_page(client, "editor")
    response = client.post("/login/", {"username": "editor", "password": PASSWORD})
    assert response.status_code == 429
    assert "Try again in 15 minutes" in response.content.decode()


def test_an_address_spraying_many_accounts_is_stopped(client, settings, db) -> None:
    settings.LOGIN_MAX_FAILURES_PER_ADDRESS = 8
    for n in range(8):
        client.post("/login/", {"username": f"user{n}", "password": "wrong"})
    assert client.post("/login/", {"username": "someone-else", "password": "x"}).status_code == 429


def test_pages_carry_a_content_security_policy(client) -> None:
    response = client.get("/login/")
    policy = response["Content-Security-Policy"]
    assert (
        "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    )
    assert "frame-ancestors 'none'" in policy
    assert response["Permissions-Policy"]


def test_a_token_expires_and_the_endpoint_then_issues_a_new_one(client, editor, settings) -> None:
    from datetime import timedelta

    from rest_framework.authtoken.models import Token

    first = _token(client, "editor", PASSWORD).json()
    assert first["expires"]
    api = Client()
    assert api.get("/api/cases/", HTTP_AUTHORIZATION=f"Token {first['token']}").status_code in (200, 403)
    Token.objects.filter(key=first["token"]).update(
        created=Token.objects.get(key=first["token"]).created - timedelta(days=settings.API_TOKEN_DAYS + 1)
    )
    refused = api.get("/api/cases/", HTTP_AUTHORIZATION=f"Token {first['token']}")
    assert refused.status_code in (401, 403) and "expired" in refused.json()["error"]["message"]
    second = _token(client, "editor", PASSWORD).json()
    assert second["token"] != first["token"]


def test_a_user_sees_and_revokes_their_token(client, editor) -> None:
    from cases.models import AuditEvent

    client.force_login(editor)
    page = client.post("/account/tokens/", {"action": "create"})
    assert page.status_code == 200
    key = page.context["new_key"]
    assert key and key in page.content.decode()
    assert key not in client.get("/account/tokens/").content.decode()  # shown once
    client.post("/account/tokens/", {"action": "revoke"})
    assert Client().get("/api/cases/", HTTP_AUTHORIZATION=f"Token {key}").status_code in (401, 403)
    assert list(
        AuditEvent.objects.filter(action__startswith="token.").values_list("action", flat=True).order_by("id")
    ) == [
        "token.create",
        "token.revoke",
    ]
