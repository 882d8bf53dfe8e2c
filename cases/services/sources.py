"""Feed sources: saving them, finding the due ones, polling one.

The beat task runs every minute; `sources_poll_due` claims the due sources in one
UPDATE ... RETURNING, which moves their next poll time forward as it selects them. Two
beats (or a beat overlapping a slow run) cannot both claim a source: PostgreSQL re-checks
the WHERE clause of the second UPDATE against the row the first one committed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.utils import timezone

from cases.exceptions import InvalidInput, NotFound, TrackerError
from cases.ingestion.feeds import feed_parse
from cases.ingestion.fetch import fetch
from cases.ingestion.urls import canonical_url
from cases.models import Article, Source
from cases.services.articles import article_submit
from cases.services.audit import audit_record
from cases.services.queue import task_send_after_commit

logger = logging.getLogger(__name__)

# A claimed source is not claimed again for at least this long, even with a shorter
# interval: a poll in progress (bounded by the task time limit) finishes first.
CLAIM_MINUTES = 5
# Failures double the wait, up to a day: 1, 2, 4, ... times the interval.
MAX_BACKOFF = timedelta(days=1)
SOURCE_FIELDS = ("name", "url", "kind", "language", "active", "poll_interval", "reliability")


@dataclass(frozen=True)
class PollResult:
    source_id: int
    new_articles: int
    not_modified: bool = False
    error: str = ""
    entries: int = 0  # entries in the feed with a usable link
    skipped: int = 0  # entries without one


def source_save(*, actor, data: dict, source: Source | None = None) -> Source:
    """Create a source or change one (editors' form, admin).

    Side effects: the Source row; an audit event. A new or re-activated source is due at once.
    """
    data = {key: data[key] for key in SOURCE_FIELDS if key in data}
    if "url" in data:
        data["url"] = canonical_url(data["url"])
    creating = source is None
    before = None if creating else {key: getattr(source, key) for key in SOURCE_FIELDS}
    source = source or Source()
    reactivated = not creating and data.get("active") and not source.active
    for key, value in data.items():
        setattr(source, key, value)
    if creating or reactivated:
        source.next_poll_at = None
        source.error_count = 0
    if Source.objects.filter(url=source.url).exclude(pk=source.pk).exists():
        raise InvalidInput("A source with this URL exists already.", details={"url": "already a source"})
    with transaction.atomic():
        source.save()
        audit_record(
            actor=actor,
            action="source.create" if creating else "source.change",
            obj=source,
            before=before,
            after={key: getattr(source, key) for key in SOURCE_FIELDS},
        )
    return source


def source_poll_soon(*, source_id: int, actor) -> None:
    """Poll an active source now rather than at its next time (an editor's button).

    Side effects: next_poll_at moves to a claim, so the beat does not poll it too; a poll
    task after commit; an audit event. Clicking twice polls twice, which stores nothing twice.
    """
    now = timezone.now()
    with transaction.atomic():
        moved = Source.objects.filter(pk=source_id, active=True).update(
            next_poll_at=now + timedelta(minutes=CLAIM_MINUTES)
        )
        if not moved:
            raise InvalidInput("Only an active source can be polled.")
        audit_record(actor=actor, action="source.poll", obj=Source(pk=source_id))
        task_send_after_commit("source_poll_task", source_id)


def sources_poll_due(*, now: datetime | None = None) -> list[int]:
    """Claim the active feeds whose next poll time has passed and send one poll task each.

    Idempotent per minute: a claimed source's next_poll_at is already in the future, so
    a second call (another beat, a retried beat) finds nothing to claim.
    Side effects: next_poll_at of the claimed sources; poll tasks after commit.
    """
    now = now or timezone.now()
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Served by source_due_idx (active sources by next_poll_at).
            cursor.execute(
                f"""
                UPDATE {Source._meta.db_table}
                   SET next_poll_at = %s + make_interval(mins => GREATEST(poll_interval, %s))
                 WHERE active AND kind = %s AND (next_poll_at IS NULL OR next_poll_at <= %s)
             RETURNING id
                """,  # noqa: S608 (the table name is ours, the values are parameters)
                [now, CLAIM_MINUTES, Source.Kind.FEED, now],
            )
            claimed = sorted(row[0] for row in cursor.fetchall())
        for source_id in claimed:
            task_send_after_commit("source_poll_task", source_id)
    if claimed:
        logger.info("sources due claimed=%s", len(claimed))
    return claimed


def _backoff(source: Source, now: datetime) -> datetime:
    wait = timedelta(minutes=source.poll_interval) * 2 ** min(source.error_count, 10)
    return now + min(wait, MAX_BACKOFF)


def source_record_failure(*, source_id: int, error: str) -> None:
    """Count a failed poll, keep its message for editors, and back off the next poll."""
    now = timezone.now()
    with transaction.atomic():
        source = Source.objects.select_for_update().filter(pk=source_id).first()
        if source is None:
            return
        source.error_count += 1
        source.last_error = error[:2000]
        source.last_polled_at = now
        source.last_new_articles = 0
        source.next_poll_at = _backoff(source, now)
        source.save(
            update_fields=["error_count", "last_error", "last_polled_at", "last_new_articles", "next_poll_at"]
        )
    logger.warning("source poll failed source_id=%s errors=%s: %s", source_id, source.error_count, error)


def source_poll(*, source_id: int) -> PollResult:
    """Fetch a source's feed (conditional GET) and store each entry not seen before.

    Safe to run twice: articles are unique by canonical URL, so a second poll of the same
    feed stores nothing new. An entry with its full text becomes a fetched article and is
    queued for extraction; a teaser becomes a queued article whose page is fetched.
    A failure (network, HTTP, not a feed) is recorded on the source, which backs off;
    nothing is raised for it.
    Side effects: articles, their tasks after commit, and the source's poll fields.
    """
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        raise NotFound(f"source {source_id} does not exist")
    try:
        fetched = fetch(source.url, etag=source.etag, last_modified=source.last_modified)
        skipped = 0
        if fetched.not_modified:
            entries = []
        else:
            parsed = feed_parse(fetched.body, url=fetched.url, content_type=fetched.content_type)
            entries, skipped = parsed.entries, parsed.skipped
    except TrackerError as exc:
        source_record_failure(source_id=source_id, error=exc.message)
        return PollResult(source_id, 0, error=exc.message)

    by_canonical = {}
    for entry in entries:
        try:
            by_canonical.setdefault(canonical_url(entry.url), entry)
        except InvalidInput:
            logger.info("feed entry skipped source_id=%s url=%s", source_id, entry.url[:200])
    known = set(
        Article.objects.filter(canonical_url__in=list(by_canonical)).values_list("canonical_url", flat=True)
    )
    created = 0
    for canonical, entry in by_canonical.items():
        if canonical in known:
            continue
        try:
            submission = article_submit(
                actor=None,
                url=entry.url,
                title=entry.title,
                text=entry.text if entry.has_full_text else "",
                published=entry.published,
                source=source,
            )
        except InvalidInput as exc:
            logger.info("feed entry refused source_id=%s url=%s: %s", source_id, entry.url[:200], exc)
            continue
        created += submission.created

    now = timezone.now()
    Source.objects.filter(pk=source_id).update(
        last_polled_at=now,
        last_new_articles=created,
        error_count=0,
        last_error="",
        etag=fetched.etag if not fetched.not_modified else source.etag,
        last_modified=fetched.last_modified if not fetched.not_modified else source.last_modified,
        next_poll_at=now + timedelta(minutes=source.poll_interval),
    )
    logger.info(
        "source polled source_id=%s entries=%s new=%s not_modified=%s",
        source_id,
        len(entries),
        created,
        fetched.not_modified,
    )
    return PollResult(
        source_id, created, not_modified=fetched.not_modified, entries=len(entries), skipped=skipped
    )
