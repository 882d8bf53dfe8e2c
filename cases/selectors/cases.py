"""Reading cases: lists, filters and details."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from cases.models import Case, CaseEvent, CaseSource, Person


def case_list(*, user=None, public_only: bool = False) -> QuerySet[Case]:
    """Approved cases with what a list row shows, newest first."""
    cases = Case.objects.all()
    if public_only:
        cases = cases.filter(visibility="public")
    return cases.prefetch_related(
        Prefetch("people", queryset=Person.objects.order_by("id")),
        Prefetch("events", queryset=CaseEvent.objects.order_by("earliest", "id")),
    ).order_by("-approved_at", "-id")


def case_detail(*, case_id: int) -> Case:
    return (
        Case.objects.select_related("approved_by")
        .prefetch_related(
            "people",
            "events",
            Prefetch("sources", queryset=CaseSource.objects.select_related("article").order_by("added_at")),
        )
        .get(pk=case_id)
    )
