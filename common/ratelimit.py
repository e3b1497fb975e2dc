"""A fixed-window request limit kept in the cache, shared by every web process when the cache is Redis.

When the shared cache fails, the limit is kept in this process's memory instead (and the outage is
logged), so a cache outage weakens the limits to one count per process but never answers a 500.
"""

import ipaddress
import logging
import time
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.http import JsonResponse
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# Counts while the shared cache is down; after a failure the shared cache is tried again only after
# RETRY_SECONDS, so an outage costs one failed connection per process every few seconds, not one per request.
fallback = LocMemCache("linkki-ratelimit-fallback", {"OPTIONS": {"MAX_ENTRIES": 100_000}})
RETRY_SECONDS = 5
OUTAGE_KEY = "ratelimit:shared-cache-down"


@dataclass
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    retry_after: int


def _count(store, cache_key, timeout):
    store.add(cache_key, 0, timeout=timeout)
    try:
        return store.incr(cache_key)
    except ValueError:  # expired between add and incr
        store.set(cache_key, 1, timeout=timeout)
        return 1


def _count_shared_or_local(cache_key, timeout):
    if fallback.get(OUTAGE_KEY) is None:
        try:
            return _count(cache, cache_key, timeout)
        except Exception:  # each backend raises its own errors (redis, memcached); any of them means "down"
            fallback.set(OUTAGE_KEY, True, timeout=RETRY_SECONDS)
            logger.warning(
                "The shared cache failed; rate limits count in this process until it answers again.", exc_info=True
            )
    return _count(fallback, cache_key, timeout)


def hit(key, limit, window_seconds):
    """Count one request for `key`; say whether it is within `limit` per `window_seconds`."""
    now = int(time.time())
    window = now // window_seconds
    count = _count_shared_or_local(f"ratelimit:{key}:{window}", window_seconds + 1)
    retry_after = (window + 1) * window_seconds - now
    return Verdict(count <= limit, limit, max(limit - count, 0), retry_after)


def _address(hop):
    """An address as a proxy writes it into X-Forwarded-For ("a.b.c.d", "a.b.c.d:port", "[v6]:port"), or None."""
    hop = hop.strip()
    if hop.startswith("["):
        hop = hop[1:].partition("]")[0]
    elif hop.count(":") == 1:
        hop = hop.partition(":")[0]
    try:
        address = ipaddress.ip_address(hop)
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def client_ip(request):
    """The client's address. With TRUSTED_PROXIES unset it is REMOTE_ADDR and X-Forwarded-For is ignored.

    With a count N, the client is the address the outermost of the N proxies saw (the N+1th from the
    right of X-Forwarded-For followed by REMOTE_ADDR); with networks, it is the rightmost hop that is not
    in them. A forged header prefix sits left of that hop, so it is never taken.
    """
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    remote = str(remote) if remote else "unknown"
    trusted = settings.TRUSTED_PROXIES
    if not trusted:
        return remote
    forwarded = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if isinstance(trusted, int):
        hops = [*forwarded, remote]
        chosen = _address(hops[-trusted - 1] if len(hops) > trusted else hops[0])
        return str(chosen) if chosen else remote
    nearest = _address(remote)
    if nearest is None or not any(nearest in network for network in trusted):
        return remote
    for hop in reversed(forwarded):
        address = _address(hop)
        if address is None:  # a trusted proxy wrote something that is not an address: keep its own
            break
        nearest = address
        if not any(address in network for network in trusted):
            break
    return str(nearest)


def user_key(request):
    """Per person for logged-in requests, per address otherwise."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_ip(request)}"


def too_many_requests(verdict):
    response = JsonResponse(
        {
            "error": "rate_limited",
            "detail": _("Too many requests. Try again in %(seconds)d seconds.") % {"seconds": verdict.retry_after},
        },
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
