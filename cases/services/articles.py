"""Articles: submission, and extraction into pending proposals."""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction

from cases.exceptions import InvalidInput, NotFound
from cases.extraction import extract
from cases.ingestion.urls import canonical_url
from cases.models import Article, CaseProposal, Source
from cases.services.audit import audit_record
from cases.services.queue import task_send_after_commit
from cases.validation import coerce_case_fields

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 500_000


def content_hash(text: str) -> str:
    """A hash of the text that ignores case, spacing and Unicode normalisation differences."""
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normal.encode()).hexdigest()


@dataclass(frozen=True)
class Submission:
    article: Article
    created: bool


def article_submit(
    *,
    submitted_by,
    url: str = "",
    title: str = "",
    text: str = "",
    language: str = "",
    published: date | None = None,
    source: Source | None = None,
) -> Submission:
    """Store an article from a URL and/or a title and text, and queue its next step.

    Side effects: one Article row (or none, when its canonical URL is known: the existing
    article is returned with created=False); after commit, a fetch task (URL only) or an
    extraction task (text given) is sent through the broker.
    """
    from cases import tasks  # tasks import services; import here to avoid a cycle

    url = (url or "").strip()
    text = (text or "").strip()
    title = (title or "").strip()
    if not url and not text:
        raise InvalidInput("Give a URL, or a title and the article text.")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInput(f"The text is longer than {MAX_TEXT_CHARS:,} characters.")
    canonical = canonical_url(url) if url else None
    if canonical:
        existing = Article.objects.filter(canonical_url=canonical).first()
        if existing:
            return Submission(existing, False)
    article = Article(
        url=url,
        canonical_url=canonical,
        title=title[:1000],
        text=text,
        language=(language or "").strip()[:12],
        published=published,
        source=source,
        submitted_by=submitted_by if getattr(submitted_by, "is_authenticated", False) else None,
        content_hash=content_hash(text) if text else "",
        status=Article.Status.FETCHED if text else Article.Status.QUEUED,
    )
    try:
        with transaction.atomic():
            article.save()
            audit_record(actor=submitted_by, action="article.submit", obj=article)
    except IntegrityError:
        # Another request stored the same canonical URL between our check and insert.
        return Submission(Article.objects.get(canonical_url=canonical), False)
    if text:
        task_send_after_commit(tasks.article_extract_task, article.pk)
    else:
        task_send_after_commit(tasks.article_fetch_task, article.pk)
    logger.info("article submitted article_id=%s has_text=%s", article.pk, bool(text))
    return Submission(article, True)


def _article_duplicate_of(article: Article) -> Article | None:
    if not article.content_hash:
        return None
    return (
        # The earliest article with this text is the original, whatever order tasks run in.
        Article.objects.filter(
            content_hash=article.content_hash, duplicate_of__isnull=True, pk__lt=article.pk
        )
        .exclude(status__in=[Article.Status.FAILED, Article.Status.QUEUED])
        .order_by("pk")
        .first()
    )


def article_extract(*, article_id: int) -> list[CaseProposal]:
    """Run the extractor on an article and store its proposals as pending.

    Safe to run twice: proposals are unique on (article, extractor_version, case_index),
    and an article already extracted by this version is left as it is. An article whose
    text another article already has is marked a duplicate and not extracted again.
    Side effects: the article's status, language and extractor version; new proposals.
    """
    with transaction.atomic():
        try:
            article = Article.objects.select_for_update().get(pk=article_id)
        except Article.DoesNotExist:
            raise NotFound(f"article {article_id} does not exist") from None
        if not article.text:
            raise InvalidInput(f"article {article_id} has no text to extract")

        original = _article_duplicate_of(article)
        if original is not None:
            article.duplicate_of = original
            article.status = Article.Status.DUPLICATE
            article.save(update_fields=["duplicate_of", "status", "updated_at"])
            logger.info("article duplicate article_id=%s of=%s", article.pk, original.pk)
            return []

        result = extract(
            title=article.title,
            text=article.text,
            language=article.language or (article.source.language if article.source else None),
            published=article.published,
        ).to_dict()
        version = result["extractor_version"]
        proposals = []
        for index, case in enumerate(result["cases"]):
            fields, problems = coerce_case_fields(case)
            confidence = case.get("confidence") or {}
            proposal, _ = CaseProposal.objects.get_or_create(
                article=article,
                extractor_version=version,
                case_index=index,
                defaults={
                    "fields": fields,
                    "evidence": case.get("evidence") or {},
                    "confidence": confidence,
                    "overall_confidence": (sum(confidence.values()) / len(confidence) if confidence else 0.0),
                    "reason": "; ".join(f"{k}: {v}" for k, v in problems.items()),
                },
            )
            proposals.append(proposal)
        article.language = result["language"] or article.language
        article.language_confidence = result.get("language_confidence")
        article.extractor_version = version
        article.status = Article.Status.EXTRACTED if proposals else Article.Status.IRRELEVANT
        article.last_error = ""
        article.save()
    logger.info(
        "article extracted article_id=%s lang=%s proposals=%s",
        article.pk,
        article.language,
        len(proposals),
    )
    return proposals


def article_fail(*, article_id: int, error: str) -> None:
    """Record a permanent failure on the article, so an editor sees it and can retry."""
    Article.objects.filter(pk=article_id).update(status=Article.Status.FAILED, last_error=error[:2000])


def article_retry(*, article_id: int, actor) -> Article:
    """Queue a failed article again: fetch when it has no text, else extract.

    Side effects: the status moves from failed to queued/fetched; a task is sent after commit.
    """
    from cases import tasks

    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(f"article {article_id} does not exist")
    next_status = Article.Status.FETCHED if article.text else Article.Status.QUEUED
    with transaction.atomic():
        moved = Article.objects.filter(pk=article_id, status=Article.Status.FAILED).update(
            status=next_status, last_error=""
        )
        if not moved:
            raise InvalidInput("Only a failed article can be retried.")
        audit_record(actor=actor, action="article.retry", obj=article)
        if article.text:
            task_send_after_commit(tasks.article_extract_task, article.pk)
        else:
            task_send_after_commit(tasks.article_fetch_task, article.pk)
    article.refresh_from_db()
    return article


def article_fetch(*, article_id: int) -> Article:
    """Fetch a queued article's page, keep its main text and metadata, and queue extraction.

    Safe to run twice: an article that is no longer queued is left as it is. Raises
    FetchError (with `transient`) when the page cannot be had.
    Side effects: the article's text, metadata and status; an extraction task after commit.
    """
    from cases import tasks
    from cases.ingestion.fetch import fetch
    from cases.ingestion.pages import page_extract

    article = Article.objects.filter(pk=article_id, status=Article.Status.QUEUED).first()
    if article is None:
        return Article.objects.get(pk=article_id)
    fetched = fetch(article.url)
    page = page_extract(fetched.body, url=fetched.url)
    if not page.text.strip():
        raise InvalidInput("no article text found on the page")
    with transaction.atomic():
        article.title = article.title or page.title
        article.text = page.text[:MAX_TEXT_CHARS]
        article.author = page.author
        article.publisher = page.publisher
        article.published = article.published or page.published
        article.language = article.language or page.language
        article.content_hash = content_hash(article.text)
        article.status = Article.Status.FETCHED
        article.last_error = ""
        article.save()
        task_send_after_commit(tasks.article_extract_task, article.pk)
    return article
