"""When an administrator erases a person on the roster, the referral system is told with a signed
`worker.removed` event that names only the id it knew them by, and no older news of them is sent after."""

import json

import pytest
import standardwebhooks
from django.urls import reverse

from accounts.models import ErasureRecord
from accounts.services import erase_person
from roster import webhooks
from roster.models import EventType, RosterEntry, WebhookDelivery, WebhookEndpoint, WebhookEvent
from tests import factories as f
from tests.roster.test_webhooks import Receiver
from tests.utils import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def endpoint(db):
    client, _raw = f.api_client()
    return WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hooks/linkki")


@pytest.fixture
def receiver(monkeypatch):
    stub = Receiver()
    monkeypatch.setattr(webhooks, "post", stub)
    return stub


def worker_named(first, last, email, phone):
    entry = f.certified_worker()
    person = entry.person
    person.first_name, person.last_name, person.email, person.phone = first, last, email, phone
    person.save()
    # The certification's own event is taken as delivered: each test follows the erasure alone.
    WebhookDelivery.objects.update(state=WebhookDelivery.State.DELIVERED, next_attempt_at=None)
    return entry


def test_erasure_sends_a_signed_removal_that_names_nobody(endpoint, receiver, django_capture_on_commit_callbacks):
    entry = worker_named("Saara", "Sallinen", "saara.sallinen@example.fi", "040 123 9876")
    with django_capture_on_commit_callbacks(execute=True):
        erase_person(entry.person, by=f.administrator())

    assert webhooks.send_due() == 1
    [(url, body, headers)] = receiver.calls
    assert url == endpoint.url
    payload = standardwebhooks.Webhook(endpoint.secret).verify(body, headers)
    assert payload["type"] == "worker.removed"
    assert payload["data"] == {"person_id": entry.person_id, "status": "removed", "previous_status": "in_good_standing"}
    for text in ("Saara", "Sallinen", "saara.sallinen@example.fi", "040 123 9876"):
        assert text.casefold() not in body.casefold()
    event = WebhookEvent.objects.get(type=EventType.REMOVED)
    assert headers["webhook-id"] == event.message_id
    assert WebhookDelivery.objects.get(event=event).state == WebhookDelivery.State.DELIVERED
    assert not RosterEntry.objects.filter(person_id=entry.person_id).exists()


def test_the_api_no_longer_knows_the_person(endpoint, api):
    entry = worker_named("Saara", "Sallinen", "saara.sallinen@example.fi", "")
    detail = reverse("roster-api:detail", args=[entry.person_id])
    assert api.get(detail).status_code == 200
    erase_person(entry.person, by=f.administrator())
    assert api.get(detail).status_code == 404
    assert entry.person_id not in [row["id"] for row in api.get(reverse("roster-api:list")).json()["results"]]


def test_news_of_the_person_still_waiting_is_withdrawn_and_others_news_is_kept(
    endpoint, receiver, django_capture_on_commit_callbacks
):
    from certificates.models import Certificate
    from certificates.signals import certificate_changed

    entry = worker_named("Saara", "Sallinen", "saara.sallinen@example.fi", "")
    other = f.certified_worker()
    WebhookDelivery.objects.update(state=WebhookDelivery.State.DELIVERED, next_attempt_at=None)
    for someone in (entry, other):
        certificate = someone.person.certificates.get()
        certificate.status, certificate.status_reason = Certificate.Status.SUSPENDED, "Selvitys kesken"
        certificate.save()
        certificate_changed.send(sender=Certificate, certificate=certificate)
    waiting = WebhookDelivery.objects.get(event__person=entry.person, state="pending")

    erase_person(entry.person, by=f.administrator())

    waiting.refresh_from_db()
    assert (waiting.state, waiting.next_attempt_at) == (WebhookDelivery.State.WITHDRAWN, None)
    webhooks.send_due()
    sent = [json.loads(body) for _url, body, _headers in receiver.calls]
    assert sorted((event["type"], event["data"]["person_id"]) for event in sent) == sorted(
        [("worker.removed", entry.person_id), ("worker.suspended", other.person_id)]
    )


def test_only_endpoints_that_receive_removals_get_one(endpoint, receiver):
    suspensions_only = WebhookEndpoint.objects.create(
        client=endpoint.client, url="https://other.example.fi/hook", event_types=["worker.suspended"]
    )
    stopped = WebhookEndpoint.objects.create(client=endpoint.client, url="https://old.example.fi/hook", is_active=False)
    entry = worker_named("Saara", "Sallinen", "saara.sallinen@example.fi", "")
    erase_person(entry.person, by=f.administrator())
    removal = WebhookEvent.objects.get(type="worker.removed")
    assert list(WebhookDelivery.objects.filter(event=removal).values_list("endpoint", flat=True)) == [endpoint.pk]
    assert not WebhookDelivery.objects.filter(endpoint__in=[suspensions_only, stopped], event=removal).exists()


def test_erasing_someone_never_on_the_roster_sends_nothing(endpoint, receiver):
    person = f.trainee()
    record = erase_person(person, by=f.administrator())
    assert not WebhookEvent.objects.filter(type="worker.removed").exists()
    assert "roster.RosterEntry" not in record.counts


def test_the_removal_is_in_the_erasure_record(endpoint):
    entry = worker_named("Saara", "Sallinen", "saara.sallinen@example.fi", "")
    record = erase_person(entry.person, by=f.administrator())
    assert ErasureRecord.objects.get() == record
    assert record.counts["roster.RosterEntry"] == 1


def test_a_failed_erasure_sends_no_removal(endpoint, monkeypatch):
    import dataclasses

    from common import privacy

    entry = worker_named("Saara", "Sallinen", "saara.sallinen@example.fi", "")

    def fail(person, erasure):
        raise RuntimeError("disk full")

    accounts = dataclasses.replace(privacy._declarations["accounts"], erase=fail)
    monkeypatch.setitem(privacy._declarations, "accounts", accounts)
    with pytest.raises(RuntimeError):
        erase_person(entry.person, by=f.administrator())
    assert not WebhookEvent.objects.filter(type="worker.removed").exists()
    assert RosterEntry.objects.filter(person_id=entry.person_id).exists()


def test_a_new_address_receives_removals_and_an_administrator_can_choose_them(client):
    api_client, _raw = f.api_client()
    endpoint = WebhookEndpoint.objects.create(client=api_client, url="https://referrals.example.fi/hook")
    assert endpoint.receives("worker.removed")
    client.force_login(f.coordinator())
    page = client.get(reverse("roster:clients")).content.decode()
    assert 'value="worker.removed"' in page
    assert "Poistettu: henkilön tiedot on poistettu" in page


def test_removals_take_the_same_queries_however_many_endpoints(endpoint):
    first = worker_named("Saara", "Sallinen", "saara.sallinen@example.fi", "")
    second = worker_named("Sulo", "Sallinen", "sulo.sallinen@example.fi", "")
    admin = f.administrator()
    few = count_queries(erase_person, first.person, by=admin)
    for number in range(5):
        WebhookEndpoint.objects.create(client=endpoint.client, url=f"https://r{number}.example.fi/hook")
    assert count_queries(erase_person, second.person, by=admin) == few
