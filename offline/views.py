"""The web app manifest and the service worker, both served from the site root so the worker's scope is
the whole site."""

from functools import cache

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from common.offline import may_keep
from common.ratelimit import ratelimit, user_key
from courses.models import Module
from h5p.xapi import decode_json

from . import services
from .selectors import NotKeepable


@require_safe
def manifest(request):
    """The manifest in the language asked for (?lang=, as the page that links it is written in)."""
    language = request.GET.get("lang", "")
    if language not in dict(settings.LANGUAGES):
        language = translation.get_language()
    with translation.override(language):
        data = {
            "id": "/",
            "name": _("Linkki training"),
            "short_name": _("Linkki"),
            "description": _("Training for link workers in Lapland"),
            "lang": language,
            "dir": "ltr",
            "start_url": "/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#0b5394",
            "icons": [
                {"src": static("offline/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
                {"src": static("offline/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": static("offline/icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {
                    "src": static("offline/icon-maskable-192.png"),
                    "sizes": "192x192",
                    "type": "image/png",
                    "purpose": "maskable",
                },
                {
                    "src": static("offline/icon-maskable-512.png"),
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
            ],
        }
    response = JsonResponse(data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "public, max-age=86400"
    response["Vary"] = "Accept-Language"
    return response


@cache
def _worker_source() -> bytes:
    """The queue the pages share, then the worker itself: one file, so the worker imports nothing."""
    parts = []
    for name in ("offline/queue.js", "offline/service-worker.js"):
        with open(finders.find(name), "rb") as source:
            parts.append(source.read())
    return b"\n".join(parts)


@require_safe
def service_worker(request):
    """The worker from the root path, never from a cache, so a new version reaches every phone at once."""
    source = _worker_source() if not settings.DEBUG else _worker_source.__wrapped__()
    response = HttpResponse(source, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache, no-store, must-revalidate"
    response["Service-Worker-Allowed"] = "/"
    return response


@login_required
@require_POST
def keep_module(request, pk):
    """The addresses the phone fetches and keeps for a module, as JSON; refused with a reason when it may not."""
    module = get_object_or_404(Module.objects.select_related("course"), pk=pk)
    try:
        kept = services.keep_module(request.user, module)
    except NotKeepable as refusal:
        return JsonResponse({"error": "not_keepable", "detail": refusal.reason}, status=403)
    return JsonResponse({"module": module.pk, "cache": f"linkki-module-{module.pk}", "urls": kept.urls})


@login_required
@require_safe
def offline_page(request):
    """What a kept phone shows offline for a page it does not keep."""
    return may_keep(render(request, "offline/offline.html"))


MAX_SYNC_BYTES = 1024 * 1024


@require_POST
@ratelimit(60, 60, key=user_key, scope="offline.sync")
def sync(request):
    """Changes made offline, in a batch: {"changes": [{"id", "kind", "data", "made_at"}, ...]} as JSON.

    Answers {"results": [{"id", "status": "accepted" | "refused", "reason"}, ...]} in the order sent.
    The session and the CSRF token authenticate it, as any form of the site.
    """
    if not request.user.is_authenticated:
        return JsonResponse({"error": "not_logged_in", "detail": _("Log in to send your changes.")}, status=403)
    try:
        too_large = int(request.META.get("CONTENT_LENGTH") or 0) > MAX_SYNC_BYTES
    except ValueError:
        too_large = True
    if too_large:
        return JsonResponse({"error": "too_large", "detail": _("Send fewer changes at a time.")}, status=413)
    try:
        payload = decode_json(request.body.decode("utf-8"))
    except (ValueError, RecursionError):
        return JsonResponse({"error": "invalid", "detail": _("The changes are not valid JSON.")}, status=400)
    try:
        changes = services.read_changes(payload)
    except services.BatchRefused as refusal:
        return JsonResponse({"error": "invalid", "detail": refusal.reason}, status=400)
    outcomes = services.take_changes(request.user, changes)
    return JsonResponse({"results": [outcome.as_json() for outcome in outcomes]})
