from celery import current_app as celery_app
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any failure means "down"; the message says why
        return {"ok": False, "error": error.__class__.__name__}
    return {"ok": True, "vendor": connection.vendor}


def _broker_state():
    if not settings.CELERY_BROKER_URL:
        return {"ok": True, "mode": "in-process"}
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as error:
        return {"ok": False, "mode": "broker", "error": error.__class__.__name__}
    return {"ok": True, "mode": "broker"}


def _cache_state():
    backend = caches["default"]
    mode = "in-process" if isinstance(backend, LocMemCache) else "shared"
    try:
        backend.set("healthz", "ok", timeout=10)
        answered = backend.get("healthz") == "ok"
    except Exception as error:
        return {"ok": False, "mode": mode, "error": error.__class__.__name__}
    return {"ok": answered, "mode": mode}


@never_cache
def healthz(request):
    """Database, broker and cache state as JSON, with the names of the parts that are down.

    503 when the database or the broker is down, for load balancers. A cache outage answers 200 with
    status "degraded": pages keep working (rate limits count per process), so taking every web
    process out of service would turn it into an outage.
    """
    state = {"database": _database_state(), "broker": _broker_state(), "cache": _cache_state()}
    down = [name for name, part in state.items() if not part["ok"]]
    if {"database", "broker"} & set(down):
        status, code = "error", 503
    else:
        status, code = ("degraded" if down else "ok"), 200
    return JsonResponse({"status": status, "down": down, **state}, status=code)
