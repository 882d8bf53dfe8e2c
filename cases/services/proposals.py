"""Proposals: the review transitions (approve, reject, merge), soft claims and bulk
decisions. Each write is a conditional update whose row count is checked, so two editors
racing, a reload or a retried request never act twice."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cases.exceptions import AlreadyReviewed, ClaimedByOther, InvalidInput, NotFound, TrackerError
from cases.models import Case, CaseProposal, CaseSource, Reliability, Visibility
from cases.selectors.review import proposal_group
from cases.services.audit import Actor, audit_record
from cases.services.cases import (
    case_apply_fields,
    case_mark_pseudonyms,
    case_pseudonyms,
    case_search_refresh,
    case_snapshot,
    case_withdraw,
)
from cases.validation import DATE_KEYS, FIELD_KEYS, check_editorial, check_reason, clean_case_fields

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


def _proposal_decide(*, proposal: CaseProposal, status: str, actor: Actor, at, **values) -> None:
    """Move a pending proposal to `status` with one conditional UPDATE, releasing its claim.

    The row lock taken by the UPDATE makes a concurrent decision wait, then find the status
    no longer pending and update nothing: that caller gets AlreadyReviewed, and its
    transaction (a case it created, say) is rolled back.
    """
    updated = CaseProposal.objects.filter(pk=proposal.pk, status=CaseProposal.Status.PENDING).update(
        status=status, reviewer=actor, reviewed_at=at, claimed_by=None, claimed_until=None, **values
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
    actor: Actor,
    changes: dict[str, Any] | None = None,
    summary: str = "",
    reliability: str = Reliability.UNKNOWN,
    visibility: str = Visibility.INTERNAL,
    pseudonyms: list[str] | None = None,
    evidence: dict[str, list[dict]] | None = None,
) -> Case:
    """Approve a pending proposal, with the reviewer's edits, into a new case.

    `pseudonyms` lists the names (among the fields' names) that are pseudonyms.
    `evidence` adds passages the editor selected, per field (`{"transit": [{"start": 120,
    "end": 127}]}`), checked against the article's text and stored as the extractor's are.

    Side effects: a Case with its people, events and a CaseSource linking the article and
    passage; the proposal becomes approved; an audit event. Raises AlreadyReviewed when
    the proposal is no longer pending (the whole transaction is rolled back).
    """
    proposal = _get_pending(proposal_id)
    fields = clean_case_fields({**proposal.fields, **(changes or {})})
    check_editorial({"reliability": reliability, "visibility": visibility})
    added = selected_evidence(proposal.article.text, evidence or {})
    now = timezone.now()
    with transaction.atomic():
        if added:
            proposal.evidence = _with_evidence(proposal.evidence, added)
            CaseProposal.objects.filter(pk=proposal.pk).update(evidence=proposal.evidence)
        case = Case(
            summary=summary.strip(),
            reliability=reliability,
            visibility=visibility,
            approved_by=actor,
            approved_at=now,
        )
        case_apply_fields(case=case, fields=fields)
        _proposal_decide(
            proposal=proposal,
            status=CaseProposal.Status.APPROVED,
            actor=actor,
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
            added_by=actor,
        )
        case_search_refresh(case=case)  # the new source's title joins the search document
        audit_record(
            actor=actor,
            action="proposal.approve",
            obj=proposal,
            before={"status": "pending", "fields": proposal.fields},
            after={"status": "approved", "fields": fields, "case": case.pk},
        )
        audit_record(actor=actor, action="case.create", obj=case, after=case_snapshot(case))
    logger.info("proposal approved proposal_id=%s case_id=%s", proposal.pk, case.pk)
    return case


# The fields a selected passage can support: the GUIDELINES fields and each date.
EVIDENCE_KEYS = {*(k for k in FIELD_KEYS if k != "dates"), *(f"dates.{k}" for k in DATE_KEYS)}
MAX_SELECTED = 50
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def selected_evidence(text: str, evidence: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Passages an editor selected, as evidence items like the extractor's: offsets into
    the article's text, the text itself and its sentence (found here, never trusted from
    the browser). Raises InvalidInput for an unknown field or offsets outside the text."""
    if not isinstance(evidence, dict):
        raise InvalidInput("Evidence is an object of fields.", details={"evidence": "not an object"})
    out: dict[str, list[dict]] = {}
    count = 0
    for key, items in evidence.items():
        if key not in EVIDENCE_KEYS or not isinstance(items, list):
            raise InvalidInput("Evidence for an unknown field.", details={"evidence": str(key)[:40]})
        for item in items:
            count += 1
            item = item if isinstance(item, dict) else {}
            start, end = item.get("start"), item.get("end")
            valid = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
            if not valid or count > MAX_SELECTED:
                raise InvalidInput("A selected passage is not in the article.", details={"evidence": key})
            begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
            stop = _SENTENCE_END.search(text, end)
            sentence = text[begin : stop.end() if stop else len(text)].strip()
            out.setdefault(key, []).append(
                {"start": start, "end": end, "text": text[start:end], "sentence": sentence, "by": "editor"}
            )
    return out


def _with_evidence(evidence: dict | None, added: dict[str, list[dict]]) -> dict:
    merged = {key: list(items) if isinstance(items, list) else [] for key, items in (evidence or {}).items()}
    for key, items in added.items():
        known = {(i.get("start"), i.get("end")) for i in merged.get(key, []) if isinstance(i, dict)}
        merged.setdefault(key, []).extend(i for i in items if (i["start"], i["end"]) not in known)
    return merged


def proposal_reject(*, proposal_id: int, actor: Actor, reason: str, note: str = "") -> CaseProposal:
    """Reject a pending proposal with a reason (not a case, duplicate, wrong, other).

    Side effects: the proposal becomes rejected; an audit event.
    """
    check_reason(reason, CaseProposal.RejectReason.values, note, action="rejecting")
    proposal = _get_pending(proposal_id)
    with transaction.atomic():
        _proposal_decide(
            proposal=proposal,
            status=CaseProposal.Status.REJECTED,
            actor=actor,
            at=timezone.now(),
            reject_reason=reason,
            reason=note.strip(),
        )
        audit_record(
            actor=actor,
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


# How long after approving an editor can undo it from the message (later: withdraw the case).
UNDO_MINUTES = 10
_REOPENED = {"status": CaseProposal.Status.PENDING, "reviewer": None, "reviewed_at": None,
             "reviewed_fields": None, "case": None, "reject_reason": "", "reason": ""}  # fmt: skip


def undo_since():
    """Approvals made after this moment can still be undone by their approver."""
    return timezone.now() - timedelta(minutes=UNDO_MINUTES)


def undoable(proposal: CaseProposal, actor: Actor) -> bool:
    """Whether `actor` may undo this approval now (the rule proposal_undo_approve applies)."""
    return (
        proposal.status == CaseProposal.Status.APPROVED
        and proposal.reviewer_id == getattr(actor, "pk", None)
        and proposal.reviewed_at is not None
        and proposal.reviewed_at > undo_since()
    )


def proposal_undo_approve(*, proposal_id: int, actor: Actor) -> CaseProposal:
    """Undo one's own approval within UNDO_MINUTES: the new case is withdrawn (kept, with
    its history), the proposal is pending again, and so are the proposals of the same
    story that were attached to the case as its sources.

    Side effects: the case's withdrawal, the proposals' status; audit events on both.
    Raises InvalidInput when the approval is someone else's or too old (withdraw the case
    instead), AlreadyReviewed when it is no longer approved (undone already).
    """
    proposal = CaseProposal.objects.select_related("case").filter(pk=proposal_id).first()
    if proposal is None:
        raise NotFound(f"proposal {proposal_id} does not exist")
    if proposal.status != CaseProposal.Status.APPROVED or proposal.case is None:
        raise AlreadyReviewed(f"Proposal {proposal_id} is not approved: there is nothing to undo.")
    if proposal.reviewer_id != getattr(actor, "pk", None):
        raise InvalidInput("Only the editor who approved it can undo an approval; withdraw the case instead.")
    if proposal.reviewed_at < undo_since():
        raise InvalidInput(
            f"An approval can be undone for {UNDO_MINUTES} minutes; withdraw the case instead."
        )
    case = proposal.case
    with transaction.atomic():
        moved = CaseProposal.objects.filter(pk=proposal_id, status=CaseProposal.Status.APPROVED).update(
            **_REOPENED
        )
        if moved != 1:
            raise AlreadyReviewed(f"Proposal {proposal_id} was just undone.")
        attached = list(
            CaseProposal.objects.filter(case=case, status=CaseProposal.Status.MERGED).values_list(
                "pk", flat=True
            )
        )
        CaseProposal.objects.filter(pk__in=attached).update(**_REOPENED)
        # The proposal can make a case again: the withdrawn one keeps the link in its history.
        Case.objects.filter(pk=case.pk).update(approved_from=None)
        case_withdraw(case_id=case.pk, actor=actor, reason=f"approval of proposal {proposal_id} undone",
                      action="case.withdraw")  # fmt: skip
        audit_record(actor=actor, action="proposal.undo", obj=proposal,
                     before={"status": "approved", "case": case.pk},
                     after={"status": "pending", "reopened": attached})  # fmt: skip
    proposal.refresh_from_db()
    logger.info("approval undone proposal_id=%s case_id=%s", proposal_id, case.pk)
    return proposal


def proposal_reopen(*, proposal_id: int, actor: Actor) -> CaseProposal:
    """Put a rejected proposal back in the queue. Side effects: its status (pending again,
    the reason cleared; the audit event keeps it). Raises AlreadyReviewed when it is not
    rejected (reopened already, or approved)."""
    proposal = CaseProposal.objects.filter(pk=proposal_id).first()
    if proposal is None:
        raise NotFound(f"proposal {proposal_id} does not exist")
    with transaction.atomic():
        moved = CaseProposal.objects.filter(pk=proposal_id, status=CaseProposal.Status.REJECTED).update(
            **_REOPENED
        )
        if moved != 1:
            raise AlreadyReviewed(f"Proposal {proposal_id} is not rejected: there is nothing to reopen.")
        audit_record(actor=actor, action="proposal.reopen", obj=proposal,
                     before={"status": "rejected", "reason": proposal.reject_reason, "note": proposal.reason},
                     after={"status": "pending"})  # fmt: skip
    proposal.refresh_from_db()
    return proposal


def proposal_merge(
    *, proposal_id: int, case_id: int, actor: Actor, choices: dict[str, str] | None = None
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
        if case.withdrawn_at is not None:
            raise InvalidInput(f"Case {case_id} was withdrawn: merge into another case, or approve.")
        before = case_snapshot(case)
        pseudonyms = case_pseudonyms(case)
        fields = clean_case_fields(
            merge_fields(case_fields=before, proposal_fields=proposal.fields, choices=choices or {})
        )
        _proposal_decide(
            proposal=proposal,
            status=CaseProposal.Status.MERGED,
            actor=actor,
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
            defaults={"proposal": proposal, "passage": passage, "added_by": actor},
        )
        if not created and passage and passage not in source.passage:
            # A second case found in an article that already supports this case: keep both passages.
            source.passage = f"{source.passage}\n{passage}".strip()[:20_000]
            source.save(update_fields=["passage"])
        case_search_refresh(case=case)
        after = case_snapshot(case)
        audit_record(
            actor=actor,
            action="proposal.merge",
            obj=proposal,
            before={"status": "pending", "fields": proposal.fields},
            after={"status": "merged", "fields": fields, "case": case.pk},
        )
        audit_record(
            actor=actor,
            action="case.merge",
            obj=case,
            before=before,
            after=after,
            note=f"merged proposal {proposal.pk} from article {proposal.article_id}",
        )
    logger.info("proposal merged proposal_id=%s case_id=%s", proposal.pk, case.pk)
    return case


CLAIM_MINUTES = 10
BULK_LIMIT = 200


def proposal_claim(*, proposal_id: int, actor: Actor, minutes: int = CLAIM_MINUTES, force: bool = False):
    """Claim a pending proposal for `minutes`, so other editors see that someone works on it.

    The claim is soft: it expires by itself and does not stop others from deciding; it
    steers the queue's next/previous away from it. Renewing one's own claim extends it;
    `force` takes over another editor's live claim. Side effect: claimed_by/claimed_until.
    Raises AlreadyReviewed when the proposal is decided, ClaimedByOther when someone else
    holds a live claim.
    """
    now = timezone.now()
    until = now + timedelta(minutes=minutes)
    free = Q(claimed_by__isnull=True) | Q(claimed_until__lt=now) | Q(claimed_by=actor)
    rows = CaseProposal.objects.filter(pk=proposal_id, status=CaseProposal.Status.PENDING)
    if not force:
        rows = rows.filter(free)
    # One conditional UPDATE: two editors opening the proposal at once cannot both get the claim.
    if rows.update(claimed_by=actor, claimed_until=until) == 1:
        audit_record(
            actor=actor,
            action="proposal.claim",
            obj=CaseProposal(pk=proposal_id),
            after={"claimed_until": until.isoformat(), "force": force},
        )
        return until
    proposal = CaseProposal.objects.select_related("claimed_by").filter(pk=proposal_id).first()
    if proposal is None:
        raise NotFound(f"proposal {proposal_id} does not exist")
    if proposal.status != CaseProposal.Status.PENDING:
        raise AlreadyReviewed(f"This proposal was already {proposal.get_status_display().lower()}.")
    until_text = f"{timezone.localtime(proposal.claimed_until):%H:%M}"
    raise ClaimedByOther(
        f"{proposal.claimed_by} is working on this proposal until {until_text}.",
        details={"claimed_by": str(proposal.claimed_by), "claimed_until": proposal.claimed_until.isoformat()},
    )


def proposal_release(*, proposal_id: int, actor: Actor) -> bool:
    """Give up one's own claim; someone else's claim is left alone. Returns whether one was released."""
    released = bool(
        CaseProposal.objects.filter(pk=proposal_id, claimed_by=actor).update(
            claimed_by=None, claimed_until=None
        )
    )
    if released:
        audit_record(actor=actor, action="proposal.release", obj=CaseProposal(pk=proposal_id))
    return released


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    cases: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)


def _bulk_ids(proposal_ids: list[int]) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in proposal_ids))
    if not ids:
        raise InvalidInput("Select at least one proposal.")
    if len(ids) > BULK_LIMIT:
        raise InvalidInput(f"Select at most {BULK_LIMIT} proposals at once.")
    return ids


def proposals_bulk_approve(*, proposal_ids: list[int], actor: Actor) -> BulkResult:
    """Approve each proposal as proposed, each in its own transaction.

    One invalid or already-decided proposal is reported in `skipped` and does not undo the
    others. Side effects: those of proposal_approve, per proposal.
    """
    result = BulkResult()
    for proposal_id in _bulk_ids(proposal_ids):
        try:
            case = proposal_approve(proposal_id=proposal_id, actor=actor)
        except TrackerError as exc:
            details = "; ".join(f"{k}: {v}" for k, v in exc.details.items())
            result.skipped[proposal_id] = exc.message + (f" ({details})" if details else "")
            continue
        result.done.append(proposal_id)
        result.cases.append(case.pk)
    return result


def proposals_bulk_reject(
    *, proposal_ids: list[int], actor: Actor, reason: str, note: str = ""
) -> BulkResult:
    """Reject each proposal with one reason; already-decided ones are reported in `skipped`."""
    result = BulkResult()
    for proposal_id in _bulk_ids(proposal_ids):
        try:
            proposal_reject(proposal_id=proposal_id, actor=actor, reason=reason, note=note)
        except TrackerError as exc:
            if isinstance(exc, InvalidInput):
                raise  # the reason itself is wrong: the same for every proposal
            result.skipped[proposal_id] = exc.message
            continue
        result.done.append(proposal_id)
    return result


@dataclass
class Approval:
    """An approved proposal's new case, and the siblings attached to it as sources."""

    case: Case
    attached: list[int] = field(default_factory=list)
    skipped: dict[int, str] = field(default_factory=dict)


def proposal_approve_with_group(
    *, proposal_id: int, actor: Actor, attach_group: bool = False, **values: Any
) -> Approval:
    """Approve a proposal (`values` as for proposal_approve) and, with `attach_group`, merge
    the pending proposals of the same story from other outlets into the new case, so their
    articles become its sources with the case's fields unchanged.

    A sibling decided meanwhile by someone else is reported in `skipped`; it does not undo
    the approval. Side effects: those of proposal_approve, and of proposal_merge per sibling.
    """
    group = []
    if attach_group:
        proposal = CaseProposal.objects.select_related("article").filter(pk=proposal_id).first()
        group = proposal_group(proposal) if proposal is not None else []
    approval = Approval(proposal_approve(proposal_id=proposal_id, actor=actor, **values))
    for sibling in group:
        try:
            proposal_merge(proposal_id=sibling.pk, case_id=approval.case.pk, actor=actor, choices={})
        except AlreadyReviewed as exc:
            approval.skipped[sibling.pk] = exc.message
            continue
        approval.attached.append(sibling.pk)
    return approval
