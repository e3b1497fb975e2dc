import pytest
from django.urls import reverse

from mentoring.selectors import supervision_status
from mentoring.signals import supervision_changed

pytestmark = pytest.mark.django_db


@pytest.fixture
def attendance(world):
    return world.session.attendances.get(mentee=world.mentee)


def confirm(client, attendance, reflection=""):
    return client.post(
        reverse("mentoring:attendance_confirm", args=[attendance.pk]), {f"a{attendance.pk}-reflection": reflection}
    )


def test_mentee_sees_the_sessions_they_took_part_in_with_summary_and_action_points(client, world):
    client.force_login(world.mentee)
    page = client.get(reverse("mentoring:mine")).content.decode()
    assert "10.2.2026" in page
    assert world.session.summary in page
    assert "2.3.2026" not in page  # another mentor's session with someone else


def test_mentee_confirms_attendance_with_a_reflection_and_it_counts(client, world, attendance):
    client.force_login(world.mentee)
    response = confirm(client, attendance, "Opin rajaamaan omaa työtäni.")
    assert response.status_code == 302
    attendance.refresh_from_db()
    assert attendance.is_confirmed_by_mentee
    assert attendance.reflection == "Opin rajaamaan omaa työtäni."
    assert str(supervision_status(world.mentee).confirmed_hours) == "1.00"


def test_unconfirmed_attendance_does_not_count_for_the_mentee(world):
    assert str(supervision_status(world.mentee).confirmed_hours) == "0.00"


def test_confirming_sends_the_supervision_changed_signal(client, world, attendance, django_capture_on_commit_callbacks):
    received = []

    def listener(sender, person, **kwargs):
        received.append(person)

    supervision_changed.connect(listener)
    try:
        client.force_login(world.mentee)
        with django_capture_on_commit_callbacks(execute=True):
            confirm(client, attendance)
    finally:
        supervision_changed.disconnect(listener)
    assert received == [world.mentee]


def test_mentee_can_add_a_reflection_after_confirming(client, world, attendance):
    client.force_login(world.mentee)
    confirm(client, attendance)
    confirm(client, attendance, "Jälkikäteen ajateltuna hyvä kerta.")
    attendance.refresh_from_db()
    assert attendance.reflection == "Jälkikäteen ajateltuna hyvä kerta."


def test_reflection_with_a_phone_number_is_refused_and_kept_on_the_page(client, world, attendance):
    client.force_login(world.mentee)
    response = confirm(client, attendance, "Asiakkaan numero on 040 123 4567, soitan huomenna")
    page = response.content.decode()
    assert response.status_code == 400
    assert "puhelinnumeron" in page and "040 123 4567, soitan huomenna" in page
    attendance.refresh_from_db()
    assert not attendance.is_confirmed


def test_refusal_is_explained_in_swedish_to_a_swedish_speaker(client, world, attendance):
    client.force_login(world.mentee)
    client.cookies["django_language"] = "sv"
    response = confirm(client, attendance, "Klientens e-post: klient@example.se")
    assert response.status_code == 400
    assert "en e-postadress" in response.content.decode()
    assert "remitterande yrkespersonen" in response.content.decode()


def test_mentee_page_takes_the_same_number_of_queries_for_more_sessions(client, world):
    from tests import factories as f
    from tests.utils import count_queries

    client.force_login(world.mentee)
    url = reverse("mentoring:mine")
    few = count_queries(client.get, url)
    for _ in range(5):
        f.supervision_session(world.mentor, [world.mentee])
    assert count_queries(client.get, url) == few
