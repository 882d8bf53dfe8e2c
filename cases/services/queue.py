"""Sending tasks after commit without ever losing the row they are about.

The row (an article in `queued` or `fetched`) is the durable record; the message is only a
nudge. If the broker is down when the transaction commits, the send is logged and
dropped, and `articles_requeue` sends it again once Redis is back.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError
from redis.exceptions import RedisError

from cases.models import Article

logger = logging.getLogger(__name__)
BROKER_DOWN = (KombuOperationalError, RedisError, ConnectionError, OSError)


def task_send(task, *args) -> bool:
    """Send a task now; return False (and log) when the broker cannot be reached."""
    try:
        task.apply_async(args=args)
    except BROKER_DOWN as exc:
        logger.warning("broker unavailable task=%s args=%s error=%s", task.name, args, exc)
        return False
    return True


def task_send_after_commit(task, *args) -> None:
    """Send a task once the current transaction commits; a broker outage loses nothing."""
    transaction.on_commit(lambda: task_send(task, *args))


def articles_requeue(*, older_than: timedelta = timedelta(minutes=5)) -> int:
    """Send again the tasks of articles stuck in `queued` or `fetched`; return how many.

    Safe to run twice and alongside a live message: both tasks are idempotent.
    """
    from cases import tasks

    cutoff = timezone.now() - older_than
    stuck = Article.objects.filter(
        status__in=[Article.Status.QUEUED, Article.Status.FETCHED], updated_at__lt=cutoff
    ).values_list("pk", "status")
    sent = 0
    for pk, status in stuck.iterator():
        task = tasks.article_fetch_task if status == Article.Status.QUEUED else tasks.article_extract_task
        sent += task_send(task, pk)
    if sent:
        logger.info("requeued stalled articles count=%s", sent)
    return sent
