"""Fixtures: named users per role, a case to merge into, and a real Celery worker for the queue tests.

Tests run against the PostgreSQL and Redis named by DATABASE_URL and REDIS_URL
(`make test` starts embedded ones when they are unset).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission

from tests.factories import make_article, make_proposal, make_user

ROOT = Path(__file__).resolve().parent.parent
# The name the test worker's database connections carry, so a fault test can kill just them.
WORKER_APPLICATION_NAME = "tracker-test-worker"


@pytest.fixture
def editor(db, django_user_model):
    return make_user(django_user_model, "editor", "editor")


@pytest.fixture
def researcher(db, django_user_model):
    return make_user(django_user_model, "researcher", "researcher")


@pytest.fixture
def admin_user(db, django_user_model):
    return make_user(django_user_model, "admin", "admin")


@pytest.fixture
def outsider(db, django_user_model):
    return make_user(django_user_model, "outsider", None)


@pytest.fixture
def second_editor(db, django_user_model):
    return make_user(django_user_model, "editor2", "editor")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def researcher_client(client, researcher):
    client.force_login(researcher)
    return client


@pytest.fixture
def outsider_client(client, outsider):
    client.force_login(outsider)
    return client


@pytest.fixture
def purge_queues():
    """Empty the broker's queues so a worker only sees this test's messages."""
    from tracker.celery import app

    app.control.purge()
    yield


@pytest.fixture
def celery_worker_process(transactional_db, purge_queues):
    """A real `celery worker` process consuming every queue from Redis, on the test database."""
    from django.db import connection

    env = os.environ.copy()
    # The worker must use the test database that pytest-django created.
    env["TRACKER_DATABASE_NAME"] = connection.settings_dict["NAME"]
    env["DATABASE_APPLICATION_NAME"] = WORKER_APPLICATION_NAME
    env.setdefault("DJANGO_DEBUG", "true")
    process = subprocess.Popen(worker_command(), cwd=ROOT, env=env)
    from tracker.celery import app

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the Celery worker exited at start-up")
        replies = app.control.ping(timeout=0.5)
        if replies:
            break
    else:
        process.terminate()
        raise RuntimeError("the Celery worker did not answer within 60 seconds")
    yield process
    stop(process)


def worker_command(queues: str = "default,ingest,extract", app: str = "tracker") -> list[str]:
    """A `celery worker` of `app` on `queues`, one task at a time, quiet, with no cluster chatter."""
    return [sys.executable, "-m", "celery", "-A", app, "worker", "--pool=solo", "-Q", queues,
            "--loglevel=WARNING", "--without-heartbeat", "--without-gossip", "--without-mingle"]  # fmt: skip


def stop(process: subprocess.Popen) -> None:
    """SIGTERM, then SIGKILL if it has not exited within 20 seconds."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port() -> int:
    """A loopback TCP port nothing listens on (now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(predicate, *, timeout: float = 60.0, interval: float = 0.2):
    """Poll until predicate() is truthy; return its value or fail the test."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    pytest.fail(f"condition not met within {timeout} seconds")


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Password hashing is deliberately slow; tests only need it to work."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session", autouse=True)
def _end_leftover_sessions(django_db_setup, django_db_blocker):
    """At the end of the run, end database sessions that threads left open (a live server's
    request threads, say), so that dropping the test database does not find it in use."""
    yield
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def researcher_without_names(db, django_user_model):
    """A researcher whose view_names permission was withdrawn: a role may exist without it."""
    user = make_user(django_user_model, "nameless", None)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="cases", codename__in=["view_case", "export_case"])
    )
    return user


@pytest.fixture
def avaliani_case(editor):
    """An approved case about a man named in Cyrillic, Russia → Kazakhstan → Germany."""
    from cases.services.proposals import proposal_approve

    article = make_article(text="Военнослужащий Авалиани бежал через Казахстан в Германию.")
    fields = {
        "kind": "desertion", "people_count": 1, "names": ["Георгий Авалиани"], "roles": ["contract"],
        "origin": "RU", "transit": ["KZ"], "destination": "DE", "status": "applied",
        "dates": {"deserted": "2023-09", "left_origin": None, "arrived": None, "applied": "2024-02",
                  "decided": None, "returned": None},
    }  # fmt: skip
    return proposal_approve(proposal_id=make_proposal(article, fields=fields).pk, actor=editor)
