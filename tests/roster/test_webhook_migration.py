"""The migration to stored deliveries keeps the log of earlier attempts and what each endpoint receives."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from roster.models import all_event_types

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("roster", "0004_audited_people_in_order")]
AFTER = [("roster", "0005_stored_webhook_deliveries")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_earlier_attempts_become_deliveries_and_endpoints_keep_every_event_type():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    apps = migrate(BEFORE)
    try:
        client = apps.get_model("roster", "ApiClient").objects.create(name="Lähetejärjestelmä", scopes=[])
        endpoint = apps.get_model("roster", "WebhookEndpoint").objects.create(
            client=client, url="https://referrals.example.fi/hook"
        )
        Event = apps.get_model("roster", "WebhookEvent")
        Old = apps.get_model("roster", "WebhookDelivery")
        got_through, gave_up, unfinished = (Event.objects.create(type="worker.expired", payload={}) for _ in range(3))
        Old.objects.create(event=got_through, endpoint=endpoint, attempt=1, status_code=500)
        Old.objects.create(event=got_through, endpoint=endpoint, attempt=2, status_code=204, succeeded=True)
        for number in range(1, 9):
            Old.objects.create(event=gave_up, endpoint=endpoint, attempt=number, status_code=503)
        Old.objects.create(event=unfinished, endpoint=endpoint, attempt=1, error="connection refused")

        apps = migrate(AFTER)
        Delivery = apps.get_model("roster", "WebhookDelivery")
        states = {d.event_id: (d.state, d.attempts, d.next_attempt_at is None) for d in Delivery.objects.all()}
        assert states == {
            got_through.pk: ("delivered", 2, True),
            gave_up.pk: ("failed", 8, True),
            unfinished.pk: ("pending", 1, False),
        }
        assert Delivery.objects.get(event_id=unfinished.pk).next_attempt_at <= timezone.now()
        Attempt = apps.get_model("roster", "WebhookAttempt")
        assert list(
            Attempt.objects.filter(delivery__event_id=got_through.pk)
            .order_by("number")
            .values_list("number", "status_code", "succeeded")
        ) == [(1, 500, False), (2, 204, True)]
        # The field's default is the live list of every event type, so an endpoint gets each type known now.
        assert apps.get_model("roster", "WebhookEndpoint").objects.get().event_types == all_event_types()
    finally:
        migrate(latest)


def test_every_address_already_registered_also_hears_of_removals():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    apps = migrate([("roster", "0008_copies_for_matching")])
    try:
        client = apps.get_model("roster", "ApiClient").objects.create(name="Lähetejärjestelmä", scopes=[])
        Endpoint = apps.get_model("roster", "WebhookEndpoint")
        revocations = Endpoint.objects.create(
            client=client, url="https://a.example.fi/", event_types=["worker.revoked"]
        )
        already = Endpoint.objects.create(
            client=client, url="https://b.example.fi/", event_types=["worker.removed", "worker.expired"]
        )

        apps = migrate([("roster", "0009_erased_person_removed_from_the_roster")])
        Endpoint = apps.get_model("roster", "WebhookEndpoint")
        assert Endpoint.objects.get(pk=revocations.pk).event_types == ["worker.revoked", "worker.removed"]
        assert Endpoint.objects.get(pk=already.pk).event_types == ["worker.removed", "worker.expired"]

        apps = migrate([("roster", "0008_copies_for_matching")])
        assert apps.get_model("roster", "WebhookEndpoint").objects.get(pk=revocations.pk).event_types == [
            "worker.revoked"
        ]
    finally:
        migrate(latest)
