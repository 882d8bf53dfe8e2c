"""Cases: writing a case's related rows (people, events, date bounds) from validated
fields, its pseudonym flags, its search document, and an editor's edit of a case."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from cases import edtf, withholding
from cases.exceptions import AlreadyReviewed, InvalidInput, NotFound, StaleEdit
from cases.models import Case, CaseEvent, Person
from cases.search import alias_of, document_text, name_key, place_names
from cases.services.audit import Actor, audit_record
from cases.validation import FIELD_KEYS, check_editorial, clean_case_fields

logger = logging.getLogger(__name__)


def case_snapshot(case: Case) -> dict[str, Any]:
    """The case as GUIDELINES fields plus editorial fields, for the audit trail."""
    return {
        "kind": case.kind,
        "people_count": case.people_count,
        "names": [p.name for p in case.people.all()],
        "roles": list(case.roles),
        "origin": case.origin or None,
        "transit": list(case.transit),
        "destination": case.destination or None,
        "status": case.status,
        "dates": {e.kind: e.edtf for e in case.events.all()},
        "summary": case.summary,
        "reliability": case.reliability,
        "visibility": case.visibility,
    }


def case_apply_fields(*, case: Case, fields: dict[str, Any]) -> None:
    """Set a saved case's GUIDELINES fields from clean fields, replacing people and events.

    Side effects: updates the case row; deletes and recreates its Person and CaseEvent rows;
    refreshes the case's search document.
    """
    case.kind = fields["kind"]
    case.people_count = fields["people_count"]
    case.roles = fields["roles"]
    case.origin = fields["origin"] or ""
    case.transit = fields["transit"]
    case.destination = fields["destination"] or ""
    case.status = fields["status"]
    events = []
    for kind, value in (fields.get("dates") or {}).items():
        if value:
            bounds = edtf.parse(value)
            events.append(
                CaseEvent(case=case, kind=kind, edtf=value, earliest=bounds.earliest, latest=bounds.latest)
            )
    starts = [e.earliest for e in events if e.earliest]
    ends = [e.latest for e in events if e.latest]
    case.earliest = min(starts) if starts else None
    case.latest = max(ends) if ends else None
    case.first_month = edtf.first_month(edtf.Bounds(e.earliest, e.latest) for e in events)
    case.save()
    case.events.all().delete()
    CaseEvent.objects.bulk_create(events)
    case.people.all().delete()
    people = [Person(case=case, name=name, name_key=name_key(name)) for name in fields["names"]]
    owners = alias_of(fields["names"])
    Person.objects.bulk_create([p for p, owner in zip(people, owners, strict=True) if owner is None])
    for person, owner in zip(people, owners, strict=True):
        if owner is not None:
            person.alias_of = people[owner]
    Person.objects.bulk_create([p for p, owner in zip(people, owners, strict=True) if owner is not None])
    case_search_refresh(case=case)


def case_search_refresh(*, case: Case) -> None:
    """Rewrite the case's full-text document from its summary, places and source titles.

    Side effects: updates Case.search_text. Source titles added after this call are still
    found by users who may see names, because their search matches the titles of linked
    articles directly.
    """
    # The document serves users who may not see names: the summary and source titles
    # with every name known for the case withheld (its people now and before, its
    # proposals' names, everyone its articles name: cases.withholding).
    case.search_text = document_text(
        summary=case.summary,
        places=place_names([case.origin, *case.transit, case.destination]),
        titles=case.sources.values_list("article__title", flat=True),
        names=withholding.names_for_case(case),
    )
    Case.objects.filter(pk=case.pk).update(search_text=case.search_text)


def case_pseudonyms(case: Case) -> list[str]:
    return list(case.people.filter(is_pseudonym=True).values_list("name", flat=True))


def case_mark_pseudonyms(*, case: Case, pseudonyms: list[str]) -> None:
    """Flag which of the case's people are named by a pseudonym (case_apply_fields recreates
    people from plain names). Side effect: Person.is_pseudonym on the case's rows."""
    Person.objects.filter(case=case).update(is_pseudonym=False)
    if pseudonyms:
        Person.objects.filter(case=case, name__in=pseudonyms).update(is_pseudonym=True)


EDITORIAL_KEYS = ["summary", "reliability", "visibility"]


def case_update(
    *,
    case_id: int,
    actor: Actor,
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
    check_editorial(changes)
    with transaction.atomic():
        # The row lock serialises concurrent edits and merges into this case.
        case = Case.objects.select_for_update().filter(pk=case_id).first()
        if case is None:
            raise NotFound(f"case {case_id} does not exist")
        if case.withdrawn_at is not None:
            raise InvalidInput("This case was withdrawn; it can no longer be edited.")
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
            actor=actor,
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


def case_withdraw(*, case_id: int, actor: Actor, reason: str, action: str = "case.withdraw") -> Case:
    """Withdraw an approved case with a reason: it leaves every list, chart, search and
    export, and stays with its sources and history (never deleted). Side effects:
    withdrawn_at/by/reason on the case; one audit event. Raises AlreadyReviewed when it is
    withdrawn already (a second click, another editor), NotFound for a missing case.
    """
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("Say why the case is withdrawn.", details={"reason": "required"})
    with transaction.atomic():
        case = Case.objects.select_for_update().filter(pk=case_id).first()
        if case is None:
            raise NotFound(f"case {case_id} does not exist")
        updated = (
            Case.objects.current()
            .filter(pk=case_id)
            .update(withdrawn_at=timezone.now(), withdrawn_by=actor, withdrawn_reason=reason[:2000])
        )
        if updated != 1:
            raise AlreadyReviewed(f"Case {case_id} was already withdrawn.")
        audit_record(actor=actor, action=action, obj=case, before={"withdrawn": False},
                     after={"withdrawn": True}, note=reason[:2000])  # fmt: skip
    case.refresh_from_db()
    logger.info("case withdrawn case_id=%s", case_id)
    return case
