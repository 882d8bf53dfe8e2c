"""The optional public view: cases marked public, for anyone, without names or pseudonyms.

Off unless settings.TRACKER_PUBLIC_VIEW is on; when off every public URL is a 404, so the
view's existence is not advertised. Nothing here shows text that may carry a name: no
summaries, passages, source titles, reviewers or history.
"""

from __future__ import annotations

from functools import wraps

from django.http import Http404
from django.shortcuts import render

from cases import withholding
from cases.models import Case
from cases.selectors.cases import case_detail, public_view_enabled
from cases.views.cases import case_filterset, charts_context, list_context, map_context, query_without
from cases.views.common import not_found


def public_view(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not public_view_enabled():
            raise Http404("The public view is not enabled")
        return view(request, *args, **kwargs)

    return wrapped


@public_view
def public_case_index(request):
    context = list_context(request, case_filterset(request, public=True), show_names=False)
    context["public"] = True
    return render(request, "public/list.html", context)


@public_view
def public_case_page(request, pk: int):
    try:
        case = case_detail(case_id=pk, public_only=True)
    except Case.DoesNotExist:
        return not_found(
            request, heading=f"No public case {pk}", message="There is no public case with this number."
        )
    # The public never sees a name: a source address that spells one is not linked.
    withheld = withholding.names_for_case(case)
    return render(request, "public/detail.html", {"case": case, "public": True, "withheld": withheld})


@public_view
def public_case_charts(request):
    context = charts_context(case_filterset(request, public=True), request)
    context.update(public=True, query=query_without(request, "cursor"))
    return render(request, "public/charts.html", context)


@public_view
def public_case_map(request):
    context = map_context(request, case_filterset(request, public=True))
    context["public"] = True
    return render(request, "cases/map.html", context)
