"""Reading articles and sources."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from cases.models import Article, CaseProposal


def article_list() -> QuerySet[Article]:
    return Article.objects.select_related("source").annotate(
        proposal_count=Count("proposals", filter=Q(proposals__status=CaseProposal.Status.PENDING))
    )
