"""CSV export of cases: stable documented columns, streamed with constant memory."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from cases.countries import country_name
from cases.models import Case, CaseStatus, EventKind, Kind
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


def case_rows(cases: QuerySet[Case], *, base_url: str, with_names: bool) -> Iterator[list]:
    """One row per case, in COLUMNS order; iterates in chunks so memory stays flat.

    Each chunk of 2000 cases is read through a server-side cursor with its people, events
    and sources prefetched, so memory depends on the chunk size, not on the export size.
    """
    cases = cases.select_related("approved_by").prefetch_related("people", "events", "sources__article")
    for case in cases.iterator(chunk_size=2000):
        events = {event.kind: event for event in case.events.all()}
        row = [
            case.pk,
            f"{base_url}/cases/{case.pk}/",
            case.kind,
            case.people_count if case.people_count is not None else "",
            "; ".join(p.name for p in case.people.all()) if with_names else "",
            "; ".join(case.roles),
            case.origin,
            country_name(case.origin),
            " > ".join(case.transit),
            case.destination,
            country_name(case.destination),
            case.status,
        ]
        for key in DATE_KEYS:
            event = events.get(key)
            row += [event.edtf, event.earliest or "", event.latest or ""] if event else ["", "", ""]
        row += [
            case.reliability,
            case.visibility,
            " ".join(s.article.url or s.article.canonical_url or "" for s in case.sources.all()).strip(),
            case.approved_by.get_username() if case.approved_by else "",
            case.approved_at.isoformat(),
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
