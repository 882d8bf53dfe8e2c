from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render


def require(check: Callable) -> Callable:
    """Login required, then `check(user)`; an outsider gets 403, a visitor the login page."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not check(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def submission_redirect(request, submission, *, stored: str):
    """To the article a form submitted, saying whether it was stored or already known."""
    if submission.created:
        messages.success(request, stored)
    elif submission.resubmitted:
        messages.success(request, "This article had failed: it is updated with what you gave and runs again.")
    else:
        messages.info(request, "This article is already in the tracker.")
    return redirect("article-detail", pk=submission.article.pk)


def not_found(request, *, heading: str, message: str) -> HttpResponse:
    """The app's own 404 page, also when DEBUG is on (Django's debug page is for developers)."""
    return render(request, "404.html", {"heading": heading, "message": message}, status=404)
