"""The header by which the server marks an answer the phone may keep for offline use.

The service worker keeps and serves from its cache only answers that carry it, so which pages a phone
may hold (a trainee's own course pages, never another role's) is decided here on the server.
"""

from django.http import HttpResponse

KEEP_HEADER = "Linkki-Offline"
KEEP = "keep"


def may_keep(response: HttpResponse) -> HttpResponse:
    """Mark a page of the logged-in trainee's own as one the phone may keep."""
    if response.status_code == 200:
        response[KEEP_HEADER] = KEEP
        # A kept page is the person's own: no shared cache may hold it.
        response["Cache-Control"] = "private, no-cache"
    return response


def is_kept(response: HttpResponse) -> bool:
    return response.get(KEEP_HEADER) == KEEP
