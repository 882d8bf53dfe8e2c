"""API tokens: one per user, with a lifetime, that the user sees and revokes on a page.

A token older than API_TOKEN_DAYS no longer authenticates; `POST /api/token/` then issues
a new one. Every creation and revocation is audited.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import AuthenticationFailed

from cases.services.audit import audit_record


def expires_at(token: Token) -> datetime:
    return token.created + timedelta(days=settings.API_TOKEN_DAYS)


def expired(token: Token) -> bool:
    return expires_at(token) <= timezone.now()


def token_for(user) -> Token | None:
    return Token.objects.filter(user=user).first()


def token_issue(*, user, reason: str = "api") -> Token:
    """The user's live token, or a new one in place of a missing or expired one."""
    token = token_for(user)
    if token is not None and not expired(token):
        return token
    if token is not None:
        token.delete()
    token = Token.objects.create(user=user)
    audit_record(
        actor=user,
        action="token.create",
        obj=user,
        after={"expires": expires_at(token).isoformat(), "via": reason},
    )
    return token


def token_revoke(*, user) -> bool:
    deleted, _ = Token.objects.filter(user=user).delete()
    if deleted:
        audit_record(actor=user, action="token.revoke", obj=user)
    return bool(deleted)


class ExpiringTokenAuthentication(TokenAuthentication):
    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if expired(token):
            raise AuthenticationFailed(
                "This token has expired: get a new one at /account/tokens/ or POST /api/token/."
            )
        return user, token
