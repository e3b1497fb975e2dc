import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from mentoring.models import SupervisionSession
from tests.mentoring.test_sessions import session_data

pytestmark = pytest.mark.django_db

MEGABYTE = "Pohdin omaa jaksamistani. " * 40_000  # about 1 MB


def test_a_1_mb_reflection_is_refused_with_the_limit_and_nothing_is_stored(client, world):
    attendance = world.session.attendances.get(mentee=world.mentee)
    client.force_login(world.mentee)
    response = client.post(
        reverse("mentoring:attendance_confirm", args=[attendance.pk]), {f"a{attendance.pk}-reflection": MEGABYTE}
    )
    assert response.status_code == 400
    assert "enintään 4000 merkkiä" in response.content.decode()
    attendance.refresh_from_db()
    assert attendance.reflection == "" and attendance.confirmed_at is None


@pytest.mark.parametrize("field, limit", [("summary", 10000), ("action_points", 10000), ("private_notes", 10000)])
def test_a_session_text_over_its_limit_is_refused_with_the_limit(client, world, field, limit):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world, **{field: "a" * (limit + 1)}))
    assert response.status_code == 400
    assert f"enintään {limit} merkkiä" in response.content.decode()
    assert not SupervisionSession.objects.filter(held_on="2026-03-05").exists()


def test_a_session_text_at_its_limit_is_kept(client, world):
    client.force_login(world.mentor)
    response = client.post(reverse("mentoring:session_create"), session_data(world, summary="a" * 10000))
    assert response.status_code == 302
    assert len(SupervisionSession.objects.get(held_on="2026-03-05").summary) == 10000


def test_the_model_refuses_a_reflection_over_its_limit_outside_any_form(world):
    attendance = world.session.attendances.get(mentee=world.mentee)
    attendance.reflection = "a" * 4001
    with pytest.raises(ValidationError) as refused:
        attendance.full_clean()
    assert "reflection" in refused.value.message_dict
