"""Writing a case's related rows (people, events, date bounds) from validated fields."""

from __future__ import annotations

from typing import Any

from cases import edtf, withholding
from cases.models import Case, CaseEvent, Person
from cases.search import document_text, name_key, place_names


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
    Person.objects.bulk_create(
        Person(case=case, name=name, name_key=name_key(name)) for name in fields["names"]
    )
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
