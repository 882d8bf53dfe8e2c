"""The triage list: topical articles without a confident case, each decided by an editor.

An editor either starts a proposal from the article (prefilled with what the extractor
found; it then goes through the ordinary review, so nothing reaches the case base without
an approval) or dismisses it with a reason. Both are conditional updates on the article's
status, so two editors, a reload or a retried request never act twice, and both are audited.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from cases.exceptions import AlreadyReviewed, NotFound
from cases.models import Article, CaseProposal
from cases.services.audit import Actor, audit_record
from cases.services.proposals import CLAIM_MINUTES
from cases.validation import check_reason, coerce_case_fields

logger = logging.getLogger(__name__)


def _get_triaged(article_id: int) -> Article:
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(f"article {article_id} does not exist")
    if article.status != Article.Status.TRIAGE:
        raise AlreadyReviewed(
            "This article is no longer on the triage list"
            + (
                f": it was dismissed by {article.dismissed_by}."
                if article.status == Article.Status.DISMISSED and article.dismissed_by
                else "."
            )
        )
    return article


def _leave_triage(*, article: Article, status: str, **values) -> None:
    updated = Article.objects.filter(pk=article.pk, status=Article.Status.TRIAGE).update(
        status=status, updated_at=timezone.now(), **values
    )
    if updated != 1:
        raise AlreadyReviewed("Someone else just acted on this article.")


def triage_dismiss(*, article_id: int, actor: Actor, reason: str, note: str = "") -> Article:
    """Take an article off the triage list: it reports no case.

    Side effects: the article becomes dismissed, with the reason, note, editor and time;
    an audit event. Raises AlreadyReviewed when it is no longer on the list.
    """
    check_reason(reason, Article.DismissReason.values, note, action="dismissing")
    note = note.strip()
    article = _get_triaged(article_id)
    with transaction.atomic():
        _leave_triage(
            article=article,
            status=Article.Status.DISMISSED,
            dismiss_reason=reason,
            dismiss_note=note[:5000],
            dismissed_by=actor,
            dismissed_at=timezone.now(),
        )
        audit_record(
            actor=actor,
            action="triage.dismiss",
            obj=article,
            before={"status": "triage", "topical_score": article.topical_score},
            after={"status": "dismissed", "reason": reason},
            note=note[:5000],
        )
    article.refresh_from_db()
    logger.info("triage dismissed article_id=%s reason=%s", article.pk, reason)
    return article


def triage_restore(*, article_id: int, actor: Actor) -> Article:
    """Undo a dismissal: the article is back on the triage list. Audited."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(f"article {article_id} does not exist")
    with transaction.atomic():
        updated = Article.objects.filter(pk=article.pk, status=Article.Status.DISMISSED).update(
            status=Article.Status.TRIAGE,
            dismiss_reason="",
            dismiss_note="",
            dismissed_by=None,
            dismissed_at=None,
            updated_at=timezone.now(),
        )
        if updated != 1:
            raise AlreadyReviewed("This article is not dismissed.")
        audit_record(
            actor=actor,
            action="triage.restore",
            obj=article,
            before={"status": "dismissed", "reason": article.dismiss_reason},
            after={"status": "triage"},
        )
    article.refresh_from_db()
    return article


def triage_start(*, article_id: int, actor: Actor) -> CaseProposal:
    """Start a proposal from a triaged article, prefilled with what the extractor found.

    The proposal is pending like any other (extractor_version "editor", confidence 0), with
    the hint's fields and passages as evidence; the editor completes and approves it on the
    proposal page. Side effects: the proposal; the article becomes extracted; an audit event.
    """
    article = _get_triaged(article_id)
    hint = (article.triage or {}).get("hint") or {}
    fields, problems = coerce_case_fields(hint)
    with transaction.atomic():
        _leave_triage(article=article, status=Article.Status.EXTRACTED)
        last = article.proposals.aggregate(last=Max("case_index"))["last"]
        proposal = CaseProposal.objects.create(
            article=article,
            extractor_version=CaseProposal.EDITOR_VERSION,
            case_index=0 if last is None else last + 1,
            fields=fields,
            evidence=hint.get("evidence") or {},
            confidence=hint.get("confidence") or {},
            overall_confidence=0.0,
            reason="; ".join(f"{k}: {v}" for k, v in problems.items()),
            # The editor who started it holds it while they complete it.
            claimed_by=actor,
            claimed_until=timezone.now() + timedelta(minutes=CLAIM_MINUTES),
        )
        audit_record(
            actor=actor,
            action="triage.start",
            obj=article,
            before={"status": "triage", "topical_score": article.topical_score},
            after={"status": "extracted", "proposal": proposal.pk, "fields": fields},
        )
    logger.info("triage started article_id=%s proposal_id=%s", article.pk, proposal.pk)
    return proposal
