"""The renewal action beside each certificate expiring on the coordinator's home."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate, CertificationRule
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def expiring(world):
    """Iida's certificate, 45 days from its end: inside the rule's 90-day renewal window."""
    today = timezone.localdate()
    return f.certificate(world.idle, world.course, today - datetime.timedelta(days=700), valid_for_days=745)


def home(client, user):
    client.force_login(user)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_certificate_ready_for_renewal_is_renewed_from_the_home(client, world, expiring):
    page = home(client, world.coordinator)
    renew = reverse("certificates:renew", args=[expiring.pk])
    assert f'<form method="post" action="{renew}">' in page
    assert f"Uusi {expiring.number}" in page
    response = client.post(renew)
    assert response.status_code == 302
    expiring.refresh_from_db()
    assert expiring.status == Certificate.Status.SUPERSEDED
    renewed = expiring.renewal
    assert renewed.valid_until == expiring.valid_until + datetime.timedelta(days=730)
    assert response.url == reverse("certificates:certificate", args=[renewed.pk])
    page = client.get(response.url).content.decode()
    assert f"Todistus {expiring.number} on uusittu: uusi todistus {renewed.number}" in page


def test_what_a_renewal_still_needs_is_shown_and_linked(client, world, expiring):
    CertificationRule.objects.filter(course=world.course).update(renewal_supervision_hours=Decimal("3"))
    page = home(client, world.coordinator)
    assert reverse("certificates:renew", args=[expiring.pk]) not in page
    assert f"{reverse('certificates:certificate', args=[expiring.pk])}#renewal" in page
    assert "3,00 h työnohjausta puuttuu" in page
    detail = client.get(reverse("certificates:certificate", args=[expiring.pk])).content.decode()
    assert "Myöntämisen jälkeen vahvistettuja työnohjaustunteja: 0,00/3,00" in detail


def test_renewing_before_it_is_met_is_refused_with_a_message(client, world, expiring):
    CertificationRule.objects.filter(course=world.course).update(renewal_supervision_hours=Decimal("3"))
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:renew", args=[expiring.pk]))
    assert response.status_code == 400
    assert f"Todistusta {expiring.number} ei voi vielä uusia." in response.content.decode()
    expiring.refresh_from_db()
    assert expiring.status == Certificate.Status.ACTIVE


def test_a_certificate_far_from_its_end_says_when_renewal_opens(client, world):
    today = timezone.localdate()
    far = f.certificate(world.idle, world.course, today - datetime.timedelta(days=650), valid_for_days=730)
    CertificationRule.objects.filter(course=world.course).update(renewal_window_days=30)
    page = home(client, world.coordinator)
    opens = far.valid_until - datetime.timedelta(days=30)
    assert f"Uusiminen avautuu {opens:%-d.%-m.%Y}" in page


@pytest.mark.parametrize("role", ["trainee", "mentor", "trainer", "idle", "other_coordinator"])
def test_only_a_coordinator_of_the_holder_renews(client, world, expiring, role):
    client.force_login(getattr(world, role))
    response = client.post(reverse("certificates:renew", args=[expiring.pk]))
    assert response.status_code in (403, 404)
    expiring.refresh_from_db()
    assert expiring.status == Certificate.Status.ACTIVE


def test_an_administrator_renews_too(client, world, expiring):
    client.force_login(world.administrator)
    assert client.post(reverse("certificates:renew", args=[expiring.pk])).status_code == 302


def test_renewal_is_a_post_and_needs_a_login(client, world, expiring):
    url = reverse("certificates:renew", args=[expiring.pk])
    response = client.post(url)
    assert response.status_code == 302 and reverse("login") in response.url
    client.force_login(world.coordinator)
    assert client.get(url).status_code == 405
    assert client.post(reverse("certificates:renew", args=[999999])).status_code == 404
