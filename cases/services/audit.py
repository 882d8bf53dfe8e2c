"""The audit trail, and the one name and type of the user who acts: `actor`."""

from __future__ import annotations

from typing import Any, TypeAlias

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models

from cases.models import AuditEvent

# The user who acts, in every service: a signed-in user, or nobody (a command, a feed poll,
# an anonymous submission) for the few operations that allow it.
Actor: TypeAlias = AbstractBaseUser | AnonymousUser | None


def audit_record(
    *,
    actor: Actor,
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
