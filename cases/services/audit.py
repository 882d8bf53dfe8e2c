from __future__ import annotations

from typing import Any

from django.db import models

from cases.models import AuditEvent


def audit_record(
    *,
    actor,
    action: str,
    obj: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> AuditEvent:
    """Record who did what to which object. Side effect: one AuditEvent row."""
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.model_name,
        object_id=obj.pk,
        before=before,
        after=after,
        note=note,
    )
