"""Sign-in with a lockout after repeated failures, per account and client address
(cases.signin counts them, for this page, the admin and the API token alike)."""

from __future__ import annotations

from django.contrib.auth.views import LoginView

from cases import signin


class ThrottledLoginView(LoginView):
    def post(self, request, *args, **kwargs):
        wait = signin.retry_after(request.POST.get("username", ""), signin.address_of(request))
        if wait:
            form = self.get_form()
            form.add_error(None, signin.wait_message(wait))
            response = self.render_to_response(self.get_context_data(form=form), status=429)
            response["Retry-After"] = str(wait)
            return response
        return super().post(request, *args, **kwargs)
