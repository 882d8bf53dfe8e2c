"""Review transitions. Each one is a conditional update whose row count is checked, so two
editors racing, a reload or a retried request never act twice."""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from cases.exceptions import AlreadyReviewed, InvalidInput, NotFound
from cases.models import Case, CaseProposal, CaseSource, Reliability, Visibility
from cases.services.audit import audit_record
from cases.services.cases import case_apply_fields, case_snapshot
from cases.validation import clean_case_fields

logger = logging.getLogger(__name__)


def proposal_passage(proposal: CaseProposal) -> str:
    """The supporting sentences of a proposal, in text order, each once."""
    spans = []
    for items in (proposal.evidence or {}).values():
        for item in items if isinstance(items, list) else []:
            sentence = (item or {}).get("sentence") if isinstance(item, dict) else None
            if sentence:
                spans.append((item.get("start", -1), sentence.strip()))
    seen: list[str] = []
    for _, sentence in sorted(spans, key=lambda s: s[0]):
        if sentence not in seen:
            seen.append(sentence)
    return "\n".join(seen)[:10_000]


def _get_pending(proposal_id: int) -> CaseProposal:
    proposal = CaseProposal.objects.select_related("article").filter(pk=proposal_id).first()
    if proposal is None:
        raise NotFound(f"proposal {proposal_id} does not exist")
    if proposal.status != CaseProposal.Status.PENDING:
        raise AlreadyReviewed(
            f"This proposal was already {proposal.get_status_display().lower()}"
            + (f" by {proposal.reviewer}" if proposal.reviewer else "")
            + "."
        )
    return proposal


def proposal_approve(
    *,
    proposal_id: int,
    reviewer,
    changes: dict[str, Any] | None = None,
    summary: str = "",
    reliability: str = Reliability.UNKNOWN,
    visibility: str = Visibility.INTERNAL,
) -> Case:
    """Approve a pending proposal, with the reviewer's edits, into a new case.

    Side effects: a Case with its people, events and a CaseSource linking the article and
    passage; the proposal becomes approved; an audit event. Raises AlreadyReviewed when
    the proposal is no longer pending (the whole transaction is rolled back).
    """
    proposal = _get_pending(proposal_id)
    fields = clean_case_fields({**proposal.fields, **(changes or {})})
    if reliability not in Reliability.values:
        raise InvalidInput("Unknown reliability.", details={"reliability": reliability})
    if visibility not in Visibility.values:
        raise InvalidInput("Unknown visibility.", details={"visibility": visibility})
    now = timezone.now()
    with transaction.atomic():
        case = Case(
            summary=summary.strip(),
            reliability=reliability,
            visibility=visibility,
            approved_by=reviewer,
            approved_at=now,
        )
        case_apply_fields(case=case, fields=fields)
        # The row lock taken by this UPDATE makes a concurrent approval wait, then find the
        # status no longer pending and update nothing.
        updated = CaseProposal.objects.filter(pk=proposal.pk, status=CaseProposal.Status.PENDING).update(
            status=CaseProposal.Status.APPROVED,
            reviewer=reviewer,
            reviewed_at=now,
            reviewed_fields=fields,
            case=case,
            claimed_by=None,
            claimed_until=None,
        )
        if updated != 1:
            raise AlreadyReviewed("This proposal was just reviewed by someone else.")
        case.approved_from = proposal
        case.save(update_fields=["approved_from"])
        CaseSource.objects.create(
            case=case,
            article=proposal.article,
            proposal=proposal,
            passage=proposal_passage(proposal),
            added_by=reviewer,
        )
        audit_record(
            actor=reviewer,
            action="proposal.approve",
            obj=proposal,
            before={"status": "pending", "fields": proposal.fields},
            after={"status": "approved", "fields": fields, "case": case.pk},
        )
        audit_record(actor=reviewer, action="case.create", obj=case, after=case_snapshot(case))
    logger.info("proposal approved proposal_id=%s case_id=%s", proposal.pk, case.pk)
    return case


def proposal_reject(*, proposal_id: int, reviewer, reason: str, note: str = "") -> CaseProposal:
    """Reject a pending proposal with a reason (not a case, duplicate, wrong, other).

    Side effects: the proposal becomes rejected; an audit event.
    """
    if reason not in CaseProposal.RejectReason.values:
        raise InvalidInput(
            "Choose a reason for rejecting.",
            details={"reason": f"one of {', '.join(CaseProposal.RejectReason.values)}"},
        )
    if reason == CaseProposal.RejectReason.OTHER and not note.strip():
        raise InvalidInput("Say why, when the reason is 'other'.", details={"note": "required"})
    proposal = _get_pending(proposal_id)
    with transaction.atomic():
        updated = CaseProposal.objects.filter(pk=proposal.pk, status=CaseProposal.Status.PENDING).update(
            status=CaseProposal.Status.REJECTED,
            reviewer=reviewer,
            reviewed_at=timezone.now(),
            reject_reason=reason,
            reason=note.strip(),
            claimed_by=None,
            claimed_until=None,
        )
        if updated != 1:
            raise AlreadyReviewed("This proposal was just reviewed by someone else.")
        audit_record(
            actor=reviewer,
            action="proposal.reject",
            obj=proposal,
            before={"status": "pending"},
            after={"status": "rejected", "reason": reason},
            note=note.strip(),
        )
    proposal.refresh_from_db()
    logger.info("proposal rejected proposal_id=%s reason=%s", proposal.pk, reason)
    return proposal
