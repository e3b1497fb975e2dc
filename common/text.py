"""Text as Linkki keeps it: every string that comes in is composed (Unicode NFC), so "Å" typed as "A" and a
combining ring is the same letter as "Å" typed at once, in storage, search, comparison and PDFs."""

import unicodedata

from django.http import QueryDict
from rest_framework.parsers import JSONParser


def nfc(value):
    """`value` with every string in it composed; lists and dicts are walked, other values kept as they are."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value) if not unicodedata.is_normalized("NFC", value) else value
    if isinstance(value, list):
        return [nfc(item) for item in value]
    if isinstance(value, dict):
        return {nfc(key): nfc(item) for key, item in value.items()}
    return value


def _composed(query):
    if all(
        unicodedata.is_normalized("NFC", key) and all(unicodedata.is_normalized("NFC", v) for v in values)
        for key, values in query.lists()
    ):
        return query
    composed = QueryDict(mutable=True, encoding=query.encoding)
    for key, values in query.lists():
        composed.setlist(nfc(key), nfc(values))
    composed._mutable = False
    return composed


class ComposedTextMiddleware:
    """Compose the query string and form fields of every request before its view reads them.

    Placed after CsrfViewMiddleware, which has already read the form of every protected view. A view that
    is exempt from it may still choose its own upload handlers, so its multipart form is left unread; the
    text that comes in files (CSV enrolment) and people's names are also composed where they are saved.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.GET = _composed(request.GET)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST":
            return None
        exempt = getattr(view_func, "csrf_exempt", False)
        if request.content_type == "application/x-www-form-urlencoded" or (
            request.content_type == "multipart/form-data" and not exempt
        ):
            request.POST = _composed(request.POST)
        return None


class ComposedJSONParser(JSONParser):
    """The API's JSON bodies, composed as the forms' text is."""

    def parse(self, stream, media_type=None, parser_context=None):
        return nfc(super().parse(stream, media_type, parser_context))
