import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from mentoring.models import MentoringGroup, SessionAttendance, SupervisionSession, Topic
from mentoring.signals import supervision_changed
from tests import factories as f
from tests.utils import count_queries

from .conftest import SECRET

pytestmark = pytest.mark.django_db


def session_data(world, **overrides):
    data = {
        "held_on": "2026-03-05",
        "duration_minutes": "75",
        "format": "video",
        "kind": "one_to_one",
        "mentees": [world.mentee.pk],
        "topics": [Topic.objects.order_by("order").first().pk],
        "summary": "Käytiin läpi oman jaksamisen keinoja.",
        "action_points": "Kokeile taukojumppaa.",
        "private_notes": "Seuraavalla kerralla rajat.",
    }
    data.update(overrides)
    return data


@pytest.fixture
def signals():
    received = []

    def listener(sender, person, **kwargs):
        received.append(person)

    supervision_changed.connect(listener)
    yield received
    supervision_changed.disconnect(listener)


def test_topics_are_seeded_in_finnish_and_english():
    names = [str(topic.name) for topic in Topic.objects.order_by("order")]
    assert names[0] == "Oma jaksaminen ja rajat"
    assert Topic.objects.count() == 7
    assert Topic.objects.order_by("order").last().name.text("en") == "Other"


def test_mentor_logs_a_one_to_one_session(client, world):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world))
    session = SupervisionSession.objects.latest("pk")
    assert response.status_code == 302 and response.url == session.get_absolute_url()
    assert (session.duration_minutes, session.format, session.mentor) == (75, "video", world.mentor)
    assert list(session.mentees.all()) == [world.mentee]
    assert not session.attendances.get().is_confirmed


def test_choosing_only_a_group_logs_the_session_for_its_members(client, world):
    group = MentoringGroup.objects.create(mentor=world.mentor, name="Torstairyhmä")
    group.members.set([world.mentee, world.mentee2])
    client.force_login(world.mentor)
    client.post(reverse("mentoring:session_create"), session_data(world, kind="group", mentees=[], group=group.pk))
    session = SupervisionSession.objects.latest("pk")
    assert set(session.mentees.all()) == {world.mentee, world.mentee2}
    assert session.group == group


def test_session_form_offers_only_the_mentors_own_mentees(client, world):
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:session_create")).content.decode()
    assert str(world.mentee) in page and str(world.mentee2) in page
    assert str(world.outsider_mentee) not in page


def test_mentor_cannot_log_a_session_for_another_mentors_mentee(client, world):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world, mentees=[world.outsider_mentee.pk]))
    assert response.status_code == 400
    assert not SupervisionSession.objects.filter(mentor=world.mentor, held_on="2026-03-05").exists()


@pytest.mark.parametrize("field", ["summary", "private_notes", "action_points"])
def test_identity_code_in_a_free_text_field_is_refused_and_nothing_typed_is_lost(client, world, field):
    client.force_login(world.mentor)
    data = session_data(world, **{field: "Asiakas 131052-308T kertoi huolistaan"})
    response = client.post(reverse("mentoring:session_create"), data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "henkilötunnuksen" in page  # explained in the user's language (Finnish by default)
    assert "lähettävälle ammattilaiselle" in page or "lähettävän ammattilaisen" in page
    assert "131052-308T" in page and 'value="75"' in page and re.search(r'value="video"[^>]*checked', page)
    kept = {name: value for name, value in data.items() if name in ("summary", "private_notes", "action_points")}
    assert all(value in page for value in kept.values())
    assert not SupervisionSession.objects.filter(held_on="2026-03-05").exists()


@pytest.mark.parametrize("text", ["Soita asiakkaalle 040 123 4567", "+358 40 1234567", "asiakas@example.fi"])
def test_phone_numbers_and_email_addresses_are_refused(client, world, text):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world, summary=text))
    assert response.status_code == 400
    assert text in response.content.decode()


def test_identity_code_with_a_wrong_check_character_is_accepted(client, world):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world, summary="Koodi 131052-308U"))
    assert response.status_code == 302


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"held_on": "2999-01-01"}, "tulevaisuudessa"),
        ({"held_on": "ei päivä"}, "Syötä oikea päivämäärä"),
        ({"duration_minutes": "0"}, "duration_minutes"),
        ({"duration_minutes": "tunti"}, "Syötä kokonaisluku"),
        ({"mentees": []}, "Valitse vähintään yksi"),
        ({"format": "carrier-pigeon"}, "format"),
    ],
)
def test_bad_session_input_is_refused_with_a_message(client, world, overrides, message):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world, **overrides))
    assert response.status_code == 400
    assert message in response.content.decode()


def test_one_to_one_session_with_two_mentees_is_refused(client, world):
    client.force_login(world.mentor)
    response = client.post(
        reverse("mentoring:session_create"), session_data(world, mentees=[world.mentee.pk, world.mentee2.pk])
    )
    assert response.status_code == 400
    assert "täsmälleen yksi" in response.content.decode()


def test_changing_the_date_of_a_confirmed_session_asks_for_confirmation_again(
    client, world, signals, django_capture_on_commit_callbacks
):
    attendance = world.session.attendances.get(mentee=world.mentee)
    attendance.confirmed_at, attendance.confirmed_by = timezone.now(), world.mentee
    attendance.save()
    client.force_login(world.mentor)
    data = session_data(world, kind="group", mentees=[world.mentee.pk, world.mentee2.pk], held_on="2026-02-11")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mentoring:session_edit", args=[world.session.pk]), data)
    assert response.status_code == 302
    attendance.refresh_from_db()
    assert not attendance.is_confirmed
    assert signals == [world.mentee]


def test_editing_only_the_summary_keeps_confirmations(client, world, signals, django_capture_on_commit_callbacks):
    attendance = world.session.attendances.get(mentee=world.mentee)
    attendance.confirmed_at, attendance.confirmed_by = timezone.now(), world.mentee
    attendance.save()
    client.force_login(world.mentor)
    data = session_data(
        world,
        kind="group",
        mentees=[world.mentee.pk, world.mentee2.pk],
        held_on="2026-02-10",
        duration_minutes="60",
        summary="Uusi yhteenveto",
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("mentoring:session_edit", args=[world.session.pk]), data)
    attendance.refresh_from_db()
    assert attendance.is_confirmed
    assert signals == [world.mentee]


def test_removing_a_mentee_from_a_session_removes_their_attendance(client, world):
    client.force_login(world.mentor)
    data = session_data(world, kind="group", mentees=[world.mentee.pk], held_on="2026-02-10", duration_minutes="60")
    client.post(reverse("mentoring:session_edit", args=[world.session.pk]), data)
    assert list(world.session.mentees.all()) == [world.mentee]


def test_edit_form_shows_what_was_logged(client, world):
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:session_edit", args=[world.session.pk])).content.decode()
    assert 'value="2026-02-10"' in page and SECRET in page


def test_deleting_a_confirmed_session_tells_who_it_concerned(
    client, world, signals, django_capture_on_commit_callbacks
):
    session = f.supervision_session(world.mentor, [world.mentee], confirmed=True)
    client.force_login(world.mentor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mentoring:session_delete", args=[session.pk]))
    assert response.status_code == 302
    assert not SupervisionSession.objects.filter(pk=session.pk).exists()
    assert signals == [world.mentee]


def test_mentor_sees_private_notes_on_their_own_session(client, world):
    client.force_login(world.mentor)
    assert SECRET in client.get(reverse("mentoring:session", args=[world.session.pk])).content.decode()


@pytest.mark.parametrize("role", ["mentee", "coordinator", "trainer", "administrator"])
def test_private_notes_never_reach_anyone_but_the_mentor(client, world, role):
    client.force_login(getattr(world, role))
    pages = [
        reverse("mentoring:session", args=[world.session.pk]),
        reverse("mentoring:record", args=[world.mentee.pk]),
        reverse("mentoring:mine"),
    ]
    for url in pages:
        response = client.get(url)
        assert SECRET not in response.content.decode()


def test_mentor_list_shows_own_mentees_with_hours_and_never_another_mentors(client, world):
    f.supervision_session(world.mentor, [world.mentee], duration_minutes=90)
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:mentees")).content.decode()
    assert str(world.mentee) in page and str(world.mentee2) in page
    assert "1,50 / 10,00" in page  # Finnish decimal comma
    assert "31.3.2027" in page  # the cohort's end date, while hours are short
    assert str(world.outsider_mentee) not in page


def test_mentor_list_takes_the_same_number_of_queries_for_more_mentees(client, world):
    client.force_login(world.mentor)
    url = reverse("mentoring:mentees")
    few = count_queries(client.get, url)
    for _ in range(6):
        person = f.enrolled_trainee(world.course)
        f.pair(person, world.mentor)
        f.supervision_session(world.mentor, [person])
    assert count_queries(client.get, url) == few


def test_mentor_creates_a_group_of_own_mentees(client, world):
    client.force_login(world.mentor)
    response = client.post(
        reverse("mentoring:group_create"), {"name": "Torstairyhmä", "members": [world.mentee.pk, world.mentee2.pk]}
    )
    assert response.status_code == 302
    group = MentoringGroup.objects.get(name="Torstairyhmä")
    assert set(group.members.all()) == {world.mentee, world.mentee2}


@pytest.mark.parametrize("data", [{"name": "", "members": []}, {"name": "Ryhmä", "members": ["999999"]}])
def test_bad_group_input_is_refused(client, world, data):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:group_create"), data)
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    assert not MentoringGroup.objects.exists()


def test_another_mentors_mentee_cannot_join_a_group(client, world):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:group_create"), {"name": "Ryhmä", "members": [world.outsider_mentee.pk]})
    assert response.status_code == 400


def test_ended_pairing_stops_new_sessions_for_that_mentee(client, world):
    pairing = world.mentee.pairings_as_mentee.get()
    pairing.ended_on = datetime.date(2026, 1, 2)
    pairing.save()
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world))
    assert response.status_code == 400
    assert SessionAttendance.objects.filter(mentee=world.mentee).count() == 1


def test_new_session_form_starts_with_today_and_an_hour(client, world):
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:session_create")).content.decode()
    assert f'value="{timezone.localdate():%Y-%m-%d}"' in page
    assert 'name="duration_minutes" value="60"' in page
