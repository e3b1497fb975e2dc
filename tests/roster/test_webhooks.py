import base64
import hashlib
import hmac
import json

import pytest
from django.core.exceptions import ValidationError

from certificates.models import Certificate
from certificates.signals import certificate_changed
from roster import webhook_client, webhooks
from roster.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from tests import factories as f

pytestmark = pytest.mark.django_db


class Receiver:
    """Stands in for the referral system's endpoint: answers with the given statuses in turn."""

    def __init__(self, *statuses):
        self.statuses = list(statuses)
        self.calls = []

    def __call__(self, url, body, headers):
        self.calls.append((url, body, headers))
        status = self.statuses.pop(0) if self.statuses else 200
        if status is None:
            raise webhook_client.SendFailed("connection refused")
        return webhook_client.Answer(status=status, location="")


@pytest.fixture
def endpoint(db):
    client, _raw = f.api_client()
    return WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hooks/linkki")


def suspend(entry, capture):
    certificate = entry.person.certificates.get()
    certificate.status = Certificate.Status.SUSPENDED
    certificate.status_reason = "Selvitys kesken"
    certificate.save()
    with capture(execute=True):
        certificate_changed.send(sender=Certificate, certificate=certificate)


def verify(secret, headers, body):
    """What a receiver does, following the Standard Webhooks scheme."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.{body}".encode()
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    version, signature = headers["webhook-signature"].split(",", 1)
    return version == "v1" and hmac.compare_digest(signature, expected)


def test_a_status_change_posts_a_signed_event(endpoint, monkeypatch, django_capture_on_commit_callbacks):
    entry = f.certified_worker()
    receiver = Receiver(204)
    monkeypatch.setattr(webhooks, "post", receiver)
    suspend(entry, django_capture_on_commit_callbacks)
    [(url, body, headers)] = receiver.calls
    assert url == endpoint.url
    assert verify(endpoint.secret, headers, body)
    event = WebhookEvent.objects.get(type="worker.suspended")
    assert headers["webhook-id"] == event.message_id
    payload = json.loads(body)
    assert payload["type"] == "worker.suspended"
    assert payload["data"] == {
        "person_id": entry.person_id, "status": "suspended", "previous_status": "in_good_standing",
        "valid_until": entry.valid_until.isoformat(), "supervision_due": None, "reason": "Selvitys kesken",
    }
    delivery = WebhookDelivery.objects.get()
    assert (delivery.succeeded, delivery.status_code, delivery.attempt) == (True, 204, 1)


def test_a_tampered_body_fails_verification(endpoint, monkeypatch, django_capture_on_commit_callbacks):
    receiver = Receiver()
    monkeypatch.setattr(webhooks, "post", receiver)
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    _url, body, headers = receiver.calls[0]
    assert not verify(endpoint.secret, headers, body.replace("suspended", "in_good_standing"))
    assert not verify(webhooks.WebhookEndpoint().secret, headers, body)


def test_failed_deliveries_are_retried_with_the_same_id_and_logged(endpoint, monkeypatch,
                                                                  django_capture_on_commit_callbacks):
    receiver = Receiver(500, None, 200)
    monkeypatch.setattr(webhooks, "post", receiver)
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    assert len(receiver.calls) == 3
    assert len({headers["webhook-id"] for _url, _body, headers in receiver.calls}) == 1
    assert len({body for _url, body, _headers in receiver.calls}) == 1
    log = list(WebhookDelivery.objects.order_by("attempt").values_list("attempt", "status_code", "succeeded"))
    assert log == [(1, 500, False), (2, None, False), (3, 200, True)]
    assert "connection refused" in WebhookDelivery.objects.get(attempt=2).error


def test_retries_back_off_exponentially_up_to_six_hours():
    assert [webhooks.retry_delay(n) for n in range(4)] == [30, 60, 120, 240]
    assert webhooks.retry_delay(20) == 6 * 60 * 60


def test_delivery_gives_up_after_the_last_attempt_without_failing_the_change(endpoint, monkeypatch,
                                                                            django_capture_on_commit_callbacks):
    receiver = Receiver(*[503] * 20)
    monkeypatch.setattr(webhooks, "post", receiver)
    entry = f.certified_worker()
    suspend(entry, django_capture_on_commit_callbacks)
    assert len(receiver.calls) == webhooks.MAX_ATTEMPTS
    assert not WebhookDelivery.objects.filter(succeeded=True).exists()
    entry.refresh_from_db()
    assert entry.status == "suspended"


def test_an_event_delivered_once_is_not_posted_again(endpoint, monkeypatch, django_capture_on_commit_callbacks):
    receiver = Receiver()
    monkeypatch.setattr(webhooks, "post", receiver)
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    event = WebhookEvent.objects.get(type="worker.suspended")
    from roster.tasks import deliver_webhook

    deliver_webhook.delay(str(event.pk), endpoint.pk)  # as a redelivered task message would
    assert len(receiver.calls) == 1
    assert WebhookDelivery.objects.count() == 1


def test_every_active_endpoint_gets_the_event_and_inactive_ones_do_not(endpoint, monkeypatch,
                                                                       django_capture_on_commit_callbacks):
    other = WebhookEndpoint.objects.create(client=endpoint.client, url="https://backup.example.fi/hook")
    WebhookEndpoint.objects.create(client=endpoint.client, url="https://old.example.fi/hook", is_active=False)
    receiver = Receiver()
    monkeypatch.setattr(webhooks, "post", receiver)
    suspend(f.certified_worker(), django_capture_on_commit_callbacks)
    assert sorted(url for url, _body, _headers in receiver.calls) == sorted([endpoint.url, other.url])


def test_only_https_endpoints_are_accepted(endpoint):
    endpoint.url = "http://referrals.example.fi/hook"
    with pytest.raises(ValidationError) as error:
        endpoint.full_clean()
    assert "url" in error.value.message_dict
    with pytest.raises(webhook_client.AddressRefused):
        webhooks.post("http://referrals.example.fi/hook", "{}", {})


def test_the_sweep_announces_expiry_to_the_referral_system(endpoint, monkeypatch,
                                                           django_capture_on_commit_callbacks):
    import datetime

    from django.utils import timezone

    from roster import services

    today = timezone.localdate()
    f.certified_worker(issued_on=today - datetime.timedelta(days=730))
    receiver = Receiver()
    monkeypatch.setattr(webhooks, "post", receiver)
    with django_capture_on_commit_callbacks(execute=True):
        services.refresh_due_entries(at=today + datetime.timedelta(days=1))
    assert [json.loads(body)["type"] for _url, body, _headers in receiver.calls] == ["worker.expired"]


def test_a_failed_attempt_queues_the_next_with_a_growing_countdown(endpoint, monkeypatch):
    from roster.tasks import deliver_webhook

    event = WebhookEvent.objects.create(type="worker.expired", payload={"type": "worker.expired"})
    monkeypatch.setattr(webhooks, "post", Receiver(500))
    queued = []
    monkeypatch.setattr(deliver_webhook, "apply_async", lambda args, countdown: queued.append((args, countdown)))
    assert deliver_webhook(str(event.pk), endpoint.pk, attempt=3) is False
    assert queued == [((str(event.pk), endpoint.pk, 4), 120)]
