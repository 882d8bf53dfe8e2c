"""The export log: every CSV of cases or of counts is recorded, with who, what and how many,
before a row is streamed."""

from __future__ import annotations

import logging
from typing import Any

from cases.models import ExportLog
from cases.services.audit import Actor

logger = logging.getLogger(__name__)


def export_record(*, actor: Actor, kind: str, filters: dict[str, Any], row_count: int) -> ExportLog:
    """Record an export (`kind`: "cases" or "report_<by>"). Side effect: one ExportLog row."""
    log = ExportLog.objects.create(user=actor, kind=kind, filters=filters, row_count=row_count)
    logger.info(
        "export export_id=%s kind=%s user_id=%s rows=%s", log.pk, kind, getattr(actor, "pk", None), row_count
    )
    return log
