"""A fixed-window request limit kept in the cache, shared by every web process when the cache is Redis."""

import time
from dataclasses import dataclass
from functools import wraps

from django.core.cache import cache
from django.http import JsonResponse
from django.utils.translation import gettext as _


@dataclass
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    retry_after: int


def hit(key, limit, window_seconds):
    """Count one request for `key`; say whether it is within `limit` per `window_seconds`."""
    now = int(time.time())
    window = now // window_seconds
    cache_key = f"ratelimit:{key}:{window}"
    cache.add(cache_key, 0, timeout=window_seconds + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window_seconds + 1)
        count = 1
    retry_after = (window + 1) * window_seconds - now
    return Verdict(count <= limit, limit, max(limit - count, 0), retry_after)


def client_ip(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def user_key(request):
    """Per person for logged-in requests, per address otherwise."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_ip(request)}"


def too_many_requests(verdict):
    response = JsonResponse(
        {"error": "rate_limited", "detail": _("Too many requests. Try again in %(seconds)d seconds.")
         % {"seconds": verdict.retry_after}},
        status=429,
    )
    response["Retry-After"] = str(verdict.retry_after)
    return response


def ratelimit(limit, window_seconds, key=client_ip, scope=None):
    """View decorator: answer 429 with Retry-After once `key(request)` passes `limit` in a window."""

    def decorator(view):
        name = scope or f"{view.__module__}.{view.__name__}"

        @wraps(view)
        def wrapped(request, *args, **kwargs):
            verdict = hit(f"{name}:{key(request)}", limit, window_seconds)
            if not verdict.allowed:
                return too_many_requests(verdict)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
