"""Feed sources: finding the due ones. Polling itself is the ingestion issue's."""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone

from cases.models import Source


def sources_poll_due() -> int:
    """Return how many sources are due; polling them is added by the ingestion issue."""
    now = timezone.now()
    return (
        Source.objects.filter(active=True)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .count()
    )
