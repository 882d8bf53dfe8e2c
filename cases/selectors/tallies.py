"""Counts read from the maintained tallies (models.RouteTally, models.MonthTally) instead of
the cases.

Each tally holds the current cases grouped by some of their columns (the route tally by
visibility, kind, status, origin, transit and destination; the month tally by visibility,
kind, status, origin, destination and month), kept exact by a trigger in the same
transaction as every change to a case. A filter set that filters only on a tally's columns
is answered from it: the map and the charts then read thousands of rows, whatever the
number of cases. Any other filter (a search, dates, a source, people) needs the cases
themselves, and the callers fall back to counting them.
"""

from __future__ import annotations

from typing import Any

from django.db.models import F, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from cases.filters import CaseFilter, on_route, passes_through
from cases.models import MonthTally, RouteTally, Visibility

# The filters the tally can answer, each as a condition on its rows.
_CONDITIONS = {
    "kind": lambda v: Q(kind=v),
    "status": lambda v: Q(status=v),
    "origin": lambda v: Q(origin=v),
    "destination": lambda v: Q(destination=v),
    "transit": passes_through,
    "country": on_route,
}


# The month tally has no transit: a transit or country filter needs the cases.
_MONTH_FILTERS = frozenset({"kind", "status", "origin", "destination"})


def tally_rows(filterset: CaseFilter, model: type = RouteTally) -> QuerySet | None:
    """The tally rows of the filtered cases, or None when a filter needs the cases."""
    if not filterset.is_valid():
        return None
    applied = filterset.applied()
    allowed = _MONTH_FILTERS if model is MonthTally else set(_CONDITIONS)
    if set(applied) - allowed:
        return None
    rows = model.objects.all()
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


def tally_months(rows: QuerySet[MonthTally]) -> list[dict[str, Any]]:
    """Cases and people per month and kind, like selectors.cases.case_counts_by_month."""
    counted = (
        rows.exclude(first_month__isnull=True)
        .order_by()
        .values("kind", month=F("first_month"))
        .annotate(cases=Sum("cases"), people=Sum("people"))
    )
    return sorted(counted, key=lambda r: (r["month"], r["kind"]))


def tally_unplaced(rows: QuerySet[MonthTally]) -> dict[str, int]:
    """Cases without any dates, and those dated only to a year or a season, like
    selectors.cases.unplaced_counts."""
    totals = rows.order_by().aggregate(
        undated=Coalesce(Sum("cases", filter=Q(dated=False)), 0),
        year_only=Coalesce(Sum("cases", filter=Q(dated=True, first_month__isnull=True)), 0),
    )
    return {"undated": totals["undated"], "year_only": totals["year_only"]}
