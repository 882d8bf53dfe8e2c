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
    return sorted(routes, key=_route_order)


def _route_order(route: dict[str, Any]) -> tuple:
    """The order of selectors.cases.case_routes: most cases first."""
    return (-route["cases"], route["origin"], route["transit"], route["destination"])


def _added(entry: dict[str, Any], row: dict[str, Any]) -> None:
    """Adds a grouped tally row's cases and people to `entry`."""
    entry["cases"] += row["cases"]
    entry["people"] += row["people"]


def tally_breakdown(rows: QuerySet[RouteTally]) -> dict[str, list[dict[str, Any]]]:
    """Routes, destinations and statuses of the charts from one grouped read of the tally
    (a few thousand rows at a million cases), in the shapes and orders of
    selectors.cases.case_routes and case_counts_by."""
    grouped = (
        rows.order_by()
        .values("origin", "transit", "destination", "status")
        .annotate(cases=Sum("cases"), people=Sum("people"))
    )
    routes: dict[tuple, dict[str, Any]] = {}
    by: dict[str, dict[str, dict[str, Any]]] = {"destination": {}, "status": {}}
    for row in grouped:
        route = routes.setdefault(
            (row["origin"], tuple(row["transit"]), row["destination"]),
            {
                "origin": row["origin"],
                "transit": row["transit"],
                "destination": row["destination"],
                "cases": 0,
                "people": 0,
            },
        )
        _added(route, row)
        for dimension, counted in by.items():
            value = row[dimension]
            _added(counted.setdefault(value, {"value": value, "cases": 0, "people": 0}), row)
    return {
        "routes": sorted(routes.values(), key=_route_order),
        **{
            dimension: sorted(counted.values(), key=lambda r: (-r["cases"], r["value"]))
            for dimension, counted in by.items()
        },
    }


def tally_calendar(rows: QuerySet[MonthTally]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Cases and people per month and kind, like selectors.cases.case_counts_by_month, and
    the cases without any dates or dated only to a year or a season, like
    selectors.cases.unplaced_counts: one grouped read of the tally for both."""
    grouped = (
        rows.order_by()
        .values("kind", "dated", month=F("first_month"))
        .annotate(cases=Sum("cases"), people=Sum("people"))
    )
    months: dict[tuple, dict[str, Any]] = {}
    unplaced = {"undated": 0, "year_only": 0}
    for row in grouped:
        if row["month"] is None:
            unplaced["year_only" if row["dated"] else "undated"] += row["cases"]
            continue
        entry = months.setdefault(
            (row["month"], row["kind"]), {"kind": row["kind"], "month": row["month"], "cases": 0, "people": 0}
        )
        _added(entry, row)
    return sorted(months.values(), key=lambda r: (r["month"], r["kind"])), unplaced
