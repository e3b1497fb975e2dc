"""Each mentor's load: the busiest on the home, every one on the mentors' page, each number linked."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from overview.selectors import MENTORS_CHARTED
from tests import factories as f
from tests.utils import count_queries

from .conftest import enrolled_long_ago

pytestmark = pytest.mark.django_db


def mentees_with_their_own_mentors(world, n):
    """`n` more trainees in the followed cohort, each with a mentor of their own."""
    mentors = []
    for index in range(n):
        person = f.trainee()
        enrolled_long_ago(person, world.north)
        mentor = f.mentor(first_name="Mentori", last_name=f"{index:03d}")
        f.pair(person, mentor)
        mentors.append(mentor)
    return mentors


def test_the_overdue_mentees_of_a_mentor_are_linked_from_the_chart(client, world):
    f.supervision_requirement(world.course, training_hours="10")
    world.north.end_date = timezone.localdate() - datetime.timedelta(days=1)
    world.north.save()
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    overdue = reverse("overview:people", args=[f"mentor-{world.mentor.pk}-overdue"])
    assert f'<a href="{overdue}">1</a>' in page
    listed = client.get(overdue).content.decode()
    assert "Máret Aikio" in listed and "Olli Outsider" not in listed


def test_the_home_charts_the_busiest_mentors_and_links_to_all(client, world):
    mentees_with_their_own_mentors(world, MENTORS_CHARTED + 3)
    client.force_login(world.coordinator)
    page = client.get(reverse("dashboard")).content.decode()
    assert f"Kaikki {MENTORS_CHARTED + 4} mentoria" in page
    assert reverse("overview:mentors") in page
    # Maija, with two current mentees, is the busiest; the last of the others is on the mentors' page only.
    assert reverse("overview:people", args=[f"mentor-{world.mentor.pk}"]) in page
    assert "Mentori 014" not in page
    listed = client.get(reverse("overview:mentors")).content.decode()
    assert "Mentori 014" in listed and "Maija Mentor" in listed
    assert f"{MENTORS_CHARTED + 4} mentoria" in listed


def test_a_few_mentors_need_no_link_to_all(client, world):
    client.force_login(world.coordinator)
    assert reverse("overview:mentors") not in client.get(reverse("dashboard")).content.decode()


def test_the_mentors_page_keeps_the_homes_scope(client, world):
    client.force_login(world.other_coordinator)
    listed = client.get(reverse("overview:mentors")).content.decode()
    # Maija mentors Olli in the other coordinator's cohort, but not Máret for them.
    assert "Maija Mentor" in listed
    assert reverse("overview:people", args=[f"mentor-{world.mentor.pk}"]) in listed
    response = client.get(reverse("overview:mentors"), {"cohort": world.north.pk})
    assert response.status_code == 400
    assert "Et seuraa tätä koulutusryhmää." in response.content.decode()


def test_the_mentors_page_refuses_bad_filters_and_survives_a_bad_page(client, world):
    client.force_login(world.coordinator)
    url = reverse("overview:mentors")
    assert client.get(url, {"area": "no-such-area"}).status_code == 400
    assert client.get(url, {"cohort": "x" * 300}).status_code == 400
    assert client.get(url, {"page": "not-a-page"}).status_code == 200
    assert client.get(url, {"page": "99999"}).status_code == 200


@pytest.mark.parametrize("role", ["trainee", "mentor", "trainer", "ready"])
def test_only_coordinators_and_administrators_see_the_mentors_page(client, world, role):
    client.force_login(getattr(world, role))
    assert client.get(reverse("overview:mentors")).status_code == 403


def test_an_administrator_sees_every_mentor(client, world):
    client.force_login(world.administrator)
    assert "Maija Mentor" in client.get(reverse("overview:mentors")).content.decode()


def test_anonymous_visitor_is_sent_to_log_in_from_the_mentors_page(client, world):
    response = client.get(reverse("overview:mentors"))
    assert response.status_code == 302 and reverse("login") in response.url


def test_mentors_page_queries_do_not_grow_with_the_number_of_mentors(client, world):
    client.force_login(world.coordinator)
    url = reverse("overview:mentors")
    client.get(url)
    counts = []
    for n in (2, 12):
        mentees_with_their_own_mentors(world, n)
        counts.append(count_queries(client.get, url))
    assert counts[0] == counts[1], counts
