"""Revoking a certificate asks first, on a page of its own that works without JavaScript."""

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from tests.common.test_error_summary import summary_of, title_of

from .conftest import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(world):
    return services.issue_certificate(world.ready, world.course, on=TODAY)


def test_the_certificate_page_leads_to_a_confirmation_instead_of_revoking_in_one_tap(client, world, certificate):
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:certificate", args=[certificate.pk])).content.decode()
    revoke = reverse("certificates:revoke", args=[certificate.pk])
    assert f'<a href="{revoke}" class="button button--danger">' in page
    assert f'action="{revoke}"' not in page


def test_the_confirmation_names_the_certificate_and_its_holder_and_changes_nothing(client, world, certificate):
    client.force_login(world.coordinator)
    response = client.get(reverse("certificates:revoke", args=[certificate.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert title_of(page).startswith(f"Perutaanko henkilön Máret Aikio todistus {certificate.number}?")
    assert "Peruutusta ei voi kumota." in page and 'name="revoke-reason"' in page
    assert '<button type="submit" class="button button--danger">Peru todistus</button>' in page
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ACTIVE


def test_a_confirmation_without_a_reason_stays_on_the_confirmation_with_the_error_summarised(
    client, world, certificate
):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:revoke", args=[certificate.pk]), {"revoke-reason": " "})
    page = response.content.decode()
    assert response.status_code == 400
    assert summary_of(page)[0][0] == "#id_revoke-reason" and title_of(page).startswith("Virhe: Perutaanko")
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.ACTIVE


def test_a_confirmed_revocation_revokes_and_returns_to_the_certificate(client, world, certificate):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:revoke", args=[certificate.pk]), {"revoke-reason": "Ehdot eivät"})
    assert response.url == reverse("certificates:certificate", args=[certificate.pk])
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED


def test_only_the_cohorts_coordinators_reach_the_confirmation(client, world, certificate):
    url = reverse("certificates:revoke", args=[certificate.pk])
    client.force_login(world.other_coordinator)
    assert client.get(url).status_code == 404
    for person in (world.trainer, world.ready, world.mentor):
        client.force_login(person)
        assert client.get(url).status_code == 403


def test_issuing_from_the_cohort_list_returns_to_the_persons_row(client, world):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:issue", args=[world.cohort.pk, world.ready.pk]))
    assert response.url == reverse("certificates:cohort", args=[world.cohort.pk]) + f"#person-{world.ready.pk}"
    page = client.get(response.url).content.decode()
    assert f'<tr id="person-{world.ready.pk}">' in page
