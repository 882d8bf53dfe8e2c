"""Authentication backend: Django's ModelBackend, reading a user and their permissions in
one query.

Every page loads the signed-in user and checks permissions. ModelBackend reads the user,
then their own permissions, then their groups' permissions: three ORM queries, the last
two joining four tables each, and building them took longer than running them. This
backend reads all three in one fixed, parameterised statement; the permissions are kept
on the user for the request, as ModelBackend keeps them.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connection

# Every "app_label.codename" the user holds, directly or through a group; {user} is the
# user's id, as a parameter or as a column of an outer query.
_PERMISSIONS = """
SELECT ct.app_label || '.' || p.codename
FROM auth_permission p JOIN django_content_type ct ON ct.id = p.content_type_id
WHERE p.id IN (SELECT permission_id FROM auth_user_user_permissions WHERE user_id = {user})
   OR p.id IN (SELECT gp.permission_id FROM auth_group_permissions gp
               JOIN auth_user_groups ug ON ug.group_id = gp.group_id WHERE ug.user_id = {user})
"""


class PermissionBackend(ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        table = connection.ops.quote_name(model._meta.db_table)
        users = model._default_manager.raw(
            f"SELECT u.*, ARRAY({_PERMISSIONS.format(user='u.id')}) AS permission_names"  # noqa: S608 - fixed SQL
            f" FROM {table} u WHERE u.id = %s",
            [user_id],
        )
        user = next(iter(users), None)
        if user is None or not self.user_can_authenticate(user):
            return None
        if not user.is_superuser:  # an inactive user was refused just above
            user._perm_cache = set(user.permission_names)
        return user

    def get_all_permissions(self, user_obj, obj=None):
        if user_obj.is_superuser or not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_perm_cache"):
            with connection.cursor() as cursor:
                cursor.execute(_PERMISSIONS.format(user="%(user)s"), {"user": user_obj.pk})
                user_obj._perm_cache = {perm for (perm,) in cursor.fetchall()}
        return user_obj._perm_cache
