"""The researcher's pages: the case list with filters, a case, charts, the map and CSV exports.

Every page, chart and export reads the filters through cases.filters.CaseFilter from the
query string, so a URL copied from the list gives the same cases in a chart or a CSV.
"""

from __future__ import annotations

from django.db.models import F, QuerySet
from django.db.models.expressions import OrderBy
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from cases import charts, filters, permissions, withholding, worldmap
from cases.exports import COLUMNS, REPORTS, case_csv_copy, case_rows, csv_stream, report_columns, report_rows
from cases.filters import CaseFilter
from cases.models import Case, MonthTally
from cases.selectors.cases import (
    DEFAULT_SORT,
    SORTS,
    case_counts_by,
    case_counts_by_month,
    case_detail,
    case_keyset_page,
    case_routes,
    case_visible,
    tally,
    unplaced_counts,
)
from cases.selectors.tallies import tally_breakdown, tally_calendar, tally_routes, tally_rows
from cases.services.exports import export_record
from cases.views.common import not_found, require


def case_filterset(request, *, public: bool = False) -> CaseFilter:
    """The filters from the query string over the cases this request may see.

    The pages, charts and exports each read the columns they need, so the base queryset
    carries no prefetches.
    """
    cases = case_visible(user=None if public else request.user, public_only=public)
    return CaseFilter(request.GET, queryset=cases, request=request, public=public)


def filtered_cases(filterset: CaseFilter) -> QuerySet[Case]:
    """The filtered cases; none when a filter is invalid, rather than silently dropping it."""
    return filterset.qs if filterset.is_valid() else filterset.queryset.none()


def sorted_cases(cases: QuerySet[Case], sort: str) -> QuerySet[Case]:
    spec = SORTS.get(sort, SORTS[DEFAULT_SORT])
    key = Coalesce(F(spec.key), spec.missing) if spec.missing is not None else F(spec.key)
    return cases.order_by(
        OrderBy(key, descending=spec.descending), OrderBy(F("id"), descending=spec.descending)
    )


def _tally(request, cases: QuerySet[Case]) -> dict:
    """The page's count of matches: exact up to some thousands, "about" past them, exact on
    request (`count=exact`)."""
    counted = tally(cases, exact=request.GET.get("count") == "exact")
    return {"count": counted.value, "count_exact": counted.exact}


def query_without(request, *keys: str) -> str:
    """The current query string minus `keys`, for links that change only those."""
    return filters.query_without(request.GET, *keys)


def list_context(request, filterset: CaseFilter, *, show_names: bool) -> dict:
    sort = request.GET.get("sort", DEFAULT_SORT)
    if sort not in SORTS:
        sort = DEFAULT_SORT
    cases = filtered_cases(filterset)
    page = case_keyset_page(
        cases, sort=sort, cursor=request.GET.get("cursor"), size=50, with_names=show_names
    )
    # A name search finds near spellings too ("Sakolov" finds Sokolov); the cases with the
    # name spelled as typed come first, above the list, on its first page.
    spelled = None
    name = filterset.applied().get("name", "") if filterset.names_allowed else ""
    count = _tally(request, cases)
    # Past the exact count a name matches too many cases for spelling to rank them.
    if name and page.is_first and count["count_exact"]:
        exact = cases.filter(pk__in=filters.names_spelled(name).values("case_id"))
        spelled = case_keyset_page(exact, sort=sort, size=10, with_names=show_names)
    return {
        "filter": filterset,
        "page": page,
        "spelled": spelled,
        "name_searched": name,
        "show_names": show_names,
        **count,
        "sorts": [(key, spec.label) for key, spec in SORTS.items()],
        "sort": sort,
        "query": query_without(request, "cursor"),
        "filter_query": query_without(request, "cursor", "sort"),
        "applied": filterset.applied(),
    }


@require(permissions.can_view_cases)
def case_index(request):
    show_names = withholding.may_see_names(request.user)
    context = list_context(request, case_filterset(request), show_names=show_names)
    context.update(can_export=permissions.can_export(request.user), reports=REPORTS)
    return render(request, "cases/list.html", context)


@require(permissions.can_view_cases)
def case_page(request, pk: int):
    try:
        case = case_detail(case_id=pk, withdrawn=permissions.can_review(request.user))
    except Case.DoesNotExist:
        return not_found(
            request,
            heading=f"No case {pk}",
            message="There is no case with this number, or it was withdrawn.",
        )
    show_names = withholding.may_see_names(request.user)
    return render(
        request,
        "cases/detail.html",
        {
            "case": case,
            "show_names": show_names,
            # Summaries, passages, titles, URLs and history are article-derived text that
            # may name people; for a user without view_names every name known for the
            # case is withheld from them (cases.withholding).
            "withheld": withholding.withheld_for(request.user, case),
        },
    )


def charts_context(filterset: CaseFilter, request) -> dict:
    """Every chart of the filtered set with the table it was drawn from."""
    cases = filtered_cases(filterset)
    months = tally_rows(filterset, MonthTally)
    if months is not None:
        monthly, unplaced = tally_calendar(months)
    else:
        monthly, unplaced = case_counts_by_month(cases), unplaced_counts(cases)
    cases_table = charts.monthly_table(monthly, metric="cases")
    people_table = charts.monthly_table(monthly, metric="people")
    # Routes, destinations and statuses from the maintained tally when the filters allow.
    by_route = tally_rows(filterset)
    if by_route is not None:
        breakdown = tally_breakdown(by_route)
        routes, by_destination, by_status = breakdown["routes"], breakdown["destination"], breakdown["status"]
        count = {"count": sum(r["cases"] for r in routes), "count_exact": True}
    else:
        routes = case_routes(cases)
        by_destination = case_counts_by(cases, dimension="destination")
        by_status = case_counts_by(cases, dimension="status")
        count = _tally(request, cases)
    for row in by_status:
        row["label"] = charts.STATUS_NAMES.get(row["value"], row["value"])
    return {
        "filter": filterset,
        "applied": filterset.applied(),
        **count,
        **unplaced,  # undated, year_only
        "cases_table": cases_table,
        "people_table": people_table,
        "cases_chart": charts.monthly_chart(cases_table, metric_label="Cases", chart_id="chart-cases"),
        "people_chart": charts.monthly_chart(people_table, metric_label="People", chart_id="chart-people"),
        "routes": routes,
        "sankey": charts.sankey_chart(charts.route_flows(routes), chart_id="chart-flows"),
        "by_destination": by_destination,
        "destination_chart": charts.bar_chart(by_destination, label="destination", chart_id="chart-dest"),
        "by_status": by_status,
        "status_chart": charts.bar_chart(
            by_status, label="status", chart_id="chart-status", names=charts.STATUS_NAMES
        ),
    }


def map_context(request, filterset: CaseFilter) -> dict:
    """The map of the filtered cases' routes, and its table of legs."""
    by_route = tally_rows(filterset)
    routes = tally_routes(by_route) if by_route is not None else case_routes(filtered_cases(filterset))
    link = query_without(request, "country", "cursor")
    region = request.GET.get("view", "")
    region = region if region in worldmap.REGIONS else ""
    route_map = worldmap.route_map(
        routes,
        chart_id="map-routes",
        link=link,
        selected=filterset.applied().get("country", ""),
        region=region,
    )
    return {
        "filter": filterset,
        "applied": filterset.applied(),
        "count": sum(r["cases"] for r in routes),
        "route_map": route_map,
        "legend": [(code, route_map.colour(code)) for code in route_map.origins],
        "other_colour": worldmap.OTHER_COLOUR,
        "query": query_without(request, "cursor", "view"),
        "region": region,
        "regions": [(key, label) for key, (label, _) in worldmap.REGIONS.items()],
    }


@require(permissions.can_view_cases)
def case_map(request):
    context = map_context(request, case_filterset(request))
    context.update(can_export=permissions.can_export(request.user), reports=REPORTS)
    return render(request, "cases/map.html", context)


@require(permissions.can_view_cases)
def case_charts(request):
    context = charts_context(case_filterset(request), request)
    context.update(
        query=query_without(request, "cursor"),
        can_export=permissions.can_export(request.user),
        reports=REPORTS,
    )
    return render(request, "cases/charts.html", context)


def _invalid_filters(filterset: CaseFilter) -> HttpResponse:
    errors = "; ".join(f"{key}: {' '.join(messages)}" for key, messages in filterset.errors.items())
    return HttpResponse(f"Invalid filters: {errors}\n", status=400, content_type="text/plain; charset=utf-8")


def _csv_response(rows, *, columns: list[str], bom: bool, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(
        csv_stream(rows, columns=columns, bom=bom), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # A filtered export is personal data for a user with view_names: never cache it.
    response["Cache-Control"] = "private, no-store"
    return response


@require(permissions.can_export)
def case_export(request):
    """Exactly the filtered cases as CSV, in the list's order, logged before streaming."""
    filterset = case_filterset(request)
    if not filterset.is_valid():
        return _invalid_filters(filterset)
    sort = request.GET.get("sort", DEFAULT_SORT)
    if sort not in SORTS:
        return HttpResponse(
            f"Unknown sort. Use one of: {', '.join(SORTS)}\n",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    cases = sorted_cases(filterset.qs, sort)
    with_names = withholding.may_see_names(request.user)
    log = export_record(
        actor=request.user,
        kind="cases",
        filters={**filterset.applied(), "sort": sort, "names": with_names},
        row_count=cases.count(),
    )
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    base_url = request.build_absolute_uri("/").rstrip("/")
    bom = request.GET.get("bom") == "1"
    if with_names:
        # PostgreSQL writes the CSV (COPY TO STDOUT): constant memory, near COPY speed.
        stream = case_csv_copy(cases, base_url=base_url, with_names=True, bom=bom)
    else:
        # Without names, source URLs that spell a name are withheld (cases.withholding),
        # which is Python's work: rows stream from a server-side cursor, as constant in memory.
        rows = case_rows(cases, base_url=base_url, with_names=False)
        stream = csv_stream(rows, columns=list(COLUMNS), bom=bom)
    response = StreamingHttpResponse(stream, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="cases-{stamp}-{log.pk}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


@require(permissions.can_export)
def case_report(request, by: str):
    """Counts of the filtered cases by origin, transit, destination, status or month."""
    if by not in REPORTS:
        raise Http404("No such report")
    filterset = case_filterset(request)
    if not filterset.is_valid():
        return _invalid_filters(filterset)
    rows = list(report_rows(filterset.qs, by=by))  # a few hundred rows at most
    log = export_record(
        actor=request.user, kind=f"report_{by}", filters=filterset.applied(), row_count=len(rows)
    )
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    return _csv_response(
        rows,
        columns=report_columns(by),
        bom=request.GET.get("bom") == "1",
        filename=f"cases-by-{by}-{stamp}-{log.pk}.csv",
    )
