from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from cases import permissions
from cases.exports import COLUMNS, case_rows, csv_stream
from cases.models import AuditEvent, Case, CaseStatus, ExportLog, Kind
from cases.selectors import case_detail, case_list
from cases.views.common import require


def _filtered(request):
    cases = case_list()
    params = {}
    for key, choices in (("kind", Kind.values), ("status", CaseStatus.values)):
        value = request.GET.get(key, "")
        if value in choices:
            cases = cases.filter(**{key: value})
            params[key] = value
    for key in ("origin", "destination"):
        value = request.GET.get(key, "").strip().upper()
        if len(value) == 2:
            cases = cases.filter(**{key: value})
            params[key] = value
    return cases, params


@require(permissions.can_view_cases)
def case_index(request):
    cases, params = _filtered(request)
    page = Paginator(cases, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "cases/list.html",
        {
            "page": page,
            "params": params,
            "kinds": Kind.choices,
            "statuses": CaseStatus.choices,
            "can_export": permissions.can_export(request.user),
            "show_names": permissions.can_view_names(request.user),
        },
    )


@require(permissions.can_view_cases)
def case_page(request, pk: int):
    try:
        case = case_detail(case_id=pk)
    except Case.DoesNotExist:
        raise Http404("No such case") from None
    history = AuditEvent.objects.filter(object_type="case", object_id=case.pk).select_related("actor")
    return render(
        request,
        "cases/detail.html",
        {
            "case": case,
            "history": history,
            "show_names": permissions.can_view_names(request.user),
        },
    )


@require(permissions.can_export)
def case_export(request):
    cases, params = _filtered(request)
    with_names = permissions.can_view_names(request.user)
    log = ExportLog.objects.create(user=request.user, kind="cases", filters=params, row_count=cases.count())
    base_url = request.build_absolute_uri("/").rstrip("/")
    response = StreamingHttpResponse(
        csv_stream(
            case_rows(cases, base_url=base_url, with_names=with_names),
            columns=COLUMNS,
            bom=request.GET.get("bom") == "1",
        ),
        content_type="text/csv; charset=utf-8",
    )
    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="cases-{stamp}-{log.pk}.csv"'
    return response
