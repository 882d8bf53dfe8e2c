from __future__ import annotations

import json

from django.db import connection
from django.http import HttpResponse, JsonResponse

from cases import signin


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


class SignInThrottleMiddleware:
    """Refuse a password POST to the admin's sign-in or the API token while its account
    and address are locked (cases.signin); the sign-in page shows the form itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or request.path not in signin.GUARDED_PATHS:
            return self.get_response(request)
        wait = signin.retry_after(_username(request), signin.address_of(request))
        if not wait:
            return self.get_response(request)
        message = signin.wait_message(wait)
        if request.path.startswith("/api/"):
            # The API's one error shape (cases.api.errors).
            error = {"code": "locked", "message": message, "details": {"retry_after": wait}}
            response = JsonResponse({"error": error}, status=429)
        else:
            response = HttpResponse(message + "\n", status=429, content_type="text/plain; charset=utf-8")
        response["Retry-After"] = str(wait)
        return response


def _username(request) -> str:
    if request.content_type == "application/json" and len(request.body) < 10_000:
        try:
            data = json.loads(request.body)
        except (ValueError, RecursionError):
            return ""
        return str(data.get("username", "")) if isinstance(data, dict) else ""
    return request.POST.get("username", "")


# Content-Security-Policy: every script and style comes from this site; no page runs
# inline script (keep it that way). Inline style attributes carry computed widths only.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
# The API's Swagger page (drf-spectacular) configures itself with an inline script.
CSP_API_DOCS = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


class SecurityHeadersMiddleware:
    """The headers of Django's deployment checklist that Django does not set itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        csp = CSP_API_DOCS if request.path.startswith("/api/docs") else CSP
        response.headers.setdefault("Content-Security-Policy", csp)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
