"""Refuses requests that carry a NUL character, before any view sees them.

PostgreSQL cannot store a NUL in text, so a NUL in a path, query, form field or JSON body would
otherwise end as a server error deep inside a view. Uploaded files are left alone (an .h5p package is
binary); their form's text fields are checked by Django's form fields, which refuse NUL too.
"""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _, gettext_noop

JSON_ESCAPED_NUL = b"\\u0000"


def _has_nul(request):
    if "\x00" in request.path:
        return True
    if any("\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in [*values, key]):
        return True
    content_type = request.content_type or ""
    if request.method in ("POST", "PUT", "PATCH"):
        if content_type == "application/x-www-form-urlencoded":
            return any(
                "\x00" in key or "\x00" in value for key, values in request.POST.lists() for value in [*values, key]
            )
        if content_type == "application/json" or content_type.endswith("+json"):
            body = request.body
            return b"\x00" in body or JSON_ESCAPED_NUL in body.lower()
    return False


def _wants_json(request):
    return (
        request.path.startswith("/api/")
        or request.path.endswith(".json")
        or (request.content_type or "").endswith("json")
        or "application/json" in request.headers.get("Accept", "")
    )


class RefuseNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            text = gettext_noop(
                "The request contains a NUL character, which no text in Linkki may contain. Remove it and try again."
            )
            if request.path.startswith("/api/"):
                # The API's error body; a machine client that names no language reads English.
                asked = request.headers.get("Accept-Language") and translation.get_language_from_request(request)
                with translation.override(asked or "en"):
                    return JsonResponse({"detail": _(text)}, status=400)
            if _wants_json(request):
                return JsonResponse({"detail": _(text)}, status=400)
            return render(request, "400.html", {"message": _(text)}, status=400)
        return self.get_response(request)
