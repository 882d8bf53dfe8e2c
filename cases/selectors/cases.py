"""Reading cases: who may see which, filtered lists with keyset pages, details, and the
counts behind the charts and summary reports."""

from __future__ import annotations

import base64
import binascii
import json
from collections import namedtuple
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, cached_property
from typing import Any

from django.conf import settings
from django.core.paginator import EmptyPage, Page, Paginator
from django.db import connection
from django.db.models import Count, F, Prefetch, Q, QuerySet, Sum
from django.db.models.expressions import OrderBy
from django.db.models.fields.tuple_lookups import Tuple, TupleGreaterThan, TupleLessThan
from django.db.models.functions import Coalesce

from cases import permissions
from cases.models import Case, CaseEvent, CaseSource, Person, Visibility


def _people() -> Prefetch:
    """A case's people in the order they were recorded."""
    return Prefetch("people", queryset=Person.objects.order_by("id"))


def case_visible(*, user=None, public_only: bool = False) -> QuerySet[Case]:
    """The cases a user may see: all for staff with view_case; public ones for the public view.
    A withdrawn case is in none of them (its page stays open to editors: case_detail)."""
    cases = Case.objects.current()
    if public_only:
        return cases.filter(visibility=Visibility.PUBLIC)
    if user is None or not permissions.can_view_cases(user):
        return cases.none()
    return cases


def case_list(*, user=None, public_only: bool = False) -> QuerySet[Case]:
    """The cases `user` may see (case_visible: none without a user, unless public_only),
    with what a list row shows, newest approved first."""
    cases = case_visible(user=user, public_only=public_only)
    return cases.prefetch_related(
        _people(),
        Prefetch("events", queryset=CaseEvent.objects.order_by("earliest", "id")),
    ).order_by("-approved_at", "-id")


def case_detail(*, case_id: int, public_only: bool = False, withdrawn: bool = False) -> Case:
    """One case with what its page shows; a withdrawn one only with `withdrawn` (editors)."""
    cases = Case.objects.all() if withdrawn and not public_only else Case.objects.current()
    if public_only:
        cases = cases.filter(visibility=Visibility.PUBLIC)
    return (
        cases.select_related("approved_by")
        .prefetch_related(
            _people(),
            Prefetch("events", queryset=CaseEvent.objects.order_by("earliest", "id")),
            Prefetch(
                "sources",
                queryset=CaseSource.objects.select_related("article", "article__source").order_by("added_at"),
            ),
        )
        .get(pk=case_id)
    )


# Keyset ("seek") pagination: a page is "the next N rows after this (key, id)", so page
# 1000 costs what page 1 costs, and rows added meanwhile do not shift the pages. Each sort
# is a key expression, a direction and what a missing key sorts as (nulls go last).
@dataclass(frozen=True)
class Sort:
    label: str
    key: str
    descending: bool
    missing: Any = None


SORTS: dict[str, Sort] = {
    "-approved": Sort("Newest approved first", "approved_at", True),
    "approved": Sort("Oldest approved first", "approved_at", False),
    "-date": Sort("Latest events first", "latest", True, date(1, 1, 1)),
    "date": Sort("Earliest events first", "earliest", False, date(9999, 12, 31)),
    "-people": Sort("Most people first", "people_count", True, 0),
}
DEFAULT_SORT = "-approved"


@dataclass
class KeysetPage:
    rows: list
    sort: str
    next_cursor: str | None
    previous_cursor: str | None
    is_first: bool = True
    count: int = 0
    extra: dict = field(default_factory=dict)


def _encode(value: Any, pk: int, *, backwards: bool) -> str:
    if isinstance(value, datetime | date):
        value = {"d": value.isoformat(), "t": "datetime" if isinstance(value, datetime) else "date"}
    raw = json.dumps([value, pk, backwards]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> tuple[Any, int, bool] | None:
    """The cursor's (key, id, backwards), or None when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, pk, backwards = json.loads(raw)
        if isinstance(value, dict):
            parse = datetime.fromisoformat if value["t"] == "datetime" else date.fromisoformat
            value = parse(value["d"])
        if not isinstance(pk, int) or not isinstance(backwards, bool):
            return None
        if value is not None and not isinstance(value, int | date | datetime):
            return None
        return value, pk, backwards
    except (ValueError, TypeError, KeyError, binascii.Error, json.JSONDecodeError):
        return None


# What a list row shows; the page reads only these columns.
LIST_COLUMNS = (
    "id",
    "kind",
    "people_count",
    "origin",
    "transit",
    "destination",
    "status",
    "earliest",
    "latest",
)
# A list row: the columns shown, the approval time (a sort key) and the people's names.
ListRow = namedtuple("ListRow", [*LIST_COLUMNS, "approved_at", "names"])


@cache
def _list_rows_sql(*, with_names: bool) -> str:
    """The rows of the cases whose ids are given, as ListRows; names are not even read
    without `with_names`."""
    columns = ", ".join(f"c.{Case._meta.get_field(name).column}" for name in ListRow._fields[:-1])
    people = Person._meta.db_table
    # One entry per person, its other spellings beside it: "Dmitry Sokolov (Дмитрий Соколов)".
    names = (
        f"ARRAY(SELECT p.name || COALESCE(' (' || (SELECT string_agg(a.name, ', ' ORDER BY a.id) "  # noqa: S608
        f"FROM {people} a WHERE a.alias_of_id = p.id) || ')', '') FROM {people} p "
        "WHERE p.case_id = c.id AND p.alias_of_id IS NULL ORDER BY p.id)"
        if with_names
        else "NULL"
    )
    return f"SELECT {columns}, {names} FROM {Case._meta.db_table} c WHERE c.id = ANY(%s)"  # noqa: S608 - fixed SQL


def case_keyset_page(
    cases: QuerySet[Case],
    *,
    sort: str = DEFAULT_SORT,
    cursor: str | None = None,
    size: int = 50,
    with_names: bool = False,
) -> KeysetPage:
    """One page of `cases` in `sort` order, after (or before) the row named by `cursor`.

    The rows are ListRows; their `names` (the case's people's names in the order they
    were recorded) are None unless `with_names`.
    """
    if sort not in SORTS:
        sort = DEFAULT_SORT
    spec = SORTS[sort]
    key = Coalesce(F(spec.key), spec.missing) if spec.missing is not None else F(spec.key)
    position = _decode(cursor) if cursor else None
    backwards = bool(position and position[2])
    # Going back is going forwards in the reverse order, then flipping the rows.
    descending = spec.descending != backwards
    order = [OrderBy(key, descending=descending), OrderBy(F("id"), descending=descending)]
    if position is not None:
        value, pk, _ = position
        after = TupleLessThan if descending else TupleGreaterThan
        cases = cases.filter(after(Tuple(key, F("id")), (value, pk)))
    # The page's ids first, found in the covering index (case_list_idx) alone; then only
    # the rows shown, with only the columns shown, by one fixed statement (building it
    # with the ORM took longer than running it).
    ids = list(cases.order_by(*order).values_list("id", flat=True)[: size + 1])
    more = len(ids) > size
    ids = ids[:size]
    if backwards:
        ids.reverse()
    by_id = {}
    if ids:
        with connection.cursor() as db:
            db.execute(_list_rows_sql(with_names=with_names), [ids])
            by_id = {row[0]: ListRow._make(row) for row in db.fetchall()}
    rows = [by_id[pk] for pk in ids if pk in by_id]

    def cursor_at(row, *, back: bool) -> str:
        value = getattr(row, spec.key)
        if value is None:
            value = spec.missing
        return _encode(value, row.id, backwards=back)

    has_next = more if not backwards else True
    has_previous = position is not None and (more if backwards else True)
    return KeysetPage(
        rows=rows,
        sort=sort,
        next_cursor=cursor_at(rows[-1], back=False) if rows and has_next else None,
        previous_cursor=cursor_at(rows[0], back=True) if rows and has_previous else None,
        is_first=not has_previous,
    )


@dataclass(frozen=True)
class Tally:
    """How many rows match: exact up to settings.TRACKER_EXACT_COUNT_BELOW, past it
    PostgreSQL's estimate, rounded, and said to be one ("about 310,000")."""

    value: int
    exact: bool


def tally(rows: QuerySet, *, exact: bool = False, estimate: QuerySet | None = None) -> Tally:
    """The number of `rows`. Counting a million matches exactly costs most of a page's
    time; counting up to the bound reads at most that many index entries, and past it the
    planner's row estimate for the same query says how many there are, near enough to
    read. `exact` counts all of them (the page's "count exactly"). `estimate`: a simpler
    query with nearly the same rows whose estimate the planner gets right, where its
    estimate of `rows` is poor."""
    rows = rows.order_by()
    if exact:
        return Tally(rows.count(), True)
    bound = settings.TRACKER_EXACT_COUNT_BELOW
    # An empty explanation: the query can match nothing (a value no row has, say).
    plan = (rows if estimate is None else estimate.order_by()).values("pk").explain(format="json")
    expected = int(json.loads(plan)[0]["Plan"]["Plan Rows"]) if plan else 0
    if expected > bound * _FAR_ABOVE:
        # So far past the bound that counting up to it would only confirm it: "desertion
        # France" matches some 26,000 cases, and reaching the 2,001st costs 90 ms.
        return Tally(_round(expected), False)
    counted = rows.values("pk")[: bound + 1].count()
    if counted <= bound:
        return Tally(counted, True)
    return Tally(_round(max(expected, counted)), False)


# An estimate this many times the exact bound is shown without counting to the bound.
_FAR_ABOVE = 10


class TallyPage(Page):
    """A page that knows whether rows follow it, whatever the count says."""

    more = False

    def has_next(self) -> bool:
        return self.more


class TallyPaginator(Paginator):
    """A Paginator that counts with `tally`, and `tally.exact` says whether to write
    "about" before the count. Past the exact bound the count is an estimate, so a page
    reads one row more than it shows to know whether another page follows, and a page
    number past the estimate's end is still served (empty if nothing is there)."""

    def __init__(self, object_list, per_page, *, estimate: QuerySet | None = None, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.estimate = estimate

    @cached_property
    def tally(self) -> Tally:
        return tally(self.object_list, estimate=self.estimate)

    @cached_property
    def count(self) -> int:
        return self.tally.value

    def validate_number(self, number) -> int:
        try:
            return super().validate_number(number)
        except EmptyPage:
            if self.tally.exact or int(number) < 1:
                raise
            return int(number)

    def page(self, number) -> TallyPage:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom : bottom + self.per_page + 1])
        page = TallyPage(rows[: self.per_page], number, self)
        page.more = len(rows) > self.per_page
        return page


def _round(value: int) -> int:
    """Two significant figures: 312,345 -> 310,000."""
    digits = len(str(value))
    step = 10 ** max(digits - 2, 0)
    return round(value / step) * step


# Counts for charts and summary reports, each one GROUP BY over the filtered set.
COUNT_DIMENSIONS = ("origin", "destination", "status", "kind", "reliability")


def case_counts_by(cases: QuerySet[Case], *, dimension: str) -> list[dict[str, Any]]:
    """Cases and people per origin, destination, status, kind or transit country.

    Transit counts a case once per transit country it passed, so its rows add up to more
    than the number of cases.
    """
    cases = cases.order_by().prefetch_related(None)  # counts need no related rows
    if dimension == "transit":
        # PostgreSQL does not GROUP BY a set-returning unnest(); two narrow columns are
        # cheap to stream and count here.
        totals: dict[str, dict[str, Any]] = {}
        for transit, people in cases.values_list("transit", "people_count").iterator(chunk_size=5000):
            for code in dict.fromkeys(transit):
                row = totals.setdefault(code, {"value": code, "cases": 0, "people": 0})
                row["cases"] += 1
                row["people"] += people or 0
        rows = list(totals.values())
    elif dimension in COUNT_DIMENSIONS:
        rows = list(
            cases.values(value=F(dimension)).annotate(
                cases=Count("id"), people=Coalesce(Sum("people_count"), 0)
            )
        )
    else:
        raise ValueError(f"cannot count by {dimension!r}")
    return sorted(rows, key=lambda r: (-r["cases"], r["value"] or ""))


def case_counts_by_month(cases: QuerySet[Case]) -> list[dict[str, Any]]:
    """Cases and people per month of the case's first event, per kind. Cases without dates,
    and those whose first event is known only to a year or a season, are left out."""
    rows = (
        cases.order_by()
        .prefetch_related(None)
        .exclude(first_month__isnull=True)
        .annotate(month=F("first_month"))
        .values("month", "kind")
        .annotate(cases=Count("id"), people=Coalesce(Sum("people_count"), 0))
        .order_by("month", "kind")
    )
    return list(rows)


def case_routes(cases: QuerySet[Case]) -> list[dict[str, Any]]:
    """Cases per route (origin, transit in order, destination), most frequent first."""
    rows = (
        cases.order_by()
        .prefetch_related(None)
        .values("origin", "transit", "destination")
        .annotate(cases=Count("id"), people=Coalesce(Sum("people_count"), 0))
    )
    return sorted(rows, key=lambda r: (-r["cases"], r["origin"], r["transit"], r["destination"]))


def unplaced_counts(cases: QuerySet[Case]) -> dict[str, int]:
    """What the monthly charts leave out: cases without any dates, and cases whose first
    event is known only to a year or a season."""
    return cases.order_by().aggregate(
        undated=Count("id", filter=Q(earliest__isnull=True)),
        year_only=Count("id", filter=Q(earliest__isnull=False, first_month__isnull=True)),
    )


def public_view_enabled() -> bool:
    return bool(getattr(settings, "TRACKER_PUBLIC_VIEW", False))
