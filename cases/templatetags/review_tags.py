"""Rendering the audit trail as readable before/after rows on the case page."""

from __future__ import annotations

from typing import Any

from django import template
from django.db.models import Q

from cases import edtf
from cases.countries import country_name
from cases.models import AuditEvent, CaseStatus, Kind, Reliability, Role, Visibility

register = template.Library()

VERBS = {
    "case.create": "created the case",
    "case.update": "edited the case",
    "case.merge": "merged a proposal into the case",
    "proposal.approve": "approved a proposal",
    "proposal.reject": "rejected a proposal",
    "proposal.merge": "merged a proposal",
    "case.withdraw": "withdrew the case",
    "proposal.undo": "undid the approval of a proposal",
    "proposal.reopen": "reopened a rejected proposal",
}
LABELS = {
    "kind": "Kind", "people_count": "People count", "names": "Names", "roles": "Roles",
    "origin": "Origin", "transit": "Transit", "destination": "Destination", "status": "Status",
    "pseudonyms": "Pseudonyms", "dates": "Dates", "summary": "Summary", "reliability": "Source reliability",
    "visibility": "Visibility",
}  # fmt: skip


@register.simple_tag
def case_history(case) -> list[AuditEvent]:
    """The case's own events and those of the proposals approved or merged into it, newest first."""
    proposal_ids = list(case.proposals.values_list("pk", flat=True))
    return list(
        AuditEvent.objects.filter(
            Q(object_type="case", object_id=case.pk)
            | Q(object_type="caseproposal", object_id__in=proposal_ids)
        ).select_related("actor")
    )


@register.filter
def audit_verb(action: str) -> str:
    return VERBS.get(action, action)


CHOICES = {
    "kind": dict(Kind.choices), "status": dict(CaseStatus.choices), "roles": dict(Role.choices),
    "reliability": dict(Reliability.choices), "visibility": dict(Visibility.choices),
}  # fmt: skip


@register.filter
def kind_label(value: str) -> str:
    return CHOICES["kind"].get(value, value or "?")


@register.filter
def status_label(value: str) -> str:
    return CHOICES["status"].get(value, value or "?")


def display(key: str, value: Any) -> str:
    if value in (None, "", [], {}):
        return "—"
    if key in CHOICES:
        labels = CHOICES[key]
        return (
            ", ".join(labels.get(v, v) for v in value)
            if isinstance(value, list)
            else labels.get(value, value)
        )
    if key in ("origin", "destination"):
        return country_name(value)
    if key == "transit":
        return " → ".join(country_name(c) for c in value)
    if key == "dates" and isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')}: {edtf.describe(v)}" for k, v in value.items() if v) or "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


@register.filter
def audit_changes(event: AuditEvent, show_names: bool = False) -> list[tuple[str, str, str]]:
    """(field, before, after) for each field that differs; names only for who may see them."""
    before, after = event.before or {}, event.after or {}
    if event.object_type == "caseproposal":
        # A proposal's before/after hold its fields; the case's own events already show the values.
        return []
    if not isinstance(before, dict) or not isinstance(after, dict):
        return []
    rows = []
    for key in [k for k in LABELS if k in before or k in after]:
        if key in ("names", "pseudonyms") and not show_names:
            continue
        old, new = before.get(key), after.get(key)
        if key in before and old == new:
            continue
        if key not in before and new in (None, "", [], {}):
            continue
        rows.append((LABELS[key], display(key, old) if key in before else "—", display(key, new)))
    return rows
