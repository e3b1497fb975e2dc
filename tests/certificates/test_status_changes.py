"""Suspension, reinstatement and revocation: by a coordinator, with a reason, audited and announced."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from certificates import selectors, services
from certificates.models import Certificate, CertificateEvent
from certificates.signals import certificate_changed

from .conftest import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(world):
    return services.issue_certificate(world.ready, world.course, on=TODAY)


@pytest.fixture
def announcements():
    received = []

    def listener(sender, certificate, **kwargs):
        received.append((certificate.number, certificate.status))

    certificate_changed.connect(listener)
    yield received
    certificate_changed.disconnect(listener)


def test_suspension_can_be_lifted_and_each_step_is_announced(
    world, certificate, announcements, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.suspend_certificate(certificate, by=world.coordinator, reason="Selvitys")
    assert selectors.certification_status(world.ready).state == selectors.Standing.SUSPENDED
    with django_capture_on_commit_callbacks(execute=True):
        services.reinstate_certificate(certificate, by=world.coordinator, reason="Selvitetty")
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ACTIVE
    assert certificate.status_reason == ""
    assert announcements == [(certificate.number, "suspended"), (certificate.number, "active")]
    assert [(e.action, e.by, e.reason) for e in selectors.audit_trail(certificate)] == [
        ("reinstated", world.coordinator, "Selvitetty"),
        ("suspended", world.coordinator, "Selvitys"),
        ("issued", None, ""),
    ]


def test_revocation_is_final(world, certificate, announcements, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.revoke_certificate(certificate, by=world.coordinator, reason="Ehdot eivät täyty")
    assert announcements == [(certificate.number, "revoked")]
    assert selectors.certification_status(world.ready).state == selectors.Standing.REVOKED
    with pytest.raises(ValidationError):
        services.reinstate_certificate(certificate, by=world.coordinator, reason="Vahinko")
    with pytest.raises(ValidationError):
        services.suspend_certificate(certificate, by=world.coordinator, reason="Vahinko")


def test_a_reason_is_required(world, certificate):
    with pytest.raises(ValidationError) as error:
        services.suspend_certificate(certificate, by=world.coordinator, reason="   ")
    assert "reason" in error.value.message_dict
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ACTIVE
    assert not certificate.events.filter(action=CertificateEvent.Action.SUSPENDED).exists()


def test_revoked_person_can_be_certified_again_later(world, certificate):
    services.revoke_certificate(certificate, by=world.coordinator, reason="Virhe")
    again = services.issue_certificate(world.ready, world.course, by=world.coordinator, on=TODAY)
    assert again.status == Certificate.Status.ACTIVE


def test_coordinator_suspends_from_the_page(client, world, certificate):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:suspend", args=[certificate.pk]), {"suspend-reason": "Selvitys"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.SUSPENDED
    page = client.get(response.url).content.decode()
    assert "Selvitys" in page
    assert "Keskeytetty" in page


def test_page_without_reason_explains_and_changes_nothing(client, world, certificate):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:revoke", args=[certificate.pk]), {"revoke-reason": ""})
    assert response.status_code == 400
    assert "Kerro syy" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ACTIVE


def test_reinstating_an_active_certificate_is_refused_on_the_page(client, world, certificate):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:reinstate", args=[certificate.pk]), {"reinstate-reason": "x"})
    assert response.status_code == 400
    assert certificate.number in response.content.decode()


def test_too_long_reason_is_explained_and_what_was_typed_is_kept(client, world, certificate):
    client.force_login(world.coordinator)
    typed = "Selvitys kesken. " * 120  # over the 2,000 characters a reason may have
    response = client.post(reverse("certificates:suspend", args=[certificate.pk]), {"suspend-reason": typed})
    assert response.status_code == 400
    body = response.content.decode()
    assert "enintään 2000 merkkiä" in body
    assert typed.strip() in body
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ACTIVE


def test_page_for_a_certificate_that_does_not_exist_is_not_found(client, world):
    client.force_login(world.coordinator)
    assert client.get(reverse("certificates:certificate", args=[999999])).status_code == 404
    assert client.post(reverse("certificates:revoke", args=[999999]), {"revoke-reason": "x"}).status_code == 404
    client.force_login(world.ready)
    assert client.get(reverse("certificates:pdf", args=[999999])).status_code == 404
    assert client.get(reverse("certificates:badge", args=[999999])).status_code == 404
