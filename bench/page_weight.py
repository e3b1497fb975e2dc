"""Bytes a trainee downloads for the main pages, and a coordinator for their home, and the queries and
time each takes to render; then the H5P activity page in Chromium on emulated slow 3G, cold and warm.

Run: .venv/bin/python -m bench.page_weight
Uses a throwaway SQLite database with the demo curriculum, so it needs no services. The H5P part needs
Debian's Chromium (CHROMIUM_PATH) and skips itself without it. Bytes are counted where the server
writes them (headers and body, as sent), so a file the browser takes from its cache counts nothing.
"""

import gzip
import os
import statistics
import tempfile
import time
import warnings

warnings.filterwarnings("ignore", message="No directory at")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")
_db = tempfile.NamedTemporaryFile(suffix=".sqlite3", delete=False)
os.environ["DATABASE_URL"] = f"sqlite:///{_db.name}"

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles import finders  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

ROUNDS = 20


def main():
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    from django.contrib.auth import get_user_model

    from courses.models import Course

    course = Course.objects.get(code="link-worker-basic")
    module = course.modules.order_by("order").first()
    activity = module.activities.order_by("order").first()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username="trainee"))
    coordinator = Client(HTTP_HOST="127.0.0.1")
    coordinator.force_login(get_user_model().objects.get(username="coordinator"))
    css = open(finders.find("css/linkki.css"), "rb").read()
    print(f"stylesheet: {len(css):,} bytes, {len(gzip.compress(css)):,} gzipped (cached after the first page)")
    print(f"{'page':<12}{'html bytes':>12}{'gzipped':>10}{'queries':>9}{'p50 ms':>9}{'max ms':>9}")
    for name, url, visitor in [
        ("dashboard", reverse("dashboard"), client),
        ("course", reverse("courses:course", args=[course.pk]), client),
        ("module", reverse("courses:module", args=[module.pk]), client),
        ("text page", reverse("courses:activity", args=[activity.pk]), client),
        # The coordinator's home with its four charts; bench.coordinator_home measures it at scale.
        ("coord. home", reverse("dashboard"), coordinator),
    ]:
        visitor.get(url)
        timings = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = visitor.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        body = response.content
        print(
            f"{name:<12}{len(body):>12,}{len(gzip.compress(body)):>10,}{len(queries):>9}"
            f"{statistics.median(timings):>9.1f}{max(timings):>9.1f}"
        )
    offline_figures(client, module)
    h5p_page(client)


def _answer_bytes(response):
    """Status line, headers and body as the server writes them."""
    headers = sum(len(k) + len(v) + 4 for k, v in response.items()) + 2
    return len(f"HTTP/1.1 {response.status_code} {response.reason_phrase}") + 2 + headers + len(response.content)


def offline_figures(client, module):
    """The service worker's and the manifest's bytes, and what keeping the first module costs the phone."""
    from django.conf import settings

    print("offline use:")
    for name, url in [("service worker", reverse("offline:service_worker")), ("manifest", reverse("offline:manifest"))]:
        body = client.get(url).content
        print(f"  {name:<15}{len(body):>8,} bytes, {len(gzip.compress(body)):>7,} gzipped")
    keep = client.post(reverse("offline:keep_module", args=[module.pk]))
    urls = keep.json()["urls"]
    total, zipped, requests, kept = _answer_bytes(keep), 0, 1, 0
    for url in urls:
        requests += 1
        if url.startswith("/" + settings.STATIC_URL.lstrip("/")):
            body = open(finders.find(url.removeprefix("/" + settings.STATIC_URL.lstrip("/"))), "rb").read()
            total += len(body) + 200  # a static file's status line and headers, about
            kept += len(body)
        else:
            response = client.get(url)
            body = response.content
            total += _answer_bytes(response)
            kept += len(body) if response.get("Linkki-Offline") == "keep" else 0
        zipped += len(gzip.compress(body))
    print(
        f"  keeping the basic training's first module: {requests} requests, {total:,} bytes downloaded "
        f"({zipped:,} gzipped), {kept:,} bytes kept on the phone"
    )


# Slow 3G as the issue measured it: 400 ms latency, 400 kbit/s each way.
SLOW_3G = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


class _CountingApp:
    """The WSGI application, counting the bytes of every answer it sends (status line, headers, body)."""

    def __init__(self, app):
        self.app, self.bytes, self.requests = app, 0, []

    def __call__(self, environ, start_response):
        sent = [0]

        def counting_start(status, headers, exc_info=None):
            sent[0] += len(status) + 11 + sum(len(k) + len(v) + 4 for k, v in headers) + 2
            return start_response(status, headers, exc_info)

        for chunk in self.app(environ, counting_start):
            sent[0] += len(chunk)
            yield chunk
        self.bytes += sent[0]
        self.requests.append((environ.get("PATH_INFO", ""), sent[0]))


def h5p_page(client):
    import shutil
    import threading

    from django.core.handlers.wsgi import WSGIHandler
    from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler

    from courses.models import Activity

    if not (shutil.which(CHROMIUM) or os.path.exists(CHROMIUM)):
        print(f"h5p page: skipped, no Chromium at {CHROMIUM}")
        return
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    activity = Activity.objects.filter(kind=Activity.Kind.H5P).order_by("pk").first()

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    app = _CountingApp(WSGIHandler())
    server = ThreadedWSGIServer(("127.0.0.1", 0), Quiet)
    server.set_app(app)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    session = client.cookies["sessionid"].value
    try:
        with sync_playwright() as playwright:
            # Sandboxed frames stay in the page's process, so the page's network emulation covers them too.
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-features=IsolateSandboxedIframes",
                ],
            )
            context = browser.new_context(locale="fi-FI")
            context.add_cookies([{"name": "sessionid", "value": session, "url": base}])
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.emulateNetworkConditions", SLOW_3G)
            print("h5p page on slow 3G (400 ms, 400 kbit/s), until the player is ready:")
            print(f"{'visit':<8}{'bytes':>10}{'requests':>10}{'seconds':>9}")
            for visit in ("cold", "warm"):
                app.bytes, app.requests = 0, []
                start = time.perf_counter()
                page.goto(base + activity.get_absolute_url())
                page.wait_for_selector("iframe[data-h5p-player][data-ready=true]", timeout=120_000)
                seconds = time.perf_counter() - start
                print(f"{visit:<8}{app.bytes:>10,}{len(app.requests):>10}{seconds:>9.2f}")
                if os.environ.get("BENCH_VERBOSE"):
                    for path, size in app.requests:
                        print(f"    {size:>9,} {path[:100]}")
                page.goto("about:blank")
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    try:
        main()
    finally:
        os.unlink(_db.name)
