"""Failed sign-ins, counted in one place for every way in: the sign-in page, the admin's
sign-in and `POST /api/token/`.

A failure counts against the pair (account, client address), which locks after
LOGIN_MAX_FAILURES, and against the address alone, which locks only after the higher
LOGIN_MAX_FAILURES_PER_ADDRESS. So an attacker who guesses one account's password locks
that account only from their own address, and everyone else behind the same proxy can still
sign in; an attacker who sprays many accounts from one address is stopped by the address
ceiling. Django's `user_login_failed` and `user_logged_in` signals feed the counters, so
every authentication path that passes the request counts, including ones added later.
"""

from __future__ import annotations

import hashlib
import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver

# The paths that take a password besides the sign-in page (whose view shows the wait in
# its form): SignInThrottleMiddleware refuses a POST there while its keys are locked.
GUARDED_PATHS = ("/admin/login/", "/api/token/")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def address_of(request) -> str:
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def _keys(username: str, address: str) -> list[tuple[str, int]]:
    account = (username or "").strip().casefold()
    return [
        ("signin-fail:pair:" + _digest(f"{account}\x00{address}"), settings.LOGIN_MAX_FAILURES),
        ("signin-fail:addr:" + _digest(address), settings.LOGIN_MAX_FAILURES_PER_ADDRESS),
    ]


def retry_after(username: str, address: str) -> int:
    """Seconds until this account may try again from this address; 0 when it may now."""
    now = time.time()
    wait = 0.0
    for key, limit in _keys(username, address):
        entry = cache.get(key)
        if entry and entry["n"] >= limit:
            wait = max(wait, entry["until"] - now)
    return max(0, int(wait + 0.999))


def record_failure(username: str, address: str) -> None:
    now = time.time()
    for key, _ in _keys(username, address):
        entry = cache.get(key)
        if not entry or entry["until"] <= now:
            entry = {"n": 0, "until": now + settings.LOGIN_LOCKOUT_SECONDS}
        entry["n"] += 1
        cache.set(key, entry, settings.LOGIN_LOCKOUT_SECONDS)


def clear(username: str, address: str) -> None:
    """A successful sign-in forgets this pair's failures (the address ceiling stays)."""
    cache.delete(_keys(username, address)[0][0])


def wait_message(seconds: int) -> str:
    minutes = max(1, (seconds + 59) // 60)
    return f"Too many failed sign-ins. Try again in {minutes} minute{'s' if minutes != 1 else ''}."


@receiver(user_login_failed)
def _failed(sender, credentials, request=None, **kwargs) -> None:
    record_failure(credentials.get("username", ""), address_of(request))


@receiver(user_logged_in)
def _succeeded(sender, request, user, **kwargs) -> None:
    clear(user.get_username(), address_of(request))
