"""Counts by route read from the maintained tally (models.RouteTally) instead of the cases.

The tally holds the current cases grouped by visibility, kind, status, origin, transit and
destination, kept exact by a trigger in the same transaction as every change to a case. A
filter set that filters only on those columns is answered from it: the map and the route,
destination and status charts then read a few thousand rows, whatever the number of cases.
Any other filter (a search, dates, a source, people) needs the cases themselves, and the
callers fall back to counting them.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet, Sum

from cases.filters import CaseFilter
from cases.models import RouteTally, Visibility

# The filters the tally can answer, each as a condition on its rows.
_CONDITIONS = {
    "kind": lambda v: Q(kind=v),
    "status": lambda v: Q(status=v),
    "origin": lambda v: Q(origin=v),
    "destination": lambda v: Q(destination=v),
    "transit": lambda v: Q(transit__contains=[v]),
    "country": lambda v: Q(origin=v) | Q(destination=v) | Q(transit__contains=[v]),
}


def tally_rows(filterset: CaseFilter) -> QuerySet[RouteTally] | None:
    """The tally rows of the filtered cases, or None when a filter needs the cases."""
    if not filterset.is_valid():
        return None
    applied = filterset.applied()
    if set(applied) - set(_CONDITIONS):
        return None
    rows = RouteTally.objects.all()
    if filterset.public:
        rows = rows.filter(visibility=Visibility.PUBLIC)
    for key in applied:
        rows = rows.filter(_CONDITIONS[key](filterset.form.cleaned_data[key]))
    return rows


def tally_routes(rows: QuerySet[RouteTally]) -> list[dict[str, Any]]:
    """Cases and people per route, in the shape and order of selectors.cases.case_routes."""
    routes = (
        rows.order_by()
        .values("origin", "transit", "destination")
        .annotate(cases=Sum("cases"), people=Sum("people"))
    )
    return sorted(routes, key=lambda r: (-r["cases"], r["origin"], r["transit"], r["destination"]))


def tally_counts_by(rows: QuerySet[RouteTally], *, dimension: str) -> list[dict[str, Any]]:
    """Cases and people per destination or status, like selectors.cases.case_counts_by."""
    counted = rows.order_by().values(dimension).annotate(cases=Sum("cases"), people=Sum("people"))
    out = [{"value": r[dimension], "cases": r["cases"], "people": r["people"]} for r in counted]
    return sorted(out, key=lambda r: (-r["cases"], r["value"]))
