"""Cursor pagination that answers a cursor of the wrong shape with a 400, not a 500.

DRF decodes the cursor's position and compares it with the ordering column as it is; a
position that is not a value of that column ("p=2026" on a timestamp) fails in the query.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import CursorPagination


class SafeCursorPagination(CursorPagination):
    invalid_cursor_message = "This cursor is not one this list gave: start again without it."

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except (DjangoValidationError, DataError, ValueError, TypeError, OverflowError):
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor_message]}) from None
