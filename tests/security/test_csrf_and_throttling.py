"""CSRF on every state-changing page, and API throttling."""

import pytest
from django.test import Client
from django.urls import get_resolver

from tests.factories import make_proposal


def _post_routes() -> list[str]:
    """Every page route (not admin, not API) with its integer arguments filled with 1."""
    routes = []
    for pattern in get_resolver().url_patterns:
        prefix = str(pattern.pattern)
        if prefix.startswith(("admin/", "api/")):
            continue
        for sub in getattr(pattern, "url_patterns", [pattern]):
            route = prefix + str(sub.pattern)
            routes.append(
                "/"
                + route.replace("<int:pk>", "1").replace("<int:case_id>", "1").replace("<str:by>", "origin")
            )
    return [r for r in routes if "<" not in r]


@pytest.mark.django_db
def test_every_page_refuses_a_post_without_a_csrf_token(editor):
    make_proposal()
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    routes = _post_routes()
    assert len(routes) > 10
    for route in routes:
        response = client.post(route, {"reason": "wrong"})
        assert response.status_code in (403, 404, 405), (route, response.status_code)
        if response.status_code == 403:
            assert b"CSRF" in response.content or response.status_code == 403


@pytest.mark.django_db
def test_the_api_throttles_a_client_that_sends_too_many_requests(editor_client, monkeypatch):
    from django.core.cache import cache
    from rest_framework.throttling import UserRateThrottle

    cache.clear()
    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/minute", "anon": "3/minute"})
    statuses = [editor_client.get("/api/cases/").status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200] and statuses[-1] == 429
    body = editor_client.get("/api/cases/").json()
    assert body["error"]["code"] == "throttled"
