"""Logging the same mentee, date and length again is asked about first; the mentor can still log it."""

import datetime

import pytest
from django.urls import reverse

from mentoring.models import SupervisionSession
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

WARNING = "Tämä työnohjauskerta on jo kirjattu: sama mentoroitava, päivä ja kesto."


def session_data(world, **overrides):
    data = {
        "held_on": "2026-03-05",
        "duration_minutes": "75",
        "format": "video",
        "kind": "one_to_one",
        "mentees": [world.mentee.pk],
        "summary": "Käytiin läpi oman jaksamisen keinoja.",
    }
    data.update(overrides)
    return data


def log(client, world, **overrides):
    return client.post(reverse("mentoring:session_create"), session_data(world, **overrides))


def sessions_of(world):
    return SupervisionSession.objects.filter(mentor=world.mentor, held_on=datetime.date(2026, 3, 5))


def test_logging_the_same_session_again_warns_and_logs_nothing(client, world):
    client.force_login(world.mentor)
    first = log(client, world)
    assert first.status_code == 302
    again = log(client, world)
    page = again.content.decode()
    assert again.status_code == 400
    assert WARNING in page
    assert 'type="checkbox" name="allow_duplicate"' in page
    assert "Tämä on eri työnohjauskerta: kirjaa silti" in page
    assert "Jo kirjattu" in page
    assert f'href="{sessions_of(world).get().get_absolute_url()}"' in page
    assert "5.3.2026, 75 min" in page
    # What was typed stays on the page.
    assert "Käytiin läpi oman jaksamisen keinoja." in page
    assert sessions_of(world).count() == 1


def test_the_warning_is_in_the_error_summary_and_the_title(client, world):
    client.force_login(world.mentor)
    log(client, world)
    page = log(client, world).content.decode()
    assert 'href="#id_allow_duplicate"' in page
    assert "<title>Virhe:" in page


def test_a_mentor_who_means_it_logs_the_second_session(client, world):
    client.force_login(world.mentor)
    log(client, world)
    response = log(client, world, allow_duplicate="on")
    assert response.status_code == 302
    assert sessions_of(world).count() == 2


def test_three_times_the_same_warns_each_time_until_confirmed(client, world):
    client.force_login(world.mentor)
    log(client, world)
    log(client, world, allow_duplicate="on")
    page = log(client, world).content.decode()
    assert WARNING in page
    assert page.count("5.3.2026, 75 min") == 2
    assert sessions_of(world).count() == 2


@pytest.mark.parametrize(
    "overrides",
    [{"duration_minutes": "60"}, {"held_on": "2026-03-06"}, {"mentees": "mentee2"}],
)
def test_another_length_date_or_mentee_is_no_duplicate(client, world, overrides):
    client.force_login(world.mentor)
    log(client, world)
    if overrides.get("mentees") == "mentee2":
        overrides = {"mentees": [world.mentee2.pk]}
    response = log(client, world, **overrides)
    assert response.status_code == 302


def test_a_group_session_with_a_mentee_already_logged_that_day_warns(client, world):
    client.force_login(world.mentor)
    log(client, world)
    response = log(client, world, kind="group", mentees=[world.mentee.pk, world.mentee2.pk])
    assert response.status_code == 400
    assert WARNING in response.content.decode()


def test_another_mentors_session_with_the_same_mentee_is_no_duplicate(client, world):
    f.supervision_session(world.other_mentor, [world.mentee], held_on=datetime.date(2026, 3, 5), duration_minutes=75)
    client.force_login(world.mentor)
    assert log(client, world).status_code == 302


def test_moving_a_session_onto_another_one_warns(client, world):
    client.force_login(world.mentor)
    log(client, world)
    log(client, world, held_on="2026-03-04")
    moved = SupervisionSession.objects.get(mentor=world.mentor, held_on=datetime.date(2026, 3, 4))
    response = client.post(reverse("mentoring:session_edit", args=[moved.pk]), session_data(world))
    assert response.status_code == 400
    assert WARNING in response.content.decode()
    moved.refresh_from_db()
    assert moved.held_on == datetime.date(2026, 3, 4)


def test_editing_only_the_texts_of_an_intended_second_session_asks_nothing(client, world):
    client.force_login(world.mentor)
    log(client, world)
    log(client, world, allow_duplicate="on")
    second = sessions_of(world).order_by("pk").last()
    response = client.post(
        reverse("mentoring:session_edit", args=[second.pk]), session_data(world, summary="Toinen kerta samana päivänä.")
    )
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.summary == "Toinen kerta samana päivänä."


def test_the_service_refuses_a_duplicate_unless_allowed(world):
    from django.core.exceptions import ValidationError

    from mentoring import services

    fields = {"held_on": datetime.date(2026, 3, 5), "duration_minutes": 75}
    services.record_session(world.mentor, mentees=[world.mentee], **fields)
    with pytest.raises(ValidationError) as refused:
        services.record_session(world.mentor, mentees=[world.mentee], **fields)
    assert refused.value.error_dict["allow_duplicate"][0].code == "duplicate"
    services.record_session(world.mentor, mentees=[world.mentee], allow_duplicate=True, **fields)
    assert sessions_of(world).count() == 2


def test_the_warning_takes_the_same_number_of_queries_however_many_duplicates(client, world):
    client.force_login(world.mentor)
    log(client, world)
    few = count_queries(log, client, world)
    for _ in range(4):
        log(client, world, allow_duplicate="on")
    assert count_queries(log, client, world) == few


def test_the_warning_is_in_swedish_for_a_swedish_mentor(client, world):
    client.force_login(world.mentor)
    client.cookies["django_language"] = "sv"
    log(client, world)
    page = log(client, world).content.decode()
    assert "Det här handledningstillfället är redan registrerat: samma adept, datum och längd." in page
    assert "Det här är ett annat handledningstillfälle: registrera ändå" in page
