"""Review transitions. Each one is a conditional update whose row count is checked, so two
editors racing, a reload or a retried request never act twice."""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from cases.exceptions import AlreadyReviewed, InvalidInput, NotFound
from cases.models import Case, CaseProposal, CaseSource, Person, Reliability, Visibility
from cases.services.audit import audit_record
from cases.services.cases import case_apply_fields, case_search_refresh, case_snapshot
from cases.validation import check_reason, clean_case_fields

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


def case_pseudonyms(case: Case) -> list[str]:
    return list(case.people.filter(is_pseudonym=True).values_list("name", flat=True))


def case_mark_pseudonyms(*, case: Case, pseudonyms: list[str]) -> None:
    """Flag which of the case's people are named by a pseudonym (case_apply_fields recreates
    people from plain names). Side effect: Person.is_pseudonym on the case's rows."""
    Person.objects.filter(case=case).update(is_pseudonym=False)
    if pseudonyms:
        Person.objects.filter(case=case, name__in=pseudonyms).update(is_pseudonym=True)


def _proposal_decide(*, proposal: CaseProposal, status: str, reviewer, at, **values) -> None:
    """Move a pending proposal to `status` with one conditional UPDATE, releasing its claim.

    The row lock taken by the UPDATE makes a concurrent decision wait, then find the status
    no longer pending and update nothing: that caller gets AlreadyReviewed, and its
    transaction (a case it created, say) is rolled back.
    """
    updated = CaseProposal.objects.filter(pk=proposal.pk, status=CaseProposal.Status.PENDING).update(
        status=status, reviewer=reviewer, reviewed_at=at, claimed_by=None, claimed_until=None, **values
    )
    if updated != 1:
        raise AlreadyReviewed("This proposal was just reviewed by someone else.")


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
    pseudonyms: list[str] | None = None,
) -> Case:
    """Approve a pending proposal, with the reviewer's edits, into a new case.

    `pseudonyms` lists the names (among the fields' names) that are pseudonyms.

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
        _proposal_decide(
            proposal=proposal,
            status=CaseProposal.Status.APPROVED,
            reviewer=reviewer,
            at=now,
            reviewed_fields=fields,
            case=case,
        )
        case.approved_from = proposal
        case.save(update_fields=["approved_from"])
        case_mark_pseudonyms(case=case, pseudonyms=pseudonyms or [])
        CaseSource.objects.create(
            case=case,
            article=proposal.article,
            proposal=proposal,
            passage=proposal_passage(proposal),
            added_by=reviewer,
        )
        case_search_refresh(case=case)  # the new source's title joins the search document
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
    check_reason(reason, CaseProposal.RejectReason.values, note, action="rejecting")
    proposal = _get_pending(proposal_id)
    with transaction.atomic():
        _proposal_decide(
            proposal=proposal,
            status=CaseProposal.Status.REJECTED,
            reviewer=reviewer,
            at=timezone.now(),
            reject_reason=reason,
            reason=note.strip(),
        )
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


# Fields an editor picks one by one when merging; dates are picked per event kind.
MERGE_FIELDS = ["kind", "people_count", "names", "roles", "origin", "transit", "destination", "status"]
# Lists where keeping both sides makes sense (two reports naming different people of one group).
MERGE_UNION_FIELDS = {"names", "roles", "transit"}


def merge_fields(*, case_fields: dict[str, Any], proposal_fields: dict[str, Any], choices: dict[str, str]):
    """The fields after a merge: per field (and per `dates.<kind>`) take the case's value
    ("case", the default), the proposal's ("proposal") or, for lists, both ("union")."""
    merged = {key: case_fields.get(key) for key in MERGE_FIELDS}
    for key in MERGE_FIELDS:
        choice = choices.get(key, "case")
        if choice == "proposal":
            merged[key] = proposal_fields.get(key)
        elif choice == "union" and key in MERGE_UNION_FIELDS:
            merged[key] = list(case_fields.get(key) or []) + [
                v for v in proposal_fields.get(key) or [] if v not in (case_fields.get(key) or [])
            ]
        elif choice not in ("case", "union"):
            raise InvalidInput("A merge choice is 'case', 'proposal' or 'union'.", details={key: choice})
    dates = dict(case_fields.get("dates") or {})
    for kind, value in (proposal_fields.get("dates") or {}).items():
        if choices.get(f"dates.{kind}", "case") == "proposal":
            dates[kind] = value
    merged["dates"] = dates
    return merged


def proposal_merge(
    *, proposal_id: int, case_id: int, reviewer, choices: dict[str, str] | None = None
) -> Case:
    """Merge a pending proposal into an existing case, picking each field from either side.

    Side effects: the case's fields, people and events are rewritten from the picked
    values; the proposal's article is added as a CaseSource (the case keeps every earlier
    source and passage); the proposal becomes merged; audit events on both. Raises
    AlreadyReviewed when the proposal is no longer pending, NotFound for a missing case.
    """
    proposal = _get_pending(proposal_id)
    now = timezone.now()
    with transaction.atomic():
        # Lock the case so two merges into it (or a merge and an edit) apply one after the other,
        # each starting from the other's result.
        case = Case.objects.select_for_update().filter(pk=case_id).first()
        if case is None:
            raise NotFound(f"case {case_id} does not exist")
        before = case_snapshot(case)
        pseudonyms = case_pseudonyms(case)
        fields = clean_case_fields(
            merge_fields(case_fields=before, proposal_fields=proposal.fields, choices=choices or {})
        )
        _proposal_decide(
            proposal=proposal,
            status=CaseProposal.Status.MERGED,
            reviewer=reviewer,
            at=now,
            reviewed_fields=fields,
            case=case,
        )
        case_apply_fields(case=case, fields=fields)
        case_mark_pseudonyms(case=case, pseudonyms=pseudonyms)  # the merge keeps the case's flags
        passage = proposal_passage(proposal)
        source, created = CaseSource.objects.get_or_create(
            case=case,
            article=proposal.article,
            defaults={"proposal": proposal, "passage": passage, "added_by": reviewer},
        )
        if not created and passage and passage not in source.passage:
            # A second case found in an article that already supports this case: keep both passages.
            source.passage = f"{source.passage}\n{passage}".strip()[:20_000]
            source.save(update_fields=["passage"])
        case_search_refresh(case=case)
        after = case_snapshot(case)
        audit_record(
            actor=reviewer,
            action="proposal.merge",
            obj=proposal,
            before={"status": "pending", "fields": proposal.fields},
            after={"status": "merged", "fields": fields, "case": case.pk},
        )
        audit_record(
            actor=reviewer,
            action="case.merge",
            obj=case,
            before=before,
            after=after,
            note=f"merged proposal {proposal.pk} from article {proposal.article_id}",
        )
    logger.info("proposal merged proposal_id=%s case_id=%s", proposal.pk, case.pk)
    return case
