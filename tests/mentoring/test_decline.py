"""A mentee who did not take part declines the session with a reason; the mentor sees it, and it never counts."""

import datetime

import pytest
from django.urls import reverse

from mentoring.selectors import supervision_status
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

REASON = "En ollut paikalla, olin sairaana."


@pytest.fixture
def attendance(world):
    return world.session.attendances.get(mentee=world.mentee)


def decline(client, attendance, reason=REASON):
    return client.post(
        reverse("mentoring:attendance_decline", args=[attendance.pk]), {f"d{attendance.pk}-decline_reason": reason}
    )


def test_the_mentees_page_offers_to_decline_a_session_waiting_for_confirmation(client, world, attendance):
    client.force_login(world.mentee)
    page = client.get(reverse("mentoring:mine")).content.decode()
    assert "En osallistunut, tai kirjaus on väärin" in page
    assert f'action="{reverse("mentoring:attendance_decline", args=[attendance.pk])}"' in page
    assert 'maxlength="500"' in page


def test_mentee_declines_with_a_reason_and_the_session_does_not_count(client, world, attendance):
    client.force_login(world.mentee)
    response = decline(client, attendance)
    assert response.status_code == 302
    assert response.url == reverse("mentoring:mine") + f"#session-{attendance.pk}"
    attendance.refresh_from_db()
    assert attendance.is_declined and not attendance.is_confirmed
    assert attendance.decline_reason == REASON
    assert str(supervision_status(world.mentee).confirmed_hours) == "0.00"
    page = client.get(response.url).content.decode()
    assert "Kiistetty" in page
    assert REASON in page
    assert "Kiistä työnohjauskerta" not in page


def test_the_mentor_sees_the_decline_and_its_reason(client, world, attendance):
    client.force_login(world.mentee)
    decline(client, attendance)
    client.force_login(world.mentor)
    session_page = client.get(world.session.get_absolute_url()).content.decode()
    assert "Mentoroitava kiisti" in session_page and REASON in session_page
    mentees_page = client.get(reverse("mentoring:mentees")).content.decode()
    assert "Mentoroitaviesi kiistämät työnohjauskerrat" in mentees_page
    assert REASON in mentees_page
    assert reverse("mentoring:session_edit", args=[world.session.pk]) in mentees_page
    assert "1 kiisti" in mentees_page
    home = client.get(reverse("dashboard")).content.decode()
    assert REASON in home


def test_a_declined_session_is_no_longer_waiting_for_confirmation_on_the_mentors_home(client, world, attendance):
    from overview.selectors import mentor_home

    client.force_login(world.mentee)
    decline(client, attendance)
    home = mentor_home(world.mentor)
    assert [a.mentee for a in home.declined] == [world.mentee]
    assert world.mentee not in [a.mentee for a in home.unconfirmed]
    assert world.mentee2 in [a.mentee for a in home.unconfirmed]


def test_a_declined_session_among_confirmed_ones_leaves_only_the_confirmed_hours(client, world, attendance):
    f.supervision_session(world.mentor, [world.mentee], confirmed=True, held_on=datetime.date(2026, 2, 3))
    client.force_login(world.mentee)
    decline(client, attendance)
    assert str(supervision_status(world.mentee).confirmed_hours) == "1.00"


@pytest.mark.parametrize(
    "reason, message",
    [
        ("", "Tämä kenttä vaaditaan."),
        ("   ", "Tämä kenttä vaaditaan."),
        ("x" * 501, "enintään 500 merkkiä"),
        ("Asiakas soitti numerosta 040 123 4567", "puhelinnumeron"),
    ],
)
def test_a_bad_reason_is_refused_with_the_cause_and_the_session_stays_open(client, world, attendance, reason, message):
    client.force_login(world.mentee)
    response = decline(client, attendance, reason)
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    assert '<details class="decline" open>' in page
    attendance.refresh_from_db()
    assert not attendance.is_declined


def test_a_confirmed_session_cannot_be_declined(client, world, attendance):
    client.force_login(world.mentee)
    client.post(reverse("mentoring:attendance_confirm", args=[attendance.pk]), {f"a{attendance.pk}-reflection": ""})
    response = decline(client, attendance)
    assert response.status_code == 400
    assert "Olet vahvistanut tämän työnohjauskerran" in response.content.decode()
    attendance.refresh_from_db()
    assert attendance.is_confirmed and not attendance.is_declined


def test_a_mentee_who_declined_can_still_confirm_and_then_it_counts(client, world, attendance):
    client.force_login(world.mentee)
    decline(client, attendance)
    page = client.get(reverse("mentoring:mine")).content.decode()
    assert "Osallistuin sittenkin: vahvista" in page
    client.post(reverse("mentoring:attendance_confirm", args=[attendance.pk]), {f"a{attendance.pk}-reflection": ""})
    attendance.refresh_from_db()
    assert attendance.is_confirmed and not attendance.is_declined and attendance.decline_reason == ""
    assert str(supervision_status(world.mentee).confirmed_hours) == "1.00"


def test_a_coordinator_cannot_confirm_a_declined_session_for_the_mentee(client, world, attendance):
    client.force_login(world.mentee)
    decline(client, attendance)
    client.force_login(world.coordinator)
    response = client.post(
        reverse("mentoring:confirm_on_behalf", args=[attendance.pk]), {f"c{attendance.pk}-reason": "Ei tunnuksia"}
    )
    assert response.status_code == 400
    assert "kiisti tämän työnohjauskerran" in response.content.decode()
    attendance.refresh_from_db()
    assert not attendance.is_confirmed


def test_correcting_the_date_asks_the_mentee_again(client, world, attendance):
    client.force_login(world.mentee)
    decline(client, attendance)
    client.force_login(world.mentor)
    response = client.post(
        reverse("mentoring:session_edit", args=[world.session.pk]),
        {
            "held_on": "2026-02-11",
            "duration_minutes": "60",
            "format": "in_person",
            "kind": "group",
            "mentees": [world.mentee.pk, world.mentee2.pk],
            "summary": world.session.summary,
        },
    )
    assert response.status_code == 302
    attendance.refresh_from_db()
    assert not attendance.is_declined and attendance.decline_reason == ""
    client.force_login(world.mentee)
    assert "Kiistä työnohjauskerta" in client.get(reverse("mentoring:mine")).content.decode()


@pytest.mark.parametrize("role", ["mentee2", "mentor", "other_mentor", "coordinator", "trainer", "administrator"])
def test_only_the_mentee_of_the_attendance_declines_it(client, world, attendance, role):
    client.force_login(getattr(world, role))
    response = decline(client, attendance)
    assert response.status_code == 404
    attendance.refresh_from_db()
    assert not attendance.is_declined


def test_declining_needs_a_login_and_a_post(client, world, attendance):
    response = decline(client, attendance)
    assert response.status_code == 302 and reverse("login") in response.url
    client.force_login(world.mentee)
    assert client.get(reverse("mentoring:attendance_decline", args=[attendance.pk])).status_code == 405


def test_declining_through_the_service_by_someone_else_is_refused(world, attendance):
    from django.core.exceptions import ValidationError

    from mentoring import services

    with pytest.raises(ValidationError, match="Vain tämän työnohjauskerran mentoroitava"):
        services.decline_attendance(attendance, by=world.mentor, reason=REASON)


def test_the_pages_showing_declines_take_the_same_number_of_queries_for_more_of_them(client, world):
    def add_declined(count):
        for day in range(count):
            session = f.supervision_session(
                world.mentor, [world.mentee], confirmed=False, held_on=datetime.date(2026, 1, 5 + day)
            )
            session.attendances.update(declined_at=session.created_at, decline_reason=REASON)

    add_declined(1)
    client.force_login(world.mentor)
    mentees_few = count_queries(client.get, reverse("mentoring:mentees"))
    client.force_login(world.mentee)
    mine_few = count_queries(client.get, reverse("mentoring:mine"))
    add_declined(4)
    client.force_login(world.mentor)
    assert count_queries(client.get, reverse("mentoring:mentees")) == mentees_few
    client.force_login(world.mentee)
    assert count_queries(client.get, reverse("mentoring:mine")) == mine_few


def test_the_reason_is_in_the_mentees_data_export_and_goes_with_their_erasure(client, world, attendance):
    from mentoring.privacy import export

    client.force_login(world.mentee)
    decline(client, attendance)
    rows = export(world.mentee)["sessions_attended"]
    assert [row["decline_reason"] for row in rows] == [REASON]

    from accounts.services import erase_person

    erase_person(world.mentee, by=world.administrator)
    attendance.refresh_from_db()
    assert attendance.decline_reason == ""


def test_a_swedish_mentee_declines_in_swedish_and_the_refusal_is_in_swedish(client, world, attendance):
    client.force_login(world.mentee)
    client.cookies["django_language"] = "sv"
    page = client.get(reverse("mentoring:mine")).content.decode()
    assert "Jag deltog inte, eller så är registreringen fel" in page
    assert "Avböj handledningstillfället" in page
    response = decline(client, attendance, "")
    assert response.status_code == 400
    assert "<title>Fel:" in response.content.decode()
    decline(client, attendance, "Jag var inte där.")
    page = client.get(reverse("mentoring:mine")).content.decode()
    assert "Du avböjde" in page and "Jag var inte där." in page
