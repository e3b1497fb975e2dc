"""Signed, expiring tokens that open one activity's content files to one person's player.

Content is served under its own path prefix, by views that never read the session: the token in
the URL is the only key. It names the person and the activity and expires after
H5P_CONTENT_TOKEN_MAX_AGE seconds. Its timestamp is rounded down to a quarter of an hour, so the
same player reloaded within it asks for the same URLs and the browser's cache serves the libraries.
"""

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.encoding import force_str

SALT = "h5p.content"
ROUND_SECONDS = 15 * 60


class _RoundedSigner(signing.TimestampSigner):
    def timestamp(self):
        now = int(time.time())
        return signing.b62_encode(now - now % ROUND_SECONDS)


@dataclass(frozen=True)
class ContentGrant:
    user_id: int
    activity_id: int
    language: str = ""  # the language version to play; "" for the package itself


def content_token(user, activity, language=""):
    value = {"u": user.pk, "a": activity.pk}
    if language:
        value["l"] = language
    return _RoundedSigner(salt=SALT).sign_object(value, compress=False)


def read_content_token(token):
    """The grant a token carries, or None when it is forged, altered or expired."""
    try:
        # Rounding makes a token look up to ROUND_SECONDS older than it is; allow for it.
        value = _RoundedSigner(salt=SALT).unsign_object(
            force_str(token), max_age=settings.H5P_CONTENT_TOKEN_MAX_AGE + ROUND_SECONDS
        )
        return ContentGrant(int(value["u"]), int(value["a"]), str(value.get("l", "")))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def content_origin(request):
    """Where content is served from: H5P_CONTENT_ORIGIN, or this site's own origin."""
    return settings.H5P_CONTENT_ORIGIN.rstrip("/") or f"{request.scheme}://{request.get_host()}"


def lms_origin(request):
    """The LMS as content requests see it: SITE_URL when content has a host of its own, else this host."""
    if settings.H5P_CONTENT_ORIGIN:
        parts = urlsplit(settings.SITE_URL)
        return f"{parts.scheme}://{parts.netloc}"
    return f"{request.scheme}://{request.get_host()}"


def content_url(request, user, activity, language=""):
    token = content_token(user, activity, language)
    return content_origin(request) + reverse("h5p_content:document", args=[token])
