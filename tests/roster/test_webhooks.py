"""Status changes become stored deliveries that are sent afterwards, retried with backoff, and only to
the endpoints that subscribe to them. The receiver here is a stub of `webhooks.post`; the tests over
real https are in test_webhook_http.py."""

import datetime
import json

import pytest
import standardwebhooks
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from certificates.models import Certificate
from certificates.signals import certificate_changed
from roster import tasks, webhook_client, webhooks
from roster.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent
from tests import factories as f

pytestmark = pytest.mark.django_db


class Receiver:
    """Stands in for the referral system's endpoint: answers with the given statuses in turn."""

    def __init__(self, *statuses, during=None):
        self.statuses = list(statuses)
        self.calls = []
        self.during = during

    def __call__(self, url, body, headers):
        self.calls.append((url, body, headers))
        if self.during:
            self.during()
        status = self.statuses.pop(0) if self.statuses else 200
        if status is None:
            raise webhook_client.SendFailed("connection refused")
        return webhook_client.Answer(status=status, location="")


@pytest.fixture
def endpoint(db):
    client, _raw = f.api_client()
    return WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hooks/linkki")


@pytest.fixture
def receiver(monkeypatch):
    stub = Receiver()
    monkeypatch.setattr(webhooks, "post", stub)
    return stub


def suspend(entry, capture):
    """Suspend the worker's certificate as the certificate service announces it. The delivery of the
    earlier certification is dropped first: each test follows the suspension's alone."""
    WebhookDelivery.objects.all().delete()
    certificate = entry.person.certificates.get()
    certificate.status = Certificate.Status.SUSPENDED
    certificate.status_reason = "Selvitys kesken"
    certificate.save()
    with capture(execute=True):
        certificate_changed.send(sender=Certificate, certificate=certificate)


def time_passes(seconds):
    """Bring every pending delivery `seconds` closer, as if that much time went by."""
    for delivery in WebhookDelivery.objects.filter(state="pending"):
        delivery.next_attempt_at -= datetime.timedelta(seconds=seconds)
        delivery.save(update_fields=["next_attempt_at"])


def test_a_status_change_stores_a_due_delivery_and_sends_nothing_itself(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    assert receiver.calls == []
    delivery = WebhookDelivery.objects.get()
    assert (delivery.endpoint, delivery.state, delivery.attempts) == (endpoint, "pending", 0)
    assert delivery.next_attempt_at <= timezone.now()


def test_the_sender_posts_a_signed_event_that_the_standard_webhooks_library_verifies(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    entry = f.certified_worker()
    suspend(entry, django_capture_on_commit_callbacks)
    assert webhooks.send_due() == 1
    [(url, body, headers)] = receiver.calls
    assert url == endpoint.url
    payload = standardwebhooks.Webhook(endpoint.secret).verify(body, headers)
    event = WebhookEvent.objects.get(type="worker.suspended")
    assert headers["webhook-id"] == event.message_id
    assert payload["type"] == "worker.suspended"
    assert payload["data"] == {
        "person_id": entry.person_id,
        "status": "suspended",
        "previous_status": "in_good_standing",
        "valid_until": entry.valid_until.isoformat(),
        "supervision_due": None,
        "reason": "Selvitys kesken",
    }
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.next_attempt_at) == ("delivered", 1, None)
    assert list(delivery.tries.values_list("number", "status_code", "succeeded")) == [(1, 200, True)]


def test_a_tampered_body_or_another_secret_fails_verification(endpoint, receiver, django_capture_on_commit_callbacks):
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    webhooks.send_due()
    _url, body, headers = receiver.calls[0]
    with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
        standardwebhooks.Webhook(endpoint.secret).verify(body.replace("suspended", "in_good_standing"), headers)
    with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
        standardwebhooks.Webhook(WebhookEndpoint().secret).verify(body, headers)


def test_a_failed_attempt_waits_before_the_next_one(endpoint, receiver, django_capture_on_commit_callbacks):
    receiver.statuses = [500]
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    before = timezone.now()
    webhooks.send_due()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts) == ("pending", 1)
    assert before + datetime.timedelta(seconds=59) <= delivery.next_attempt_at
    assert delivery.next_attempt_at <= timezone.now() + datetime.timedelta(seconds=60)
    assert webhooks.send_due() == 0  # not due yet: nothing is sent in a burst
    assert len(receiver.calls) == 1


def test_retries_come_later_each_time_with_the_same_id_and_are_logged(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [500, None, 200]
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    waits = []
    for _ in range(3):
        webhooks.send_due()
        delivery = WebhookDelivery.objects.get()
        if delivery.is_pending:
            waits.append(round((delivery.next_attempt_at - timezone.now()).total_seconds()))
            time_passes(waits[-1] + 1)
    assert waits == [60, 120]
    assert len({headers["webhook-id"] for _url, _body, headers in receiver.calls}) == 1
    assert len({body for _url, body, _headers in receiver.calls}) == 1
    log = list(WebhookAttempt.objects.order_by("number").values_list("number", "status_code", "succeeded"))
    assert log == [(1, 500, False), (2, None, False), (3, 200, True)]
    assert "connection refused" in WebhookAttempt.objects.get(number=2).error
    assert WebhookDelivery.objects.get().state == "delivered"


def test_retries_back_off_exponentially_up_to_six_hours_for_about_a_day():
    assert [webhooks.retry_delay(n) for n in range(4)] == [60, 120, 240, 480]
    assert webhooks.retry_delay(20) == 6 * 60 * 60
    span = sum(webhooks.retry_delay(n) for n in range(webhooks.MAX_ATTEMPTS - 1))
    assert 18 * 3600 <= span <= 24 * 3600


def test_delivery_is_given_up_after_the_last_attempt_without_touching_the_change(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [503] * 50
    entry = f.certified_worker()
    suspend(entry, django_capture_on_commit_callbacks)
    for _ in range(webhooks.MAX_ATTEMPTS + 3):
        webhooks.send_due()
        time_passes(7 * 3600)
    assert len(receiver.calls) == webhooks.MAX_ATTEMPTS
    delivery = WebhookDelivery.objects.get()
    assert (delivery.state, delivery.attempts, delivery.next_attempt_at) == ("failed", webhooks.MAX_ATTEMPTS, None)
    entry.refresh_from_db()
    assert entry.status == "suspended"


def test_a_delivered_event_is_not_posted_again(endpoint, receiver, django_capture_on_commit_callbacks):
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    webhooks.send_due()
    delivery = WebhookDelivery.objects.get()
    assert tasks.send_webhook(delivery.pk) is False  # as a redelivered task message would
    assert webhooks.send_due() == 0
    assert len(receiver.calls) == 1


def test_a_delivery_being_sent_is_not_sent_by_a_second_sender_at_the_same_time(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    second = []
    receiver.during = lambda: second.append(webhooks.attempt_delivery(delivery.pk))
    webhooks.send_due()
    assert second == [None] and len(receiver.calls) == 1


def test_a_delivery_whose_sender_died_is_sent_once_its_claim_runs_out(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    held_until = timezone.now() + datetime.timedelta(seconds=webhooks.claim_seconds())
    WebhookDelivery.objects.update(next_attempt_at=held_until)  # claimed by a sender that never came back
    assert webhooks.send_due() == 0
    time_passes(webhooks.claim_seconds() + 1)
    assert webhooks.send_due() == 1
    assert WebhookDelivery.objects.get().state == "delivered"


def test_each_endpoint_gets_only_the_event_types_it_subscribes_to(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    revocations = WebhookEndpoint.objects.create(
        client=endpoint.client, url="https://backup.example.fi/hook", event_types=["worker.revoked"]
    )
    suspensions = WebhookEndpoint.objects.create(
        client=endpoint.client,
        url="https://other.example.fi/hook",
        event_types=["worker.suspended", "worker.certified"],
    )
    WebhookEndpoint.objects.create(client=endpoint.client, url="https://old.example.fi/hook", is_active=False)
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    webhooks.send_due()
    assert sorted(url for url, _body, _headers in receiver.calls) == sorted([endpoint.url, suspensions.url])
    assert not WebhookDelivery.objects.filter(endpoint=revocations).exists()


def test_an_address_stopped_after_the_change_gets_nothing(endpoint, receiver, django_capture_on_commit_callbacks):
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    endpoint.is_active = False
    endpoint.save()
    webhooks.send_due()
    assert receiver.calls == []
    assert WebhookDelivery.objects.get().state == "stopped"


def test_with_a_broker_the_commit_hands_each_delivery_to_a_worker(
    endpoint, receiver, monkeypatch, django_capture_on_commit_callbacks
):
    from celery import current_app

    sent = []
    current_app.conf.task_always_eager = False  # the suite's in-process setting comes back after the test
    monkeypatch.setattr(webhooks, "enqueue", lambda name, *args: sent.append((name, args)))
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    assert sent == [("roster.send_webhook", (WebhookDelivery.objects.get().pk,))]
    assert receiver.calls == []


def test_a_broker_outage_at_commit_loses_neither_the_change_nor_the_delivery(
    endpoint, receiver, monkeypatch, django_capture_on_commit_callbacks
):
    from celery import current_app
    from kombu.exceptions import OperationalError

    def broker_down(name, *args):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    current_app.conf.task_always_eager = False  # the suite's in-process setting comes back after the test
    monkeypatch.setattr(webhooks, "enqueue", broker_down)
    entry = f.certified_worker()
    suspend(entry, django_capture_on_commit_callbacks)
    entry.refresh_from_db()
    assert entry.status == "suspended"
    assert WebhookDelivery.objects.get().is_pending  # the beat task sends it once the broker is back
    assert tasks.send_due_webhooks() == 1


def test_the_beat_sends_due_deliveries_every_minute():
    task = PeriodicTask.objects.get(task="roster.send_due_webhooks")
    assert task.enabled and (task.interval.every, task.interval.period) == (1, "minutes")


def test_the_sweep_announces_expiry_to_the_referral_system(endpoint, receiver, django_capture_on_commit_callbacks):
    from roster import services

    today = timezone.localdate()
    f.certified_worker(issued_on=today - datetime.timedelta(days=730))
    WebhookDelivery.objects.all().delete()  # the certification's own
    with django_capture_on_commit_callbacks(execute=True):
        services.refresh_due_entries(at=today + datetime.timedelta(days=1))
    webhooks.send_due()
    assert [json.loads(body)["type"] for _url, body, _headers in receiver.calls] == ["worker.expired"]


def test_sending_takes_the_same_queries_for_each_delivery_however_many_are_due(endpoint, receiver):
    from tests.utils import count_queries

    def events(count):
        for _ in range(count):
            event = WebhookEvent.objects.create(type="worker.expired", payload={"type": "worker.expired"})
            webhooks.queue_deliveries(event)

    events(1)
    one = count_queries(webhooks.send_due)
    events(5)
    assert count_queries(webhooks.send_due) == 1 + 5 * (one - 1)  # one look-up of what is due
