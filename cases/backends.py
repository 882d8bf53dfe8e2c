"""Authentication backend: Django's ModelBackend, reading a user's permissions in one query.

Every page checks permissions. ModelBackend reads them in two ORM queries (the user's own,
then their groups'), each joining four tables; building those two queries took longer
than running them. This reads both in one fixed, parameterised statement.
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.db import connection

_PERMISSIONS_SQL = """
SELECT ct.app_label || '.' || p.codename
FROM auth_permission p JOIN django_content_type ct ON ct.id = p.content_type_id
WHERE p.id IN (SELECT permission_id FROM auth_user_user_permissions WHERE user_id = %(user)s)
   OR p.id IN (SELECT gp.permission_id FROM auth_group_permissions gp
               JOIN auth_user_groups ug ON ug.group_id = gp.group_id WHERE ug.user_id = %(user)s)
"""


class PermissionBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if user_obj.is_superuser or not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            with connection.cursor() as cursor:
                cursor.execute(_PERMISSIONS_SQL, {"user": user_obj.pk})
                user_obj._perm_cache = {perm for (perm,) in cursor.fetchall()}
        return user_obj._perm_cache
