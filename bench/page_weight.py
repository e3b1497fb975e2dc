"""Bytes a trainee downloads for the main pages, and the queries and time each takes to render.

Run: .venv/bin/python -m bench.page_weight
Uses a throwaway SQLite database with the demo curriculum, so it needs no services.
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
    css = open(finders.find("css/linkki.css"), "rb").read()
    print(f"stylesheet: {len(css):,} bytes, {len(gzip.compress(css)):,} gzipped (cached after the first page)")
    print(f"{'page':<12}{'html bytes':>12}{'gzipped':>10}{'queries':>9}{'p50 ms':>9}{'max ms':>9}")
    for name, url in [
        ("dashboard", reverse("dashboard")),
        ("course", reverse("courses:course", args=[course.pk])),
        ("module", reverse("courses:module", args=[module.pk])),
        ("text page", reverse("courses:activity", args=[activity.pk])),
    ]:
        client.get(url)
        timings = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        body = response.content
        print(f"{name:<12}{len(body):>12,}{len(gzip.compress(body)):>10,}{len(queries):>9}"
              f"{statistics.median(timings):>9.1f}{max(timings):>9.1f}")


if __name__ == "__main__":
    try:
        main()
    finally:
        os.unlink(_db.name)
