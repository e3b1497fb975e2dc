"""Public verification: every state, on the page and as JSON, with nothing personal beyond name and dates."""

import datetime

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from tests import factories as f

from .conftest import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(world):
    world.ready.email = "maret.aikio@example.fi"
    world.ready.phone = "040 123 4567"
    world.ready.save()
    return services.issue_certificate(world.ready, world.course, on=TODAY)


def verify_json(client, certificate):
    return client.get(reverse("certificates:verify_json", args=[certificate.verification_code]))


def test_valid_certificate_verifies_as_valid_without_login(client, certificate):
    response = verify_json(client, certificate)
    assert response.status_code == 200
    data = response.json()
    assert data["state"] == "valid"
    assert data["holder"] == "Máret Aikio"
    assert data["number"] == certificate.number
    assert data["issued_on"] == "2026-11-25"
    assert data["valid_until"] == "2028-11-24"
    assert data["programme_code"] == certificate.programme


def test_verification_shows_nothing_else_personal(client, certificate):
    for response in (
        verify_json(client, certificate),
        client.get(reverse("certificates:verify", args=[certificate.verification_code])),
    ):
        body = response.content.decode()
        assert "maret.aikio@example.fi" not in body
        assert "040 123 4567" not in body
        assert certificate.holder.username not in body
    assert set(verify_json(client, certificate).json()) == {
        "state",
        "state_label",
        "number",
        "holder",
        "programme",
        "programme_code",
        "issued_on",
        "valid_until",
        "issuer",
        "status_changed_on",
        "renewed_by",
    }


def test_expired_certificate_stays_verifiable_as_expired(client, world):
    old = f.certificate(world.ready, world.course, datetime.date(2020, 1, 1))
    response = client.get(reverse("certificates:verify", args=[old.verification_code]))
    assert response.status_code == 200
    assert "Vanhentunut" in response.content.decode()
    assert verify_json(client, old).json()["state"] == "expired"


def test_certificate_is_valid_on_its_last_day_and_expired_the_next(client, world, monkeypatch):
    from django.utils import timezone

    certificate = f.certificate(world.ready, world.course, datetime.date(2025, 1, 1), valid_for_days=500)
    monkeypatch.setattr(timezone, "localdate", lambda *a: certificate.valid_until)
    assert verify_json(client, certificate).json()["state"] == "valid"
    monkeypatch.setattr(timezone, "localdate", lambda *a: certificate.valid_until + datetime.timedelta(days=1))
    assert verify_json(client, certificate).json()["state"] == "expired"


def test_suspended_certificate_verifies_as_suspended_with_the_date_but_not_the_reason(client, certificate, world):
    services.suspend_certificate(certificate, by=world.coordinator, reason="Selvitys kesken: luottamuksellinen")
    data = verify_json(client, certificate).json()
    assert data["state"] == "suspended"
    assert data["status_changed_on"] is not None
    page = client.get(reverse("certificates:verify", args=[certificate.verification_code])).content.decode()
    assert "Keskeytetty" in page
    assert "luottamuksellinen" not in page and "luottamuksellinen" not in str(data)


def test_revoked_certificate_verifies_as_revoked(client, certificate, world):
    services.revoke_certificate(certificate, by=world.coordinator, reason="Ehtoja rikottu")
    assert verify_json(client, certificate).json()["state"] == "revoked"
    page = client.get(reverse("certificates:verify", args=[certificate.verification_code]))
    assert "Peruttu" in page.content.decode()


def test_renewed_certificate_points_to_its_renewal(client, world):
    old = f.certificate(world.ready, world.course, datetime.date(2025, 1, 1), status=Certificate.Status.SUPERSEDED)
    new = f.certificate(world.ready, world.course, datetime.date(2026, 11, 1), previous=old)
    data = verify_json(client, old).json()
    assert data["state"] == "valid"
    assert data["renewed_by"]["number"] == new.number


def test_unknown_code_is_not_found(client, db):
    response = client.get(reverse("certificates:verify_json", args=["no-such-code-at-all"]))
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert client.get(reverse("certificates:verify", args=["no-such-code-at-all"])).status_code == 404


def test_verification_form_takes_a_code_or_the_whole_address(client, certificate):
    url = reverse("certificates:verify_form")
    response = client.get(url, {"code": f"https://linkki.example/certificates/verify/{certificate.verification_code}/"})
    assert response.status_code == 302
    assert response.url == reverse("certificates:verify", args=[certificate.verification_code])


@pytest.mark.parametrize(
    "code, message",
    [
        ("", "Anna todentamiskoodi."),
        ("abc", "Tämä ei ole todentamiskoodi."),
        ("<script>alert(1)</script>", "Tämä ei ole todentamiskoodi."),
        ("a" * 30, "Millään todistuksella ei ole tätä todentamiskoodia."),
    ],
)
def test_verification_form_explains_bad_input_and_keeps_it(client, db, code, message):
    response = client.get(reverse("certificates:verify_form"), {"code": code})
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    if code == "a" * 30:
        assert f'value="{code}"' in body


def test_verification_is_rate_limited(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = 3
    for _ in range(3):
        assert verify_json(client, certificate).status_code == 200
    response = client.get(reverse("certificates:verify", args=[certificate.verification_code]))
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


def test_verification_queries_are_few(client, certificate, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        verify_json(client, certificate)
    with django_assert_max_num_queries(3):
        client.get(reverse("certificates:verify", args=[certificate.verification_code]))


@pytest.mark.parametrize(
    "language, message",
    [
        ("fi", "Yritä uudelleen"),
        ("sv", "Försök igen"),
    ],
)
def test_rate_limited_page_explains_in_the_readers_language(client, certificate, settings, language, message):
    settings.CERTIFICATE_VERIFY_RATE = 1
    url = reverse("certificates:verify", args=[certificate.verification_code])
    assert client.get(url, HTTP_ACCEPT_LANGUAGE=language).status_code == 200
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    assert message in response.content.decode()
    assert certificate.holder.get_full_name() not in response.content.decode()
    json_response = verify_json(client, certificate)
    assert json_response.status_code == 429 and json_response.json()["error"] == "rate_limited"


def test_verification_page_in_swedish(client, certificate):
    page = client.get(
        reverse("certificates:verify", args=[certificate.verification_code]), HTTP_ACCEPT_LANGUAGE="sv"
    ).content.decode()
    assert "Verifiering av intyg" in page and "Detta intyg är giltigt." in page


def test_malformed_code_gets_a_structured_json_error(client, db):
    response = client.get(reverse("certificates:verify_json", args=["abc"]), HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 400
    data = response.json()
    assert data["error"] == "invalid"
    assert data["errors"]["code"][0]["message"] == "Det här är ingen verifieringskod. Kontrollera den och försök igen."
