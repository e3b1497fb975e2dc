"""Who sends the stored deliveries: a thread of the web process without a broker, a Celery worker with
one. Both deliver over https to a receiver on this machine; a status change never waits for it."""

import threading
import time

import pytest
from django.urls import reverse

from certificates import services as certificate_services
from roster import webhooks
from roster.models import WebhookDelivery, WebhookEndpoint
from tests import factories as f

pytestmark = pytest.mark.django_db(transaction=True)


def wait_for(condition, seconds=15):
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        if condition():
            return True
        time.sleep(0.05)
    return False


def delivered(endpoint):
    return WebhookDelivery.objects.filter(endpoint=endpoint, state="delivered").exists()


@pytest.fixture
def suspended_worker():
    """A certified worker whose certificate is suspended, and the coordinator of their cohort."""
    entry = f.certified_worker()
    certificate = entry.person.certificates.get()
    coordinator = f.coordinator()
    cohort = f.CohortFactory(course=certificate.course, coordinators=[coordinator])
    f.EnrolmentFactory(cohort=cohort, user=entry.person)
    certificate_services.suspend_certificate(certificate, by=coordinator, reason="Selvitys kesken")
    return certificate, coordinator


@pytest.fixture
def sending_thread(settings):
    settings.WEBHOOK_IN_PROCESS_SENDER = True
    yield webhooks.in_process_sender
    webhooks.in_process_sender.stop()


def test_reinstating_returns_while_a_slow_receiver_still_holds_the_delivery(
    client, suspended_worker, receiver, sending_thread
):
    certificate, coordinator = suspended_worker
    endpoint = WebhookEndpoint.objects.create(client=f.api_client()[0], url=receiver.url())
    answer = threading.Event()
    receiver.answer(204, wait=answer)
    client.force_login(coordinator)
    response = client.post(reverse("certificates:reinstate", args=[certificate.pk]), {"reinstate-reason": "Selvitetty"})
    assert response.status_code == 302
    assert not answer.is_set()  # the receiver has not answered, yet the coordinator has the page
    delivery = WebhookDelivery.objects.get(endpoint=endpoint)
    assert (delivery.event.type, delivery.state, delivery.tries.count()) == ("worker.certified", "pending", 0)
    answer.set()
    assert wait_for(lambda: delivered(endpoint))
    assert receiver.requests[0]["headers"]["webhook-id"] == delivery.event.message_id


def test_the_thread_retries_a_failed_delivery_when_it_falls_due(
    suspended_worker, receiver, sending_thread, monkeypatch
):
    monkeypatch.setattr(webhooks, "FIRST_RETRY_SECONDS", 0.5)
    certificate, coordinator = suspended_worker
    endpoint = WebhookEndpoint.objects.create(client=f.api_client()[0], url=receiver.url())
    receiver.answer(503)
    certificate_services.reinstate_certificate(certificate, by=coordinator, reason="Selvitetty")
    assert wait_for(lambda: delivered(endpoint))
    delivery = WebhookDelivery.objects.get(endpoint=endpoint)
    assert list(delivery.tries.order_by("number").values_list("status_code", flat=True)) == [503, 200]
    first, second = delivery.tries.order_by("number")
    assert (second.attempted_at - first.attempted_at).total_seconds() >= 0.5


def test_the_thread_starts_with_the_first_request_and_sends_what_was_left_pending(client, receiver, settings):
    from roster.apps import start_in_process_sender
    from roster.models import WebhookEvent

    settings.WEBHOOK_IN_PROCESS_SENDER = True
    endpoint = WebhookEndpoint.objects.create(client=f.api_client()[0], url=receiver.url())
    event = WebhookEvent.objects.create(type="worker.expired", payload={"type": "worker.expired"})
    WebhookDelivery.objects.create(event=event, endpoint=endpoint)  # left by a process that stopped
    try:
        start_in_process_sender()
        assert wait_for(lambda: delivered(endpoint))
    finally:
        webhooks.in_process_sender.stop()


@pytest.mark.worker
def test_a_celery_worker_sends_the_delivery_once_the_change_commits(celery_worker_on_redis, suspended_worker, receiver):
    certificate, coordinator = suspended_worker
    endpoint = WebhookEndpoint.objects.create(client=f.api_client()[0], url=receiver.url())
    certificate_services.reinstate_certificate(certificate, by=coordinator, reason="Selvitetty")
    assert wait_for(lambda: delivered(endpoint), seconds=30)
    assert [request["method"] for request in receiver.requests] == ["POST"]
