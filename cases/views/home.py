from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from cases import permissions
from cases.models import Article, Case, CaseProposal
from cases.selectors.cases import Tally, tally


@login_required
def home(request):
    context = {
        "can_review": permissions.can_review(request.user),
        # Only what the user may open is linked: the article list is for who submits.
        "can_list_articles": permissions.can_submit(request.user),
        "can_export": permissions.can_export(request.user),
    }
    if permissions.can_view_cases(request.user) or context["can_review"]:
        # Each state counted through the status index, exactly up to the bound and
        # estimated past it: a GROUP BY over millions of articles took half a second.
        by_status = {status: tally(Article.objects.filter(status=status)) for status in Article.Status.values}
        by_status = {status: n for status, n in by_status.items() if n.value}
        total = sum(n.value for n in by_status.values())
        context.update(
            pending=tally(CaseProposal.objects.filter(status=CaseProposal.Status.PENDING)),
            cases=tally(Case.objects.current()),
            articles_by_status=by_status,
            article_total=Tally(total, all(n.exact for n in by_status.values())),
            recent_cases=Case.objects.current().order_by("-approved_at")[:5],
        )
    return render(request, "home.html", context)
