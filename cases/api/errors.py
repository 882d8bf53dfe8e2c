"""One error shape for the whole API: {"error": {"code", "message", "details"}}."""

from __future__ import annotations

from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from cases.exceptions import TrackerError


def api_exception_handler(exc, context):
    if isinstance(exc, TrackerError):
        return Response(
            {"error": {"code": exc.code, "message": exc.message, "details": exc.details}},
            status=exc.http_status,
        )
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    code = getattr(exc, "default_code", "error")
    if isinstance(data, dict) and set(data) == {"detail"}:
        message, details = str(data["detail"]), {}
        code = getattr(data["detail"], "code", code)
    else:
        message, details = "The request is invalid.", data
    if response.status_code == status.HTTP_400_BAD_REQUEST and code == "error":
        code = "invalid"
    response.data = {"error": {"code": str(code), "message": message, "details": details}}
    return response
