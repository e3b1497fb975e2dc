import csv
import datetime
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from mentoring.models import Pairing
from tests import factories as f
from tests.utils import count_queries

from .conftest import SECRET

pytestmark = pytest.mark.django_db


def pair_request(client, world, **data):
    payload = {"mentee": world.mentee.pk, "mentor": world.other_mentor.pk, "started_on": "2026-03-01"}
    payload.update(data)
    return client.post(reverse("mentoring:cohort_pair", args=[world.cohort.pk]), payload)


def test_coordinator_changes_a_mentor_and_the_history_is_kept(client, world):
    client.force_login(world.coordinator)
    response = pair_request(client, world)
    assert response.status_code == 302
    pairings = list(Pairing.objects.filter(mentee=world.mentee).order_by("started_on"))
    assert [(p.mentor, p.started_on, p.ended_on) for p in pairings] == [
        (world.mentor, datetime.date(2026, 1, 1), datetime.date(2026, 3, 1)),
        (world.other_mentor, datetime.date(2026, 3, 1), None),
    ]


def test_after_the_change_the_old_mentor_no_longer_sees_the_mentee(client, world):
    client.force_login(world.coordinator)
    pair_request(client, world)
    client.force_login(world.mentor)
    page = client.get(reverse("mentoring:mentees")).content.decode()
    assert reverse("mentoring:record", args=[world.mentee.pk]) not in page
    assert reverse("mentoring:record", args=[world.mentee2.pk]) in page
    assert client.get(reverse("mentoring:record", args=[world.mentee.pk])).status_code == 404


@pytest.mark.parametrize(
    "data, message",
    [
        ({"mentor": "999999"}, "Valitse oikea vaihtoehto"),
        ({"mentee": "999999"}, "Valitse oikea vaihtoehto"),
        ({"started_on": "huomenna"}, "Syötä oikea päivämäärä"),
        ({"started_on": "2025-12-31"}, "ei voi alkaa ennen nykyistä"),
    ],
)
def test_bad_pairing_input_is_refused(client, world, data, message):
    client.force_login(world.coordinator)
    response = pair_request(client, world, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Pairing.objects.filter(mentee=world.mentee, ended_on__isnull=True).get().mentor == world.mentor


def test_pairing_with_the_current_mentor_again_is_refused(client, world):
    client.force_login(world.coordinator)
    response = pair_request(client, world, mentor=world.mentor.pk)
    assert response.status_code == 400
    assert "on jo henkilön" in response.content.decode()


def test_a_trainee_who_is_not_a_mentor_cannot_be_made_one(client, world):
    client.force_login(world.coordinator)
    response = pair_request(client, world, mentor=world.trainee.pk)
    assert response.status_code == 400


def test_coordinator_ends_a_pairing(client, world):
    pairing = world.mentee.pairings_as_mentee.get()
    client.force_login(world.coordinator)
    response = client.post(
        reverse("mentoring:pairing_end", args=[world.cohort.pk, pairing.pk]), {"ended_on": "2026-04-01"}
    )
    assert response.status_code == 302
    pairing.refresh_from_db()
    assert pairing.ended_on == datetime.date(2026, 4, 1)


@pytest.mark.parametrize("ended_on", ["", "2025-01-01"])
def test_bad_end_date_is_refused(client, world, ended_on):
    pairing = world.mentee.pairings_as_mentee.get()
    client.force_login(world.coordinator)
    response = client.post(reverse("mentoring:pairing_end", args=[world.cohort.pk, pairing.pk]), {"ended_on": ended_on})
    assert response.status_code == 400
    pairing.refresh_from_db()
    assert pairing.ended_on is None


def test_coordinator_confirms_attendance_for_a_mentee_with_a_reason(client, world):
    attendance = world.session.attendances.get(mentee=world.mentee)
    client.force_login(world.coordinator)
    response = client.post(
        reverse("mentoring:confirm_on_behalf", args=[attendance.pk]),
        {f"c{attendance.pk}-reason": "Mentoroitavalla ei ole verkkotunnuksia."},
    )
    assert response.status_code == 302
    attendance.refresh_from_db()
    assert (attendance.confirmed_by, attendance.confirmation_reason) == (
        world.coordinator,
        "Mentoroitavalla ei ole verkkotunnuksia.",
    )
    page = client.get(reverse("mentoring:record", args=[world.mentee.pk])).content.decode()
    assert "Mentoroitavalla ei ole verkkotunnuksia." in page


def test_confirming_for_a_mentee_without_a_reason_is_refused(client, world):
    attendance = world.session.attendances.get(mentee=world.mentee)
    client.force_login(world.coordinator)
    response = client.post(
        reverse("mentoring:confirm_on_behalf", args=[attendance.pk]), {f"c{attendance.pk}-reason": "  "}
    )
    assert response.status_code == 400
    assert "Tämä kenttä vaaditaan" in response.content.decode()
    attendance.refresh_from_db()
    assert not attendance.is_confirmed


def test_cohort_overview_shows_mentors_hours_and_due_dates(client, world):
    f.supervision_session(world.mentor, [world.mentee], duration_minutes=120)
    client.force_login(world.coordinator)
    page = client.get(reverse("mentoring:cohort", args=[world.cohort.pk])).content.decode()
    assert str(world.mentor) in page and "2,00 / 10,00" in page and "31.3.2027" in page
    assert str(world.outsider_mentee) not in page
    assert SECRET not in page


def test_end_date_of_each_pairing_is_named_for_its_trainee_without_a_hidden_label_in_the_table(client, world):
    """A visually hidden label inside the scrolling table stuck out of it and widened the page on a phone."""
    client.force_login(world.coordinator)
    page = client.get(reverse("mentoring:cohort", args=[world.cohort.pk])).content.decode()
    table = page[page.index("<table") : page.index("</table>")]
    assert f'aria-label="Päätä henkilön {world.mentee} mentoripari"' in table
    assert 'class="visually-hidden"' not in table.replace('<caption class="visually-hidden">', "")


def test_trainer_sees_the_overview_without_pairing_controls(client, world):
    client.force_login(world.trainer)
    page = client.get(reverse("mentoring:cohort", args=[world.cohort.pk])).content.decode()
    assert str(world.mentee) in page
    assert reverse("mentoring:cohort_pair", args=[world.cohort.pk]) not in page


def test_cohort_overview_takes_the_same_number_of_queries_for_more_mentees(client, world):
    client.force_login(world.coordinator)
    url = reverse("mentoring:cohort", args=[world.cohort.pk])
    few = count_queries(client.get, url)
    for _ in range(8):
        person = f.trainee()
        f.EnrolmentFactory(cohort=world.cohort, user=person)
        f.pair(person, world.mentor)
        f.supervision_session(world.mentor, [person])
        f.certificate(person, world.course, datetime.date(2026, 1, 15))
    assert count_queries(client.get, url) == few


def test_csv_export_lists_sessions_without_private_notes_or_free_text(client, world):
    f.supervision_session(world.mentor, [world.mentee], private_notes=SECRET + " 2")
    client.force_login(world.coordinator)
    response = client.get(reverse("mentoring:cohort_export", args=[world.cohort.pk]))
    text = response.content.decode()
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert response["Content-Type"].startswith("text/csv")
    assert len(rows) == 1 + 3  # header, two sessions of the mentee, one of mentee2
    assert SECRET not in text and world.session.summary not in text
    assert str(world.outsider_mentee) not in text


def test_csv_export_takes_the_same_number_of_queries_for_more_sessions(client, world):
    client.force_login(world.coordinator)
    url = reverse("mentoring:cohort_export", args=[world.cohort.pk])
    few = count_queries(client.get, url)
    for _ in range(5):
        f.supervision_session(world.mentor, [world.mentee, world.mentee2])
    assert count_queries(client.get, url) == few


@pytest.mark.parametrize("role", ["mentee", "mentor", "coordinator"])
def test_pdf_record_holds_the_sessions_but_never_private_notes(client, world, role):
    world.mentee.first_name, world.mentee.last_name = "Máret", "Čuđášŋŧž"
    world.mentee.save()
    f.supervision_session(world.mentor, [world.mentee], summary="Käsiteltiin ÄÖÅ-kirjaimia ja jaksamista.")
    client.force_login(getattr(world, role))
    response = client.get(reverse("mentoring:record_pdf", args=[world.mentee.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Máret Čuđášŋŧž" in text
    assert "ÄÖÅ-kirjaimia" in text
    assert SECRET not in text


def test_an_attendance_the_mentee_confirmed_cannot_be_confirmed_again_by_a_coordinator(client, world):
    from django.utils import timezone

    attendance = world.session.attendances.get(mentee=world.mentee)
    attendance.confirmed_at, attendance.confirmed_by = timezone.now(), world.mentee
    attendance.save()
    client.force_login(world.coordinator)
    response = client.post(
        reverse("mentoring:confirm_on_behalf", args=[attendance.pk]), {f"c{attendance.pk}-reason": "Varmuuden vuoksi"}
    )
    assert response.status_code == 400
    assert "Tämä osallistuminen on jo vahvistettu." in response.content.decode()
    attendance.refresh_from_db()
    assert (attendance.confirmed_by, attendance.confirmation_reason) == (world.mentee, "")
