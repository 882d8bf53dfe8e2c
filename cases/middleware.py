from __future__ import annotations

from django.db import connection
from django.http import HttpResponse


class HealthCheckMiddleware:
    """Answer /healthz before host validation and the HTTPS redirect, for container probes.

    200 when the database answers, 503 otherwise. It reveals nothing else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz":
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except Exception:
            return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
        return HttpResponse("ok\n", content_type="text/plain")
