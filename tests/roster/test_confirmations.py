"""Revoking a token and stopping a webhook ask first on a page of their own; a new secret shows once."""

import pytest

from roster.models import ApiToken, WebhookEndpoint
from tests import factories as f
from tests.common.test_error_summary import title_of

from .conftest import token_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(client):
    client.force_login(f.coordinator())
    return client


def test_revoking_a_token_asks_first_naming_the_token_and_its_client_and_changes_nothing(coordinator_client):
    client, raw = f.api_client()
    token = client.tokens.get()
    response = coordinator_client.get(f"/roster/tokens/{token.pk}/revoke/")
    page = response.content.decode()
    assert response.status_code == 200
    assert f"{token.prefix}…" in title_of(page) and client.name in title_of(page)
    assert 'class="button button--danger">Peru tunniste</button>' in page
    assert f'href="/roster/clients/#client-{client.pk}"' in page  # cancel goes back to the client
    assert token_client(raw).get("/api/v1/roster/").status_code == 200


def test_the_access_page_links_to_the_confirmation_instead_of_revoking_in_one_tap(coordinator_client):
    client, _raw = f.api_client()
    token = client.tokens.get()
    endpoint = WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hook")
    page = coordinator_client.get("/roster/clients/").content.decode()
    assert f'<a href="/roster/tokens/{token.pk}/revoke/" class="danger-link">' in page
    assert f'<a href="/roster/webhooks/{endpoint.pk}/deactivate/" class="danger-link">' in page
    assert f'action="/roster/tokens/{token.pk}/revoke/"' not in page


def test_confirmed_revocation_returns_to_the_client_in_the_list(coordinator_client):
    client, raw = f.api_client()
    token = client.tokens.get()
    response = coordinator_client.post(f"/roster/tokens/{token.pk}/revoke/")
    assert response.status_code == 302 and response.url == f"/roster/clients/#client-{client.pk}"
    assert ApiToken.objects.get(pk=token.pk).revoked_at is not None
    assert token_client(raw).get("/api/v1/roster/").status_code == 401


def test_stopping_a_webhook_asks_first_then_stops_and_returns_to_the_client(coordinator_client):
    client, _raw = f.api_client()
    endpoint = WebhookEndpoint.objects.create(client=client, url="https://referrals.example.fi/hook")
    page = coordinator_client.get(f"/roster/webhooks/{endpoint.pk}/deactivate/").content.decode()
    assert "https://referrals.example.fi/hook" in title_of(page) and "button--danger" in page
    endpoint.refresh_from_db()
    assert endpoint.is_active
    response = coordinator_client.post(f"/roster/webhooks/{endpoint.pk}/deactivate/")
    assert response.url == f"/roster/clients/#client-{client.pk}"
    endpoint.refresh_from_db()
    assert not endpoint.is_active


@pytest.mark.parametrize("role", ["trainee", "mentor", "trainer"])
def test_only_coordinators_see_the_confirmation_pages(client, role):
    api_client, _raw = f.api_client()
    endpoint = WebhookEndpoint.objects.create(client=api_client, url="https://referrals.example.fi/hook")
    client.force_login(getattr(f, role)())
    token = api_client.tokens.get()
    for url in (f"/roster/tokens/{token.pk}/revoke/", f"/roster/webhooks/{endpoint.pk}/deactivate/"):
        assert client.get(url).status_code == 403
    assert client.get("/roster/clients/secret/").status_code == 403


def test_confirmation_pages_of_unknown_tokens_and_addresses_are_not_found(coordinator_client):
    assert coordinator_client.get("/roster/tokens/999999/revoke/").status_code == 404
    assert coordinator_client.get("/roster/webhooks/999999/deactivate/").status_code == 404


def test_a_new_secret_is_shown_after_a_redirect_once_and_a_reload_neither_posts_nor_shows_it(coordinator_client):
    client, _raw = f.api_client()
    response = coordinator_client.post(f"/roster/clients/{client.pk}/token/")
    assert response.status_code == 302 and response.url == "/roster/clients/secret/"
    assert client.tokens.count() == 2
    shown = coordinator_client.get(response.url)
    page = shown.content.decode()
    raw = shown.context["shown"]["value"]
    assert f'<code class="secret" id="secret-value">{raw}</code>' in page
    assert 'data-copy="secret-value"' in page and shown["Cache-Control"] == "no-store"
    assert f'href="/roster/clients/#client-{client.pk}"' in page
    reloaded = coordinator_client.get(response.url).content.decode()
    assert raw not in reloaded and "Tunnistetta tai avainta ei enää näytetä" in reloaded
    assert client.tokens.count() == 2
