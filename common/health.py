from celery import current_app as celery_app
from django.conf import settings
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


@never_cache
def healthz(request):
    """Database and broker state as JSON; 503 when either is down, for load balancers."""
    state = {"database": _database_state(), "broker": _broker_state()}
    ok = all(part["ok"] for part in state.values())
    return JsonResponse({"status": "ok" if ok else "error", **state}, status=200 if ok else 503)
