import pytest
from django.utils import timezone

from roster.models import ApiClient, ApiToken, WebhookEndpoint, all_event_types, hash_token
from tests import factories as f

from .conftest import token_client

pytestmark = pytest.mark.django_db

URL = "/roster/clients/"
SECRET = "/roster/clients/secret/"


@pytest.fixture
def coordinator_client(client):
    client.force_login(f.coordinator())
    return client


@pytest.mark.parametrize(
    "role, expected",
    [
        ("trainee", 403),
        ("mentor", 403),
        ("trainer", 403),
        ("coordinator", 200),
        ("administrator", 200),
    ],
)
def test_only_coordinators_and_administrators_manage_referral_system_access(client, role, expected):
    api_client, _raw = f.api_client()
    endpoint = WebhookEndpoint.objects.create(client=api_client, url="https://referrals.example.fi/hook")
    client.force_login(getattr(f, role)())
    assert client.get(URL).status_code == expected
    token = api_client.tokens.get()
    posts = [
        f"/roster/clients/{api_client.pk}/token/",
        f"/roster/clients/{api_client.pk}/webhooks/",
        f"/roster/tokens/{token.pk}/revoke/",
        f"/roster/webhooks/{endpoint.pk}/deactivate/",
        f"/roster/webhooks/{endpoint.pk}/events/",
    ]
    if expected == 403:
        assert [client.post(url).status_code for url in posts] == [403] * 5
        token.refresh_from_db()
        assert token.revoked_at is None


def test_a_coordinator_creates_a_client_and_sees_its_token_once(coordinator_client):
    response = coordinator_client.post(
        URL, {"name": "Lähetejärjestelmä", "scopes": ["roster:read"], "requests_per_minute": 60}
    )
    assert response.status_code == 302 and response.url == SECRET
    client = ApiClient.objects.get(name="Lähetejärjestelmä")
    shown = coordinator_client.get(SECRET)
    raw = shown.context["shown"]["value"]
    assert raw in shown.content.decode() and shown["Cache-Control"] == "no-store"
    assert client.tokens.get().token_hash == hash_token(raw)
    assert client.scopes == ["roster:read"]
    assert raw not in coordinator_client.get(URL).content.decode()
    assert token_client(raw).get("/api/v1/roster/").status_code == 200


def test_a_client_without_a_name_or_scopes_is_refused_keeping_what_was_typed(coordinator_client):
    response = coordinator_client.post(
        URL, {"name": "", "scopes": [], "requests_per_minute": 75}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    summary, form = response.content.decode().split('class="error-summary"')[1].split("</ul>", 1)
    assert summary.count("This field is required.") == form.count("This field is required.") == 2
    assert 'value="75"' in response.content.decode()
    assert not ApiClient.objects.exists()


def test_a_coordinator_revokes_a_token(coordinator_client):
    client, raw = f.api_client()
    token = client.tokens.get()
    response = coordinator_client.post(f"/roster/tokens/{token.pk}/revoke/")
    assert response.status_code == 302 and response.url == f"{URL}#client-{client.pk}"
    assert token_client(raw).get("/api/v1/roster/").status_code == 401


def test_a_new_token_is_shown_once(coordinator_client):
    client, _raw = f.api_client()
    response = coordinator_client.post(f"/roster/clients/{client.pk}/token/")
    assert response.status_code == 302 and response.url == SECRET
    raw = coordinator_client.get(SECRET).context["shown"]["value"]
    assert ApiToken.objects.filter(client=client, token_hash=hash_token(raw)).exists()
    again = coordinator_client.get(SECRET)
    assert again.status_code == 200 and raw not in again.content.decode()


def test_a_webhook_address_must_be_https(coordinator_client):
    client, _raw = f.api_client()
    response = coordinator_client.post(
        f"/roster/clients/{client.pk}/webhooks/",
        {f"c{client.pk}-url": "http://referrals.example.fi/hook"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Only https:// addresses are accepted." in page and "http://referrals.example.fi/hook" in page
    assert not WebhookEndpoint.objects.exists()


def test_a_webhook_address_is_added_with_its_secret_shown_and_can_be_stopped(coordinator_client):
    client, _raw = f.api_client()
    response = coordinator_client.post(
        f"/roster/clients/{client.pk}/webhooks/",
        {f"c{client.pk}-url": "https://referrals.example.fi/hook", f"c{client.pk}-event_types": ["worker.suspended"]},
    )
    assert response.status_code == 302 and response.url == SECRET
    endpoint = WebhookEndpoint.objects.get()
    assert coordinator_client.get(SECRET).context["shown"]["value"] == endpoint.secret
    assert coordinator_client.post(f"/roster/webhooks/{endpoint.pk}/deactivate/").status_code == 302
    endpoint.refresh_from_db()
    assert not endpoint.is_active


def test_the_page_makes_the_same_number_of_queries_for_1_and_5_clients_and_their_deliveries(
    coordinator_client, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from roster.models import WebhookAttempt, WebhookDelivery, WebhookEvent

    def client_with_a_delivery():
        client, _raw = f.api_client()
        endpoint = WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hook")
        event = WebhookEvent.objects.create(type="worker.expired", payload={})
        delivery = WebhookDelivery.objects.create(event=event, endpoint=endpoint)
        for number in (1, 2):
            WebhookAttempt.objects.create(delivery=delivery, number=number, status_code=500)

    client_with_a_delivery()
    coordinator_client.get(URL)
    with CaptureQueriesContext(connection) as one:
        coordinator_client.get(URL)
    for _ in range(4):
        client_with_a_delivery()
    with django_assert_num_queries(len(one.captured_queries)):
        coordinator_client.get(URL)


def test_the_delivery_log_shows_attempts_the_next_try_and_where_a_refused_redirect_pointed(
    coordinator_client, monkeypatch
):
    from roster import webhook_client, webhooks
    from roster.models import WebhookDelivery, WebhookEvent

    client, _raw = f.api_client()
    endpoint = WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hook")
    event = WebhookEvent.objects.create(type="worker.expired", payload={"type": "worker.expired"})
    [delivery] = webhooks.queue_deliveries(event)
    monkeypatch.setattr(
        webhooks,
        "post",
        lambda url, body, headers: webhook_client.Answer(status=302, location="https://elsewhere.example/landing"),
    )
    webhooks.attempt_delivery(delivery.pk)
    delivery.refresh_from_db()
    page = coordinator_client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "HTTP 302" in page and "https://elsewhere.example/landing" in page and endpoint.url in page
    assert "Waiting to be sent" in page
    next_try = timezone.localtime(delivery.next_attempt_at)
    assert f"{next_try:%-d.%-m.%Y %H:%M:%S}" in page
    WebhookDelivery.objects.filter(pk=delivery.pk).update(state="failed", next_attempt_at=None)
    assert "Given up" in coordinator_client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_a_new_address_receives_the_chosen_status_changes(coordinator_client):
    client, _raw = f.api_client()
    response = coordinator_client.post(
        f"/roster/clients/{client.pk}/webhooks/",
        {
            f"c{client.pk}-url": "https://referrals.example.fi/hook",
            f"c{client.pk}-event_types": ["worker.revoked", "worker.suspended"],
        },
    )
    assert response.status_code == 302
    assert WebhookEndpoint.objects.get().event_types == ["worker.suspended", "worker.revoked"]


def test_a_new_address_without_any_status_change_is_refused(coordinator_client):
    client, _raw = f.api_client()
    response = coordinator_client.post(
        f"/roster/clients/{client.pk}/webhooks/", {f"c{client.pk}-url": "https://referrals.example.fi/hook"}
    )
    assert response.status_code == 400
    assert "Valitse vähintään yksi lähetettävä tilamuutos." in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


def test_the_form_offers_every_status_change_ticked_for_a_new_address(coordinator_client):
    client, _raw = f.api_client()
    page = coordinator_client.get(URL).content.decode()
    for value in [
        "worker.certified",
        "worker.supervision_overdue",
        "worker.expired",
        "worker.suspended",
        "worker.revoked",
    ]:
        assert f'name="c{client.pk}-event_types" value="{value}"' in page
    assert page.count("checked") >= 5


def test_a_coordinator_changes_what_an_address_receives(coordinator_client):
    client, _raw = f.api_client()
    endpoint = WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hook")
    response = coordinator_client.post(
        f"/roster/webhooks/{endpoint.pk}/events/", {f"e{endpoint.pk}-event_types": ["worker.revoked"]}
    )
    assert response.status_code == 302
    endpoint.refresh_from_db()
    assert endpoint.event_types == ["worker.revoked"]


@pytest.mark.parametrize("chosen", [[], ["worker.paused"], ["worker.revoked", "x" * 500]])
def test_an_empty_or_unknown_choice_of_status_changes_is_refused_and_nothing_changes(coordinator_client, chosen):
    client, _raw = f.api_client()
    endpoint = WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hook")
    response = coordinator_client.post(
        f"/roster/webhooks/{endpoint.pk}/events/", {f"e{endpoint.pk}-event_types": chosen}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose at least one status change to send." in page or "is not one of the available choices" in page
    endpoint.refresh_from_db()
    assert endpoint.event_types == all_event_types()
