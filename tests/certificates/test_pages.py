"""The holder's and the coordinator's pages: what they show, and constant query counts."""

import pytest
from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from tests import factories as f

from .conftest import TODAY

pytestmark = pytest.mark.django_db


def test_my_certificates_lists_downloads_and_verification_link(client, world):
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    client.force_login(world.ready)
    page = client.get(reverse("certificates:mine")).content.decode()
    assert certificate.number in page
    assert reverse("certificates:pdf", args=[certificate.pk]) in page
    assert reverse("certificates:badge", args=[certificate.pk]) in page
    assert reverse("certificates:verify", args=[certificate.verification_code]) in page


def test_my_certificates_shows_what_is_still_missing(client, world):
    client.force_login(world.unready)
    page = client.get(reverse("certificates:mine")).content.decode()
    assert "Sinulla ei ole vielä todistusta." in page
    assert "Pakollisia moduuleja suoritettu: 0/2" in page


def test_coordinator_issues_from_the_cohort_page(client, world):
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    url = reverse("certificates:issue", args=[world.cohort.pk, world.ready.pk])
    assert url in page
    assert reverse("certificates:issue", args=[world.cohort.pk, world.unready.pk]) not in page
    response = client.post(url)
    assert response.status_code == 302
    certificate = Certificate.objects.get(holder=world.ready)
    assert certificate.issued_by == world.coordinator
    assert certificate.number in client.get(response.url).content.decode()


def test_issuing_to_someone_not_ready_explains_why(client, world):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:issue", args=[world.cohort.pk, world.unready.pk]))
    assert response.status_code == 400
    assert not Certificate.objects.filter(holder=world.unready).exists()


def test_issuing_to_someone_outside_the_cohort_is_hidden(client, world):
    client.force_login(world.coordinator)
    response = client.post(reverse("certificates:issue", args=[world.cohort.pk, world.outsider.pk]))
    assert response.status_code == 404


def test_approval_rule_shows_approve_and_issue(client, world):
    world.rule.requires_coordinator_approval = True
    world.rule.save()
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    assert "Hyväksy ja myönnä" in page


def _cohort_of(size, course):
    coordinator = f.coordinator()
    cohort = f.CohortFactory(course=course, coordinators=[coordinator])
    mentor = f.mentor()
    for index in range(size):
        person = f.certifiable(course, cohort, mentor_user=mentor)
        if index % 2 == 0:
            services.issue_certificate(person, course)
    return cohort, coordinator


def test_cohort_overview_queries_do_not_grow_with_the_cohort(client, world, django_assert_num_queries):
    from tests.utils import count_queries

    small, small_coordinator = _cohort_of(1, world.course)
    large, large_coordinator = _cohort_of(12, world.course)
    client.force_login(small_coordinator)
    small_count = count_queries(client.get, reverse("certificates:cohort", args=[small.pk]))
    client.force_login(large_coordinator)
    large_count = count_queries(client.get, reverse("certificates:cohort", args=[large.pk]))
    assert small_count == large_count


def test_my_certificates_queries_do_not_grow_with_the_certificates(client, world):
    from tests.utils import count_queries

    services.issue_certificate(world.ready, world.course, on=TODAY)
    client.force_login(world.ready)
    one = count_queries(client.get, reverse("certificates:mine"))
    for year in range(2010, 2016):
        f.certificate(
            world.ready, world.course, __import__("datetime").date(year, 1, 1), status=Certificate.Status.SUPERSEDED
        )
    assert count_queries(client.get, reverse("certificates:mine")) == one


def test_holder_of_a_valid_certificate_is_linked_to_their_roster_details(
    client, world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # the roster entry follows the announcement
        services.issue_certificate(world.ready, world.course)
    client.force_login(world.ready)
    page = client.get(reverse("certificates:mine")).content.decode()
    assert reverse("roster:mine") in page
    assert "Aseta toiveesi uusista asiakkaista rekisterissä" in page
    assert client.get(reverse("roster:mine")).status_code == 200


def test_roster_link_is_not_offered_without_a_valid_certificate(client, world):
    client.force_login(world.unready)
    assert reverse("roster:mine") not in client.get(reverse("certificates:mine")).content.decode()
    certificate = services.issue_certificate(world.ready, world.course)
    services.revoke_certificate(certificate, by=world.coordinator, reason="Ehdot eivät täyty")
    client.force_login(world.ready)
    assert reverse("roster:mine") not in client.get(reverse("certificates:mine")).content.decode()
    f.certificate(world.outsider, world.course, __import__("datetime").date(2020, 1, 1))  # expired long ago
    client.force_login(world.outsider)
    assert reverse("roster:mine") not in client.get(reverse("certificates:mine")).content.decode()


def test_my_certificates_page_in_swedish(client, world):
    services.issue_certificate(world.ready, world.course)
    client.force_login(world.ready)
    page = client.get(reverse("certificates:mine"), HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Mina intyg" in page
    assert "Ställ in dina önskemål om nya klienter i registret" in page


def test_cohort_list_queries_do_not_grow_with_the_cohorts(client, world):
    from tests.utils import count_queries

    client.force_login(world.coordinator)
    one = count_queries(client.get, reverse("certificates:cohorts"))
    for _ in range(8):
        f.CohortFactory(course=world.course, coordinators=[world.coordinator])
    page = client.get(reverse("certificates:cohorts"))
    assert page.content.decode().count(reverse("certificates:cohort", args=[world.cohort.pk])) == 1
    assert count_queries(client.get, reverse("certificates:cohorts")) == one


def test_certificate_page_queries_do_not_grow_with_its_audit_trail(client, world):
    from tests.utils import count_queries

    certificate = services.issue_certificate(world.ready, world.course)
    client.force_login(world.coordinator)
    url = reverse("certificates:certificate", args=[certificate.pk])
    one = count_queries(client.get, url)
    for step in range(4):
        services.suspend_certificate(certificate, by=world.coordinator, reason=f"Selvitys {step}")
        services.reinstate_certificate(certificate, by=world.other_coordinator, reason=f"Selvitetty {step}")
    page = client.get(url).content.decode()
    assert "Selvitetty 3" in page
    assert count_queries(client.get, url) == one


def test_coordinator_can_certify_again_after_a_revocation_but_not_while_certified(client, world):
    certificate = services.issue_certificate(world.ready, world.course)
    url = reverse("certificates:issue", args=[world.cohort.pk, world.ready.pk])
    client.force_login(world.coordinator)
    assert url not in client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    services.suspend_certificate(certificate, by=world.coordinator, reason="Selvitys")
    assert url not in client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    services.revoke_certificate(certificate, by=world.coordinator, reason="Virhe")
    assert url in client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    assert client.post(url).status_code == 302
    assert Certificate.objects.filter(holder=world.ready, status=Certificate.Status.ACTIVE).count() == 1
