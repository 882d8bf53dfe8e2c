from __future__ import annotations

from django.contrib.auth.models import Group, Permission

from cases.permissions import ROLE_PERMISSIONS


def roles_sync() -> None:
    """Make the role groups hold exactly the permissions cases.permissions lists.

    Side effects: creates missing groups; sets each group's permissions. Idempotent.
    """
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="cases", codename__in=codenames)
        )
