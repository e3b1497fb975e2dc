"""How long a coordinator's "reinstate" takes while the referral system's receiver is slow, in the
embedded default (no broker: tasks in-process, webhooks sent by a thread of the web process).

Run: .venv/bin/python -m bench.webhooks [changes] [receiver seconds]
Uses a throwaway SQLite database and an https receiver on 127.0.0.1 that answers each delivery after
the given seconds (2 by default). Prints the page's p50/p95/max and when the last delivery arrived.
"""

import os
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore", message="No directory at")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")
os.environ.pop("CELERY_BROKER_URL", None)
_db = tempfile.NamedTemporaryFile(suffix=".sqlite3", delete=False)
os.environ["DATABASE_URL"] = f"sqlite:///{_db.name}"
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp()
os.environ["WEBHOOK_ALLOWED_INTERNAL_HOSTS"] = "127.0.0.1/32"

import django  # noqa: E402

django.setup()

import trustme  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

CHANGES = int(sys.argv[1]) if len(sys.argv) > 1 else 10
SLOW = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)]


def main():
    from certificates import services as certificate_services
    from roster.models import WebhookDelivery, WebhookEndpoint
    from tests import factories as f
    from tests.roster.conftest import Receiver

    call_command("migrate", verbosity=0)
    ca = trustme.CA()
    ca_file = tempfile.NamedTemporaryFile(suffix=".pem", delete=False).name
    ca.cert_pem.write_to_path(ca_file)
    settings.WEBHOOK_CA_FILE = ca_file
    assert settings.WEBHOOK_IN_PROCESS_SENDER, "the embedded default sends from a thread"
    receiver = Receiver(ca)
    coordinator = f.coordinator()
    certificates = []
    for _ in range(CHANGES):
        entry = f.certified_worker()
        certificate = entry.person.certificates.get()
        cohort = f.CohortFactory(course=certificate.course, coordinators=[coordinator])
        f.EnrolmentFactory(cohort=cohort, user=entry.person)
        certificate_services.suspend_certificate(certificate, by=coordinator, reason="Selvitys kesken")
        certificates.append(certificate)
    WebhookEndpoint.objects.create(client=f.api_client()[0], url=receiver.url(host="127.0.0.1"))
    for _ in range(CHANGES):
        receiver.answer(204, wait=SLOW)
    browser = Client()
    browser.force_login(coordinator)
    browser.get(reverse("certificates:certificate", args=[certificates[0].pk]))  # warm: templates, catalogs
    timings = []
    started = time.monotonic()
    for certificate in certificates:
        began = time.perf_counter()
        response = browser.post(
            reverse("certificates:reinstate", args=[certificate.pk]), {"reinstate-reason": "Selvitetty"}
        )
        timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 302, response.status_code
    pages_done = time.monotonic() - started
    print("  each page, ms:", " ".join(f"{t:.0f}" for t in timings))
    while WebhookDelivery.objects.filter(state="delivered").count() < CHANGES:
        if time.monotonic() - started > CHANGES * (SLOW + 5) + 30:
            break
        time.sleep(0.1)
    delivered = WebhookDelivery.objects.filter(state="delivered").count()
    print(f"reinstate with a receiver answering after {SLOW:g} s, {CHANGES} changes, embedded default:")
    print(
        f"  page p50 {percentile(timings, 0.5):.0f} ms, p95 {percentile(timings, 0.95):.0f} ms, "
        f"max {max(timings):.0f} ms; all pages done after {pages_done:.1f} s"
    )
    print(
        f"  {delivered}/{CHANGES} deliveries arrived, the last {time.monotonic() - started:.1f} s after the first "
        f"change (one sending thread, one delivery at a time)"
    )
    receiver.close()
    from roster.webhooks import in_process_sender

    in_process_sender.stop()


if __name__ == "__main__":
    try:
        main()
    finally:
        os.unlink(_db.name)
