"""Deliveries over real https to a receiver on this machine (its name allowed on purpose), checked with
the Standard Webhooks reference library."""

import socket
import time

import pytest
import standardwebhooks
from django.utils import timezone

from roster import webhook_client, webhooks
from roster.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from tests import factories as f

pytestmark = pytest.mark.django_db


def make_endpoint(url):
    client, _raw = f.api_client()
    endpoint = WebhookEndpoint(client=client, url=url)
    endpoint.full_clean()
    endpoint.save()
    return endpoint


def make_event():
    payload = {
        "type": "worker.suspended",
        "timestamp": timezone.now().isoformat(),
        "data": {"person_id": 7, "status": "suspended", "reason": "Selvitys kesken – å ä ö"},
    }
    return WebhookEvent.objects.create(type="worker.suspended", payload=payload)


def deliver(event, endpoint):
    """One attempt, as the sender makes it; the attempt as logged."""
    delivery = WebhookDelivery.objects.create(event=event, endpoint=endpoint)
    webhooks.attempt_delivery(delivery.pk)
    return delivery.tries.get()


def test_a_delivery_verifies_with_the_standard_webhooks_library(receiver):
    endpoint = make_endpoint(receiver.url())
    event = make_event()
    attempt = deliver(event, endpoint)
    assert (attempt.succeeded, attempt.status_code) == (True, 200)
    [request] = receiver.requests
    assert (request["method"], request["path"]) == ("POST", "/hooks/linkki")
    payload = standardwebhooks.Webhook(endpoint.secret).verify(request["body"], request["headers"])
    assert payload == event.payload
    assert request["headers"]["webhook-id"] == event.message_id
    with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
        standardwebhooks.Webhook(WebhookEndpoint().secret).verify(request["body"], request["headers"])
    with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
        standardwebhooks.Webhook(endpoint.secret).verify(
            request["body"].replace(b"suspended", b"certified"), request["headers"]
        )


def test_the_delivery_connects_to_the_address_checked_naming_the_host_in_sni_and_host(
    receiver, dns, monkeypatch, _only_loopback_connections
):
    endpoint = make_endpoint(receiver.url())
    dns.lookups.clear()
    real_getaddrinfo = socket.getaddrinfo

    def numeric_only(host, *args, **kwargs):
        assert webhook_client._literal(host) is not None, f"{host} was looked up again"
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", numeric_only)
    assert deliver(make_event(), endpoint).succeeded
    assert dns.lookups == ["receiver.test"]  # one look-up, checked, then connected to
    assert _only_loopback_connections == ["127.0.0.1"]
    assert receiver.names == ["receiver.test"]
    assert receiver.requests[0]["headers"]["Host"] == f"receiver.test:{receiver.port}"


def test_a_name_that_turns_internal_after_registration_is_refused_at_delivery(
    receiver, dns, _only_loopback_connections
):
    from .conftest import PUBLIC_ADDRESS

    dns.records["hooks.referrals.example"] = [PUBLIC_ADDRESS]
    endpoint = make_endpoint(f"https://hooks.referrals.example:{receiver.port}/hook")
    dns.records["hooks.referrals.example"] = ["127.0.0.1"]  # rebound to this machine
    attempt = deliver(make_event(), endpoint)
    assert not attempt.succeeded and attempt.status_code is None
    assert "127.0.0.1" in attempt.error
    assert receiver.requests == [] and _only_loopback_connections == []


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_a_failed_attempt_with_its_location_and_is_not_followed(receiver, status):
    endpoint = make_endpoint(receiver.url())
    receiver.answer(status, {"Location": f"http://receiver.test:{receiver.port}/landing"})
    attempt = deliver(make_event(), endpoint)
    assert (attempt.succeeded, attempt.status_code) == (False, status)
    assert attempt.location == f"http://receiver.test:{receiver.port}/landing"
    assert len(receiver.requests) == 1  # the landing page was never asked for


def test_a_receiver_that_does_not_answer_in_time_fails_the_attempt(receiver, settings):
    settings.WEBHOOK_READ_TIMEOUT = 0.3
    endpoint = make_endpoint(receiver.url())
    receiver.answer(200, wait=2)
    started = time.monotonic()
    attempt = deliver(make_event(), endpoint)
    assert time.monotonic() - started < 1.5
    assert not attempt.succeeded and attempt.status_code is None
    assert "timed out" in attempt.error.lower()


def test_an_endless_answer_is_read_only_up_to_the_cap(receiver, settings, monkeypatch):
    import urllib3.response

    settings.WEBHOOK_MAX_RESPONSE_BYTES = 100_000
    read = []
    real_read = urllib3.response.HTTPResponse.read

    def counting_read(self, amt=None, *args, **kwargs):
        data = real_read(self, amt, *args, **kwargs)
        read.append(len(data))
        return data

    monkeypatch.setattr(urllib3.response.HTTPResponse, "read", counting_read)
    endpoint = make_endpoint(receiver.url())
    receiver.answer(200, body=None)
    started = time.monotonic()
    attempt = deliver(make_event(), endpoint)
    assert time.monotonic() - started < 3
    assert attempt.succeeded
    assert sum(read) == 100_000


def test_a_receiver_whose_certificate_is_not_trusted_gets_nothing(receiver, settings, tmp_path):
    import trustme

    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    settings.WEBHOOK_CA_FILE = str(other)
    endpoint = make_endpoint(receiver.url())
    attempt = deliver(make_event(), endpoint)
    assert not attempt.succeeded and "certificate" in attempt.error.lower()
    assert receiver.requests == []


def test_a_receiver_whose_certificate_names_another_host_gets_nothing(receiver):
    from .conftest import Receiver

    impostor = Receiver(receiver.ca, names=("other.test",))  # trusted CA, wrong name
    try:
        endpoint = make_endpoint(impostor.url())
        attempt = deliver(make_event(), endpoint)
        assert not attempt.succeeded and "receiver.test" in attempt.error
        assert impostor.requests == []
    finally:
        impostor.close()


def test_a_host_that_refuses_the_connection_fails_the_attempt(receiver):
    endpoint = make_endpoint(receiver.url())
    receiver.close()
    attempt = deliver(make_event(), endpoint)
    assert not attempt.succeeded and attempt.status_code is None and attempt.error
