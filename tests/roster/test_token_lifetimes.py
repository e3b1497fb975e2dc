"""API tokens that expire, rotations with two valid tokens, and the last use shown to coordinators."""

import datetime

import pytest
from django.utils import timezone

from roster import services
from roster.models import ApiToken
from tests import factories as f

from .conftest import token_client

pytestmark = pytest.mark.django_db

LIST = "/api/v1/roster/"


def test_an_expired_token_gets_401():
    client, _raw = f.api_client()
    _token, raw = services.issue_token(client, valid_days=30, now=timezone.now() - datetime.timedelta(days=31))
    response = token_client(raw).get(LIST)
    assert response.status_code == 401


def test_a_token_works_until_its_expiry():
    client, _raw = f.api_client()
    token, raw = services.issue_token(client, valid_days=30)
    assert token_client(raw).get(LIST).status_code == 200
    assert token.expires_at - timezone.now() > datetime.timedelta(days=29, hours=23)


def test_during_a_rotation_old_and_new_token_both_work_then_the_old_one_stops():
    client, old = f.api_client()
    _token, new = services.issue_token(client, retire_others_in_days=7)
    assert token_client(old).get(LIST).status_code == 200
    assert token_client(new).get(LIST).status_code == 200
    retiring = ApiToken.objects.get(client=client, expires_at__isnull=False)
    ApiToken.objects.filter(pk=retiring.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert token_client(old).get(LIST).status_code == 401
    assert token_client(new).get(LIST).status_code == 200


def test_a_rotation_never_lengthens_a_token_that_expires_sooner():
    client, _raw = f.api_client()
    soon, _soon_raw = services.issue_token(client, valid_days=2)
    services.issue_token(client, retire_others_in_days=7)
    soon.refresh_from_db()
    assert soon.expires_at - timezone.now() < datetime.timedelta(days=2)


@pytest.fixture
def coordinator_client(client):
    client.force_login(f.coordinator())
    return client


def test_the_coordinator_rotates_a_token_on_the_access_page(coordinator_client):
    client, old = f.api_client()
    response = coordinator_client.post(
        f"/roster/clients/{client.pk}/token/",
        {f"t{client.pk}-valid_days": "365", f"t{client.pk}-retire_current_in_days": "7"},
    )
    assert response.status_code == 302
    new = coordinator_client.get("/roster/clients/secret/").context["shown"]["value"]
    assert token_client(new).get(LIST).status_code == 200
    assert token_client(old).get(LIST).status_code == 200
    page = coordinator_client.get("/roster/clients/").content.decode()
    assert page.count("voimassa ") == 2  # both tokens show when they stop working


@pytest.mark.parametrize("days, retire", [("0", ""), ("abc", ""), ("99999", ""), ("", "-1"), ("", "91")])
def test_bad_token_lifetimes_are_refused_and_nothing_is_created(coordinator_client, days, retire):
    client, old = f.api_client()
    response = coordinator_client.post(
        f"/roster/clients/{client.pk}/token/",
        {f"t{client.pk}-valid_days": days, f"t{client.pk}-retire_current_in_days": retire},
    )
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    assert client.tokens.count() == 1
    assert client.tokens.get().expires_at is None


def test_the_access_page_says_when_each_token_was_last_used_or_that_it_never_was(coordinator_client):
    client, used = f.api_client()
    services.issue_token(client)
    token_client(used).get(LIST)
    page = coordinator_client.get("/roster/clients/").content.decode()
    local = timezone.localtime(ApiToken.objects.get(client=client, last_used_at__isnull=False).last_used_at)
    assert f"käytetty viimeksi {local:%-d.%-m.%Y %H:%M}" in page
    assert "ei koskaan käytetty" in page


def test_an_expired_token_is_marked_on_the_access_page(coordinator_client):
    client, _raw = f.api_client()
    ApiToken.objects.filter(client=client).update(expires_at=timezone.now() - datetime.timedelta(days=1))
    page = coordinator_client.get("/roster/clients/").content.decode()
    assert "Vanhentunut" in page
