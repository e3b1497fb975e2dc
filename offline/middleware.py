"""The forms that can wait offline, when the page's script sends them.

The script posts "Mark as done" and a supervision reflection itself, so that a connection that fails
or hangs queues the change instead of losing it. Two things make that work like the plain form:

- a redirect is answered to the script as 204 with the address in `Linkki-Location`, so the page goes
  there itself and the confirmation message waits for that page (a followed redirect would show it
  to the script instead), with the address's fragment kept;
- the change's id (the hidden field `offline_change`, filled in by the script) is recorded once the
  change took effect, so the copy queued when the answer was lost is not taken a second time.
"""

import uuid

from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve

from . import services

FORM_HEADER = "Linkki-Form"
LOCATION_HEADER = "Linkki-Location"
FORMS = {"courses:activity_done": "complete", "mentoring:attendance_confirm": "reflection"}


def _change_id(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


class FormChangeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.method != "POST" or not 300 <= response.status_code < 400:
            return response
        self._record(request)
        if request.headers.get(FORM_HEADER) == "fetch" and response.has_header("Location"):
            response[LOCATION_HEADER] = response["Location"]
            del response["Location"]
            response.status_code = 204
            response.content = b""
        return response

    def _record(self, request: HttpRequest) -> None:
        change_id = _change_id(request.POST.get(services.FORM_CHANGE_FIELD, "")[:36])
        if change_id is None or not request.user.is_authenticated:
            return
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return
        kind = FORMS.get(match.view_name)
        if kind is None or "pk" not in match.kwargs:
            return
        field = request.POST.get(f"a{match.kwargs['pk']}-reflection", "")
        services.record_form_change(request.user, change_id, kind, match.kwargs["pk"], {"reflection": field})
