"""Broken parts: Redis down, a worker killed mid-task, PostgreSQL connections dropped (a real
restart of PostgreSQL under gunicorn and a worker is in test_postgres_restart.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from datetime import timedelta

import pytest
from django.db import connection

from cases.models import Article, CaseProposal
from cases.services.queue import articles_requeue
from tests.conftest import ROOT, WORKER_APPLICATION_NAME, free_port, stop, wait_for, worker_command

TEXT = "A Russian soldier deserted his unit and applied for asylum in France after crossing Kazakhstan."


@pytest.fixture
def redis_down(settings):
    """Point the broker and the cache at a port where nothing listens."""
    from tracker.celery import app

    dead = f"redis://127.0.0.1:{free_port()}/0"
    saved = (app.conf.broker_url, app.conf.result_backend)
    app.conf.broker_url = dead
    app.conf.result_backend = dead
    _reset_broker_pools(app)
    settings.CACHES = {
        "default": {"BACKEND": "cases.cache.FailSoftRedisCache", "LOCATION": dead,
                    "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}}
    }  # fmt: skip
    # (pytest-django's settings fixture resets Django's cache handlers on change.)
    yield
    app.conf.broker_url, app.conf.result_backend = saved
    _reset_broker_pools(app)


def _reset_broker_pools(app) -> None:
    """Drop pooled broker connections so the next send uses the current broker_url."""
    app._pool = None
    app.amqp._producer_pool = None


@pytest.mark.django_db(transaction=True)
def test_with_redis_down_pages_serve_and_a_submission_is_kept(redis_down, editor_client):
    assert editor_client.get("/cases/").status_code == 200
    started = time.monotonic()
    response = editor_client.post(
        "/api/articles/", {"title": "Kept", "text": TEXT}, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    assert time.monotonic() - started < 10
    article = Article.objects.get(pk=response.json()["id"])
    assert article.status == Article.Status.FETCHED  # stored, waiting for the queue


@pytest.mark.worker
def test_a_submission_made_while_redis_was_down_is_processed_when_it_returns(
    celery_worker_process, editor_client, settings
):
    from cases.services.articles import article_submit

    # Simulate a lost message: the row exists, the broker never got its task.
    article = Article.objects.create(title="Waiting", text=TEXT, status=Article.Status.FETCHED)
    Article.objects.filter(pk=article.pk).update(updated_at=article.updated_at - timedelta(minutes=10))
    assert articles_requeue() == 1
    wait_for(lambda: CaseProposal.objects.filter(article=article).exists())
    article.refresh_from_db()
    assert article.status == Article.Status.EXTRACTED
    assert article_submit  # the same service the pages and API call


@pytest.mark.worker
def test_a_worker_killed_mid_task_leaves_the_article_processed_exactly_once(transactional_db, purge_queues):
    """SIGKILL a worker while it holds an unacknowledged task; a new worker redoes it once."""
    from cases.services.queue import task_send
    from tests.faults.stalling_worker import stall_flag
    from tracker.celery import app

    article = Article.objects.create(title="Killed", text=TEXT, status=Article.Status.FETCHED)
    env = os.environ.copy()
    env["TRACKER_DATABASE_NAME"] = connection.settings_dict["NAME"]
    # The first worker takes the task and stalls inside it (tests/faults/stalling_worker.py),
    # then is killed.
    cmd = worker_command("extract")
    first = subprocess.Popen(worker_command("extract", app="tests.faults.stalling_worker"), cwd=ROOT, env=env)
    try:
        wait_for(lambda: app.control.ping(timeout=0.5))
        assert task_send("article_extract_task", article.pk)
        flag = stall_flag(article.pk)
        wait_for(flag.exists, timeout=30)
        first.send_signal(signal.SIGKILL)
        first.wait()
    finally:
        if first.poll() is None:
            first.kill()
    assert not CaseProposal.objects.filter(article=article).exists()
    flag.unlink()
    # acks_late: the message was never acknowledged, so Redis still holds it and gives it
    # back after the visibility timeout; the test lets that timeout pass at once.
    from kombu import Connection

    with Connection(app.conf.broker_url, transport_options={"visibility_timeout": 0}) as conn:
        conn.default_channel.qos.restore_visible(num=100)
    second = subprocess.Popen(cmd, cwd=ROOT, env=env)
    try:
        wait_for(lambda: CaseProposal.objects.filter(article=article).exists(), timeout=60)
        time.sleep(1)
    finally:
        stop(second)
    proposals = CaseProposal.objects.filter(article=article)
    assert proposals.count() == len({p.case_index for p in proposals}) >= 1


@pytest.mark.django_db(transaction=True)
def test_pages_recover_after_database_connections_are_killed(editor_client):
    assert editor_client.get("/cases/").status_code == 200
    # The web side's connection (the test client runs in this process) is killed, as a
    # PostgreSQL restart would: the next request must reconnect by itself. Other tests'
    # connections (a live server's, say) are left alone.
    with pytest.raises(Exception), connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")
    connection.close_if_unusable_or_obsolete()
    assert editor_client.get("/cases/").status_code == 200


@pytest.mark.worker
def test_a_worker_recovers_when_its_database_connections_are_dropped(celery_worker_process):
    """What a PostgreSQL restart does to a worker: every connection dies; the next task reconnects."""
    from cases.services.queue import task_send

    first = Article.objects.create(title="Before", text=TEXT, status=Article.Status.FETCHED)
    assert task_send("article_extract_task", first.pk)
    wait_for(lambda: CaseProposal.objects.filter(article=first).exists())
    with connection.cursor() as cursor:
        # Whatever the worker holds open (Celery may already have closed it) dies here.
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = %s",
            [WORKER_APPLICATION_NAME],
        )
    second = Article.objects.create(title="After", text=TEXT.replace("France", "Germany"), status="fetched")
    assert task_send("article_extract_task", second.pk)
    wait_for(lambda: CaseProposal.objects.filter(article=second).exists())
