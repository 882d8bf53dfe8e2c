"""Thin Celery tasks: look up by id, call one service, decide on retry.

Arguments are ids; every task is safe to run twice (its docstring names the key). Tasks
import services; services send tasks by name through `cases.services.queue`, never by
importing this module.
"""

from __future__ import annotations

import logging

from celery import shared_task

from cases.exceptions import FetchError, NotFound, TrackerError
from cases.services import articles as article_services
from cases.services.queue import articles_requeue
from cases.services.sources import source_poll, sources_poll_due

logger = logging.getLogger(__name__)


@shared_task(bind=True, acks_late=True, max_retries=5, ignore_result=True)
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
    except Exception as exc:  # a parser bug on a strange page: record it on the article, never lose it
        logger.exception("fetch failed article_id=%s", article_id)
        article_services.article_fail(article_id=article_id, error=f"processing error: {exc}")


@shared_task(bind=True, acks_late=True, max_retries=3, ignore_result=True)
def article_extract_task(self, article_id: int) -> int:
    """Extract proposals from an article.

    Idempotent on (article, extractor_version, case_index), the proposals' unique key.
    Returns the number of proposals.
    """
    try:
        return len(article_services.article_extract(article_id=article_id))
    except TrackerError as exc:
        article_services.article_fail(article_id=article_id, error=str(exc))
        return 0
    except Exception as exc:  # an extractor bug: record it on the article, never lose it
        logger.exception("extraction failed article_id=%s", article_id)
        article_services.article_fail(article_id=article_id, error=f"extraction error: {exc}")
        return 0


@shared_task(bind=True, acks_late=True, max_retries=0, ignore_result=True)
def article_reextract_task(self, article_id: int) -> int:
    """Re-run the current extractor on an unreviewed article (`manage.py reextract --queue`).

    Idempotent on (article, extractor_version, case_index); reviewed articles are skipped.
    """
    try:
        return len(article_services.article_reextract(article_id=article_id) or [])
    except TrackerError as exc:
        article_services.article_fail(article_id=article_id, error=str(exc))
        return 0


@shared_task(acks_late=True, ignore_result=True)
def source_poll_task(source_id: int) -> int:
    """Poll one source's feed. Idempotent on the articles' unique canonical URL.

    No Celery retry: a failure is recorded on the source, whose next poll backs off.
    Returns the number of new articles.
    """
    try:
        return source_poll(source_id=source_id).new_articles
    except NotFound:
        return 0  # deleted between the claim and the poll


@shared_task
def sources_poll_due_task() -> int:
    """Claim the due sources and send one poll task each.

    Idempotent: claiming moves each source's next poll time forward in the same UPDATE,
    so an overlapping run finds nothing left to claim. Returns how many were claimed.
    """
    return len(sources_poll_due())


@shared_task
def articles_requeue_task() -> int:
    """Re-send the tasks of articles left waiting (e.g. sent while Redis was down).

    Safe to run twice: fetch and extraction are idempotent on the article.
    """
    return articles_requeue()
