"""The review side: the queue of pending proposals."""

from __future__ import annotations

from django.db.models import QuerySet

from cases.models import CaseProposal


def review_queue() -> QuerySet[CaseProposal]:
    """Pending proposals, newest first, with their article."""
    return (
        CaseProposal.objects.filter(status=CaseProposal.Status.PENDING)
        .select_related("article", "article__source", "claimed_by")
        .order_by("-created_at", "-id")
    )
