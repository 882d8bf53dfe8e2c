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
