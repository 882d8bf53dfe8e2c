"""The one-query permission backend answers exactly as Django's ModelBackend."""

from __future__ import annotations

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission

from cases.backends import PermissionBackend


def _fresh(user):
    return type(user).objects.get(pk=user.pk)  # no permission cache


@pytest.mark.django_db
def test_own_and_group_permissions_match_the_model_backend(django_user_model):
    user = django_user_model.objects.create_user("mixed", password="pw-mixed-1234")
    group = Group.objects.create(name="readers")
    group.permissions.add(Permission.objects.get(codename="view_case"))
    user.groups.add(group)
    user.user_permissions.add(Permission.objects.get(codename="export_case"))

    ours = PermissionBackend().get_all_permissions(_fresh(user))
    assert ours == ModelBackend().get_all_permissions(_fresh(user))
    assert {"cases.view_case", "cases.export_case"} <= ours
    assert "cases.review_proposal" not in ours


@pytest.mark.django_db
def test_a_revoked_group_is_gone_on_the_next_request(django_user_model):
    user = django_user_model.objects.create_user("leaver", password="pw-leaver-1234")
    group = Group.objects.create(name="reviewers")
    group.permissions.add(Permission.objects.get(codename="review_proposal"))
    user.groups.add(group)
    assert _fresh(user).has_perm("cases.review_proposal")
    user.groups.remove(group)
    assert not _fresh(user).has_perm("cases.review_proposal")


@pytest.mark.django_db
def test_inactive_users_have_none_and_superusers_have_all(django_user_model):
    inactive = django_user_model.objects.create_user("gone", password="pw-gone-1234", is_active=False)
    inactive.user_permissions.add(Permission.objects.get(codename="view_case"))
    assert PermissionBackend().get_all_permissions(_fresh(inactive)) == set()
    root = django_user_model.objects.create_superuser("root", password="pw-root-1234")
    assert PermissionBackend().get_all_permissions(_fresh(root)) == ModelBackend().get_all_permissions(
        _fresh(root)
    )
    assert _fresh(root).has_perm("cases.view_names")


@pytest.mark.django_db
def test_the_signed_in_user_comes_with_their_permissions_in_one_query(
    django_user_model, django_assert_num_queries
):
    user = django_user_model.objects.create_user("reader", password="pw-reader-1234")
    group = Group.objects.create(name="readers")
    group.permissions.add(Permission.objects.get(codename="view_case"))
    user.groups.add(group)
    with django_assert_num_queries(1):
        loaded = PermissionBackend().get_user(user.pk)
        assert loaded.has_perm("cases.view_case") and not loaded.has_perm("cases.review_proposal")
    assert loaded.get_all_permissions() == ModelBackend().get_all_permissions(_fresh(user))
    user.is_active = False
    user.save()
    assert PermissionBackend().get_user(user.pk) is None
    assert PermissionBackend().get_user(user.pk + 1000) is None
