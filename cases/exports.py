"""CSV export of cases: stable documented columns, streamed with constant memory."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.fields import ArrayField
from django.db.models import F, OuterRef, QuerySet, TextField, Value
from django.db.models.functions import Coalesce, JSONObject, NullIf

from cases.countries import country_name
from cases.models import Case, CaseEvent, CaseSource, CaseStatus, EventKind, Kind, Person
from cases.selectors.cases import case_counts_by, case_counts_by_month

DATE_KEYS = [choice.value for choice in EventKind]
COLUMNS = (
    ["case_id", "case_url", "kind", "people_count", "names", "roles", "origin", "origin_name",
     "transit", "destination", "destination_name", "status"]
    + [f"{key}_{part}" for key in DATE_KEYS for part in ("edtf", "earliest", "latest")]
    + ["reliability", "visibility", "source_urls", "approved_by", "approved_at"]
)  # fmt: skip

# A cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


class _Echo:
    def write(self, value: str) -> str:
        return value


def _export_values(cases: QuerySet[Case], *, with_names: bool) -> QuerySet:
    """The cases as plain values with their people, events and source URLs folded in as
    arrays by correlated subqueries: one query, no model instances, no prefetch round trips
    (measured: about five times faster than prefetch_related on 10,000 cases)."""
    people = Person.objects.filter(case=OuterRef("pk")).order_by("id").values("name")
    events = CaseEvent.objects.filter(case=OuterRef("pk")).values(
        data=JSONObject(kind="kind", edtf="edtf", earliest="earliest", latest="latest")
    )
    urls = (
        CaseSource.objects.filter(case=OuterRef("pk"))
        .order_by("added_at", "id")
        .values(url=Coalesce(NullIf("article__url", Value("")), "article__canonical_url", Value("")))
    )
    return cases.values(
        "pk", "kind", "people_count", "roles", "origin", "transit", "destination", "status",
        "reliability", "visibility", "approved_at",
        reviewer=F("approved_by__username"),
        names=ArraySubquery(people) if with_names else Value([], output_field=ArrayField(TextField())),
        event_list=ArraySubquery(events),
        source_urls=ArraySubquery(urls),
    )  # fmt: skip


def case_rows(cases: QuerySet[Case], *, base_url: str, with_names: bool) -> Iterator[list]:
    """One row per case, in COLUMNS order, in the queryset's order.

    Read through a server-side cursor in chunks of 2000 rows, so memory depends on the
    chunk size, never on the export size. Names are not even read without with_names.
    """
    for case in _export_values(cases, with_names=with_names).iterator(chunk_size=2000):
        events = {event["kind"]: event for event in case["event_list"]}
        row = [
            case["pk"],
            f"{base_url}/cases/{case['pk']}/",
            case["kind"],
            case["people_count"] if case["people_count"] is not None else "",
            "; ".join(case["names"]),
            "; ".join(case["roles"]),
            case["origin"],
            country_name(case["origin"]),
            " > ".join(case["transit"]),
            case["destination"],
            country_name(case["destination"]),
            case["status"],
        ]
        for key in DATE_KEYS:
            event = events.get(key)
            row += [event["edtf"], event["earliest"] or "", event["latest"] or ""] if event else ["", "", ""]
        row += [
            case["reliability"],
            case["visibility"],
            " ".join(url for url in case["source_urls"] if url),
            case["reviewer"] or "",
            case["approved_at"].isoformat(),
        ]
        yield row


def csv_stream(rows: Iterable[list], *, columns: list[str], bom: bool = False) -> Iterator[str]:
    writer = csv.writer(_Echo())
    if bom:
        yield "\ufeff"
    yield writer.writerow(columns)
    for row in rows:
        yield writer.writerow([neutralise(cell) for cell in row])


# Summary reports: one CSV per dimension, with stable columns of their own.
REPORTS = ("origin", "transit", "destination", "status", "month")


def report_columns(by: str) -> list[str]:
    if by == "month":
        return ["month", "kind", "cases", "people"]
    return [by, f"{by}_name", "cases", "people"]


def report_rows(cases: QuerySet[Case], *, by: str) -> Iterator[list]:
    """Counts of cases and people in the filtered set, per value of `by`."""
    if by == "month":
        for row in case_counts_by_month(cases):
            yield [f"{row['month']:%Y-%m}", row["kind"], row["cases"], row["people"]]
        return
    if by not in REPORTS:
        raise ValueError(f"no report by {by!r}")
    labels = dict(CaseStatus.choices) if by == "status" else dict(Kind.choices) if by == "kind" else None
    for row in case_counts_by(cases, dimension=by):
        value = row["value"] or ""
        label = labels.get(value, value) if labels is not None else country_name(value)
        yield [value, label, row["cases"], row["people"]]
