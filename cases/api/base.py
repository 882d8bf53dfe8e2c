"""What every viewset of the API shares: integer ids and total cursor pagination."""

from __future__ import annotations

from rest_framework import viewsets
from rest_framework.pagination import CursorPagination

from cases.api.pagination import SafeCursorPagination


def cursor_pagination(*fields: str) -> type[CursorPagination]:
    """A cursor paginator ordered by `fields`, ending in a unique column so it is total."""
    return type(
        "CursorPagination_" + "_".join(f.strip("-") for f in fields),
        (SafeCursorPagination,),
        {"ordering": fields, "page_size_query_param": "page_size", "max_page_size": 200},
    )


class IdViewSet(viewsets.GenericViewSet):
    # Ids are integers: anything else is a 404 from the router, never int() in an action.
    lookup_value_regex = "[0-9]+"
