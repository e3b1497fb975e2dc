import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import ServiceArea
from overview.models import Population
from tests import factories as f
from tests.utils import count_queries

from .conftest import add_people, enrolled_long_ago

pytestmark = pytest.mark.django_db


def people_url(key, query=""):
    return reverse("overview:people", args=[key]) + query


def names_in(client, key, query=""):
    response = client.get(people_url(key, query))
    assert response.status_code == 200
    return response.content.decode()


def figure_link(page, key, query=""):
    """The number a figure's link shows on the home page (the first link to its people)."""
    found = re.search(rf'<a href="{re.escape(people_url(key, query))}">(\d+)</a>', page)
    return int(found.group(1)) if found else None


def test_coordinator_home_shows_the_pipeline_of_the_cohorts_they_follow(client, world):
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert figure_link(page, "pipeline-enrolled") == 2  # ready and idle, not the other cohort's outsider
    assert figure_link(page, "pipeline-modules") == 1
    assert figure_link(page, "pipeline-assessments") == 1
    assert figure_link(page, "pipeline-hours") == 1
    assert figure_link(page, "pipeline-certified") == 0


def test_the_people_behind_a_figure_are_only_those_the_coordinator_follows(client, world):
    client.force_login(world.coordinator)
    page = names_in(client, "pipeline-enrolled")
    assert "Máret Aikio" in page and "Iida Idle" in page
    assert "Olli Outsider" not in page
    client.force_login(world.other_coordinator)
    page = names_in(client, "pipeline-enrolled")
    assert "Olli Outsider" in page and "Máret Aikio" not in page


def test_a_cohort_the_coordinator_does_not_follow_is_refused_with_a_message(client, world):
    client.force_login(world.coordinator)
    for url in (reverse("dashboard"), people_url("pipeline-enrolled")):
        response = client.get(url, {"cohort": world.west.pk})
        assert response.status_code == 400
        page = response.content.decode()
        assert "Et seuraa tätä koulutusryhmää. Valitse ryhmä luettelosta." in page
        assert "Olli Outsider" not in page


def test_a_service_area_the_coordinator_does_not_follow_is_refused(client, world):
    client.force_login(world.coordinator)
    response = client.get(reverse("dashboard"), {"area": "west"})
    assert response.status_code == 400
    assert "Et seuraa tätä palvelualuetta." in response.content.decode()
    assert client.get(reverse("dashboard"), {"area": "no-such-area"}).status_code == 400
    assert client.get(reverse("dashboard"), {"cohort": "not-a-number"}).status_code == 400


def test_a_cohort_and_an_area_at_once_is_refused(client, world):
    client.force_login(world.coordinator)
    response = client.get(reverse("dashboard"), {"cohort": world.north.pk, "area": "north"})
    assert response.status_code == 400
    assert "Valitse joko ryhmä tai palvelualue, ei molempia." in response.content.decode()


def test_the_filter_narrows_every_figure_and_its_links(client, world):
    second = f.CohortFactory(course=world.course, name="Inari 2026", municipality=f.municipality("Inari"))
    second.coordinators.add(world.coordinator)
    enrolled_long_ago(f.trainee(first_name="Ante", last_name="Inarilainen"), second)
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert figure_link(page, "pipeline-enrolled") == 3
    query = f"?cohort={second.pk}"
    page = client.get(reverse("dashboard") + query).content.decode()
    assert figure_link(page, "pipeline-enrolled", query) == 1
    listed = names_in(client, "pipeline-enrolled", query)
    assert "Ante Inarilainen" in listed and "Máret Aikio" not in listed


def test_an_administrator_follows_every_cohort_and_service_area(client, world):
    client.force_login(world.administrator)
    page = client.get(reverse("dashboard")).content.decode()
    assert figure_link(page, "pipeline-enrolled") == 3
    assert figure_link(page, "capacity-851") is not None  # Tornio, in the western area
    assert client.get(reverse("dashboard"), {"area": "west"}).status_code == 200


@pytest.mark.parametrize("role", ["trainee", "mentor", "trainer", "ready"])
def test_other_roles_have_no_programme_overview(client, world, role):
    client.force_login(getattr(world, role))
    page = client.get(reverse("dashboard")).content.decode()
    assert reverse("overview:people", args=["pipeline-enrolled"]) not in page
    assert client.get(people_url("pipeline-enrolled")).status_code == 403


def test_anonymous_visitor_is_sent_to_log_in_from_the_people_list(client, world):
    response = client.get(people_url("stale"))
    assert response.status_code == 302 and reverse("login") in response.url


def test_an_unknown_figure_is_404(client, world):
    client.force_login(world.coordinator)
    assert client.get(people_url("no-such-figure")).status_code == 404
    assert client.get(people_url(f"mentor-{world.other_coordinator.pk}")).status_code == 404


def test_trainees_without_progress_in_30_days_are_listed(client, world):
    client.force_login(world.coordinator)
    page = names_in(client, "stale")
    assert "Iida Idle" in page
    assert "Máret Aikio" not in page  # enrolled today


def test_a_completion_in_the_last_30_days_counts_as_progress(client, world):
    activity = world.course.modules.first().activities.first()
    f.ActivityCompletionFactory(user=world.idle, activity=activity)
    client.force_login(world.coordinator)
    assert "Iida Idle" not in names_in(client, "stale")


def test_certificates_expiring_are_grouped_by_30_60_and_90_days_with_their_renewal(client, world):
    today = timezone.localdate()
    soon = f.certificate(world.idle, world.course, today - datetime.timedelta(days=700), valid_for_days=700 + 45)
    f.certificate(world.ready, world.course, today - datetime.timedelta(days=700), valid_for_days=700 + 120)
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert figure_link(page, "expiring-30") == 0
    assert figure_link(page, "expiring-60") == 1
    assert figure_link(page, "expiring-90") == 0
    assert reverse("certificates:certificate", args=[soon.pk]) in page
    assert "Iida Idle" in names_in(client, "expiring-60")


def test_supervision_overdue_follows_the_supervision_rule(client, world):
    f.supervision_requirement(world.course, training_hours="10")
    world.north.end_date = timezone.localdate() - datetime.timedelta(days=1)
    world.north.save()
    client.force_login(world.coordinator)
    page = names_in(client, "overdue")
    # Both are short of 10 confirmed hours after the cohort ended.
    assert "Iida Idle" in page and "Máret Aikio" in page
    assert "Olli Outsider" not in page


def test_mentor_load_counts_followed_mentees_and_all_current_ones(client, world):
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert figure_link(page, f"mentor-{world.mentor.pk}") == 1  # the ready trainee; the outsider is not followed
    assert "Maija Mentor 2" in page  # both current mentees
    listed = names_in(client, f"mentor-{world.mentor.pk}")
    assert "Máret Aikio" in listed and "Olli Outsider" not in listed


def test_capacity_sits_beside_referrals_expected_from_the_population(client, world, settings):
    settings.REFERRALS_PER_1000_RESIDENTS = Decimal("10")
    settings.REFERRAL_SUPPORT_MONTHS = Decimal("3")
    f.certified_worker(municipality_name="Sodankylä", max_clients=3)
    sodankyla = Population.objects.get(municipality__name="Sodankylä")
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert figure_link(page, "capacity-758") == 12  # 3 places x 12 months / 3 months
    expected = round(sodankyla.residents * 10 / 1000)
    assert f"Odotetut lähetteet vuodessa {expected}" in page
    assert sodankyla.source in page
    assert figure_link(page, "capacity-851") is None  # Tornio is in an area the coordinator does not follow


def test_the_planning_rate_is_a_setting(client, world, settings):
    settings.REFERRALS_PER_1000_RESIDENTS = Decimal("20")
    residents = Population.objects.get(municipality__name="Sodankylä").residents
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert f"Odotetut lähetteet vuodessa {round(residents * 20 / 1000)}" in page


def test_populations_of_every_lapland_municipality_are_loaded_with_source_and_year(db):
    lapland = ServiceArea.objects.filter(county="lappi")
    populations = Population.objects.filter(municipality__service_area__in=lapland)
    assert populations.count() == 21
    assert set(populations.values_list("year", flat=True)) == {2023}
    assert all("Statistics Finland" in p.source for p in populations)


def test_capacity_links_to_the_roster_entries_behind_it(client, world):
    entry = f.certified_worker(municipality_name="Sodankylä")
    client.force_login(world.coordinator)
    assert reverse("roster:person", args=[entry.pk]) in names_in(client, "capacity-758")


def test_coordinator_home_queries_do_not_grow_with_the_number_of_people(client, world):
    client.force_login(world.coordinator)
    url = reverse("dashboard")
    client.get(url)
    counts = []
    for n in (2, 12):
        add_people(world.course, world.north, world.mentor, n)
        for number in range(n):
            f.certified_worker(municipality_name="Inari", max_clients=2 + number % 2)
        counts.append(count_queries(client.get, url))
    assert counts[0] == counts[1], counts


def test_people_list_queries_do_not_grow_with_the_number_of_people(client, world):
    client.force_login(world.coordinator)
    url = people_url("pipeline-enrolled")
    client.get(url)
    counts = []
    for n in (2, 12):
        add_people(world.course, world.north, world.mentor, n)
        counts.append(count_queries(client.get, url))
    assert counts[0] == counts[1], counts


def test_the_people_list_pages_through_many_people(client, world):
    add_people(world.course, world.north, world.mentor, 55)
    client.force_login(world.coordinator)
    first = names_in(client, "pipeline-enrolled")
    assert "57 henkilöä" in first and "Sivu 1 / 2" in first
    second = client.get(people_url("pipeline-enrolled"), {"page": "2"})
    assert second.status_code == 200 and "Sivu 2 / 2" in second.content.decode()
    assert client.get(people_url("pipeline-enrolled"), {"page": "not-a-page"}).status_code == 200


def test_each_population_source_and_year_is_named_and_the_newest_year_is_used(client, world):
    sodankyla = f.municipality("Sodankylä")
    Population.objects.create(municipality=sodankyla, year=2024, residents=20000, source="Tilastokeskus 2024")
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert "Asukkaat: Tilastokeskus 2024 (2024)." in page
    assert "Statistics Finland, 11ra" in page and "(2023)." in page  # the other municipalities' count
    assert "Odotetut lähetteet vuodessa 200" in page  # 20,000 x 10 per 1,000
    assert '<th scope="row">Sodankylä</th><td class="number">20000</td><td>2024</td>' in page


def test_a_municipality_without_a_population_says_so_instead_of_zero(client, world):
    Population.objects.filter(municipality__name="Sodankylä").delete()
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert "Odotetut lähetteet vuodessa ei lukua" in page
    assert "Näille kunnille ei vielä ole asukaslukua, joten niiden odotettuja lähetteitä ei lasketa: Sodankylä." in page


def test_more_than_twenty_expiring_certificates_link_to_everyone_expiring(client, world):
    today = timezone.localdate()
    for index in range(25):
        person = f.trainee()
        enrolled_long_ago(person, world.north)
        f.certificate(person, world.course, today - datetime.timedelta(days=700), valid_for_days=701 + 3 * index)
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert "Kaikki 25 henkilöä, joiden todistus vanhenee seuraavan 90 päivän aikana" in page
    listed = names_in(client, "expiring")
    assert "25 henkilöä" in listed
