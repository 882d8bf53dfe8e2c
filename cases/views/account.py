"""The user's own API token: see when it expires, create a new one, revoke it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from cases import tokens


@login_required
@require_http_methods(["GET", "POST"])
def token_page(request):
    new_key = None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            if tokens.token_revoke(user=request.user):
                messages.success(
                    request, "Your API token is revoked: requests with it are refused from now on."
                )
            return redirect("account-tokens")
        tokens.token_revoke(user=request.user)
        new_key = tokens.token_issue(user=request.user, reason="page").key
    token = tokens.token_for(request.user)
    return render(
        request,
        "account/tokens.html",
        {
            "token": token,
            "expires": tokens.expires_at(token) if token else None,
            "expired": tokens.expired(token) if token else False,
            "new_key": new_key,  # shown once, on the page that created it
        },
    )
