"""Thin Celery tasks: look up by id, call one service, decide on retry.

Arguments are ids; every task is safe to run twice (its docstring names the key).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from celery import shared_task
from django.conf import settings

from cases.exceptions import FetchError, TrackerError
from cases.services import articles as article_services

logger = logging.getLogger(__name__)


@shared_task(bind=True, acks_late=True, max_retries=5)
def article_fetch_task(self, article_id: int) -> None:
    """Fetch a queued article. Idempotent: only an article still `queued` is fetched."""
    try:
        article_services.article_fetch(article_id=article_id)
    except FetchError as exc:
        if exc.transient and self.request.retries < self.max_retries:
            raise self.retry(exc=exc, countdown=min(600, 30 * 2**self.request.retries)) from None
        article_services.article_fail(article_id=article_id, error=str(exc))
    except TrackerError as exc:
        article_services.article_fail(article_id=article_id, error=str(exc))


@shared_task(bind=True, acks_late=True, max_retries=3)
def article_extract_task(self, article_id: int) -> int:
    """Extract proposals from an article.

    Idempotent on (article, extractor_version, case_index), the proposals' unique key.
    Returns the number of proposals.
    """
    _stall_for_fault_test(article_id)
    try:
        return len(article_services.article_extract(article_id=article_id))
    except TrackerError as exc:
        article_services.article_fail(article_id=article_id, error=str(exc))
        return 0
    except Exception as exc:  # an extractor bug: record it on the article, never lose it
        logger.exception("extraction failed article_id=%s", article_id)
        article_services.article_fail(article_id=article_id, error=f"extraction error: {exc}")
        return 0


@shared_task
def sources_poll_due_task() -> int:
    """Find the sources due for a poll and send one poll task each (the ingestion issue)."""
    from cases.services.sources import sources_poll_due

    return sources_poll_due()


@shared_task
def articles_requeue_task() -> int:
    """Re-send the tasks of articles left waiting (e.g. sent while Redis was down).

    Safe to run twice: fetch and extraction are idempotent on the article.
    """
    from cases.services.queue import articles_requeue

    return articles_requeue()


def _stall_for_fault_test(article_id: int) -> None:
    """Fault injection for the kill-a-worker test: mark the task as started, then hang.

    Active only when TRACKER_TEST_STALL_EXTRACTION is set in the worker's environment.
    """
    seconds = os.environ.get("TRACKER_TEST_STALL_EXTRACTION")
    if seconds:
        flag = Path(settings.BASE_DIR) / ".data" / f"stall-{article_id}"
        flag.parent.mkdir(exist_ok=True)
        flag.touch()
        time.sleep(float(seconds))
