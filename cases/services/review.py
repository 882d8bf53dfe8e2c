"""Editors' working tools around the review transitions: soft claims, bulk decisions, case edits.

Every write here is a conditional update (claims) or runs under a row lock (case edits),
so a reload, a retried request or a second editor cannot act twice or lose an edit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cases.exceptions import AlreadyReviewed, ClaimedByOther, InvalidInput, NotFound, StaleEdit, TrackerError
from cases.models import Case, CaseProposal, Reliability, Visibility
from cases.services.audit import audit_record
from cases.services.cases import case_apply_fields, case_search_refresh, case_snapshot
from cases.services.proposals import case_mark_pseudonyms, case_pseudonyms, proposal_approve, proposal_reject
from cases.validation import FIELD_KEYS, clean_case_fields

logger = logging.getLogger(__name__)

CLAIM_MINUTES = 10
BULK_LIMIT = 200


def proposal_claim(*, proposal_id: int, editor, minutes: int = CLAIM_MINUTES, force: bool = False):
    """Claim a pending proposal for `minutes`, so other editors see that someone works on it.

    The claim is soft: it expires by itself and does not stop others from deciding; it
    steers the queue's next/previous away from it. Renewing one's own claim extends it;
    `force` takes over another editor's live claim. Side effect: claimed_by/claimed_until.
    Raises AlreadyReviewed when the proposal is decided, ClaimedByOther when someone else
    holds a live claim.
    """
    now = timezone.now()
    until = now + timedelta(minutes=minutes)
    free = Q(claimed_by__isnull=True) | Q(claimed_until__lt=now) | Q(claimed_by=editor)
    rows = CaseProposal.objects.filter(pk=proposal_id, status=CaseProposal.Status.PENDING)
    if not force:
        rows = rows.filter(free)
    # One conditional UPDATE: two editors opening the proposal at once cannot both get the claim.
    if rows.update(claimed_by=editor, claimed_until=until) == 1:
        audit_record(
            actor=editor,
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


def proposal_release(*, proposal_id: int, editor) -> bool:
    """Give up one's own claim; someone else's claim is left alone. Returns whether one was released."""
    released = bool(
        CaseProposal.objects.filter(pk=proposal_id, claimed_by=editor).update(
            claimed_by=None, claimed_until=None
        )
    )
    if released:
        audit_record(actor=editor, action="proposal.release", obj=CaseProposal(pk=proposal_id))
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


def proposals_bulk_approve(*, proposal_ids: list[int], reviewer) -> BulkResult:
    """Approve each proposal as proposed, each in its own transaction.

    One invalid or already-decided proposal is reported in `skipped` and does not undo the
    others. Side effects: those of proposal_approve, per proposal.
    """
    result = BulkResult()
    for proposal_id in _bulk_ids(proposal_ids):
        try:
            case = proposal_approve(proposal_id=proposal_id, reviewer=reviewer)
        except TrackerError as exc:
            details = "; ".join(f"{k}: {v}" for k, v in exc.details.items())
            result.skipped[proposal_id] = exc.message + (f" ({details})" if details else "")
            continue
        result.done.append(proposal_id)
        result.cases.append(case.pk)
    return result


def proposals_bulk_reject(*, proposal_ids: list[int], reviewer, reason: str, note: str = "") -> BulkResult:
    """Reject each proposal with one reason; already-decided ones are reported in `skipped`."""
    result = BulkResult()
    for proposal_id in _bulk_ids(proposal_ids):
        try:
            proposal_reject(proposal_id=proposal_id, reviewer=reviewer, reason=reason, note=note)
        except TrackerError as exc:
            if isinstance(exc, InvalidInput):
                raise  # the reason itself is wrong: the same for every proposal
            result.skipped[proposal_id] = exc.message
            continue
        result.done.append(proposal_id)
    return result


EDITORIAL_KEYS = ["summary", "reliability", "visibility"]


def case_update(
    *,
    case_id: int,
    editor,
    changes: dict[str, Any],
    loaded_at: datetime | None = None,
    note: str = "",
    pseudonyms: list[str] | None = None,
) -> Case:
    """Edit an approved case: any GUIDELINES field plus summary, reliability and visibility.

    `changes` holds only the keys to change (dates per event kind). With `loaded_at` (the
    case's updated_at when the editor opened the form) an edit made meanwhile by someone
    else raises StaleEdit instead of being overwritten. `pseudonyms` (names that are
    pseudonyms) replaces the flags when given, and keeps them when None. Side effects: the case row, its
    people and events; one audit event with the changed keys before and after (none when
    nothing changed).
    """
    unknown = set(changes) - set(FIELD_KEYS) - set(EDITORIAL_KEYS)
    if unknown:
        raise InvalidInput("Unknown case fields.", details={k: "unknown field" for k in sorted(unknown)})
    if "reliability" in changes and changes["reliability"] not in Reliability.values:
        raise InvalidInput("Unknown reliability.", details={"reliability": changes["reliability"]})
    if "visibility" in changes and changes["visibility"] not in Visibility.values:
        raise InvalidInput("Unknown visibility.", details={"visibility": changes["visibility"]})
    with transaction.atomic():
        # The row lock serialises concurrent edits and merges into this case.
        case = Case.objects.select_for_update().filter(pk=case_id).first()
        if case is None:
            raise NotFound(f"case {case_id} does not exist")
        if loaded_at is not None and case.updated_at > loaded_at:
            raise StaleEdit("Someone changed this case after you opened it. Reload to see their edit.")
        before = {**case_snapshot(case), "pseudonyms": sorted(case_pseudonyms(case))}
        edited = {**{k: before[k] for k in FIELD_KEYS}, **_only(changes, FIELD_KEYS)}
        if isinstance(changes.get("dates"), dict):
            # Dates change per event kind: {"decided": "2024-06"} keeps the other dates; None removes one.
            edited["dates"] = {**before["dates"], **changes["dates"]}
        fields = clean_case_fields(edited)
        after_guess = {**before, **fields, **_only(changes, EDITORIAL_KEYS)}
        marked = before["pseudonyms"] if pseudonyms is None else pseudonyms
        after_guess["pseudonyms"] = sorted(n for n in marked if n in fields["names"])
        after_guess["dates"] = {k: v for k, v in fields["dates"].items() if v}
        if "summary" in changes:
            after_guess["summary"] = (changes["summary"] or "").strip()
        changed = [k for k in before if before[k] != after_guess[k]]
        if not changed:
            return case
        for key in EDITORIAL_KEYS:
            setattr(case, key, after_guess[key])
        case_apply_fields(case=case, fields=fields)
        case_mark_pseudonyms(case=case, pseudonyms=after_guess["pseudonyms"])
        after = {**case_snapshot(case), "pseudonyms": after_guess["pseudonyms"]}
        audit_record(
            actor=editor,
            action="case.update",
            obj=case,
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
            note=note.strip(),
        )
        # Again, now that the history holds the earlier values: a name replaced by a
        # pseudonym is withheld from the search document too (cases.withholding).
        case_search_refresh(case=case)
    logger.info("case updated case_id=%s fields=%s", case.pk, ",".join(changed))
    return case


def _only(data: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k in keys}
