"""Saved searches: name a filter set, find it again, share its link, and see how many
cases were added since the last visit."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cases import permissions
from cases.exceptions import TrackerError
from cases.filters import CaseFilter
from cases.models import SavedSearch
from cases.selectors.cases import case_visible, tally
from cases.services.searches import search_delete, search_open, search_save
from cases.views.common import require


@require(permissions.can_view_cases)
def saved_searches(request):
    if request.method == "POST":
        try:
            search = search_save(
                actor=request.user, name=request.POST.get("name", ""), query=request.POST.get("query", "")
            )
        except TrackerError as exc:
            messages.error(request, exc.message)
            return HttpResponseRedirect(reverse("case-list") + "?" + request.POST.get("query", "")[:2000])
        messages.success(request, f"Saved the search “{search.name}”.")
        return redirect("saved-searches")
    rows = []
    visible = case_visible(user=request.user)
    for search in SavedSearch.objects.filter(user=request.user):
        filterset = CaseFilter(QueryDict(search.query), queryset=visible, request=request)
        if filterset.is_valid():
            cases = filterset.qs
            total = tally(cases)
            new = tally(cases.filter(approved_at__gt=search.seen_at))
            rows.append((search, total, new))
        else:
            rows.append((search, None, None))  # a filter that no longer reads (a removed source)
    return render(request, "cases/saved.html", {"rows": rows})


@require(permissions.can_view_cases)
def saved_search_open(request, pk: int):
    """Open a saved search: the case list with its filters; from now, nothing is new."""
    try:
        search = search_open(actor=request.user, search_id=pk)
    except TrackerError:
        messages.error(request, "No such saved search.")
        return redirect("saved-searches")
    return HttpResponseRedirect(reverse("case-list") + (f"?{search.query}" if search.query else ""))


@require_POST
@require(permissions.can_view_cases)
def saved_search_delete(request, pk: int):
    try:
        search_delete(actor=request.user, search_id=pk)
        messages.success(request, "Saved search deleted.")
    except TrackerError as exc:
        messages.error(request, exc.message)
    return redirect("saved-searches")
