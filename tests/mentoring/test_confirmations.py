"""Ending a pairing and deleting a session ask first; a confirmation in a long list returns to its item."""

import datetime

import pytest
from django.urls import reverse

from mentoring.models import Pairing, SupervisionSession
from tests.common.test_error_summary import summary_of, title_of

pytestmark = pytest.mark.django_db


def test_ending_a_pairing_asks_first_naming_both_people_with_todays_date(client, world):
    pairing = world.mentee.pairings_as_mentee.get()
    client.force_login(world.coordinator)
    response = client.get(reverse("mentoring:pairing_end", args=[world.cohort.pk, pairing.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert str(world.mentee) in title_of(page) and str(world.mentor) in title_of(page)
    assert 'name="ended_on"' in page and "button--danger" in page
    pairing.refresh_from_db()
    assert pairing.ended_on is None


def test_a_confirmed_end_returns_to_the_trainees_row(client, world):
    pairing = world.mentee.pairings_as_mentee.get()
    client.force_login(world.coordinator)
    response = client.post(
        reverse("mentoring:pairing_end", args=[world.cohort.pk, pairing.pk]), {"ended_on": "2026-04-01"}
    )
    assert response.url == reverse("mentoring:cohort", args=[world.cohort.pk]) + f"#trainee-{world.mentee.pk}"
    assert Pairing.objects.get(pk=pairing.pk).ended_on == datetime.date(2026, 4, 1)
    assert f'<tr id="trainee-{world.mentee.pk}">' in client.get(response.url).content.decode()


def test_a_bad_end_date_stays_on_the_confirmation_with_the_error_summarised(client, world):
    pairing = world.mentee.pairings_as_mentee.get()
    client.force_login(world.coordinator)
    response = client.post(
        reverse("mentoring:pairing_end", args=[world.cohort.pk, pairing.pk]), {"ended_on": "2025-01-01"}
    )
    page = response.content.decode()
    assert response.status_code == 400 and title_of(page).startswith("Virhe: ")
    assert summary_of(page)[0][0] == "#id_ended_on"


def test_deleting_a_session_asks_first_and_deletes_only_when_confirmed(client, world):
    client.force_login(world.mentor)
    url = reverse("mentoring:session_delete", args=[world.session.pk])
    page = client.get(url).content.decode()
    assert title_of(page).startswith("Poistetaanko työnohjauskerta 10.2.2026?") and "button--danger" in page
    assert SupervisionSession.objects.filter(pk=world.session.pk).exists()
    assert client.post(url).url == reverse("mentoring:mentees")
    assert not SupervisionSession.objects.filter(pk=world.session.pk).exists()


def test_only_the_sessions_mentor_and_the_cohorts_coordinators_reach_the_confirmations(client, world):
    pairing = world.mentee.pairings_as_mentee.get()
    client.force_login(world.other_mentor)
    assert client.get(reverse("mentoring:session_delete", args=[world.session.pk])).status_code == 404
    client.force_login(world.other_coordinator)
    assert client.get(reverse("mentoring:pairing_end", args=[world.cohort.pk, pairing.pk])).status_code == 404
    client.force_login(world.mentee)
    assert client.get(reverse("mentoring:pairing_end", args=[world.cohort.pk, pairing.pk])).status_code == 403


def test_confirming_a_session_returns_the_mentee_to_it_in_the_list(client, world):
    attendance = world.session.attendances.get(mentee=world.mentee)
    client.force_login(world.mentee)
    response = client.post(reverse("mentoring:attendance_confirm", args=[attendance.pk]), {})
    assert response.url == reverse("mentoring:mine") + f"#session-{attendance.pk}"
    assert f'<article class="card" id="session-{attendance.pk}"' in client.get(response.url).content.decode()


def test_confirming_for_a_mentee_returns_the_coordinator_to_the_session(client, world):
    attendance = world.session.attendances.get(mentee=world.mentee)
    client.force_login(world.coordinator)
    response = client.post(
        reverse("mentoring:confirm_on_behalf", args=[attendance.pk]), {f"c{attendance.pk}-reason": "Paperilla"}
    )
    assert response.url == reverse("mentoring:record", args=[world.mentee.pk]) + f"#attendance-{attendance.pk}"


def test_a_refused_reflection_in_the_list_is_summarised(client, world):
    attendance = world.session.attendances.get(mentee=world.mentee)
    client.force_login(world.mentee)
    response = client.post(
        reverse("mentoring:attendance_confirm", args=[attendance.pk]), {f"a{attendance.pk}-reflection": "x" * 20000}
    )
    assert response.status_code == 400
    assert summary_of(response.content.decode())[0][0] == f"#id_a{attendance.pk}-reflection"
