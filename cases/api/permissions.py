from rest_framework.permissions import BasePermission

from cases import permissions


class CanReview(BasePermission):
    def has_permission(self, request, view):
        return permissions.can_review(request.user)


class CanViewCases(BasePermission):
    def has_permission(self, request, view):
        return permissions.can_view_cases(request.user)


class CanSubmit(BasePermission):
    def has_permission(self, request, view):
        return permissions.can_submit(request.user)


class CanViewSources(BasePermission):
    # Whoever may read cases reads their sources on the case pages, so may list them too.
    def has_permission(self, request, view):
        user = request.user
        return permissions.can_view_cases(user) or (
            user.is_authenticated and user.has_perm("cases.view_source")
        )
