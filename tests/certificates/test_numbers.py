"""Each number means one thing: the certificate's own hours target is named, missing modules are linked,
and a revoked certificate shows when it was revoked instead of a validity date."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import services
from courses.models import Module
from tests import factories as f
from tests.utils import count_queries

from .conftest import TODAY

pytestmark = pytest.mark.django_db


def test_the_certificate_page_names_its_hours_target_and_links_each_missing_module(client, world):
    first, second = Module.objects.filter(course=world.course, is_required=True).order_by("order")
    f.ActivityCompletionFactory(user=world.unready, activity=second.activities.first())
    client.force_login(world.unready)
    page = client.get(reverse("certificates:mine")).content.decode()
    assert "Todistukseen vaadittavat työnohjaustunnit: 0,00/2,00 h" in page
    missing = re.search(r'<ul class="missing-modules">(.*?)</ul>', page, re.S).group(1)
    links = re.findall(r'<a href="([^"]+)" lang="fi">([^<]+)</a>', missing)
    assert links == [(first.get_absolute_url(), first.title["fi"]), (second.get_absolute_url(), second.title["fi"])]


def test_the_cohort_list_names_missing_modules_without_linking_pages_a_coordinator_cannot_open(client, world):
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    row = re.search(rf'<tr id="person-{world.unready.pk}">.*?</tr>', page, re.S).group(0)
    assert 'class="missing-modules"' in row and '<a href="/modules/' not in row


def test_a_revoked_certificate_shows_when_it_was_revoked_instead_of_valid_until(client, world):
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    services.revoke_certificate(certificate, by=world.coordinator, reason="Ehtoja rikottu")
    revoked_on = timezone.localdate().strftime("%-d.%-m.%Y")
    valid_until = certificate.valid_until.strftime("%-d.%-m.%Y")

    client.force_login(world.coordinator)
    cohort_page = client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    row = re.search(rf'<tr id="person-{world.ready.pk}">.*?</tr>', cohort_page, re.S).group(0)
    assert f"peruttu {revoked_on}" in row and valid_until not in row

    detail = client.get(reverse("certificates:certificate", args=[certificate.pk])).content.decode()
    assert f"<dt>Peruttu</dt><dd>{revoked_on}</dd>" in detail and valid_until not in detail

    client.logout()
    public = client.get(reverse("certificates:verify", args=[certificate.verification_code])).content.decode()
    assert f"<dt>Peruttu</dt><dd>{revoked_on}</dd>" in public
    assert "Voimassa" not in public and valid_until not in public


def test_a_suspended_certificate_keeps_its_validity_date_beside_the_day_it_was_suspended(client, world):
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    services.suspend_certificate(certificate, by=world.coordinator, reason="Selvitys")
    client.force_login(world.coordinator)
    page = client.get(reverse("certificates:cohort", args=[world.cohort.pk])).content.decode()
    row = re.search(rf'<tr id="person-{world.ready.pk}">.*?</tr>', page, re.S).group(0)
    assert f"keskeytetty {timezone.localdate().strftime('%-d.%-m.%Y')}" in row


def test_the_cohort_list_reads_revocation_dates_in_the_same_number_of_queries_for_more_people(client, world):
    client.force_login(world.coordinator)
    url = reverse("certificates:cohort", args=[world.cohort.pk])

    def revoked_holder():
        person = f.certifiable(world.course, world.cohort, mentor_user=world.mentor)
        certificate = services.issue_certificate(person, world.course, on=TODAY)
        services.revoke_certificate(certificate, by=world.coordinator, reason="Ehtoja rikottu")

    revoked_holder()
    few = count_queries(client.get, url)
    for _ in range(3):
        revoked_holder()
    assert count_queries(client.get, url) == few
