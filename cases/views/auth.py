"""Sign-in with a lockout after repeated failures, per username and per client address."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.auth.views import LoginView
from django.core.cache import cache


def _keys(request) -> list[str]:
    username = (request.POST.get("username") or "").strip().casefold()
    address = request.META.get("REMOTE_ADDR", "")
    return [
        "login-fail:user:" + hashlib.sha256(username.encode()).hexdigest(),
        "login-fail:addr:" + hashlib.sha256(address.encode()).hexdigest(),
    ]


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        keys = _keys(request)
        failures = cache.get_many(keys)
        if any((failures.get(key) or 0) >= settings.LOGIN_MAX_FAILURES for key in keys):
            form = self.get_form()
            minutes = max(1, settings.LOGIN_LOCKOUT_SECONDS // 60)
            form.add_error(None, f"Too many failed sign-ins. Try again in {minutes} minutes.")
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        for key in _keys(self.request):
            if not cache.add(key, 1, settings.LOGIN_LOCKOUT_SECONDS):
                cache.incr(key)
        return super().form_invalid(form)

    def form_valid(self, form):
        for key in _keys(self.request):
            cache.delete(key)
        return super().form_valid(form)
