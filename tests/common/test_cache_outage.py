"""A cache outage is not an outage: the limits fall back to each process, the API keeps answering JSON."""

import logging

import pytest
from django.urls import reverse

from certificates.models import Certificate
from common import ratelimit
from tests import factories as f
from tests.roster.conftest import token_client

pytestmark = pytest.mark.django_db

DOWN = {
    "raising backend": {"BACKEND": "tests.utils.UnreachableCache"},
    # Redis on a loopback port nobody listens on: the connection is refused at once.
    "redis on a closed port": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    },
}


@pytest.fixture(autouse=True)
def _fresh_fallback():
    ratelimit.fallback.clear()
    yield
    ratelimit.fallback.clear()


@pytest.fixture(params=list(DOWN))
def cache_down(request, settings):
    working = settings.CACHES
    settings.CACHES = {"default": DOWN[request.param]}
    yield
    settings.CACHES = working  # before the shared teardown clears the cache


def test_the_roster_api_answers_json_while_the_cache_is_down(cache_down):
    entry = f.certified_worker(languages=["se"])
    _client, raw = f.api_client()
    response = token_client(raw).get("/api/v1/roster/", {"language": "se"})
    assert response.status_code == 200
    assert [row["id"] for row in response.json()["results"]] == [entry.pk]


def test_certificate_verification_answers_json_while_the_cache_is_down(client, cache_down):
    certificate = Certificate.objects.get(holder=f.certified_worker().person)
    response = client.get(reverse("certificates:verify_json", args=[certificate.verification_code]))
    assert response.status_code == 200
    assert response.json()["state"] == "valid"


def test_the_cache_outage_is_logged_once_not_on_every_request(client, cache_down, caplog):
    url = reverse("certificates:verify_json", args=["A" * 12])
    with caplog.at_level(logging.WARNING, logger="common.ratelimit"):
        for _ in range(3):
            assert client.get(url).status_code == 404
    outages = [r for r in caplog.records if r.name == "common.ratelimit" and "shared cache failed" in r.getMessage()]
    assert len(outages) == 1


def test_the_verification_limit_still_holds_in_each_process_while_the_cache_is_down(client, cache_down, settings):
    settings.CERTIFICATE_VERIFY_RATE = 2
    url = reverse("certificates:verify_json", args=["A" * 12])
    assert [client.get(url).status_code for _ in range(3)] == [404, 404, 429]
    assert client.get(url).json()["error"] == "rate_limited"


def test_the_shared_cache_is_used_again_once_it_answers(settings):
    working = settings.CACHES
    settings.CACHES = {"default": DOWN["raising backend"]}
    ratelimit.hit("probe", 10, 60)
    settings.CACHES = working
    ratelimit.fallback.delete(ratelimit.OUTAGE_KEY)  # the retry pause is over
    ratelimit.hit("probe", 10, 60)
    from django.core.cache import cache

    assert any(key.startswith(":1:ratelimit:probe:") for key in cache._cache)


def test_healthz_says_the_cache_is_down_and_stays_in_service(client, cache_down):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded" and body["down"] == ["cache"]
    assert body["cache"]["ok"] is False and body["database"]["ok"] is True


def test_healthz_reports_a_working_cache(client):
    body = client.get(reverse("healthz")).json()
    assert body["status"] == "ok" and body["down"] == []
    assert body["cache"] == {"ok": True, "mode": "in-process"}
