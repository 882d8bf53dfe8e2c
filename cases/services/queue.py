"""Sending tasks after commit without ever losing the row they are about.

The one place where services send tasks. They name them ("article_fetch_task"), so that
services never import `cases.tasks` (which imports services): the import graph points one
way, tasks → services. The task object is looked up in the Celery app, so its options and
eager mode (the bench) apply as to `task.delay`.

The row (an article in `queued` or `fetched`) is the durable record; the message is only a
nudge. If the broker is down when the transaction commits, the send is logged and
dropped, and `articles_requeue` sends it again once Redis is back.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import current_app
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError
from redis.exceptions import RedisError

from cases.models import Article

logger = logging.getLogger(__name__)
BROKER_DOWN = (KombuOperationalError, RedisError, ConnectionError, OSError)


def task(name: str):
    """The task `cases.tasks.<name>`, as registered with the Celery app.

    A web process has not imported the task modules (a worker does at start): the app's
    loader imports what `autodiscover_tasks` found, once, on the first send."""
    full = f"cases.tasks.{name}"
    if full not in current_app.tasks:
        current_app.loader.import_default_modules()
    return current_app.tasks[full]


def task_send(name: str, *args) -> bool:
    """Send the task `name` now; return False (and log) when the broker cannot be reached."""
    try:
        task(name).apply_async(args=args)
    except BROKER_DOWN as exc:
        logger.warning("broker unavailable task=%s args=%s error=%s", name, args, exc)
        return False
    return True


def task_send_after_commit(name: str, *args) -> None:
    """Send the task `name` once the current transaction commits; a broker outage loses nothing."""
    transaction.on_commit(lambda: task_send(name, *args))


def articles_requeue(*, older_than: timedelta = timedelta(minutes=5)) -> int:
    """Send again the tasks of articles stuck in `queued` or `fetched`; return how many.

    Safe to run twice and alongside a live message: both tasks are idempotent.
    """
    cutoff = timezone.now() - older_than
    stuck = Article.objects.filter(
        status__in=[Article.Status.QUEUED, Article.Status.FETCHED], updated_at__lt=cutoff
    ).values_list("pk", "status")
    sent = 0
    for pk, status in stuck.iterator():
        name = "article_fetch_task" if status == Article.Status.QUEUED else "article_extract_task"
        sent += task_send(name, pk)
    if sent:
        logger.info("requeued stalled articles count=%s", sent)
    return sent
