"""Property-based API test: schemathesis generates requests for every operation in
/api/schema/ and sends them in-process to the WSGI app; none may get a server error.

Bounded (a few examples per operation, derandomised) so it stays well under a minute.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from rest_framework.authtoken.models import Token

from tests.factories import make_case, make_proposal
from tracker.wsgi import application

EXAMPLES_PER_OPERATION = 20


@pytest.fixture
def api_world(editor, admin_user):
    """A few rows for the generated ids to hit, and an admin token that may call everything."""
    make_case(actor=editor, names=["Giorgi Avaliani"], transit=["GE", "TR"], visibility="public")
    make_case(actor=editor, dates={})
    make_proposal()
    return Token.objects.create(user=admin_user).key


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_generated_request_gets_a_server_error(api_world, settings_override, mode):
    headers = {"Authorization": f"Token {api_world}"}
    schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", application, headers=headers)
    generation_mode = (
        schemathesis.GenerationMode.POSITIVE if mode == "positive" else schemathesis.GenerationMode.NEGATIVE
    )
    failures = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10

    for operation in operations:

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=generation_mode))
        def check(case):
            response = case.call(headers=headers)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query} {case.body!r}")

        check()
    assert failures == []


@pytest.fixture
def keep_test_connection():
    """Like Django's test client: a request must not close the test's open transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def settings_override(settings, keep_test_connection):
    # The generated traffic must not hit the user throttle meant for people.
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}
    return settings
