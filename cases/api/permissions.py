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
    def has_permission(self, request, view):
        return request.user.is_authenticated and request.user.has_perm("cases.view_source")
