import hashlib

import pytest
from rest_framework.test import APIClient

from roster import services
from roster.models import ApiToken
from tests import factories as f

from .conftest import token_client

pytestmark = pytest.mark.django_db

LIST = "/api/v1/roster/"
MATCH = "/api/v1/match/"


def certification_url(entry):
    return f"/api/v1/roster/{entry.pk}/certification"


def test_tokens_are_stored_only_as_sha256_hashes():
    client, raw = f.api_client()
    token = ApiToken.objects.get(client=client)
    assert token.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in str(ApiToken.objects.values_list())
    assert token.prefix == raw[:10]


def test_no_token_gets_401_with_a_bearer_challenge():
    response = APIClient().get(LIST)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"


def test_an_unknown_token_gets_401():
    assert token_client("lk_not-a-real-token").get(LIST).status_code == 401


def test_a_revoked_token_gets_401():
    client, raw = f.api_client()
    assert token_client(raw).get(LIST).status_code == 200
    services.revoke_token(client.tokens.get())
    response = token_client(raw).get(LIST, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 401
    assert "revoked" in response.json()["detail"]


def test_a_deactivated_client_gets_401():
    client, raw = f.api_client()
    client.is_active = False
    client.save()
    assert token_client(raw).get(LIST).status_code == 401


def test_a_new_token_works_beside_the_old_one_until_that_is_revoked():
    client, old = f.api_client()
    _token, new = services.issue_token(client)
    services.revoke_token(client.tokens.get(prefix=old[:10]))
    assert token_client(new).get(LIST).status_code == 200
    assert token_client(old).get(LIST).status_code == 401


def test_the_read_scope_does_not_allow_matching():
    _client, raw = f.api_client(scopes=["roster:read"])
    http = token_client(raw)
    assert http.get(LIST).status_code == 200
    assert http.post(MATCH, {"municipality": "758"}, format="json").status_code == 403


def test_the_match_scope_does_not_allow_reading_the_roster():
    entry = f.certified_worker()
    _client, raw = f.api_client(scopes=["roster:match"])
    http = token_client(raw)
    assert http.post(MATCH, {"municipality": "758"}, format="json").status_code == 200
    assert http.get(LIST).status_code == 403
    assert http.get(f"/api/v1/roster/{entry.pk}").status_code == 403
    assert http.get(certification_url(entry)).status_code == 403


def test_a_client_over_its_rate_limit_gets_429_with_retry_after_in_json():
    _client, raw = f.api_client(requests_per_minute=3)
    http = token_client(raw)
    assert [http.get(LIST).status_code for _ in range(3)] == [200, 200, 200]
    response = http.get(LIST)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "detail" in response.json()


def test_rate_limits_are_per_client():
    _first, first_raw = f.api_client(requests_per_minute=1)
    _second, second_raw = f.api_client(requests_per_minute=1)
    assert token_client(first_raw).get(LIST).status_code == 200
    assert token_client(first_raw).get(LIST).status_code == 429
    assert token_client(second_raw).get(LIST).status_code == 200


@pytest.mark.parametrize(
    "role, list_status, certification_status, match_status",
    [
        ("trainee", 403, 403, 403),
        ("mentor", 403, 403, 403),
        ("trainer", 403, 403, 403),
        ("coordinator", 403, 200, 403),
        ("administrator", 403, 200, 403),
    ],
)
def test_logged_in_people_may_only_check_certification_and_only_as_coordinators(
    role, list_status, certification_status, match_status
):
    entry = f.certified_worker()
    http = APIClient()
    http.force_login(getattr(f, role)())
    assert http.get(LIST).status_code == list_status
    assert http.get(certification_url(entry)).status_code == certification_status
    assert http.post(MATCH, {"municipality": "758"}, format="json").status_code == match_status


def test_the_certified_worker_themselves_cannot_use_the_api():
    entry = f.certified_worker()
    http = APIClient()
    http.force_login(entry.person)
    assert http.get(certification_url(entry)).status_code == 403


def test_a_client_cannot_be_given_an_unknown_scope():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        services.create_api_client("Bad", scopes=["roster:write"], by=None)
    assert "scopes" in error.value.message_dict
