from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import render

from cases import permissions
from cases.models import Article, Case, CaseProposal
from cases.selectors.cases import case_tally


@login_required
def home(request):
    context = {
        "can_review": permissions.can_review(request.user),
        # Only what the user may open is linked: the article list is for who submits.
        "can_list_articles": permissions.can_submit(request.user),
        "can_export": permissions.can_export(request.user),
    }
    if permissions.can_view_cases(request.user) or context["can_review"]:
        counts = Article.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n")
        by_status = dict(counts)
        context.update(
            pending=CaseProposal.objects.filter(status=CaseProposal.Status.PENDING).count(),
            cases=case_tally(Case.objects.current()),
            articles_by_status=by_status,
            article_total=sum(by_status.values()),  # one pass over the articles, not two
            recent_cases=Case.objects.current().order_by("-approved_at")[:5],
        )
    return render(request, "home.html", context)
