""" "Mark as done" and a reflection sent by the page's script: the same change, taken once, whichever
way it reaches the server first (the form or the queue's copy after the form's answer was lost)."""

import json
import uuid

import pytest
from django.urls import reverse

from courses.models import ActivityCompletion
from mentoring.models import SessionAttendance
from offline.models import SyncedChange
from tests import factories as f
from tests.utils import count_queries, login

pytestmark = pytest.mark.django_db
SYNC = "/offline/sync/"
SCRIPT = {"headers": {"Linkki-Form": "fetch"}}


@pytest.fixture
def course():
    return f.course_with_modules(modules=2, activities=2, prerequisites_chain=True)


@pytest.fixture
def activity(course):
    return course.modules.order_by("order").first().activities.order_by("order").first()


@pytest.fixture
def trainee(course):
    return f.enrolled_trainee(course)


@pytest.fixture
def signed_in(client, trainee):
    return login(client, trainee)


@pytest.fixture
def attendance(trainee):
    session = f.supervision_session(f.mentor(), [trainee], confirmed=False)
    return SessionAttendance.objects.get(session=session, mentee=trainee)


def _done(client, activity, change_id="", **extra):
    return client.post(reverse("courses:activity_done", args=[activity.pk]), {"offline_change": change_id}, **extra)


def _reflect(client, attendance, text, change_id="", **extra):
    data = {f"a{attendance.pk}-reflection": text, "offline_change": change_id}
    return client.post(reverse("mentoring:attendance_confirm", args=[attendance.pk]), data, **extra)


def _sync(client, *changes):
    response = client.post(SYNC, data=json.dumps({"changes": list(changes)}), content_type="application/json")
    assert response.status_code == 200, response.content
    return [(r["status"], r["reason"]) for r in json.loads(response.content)["results"]]


def test_the_plain_form_still_redirects_and_records_no_change_without_an_id(signed_in, trainee, activity):
    response = _done(signed_in, activity)
    assert response.status_code == 302
    assert ActivityCompletion.objects.filter(user=trainee, activity=activity).count() == 1
    assert not SyncedChange.objects.exists()


def test_the_script_is_told_where_to_go_and_the_message_waits_for_that_page(signed_in, activity):
    response = _done(signed_in, activity, str(uuid.uuid4()), **SCRIPT)
    assert response.status_code == 204
    assert not response.has_header("Location")
    location = response["Linkki-Location"]
    assert "Merkitty tehdyksi." in signed_in.get(location).content.decode()


def test_the_reflections_address_keeps_its_place_on_the_page(signed_in, attendance):
    response = _reflect(signed_in, attendance, "Opin kuuntelemaan.", str(uuid.uuid4()), **SCRIPT)
    assert response.status_code == 204
    assert response["Linkki-Location"].endswith(f"#session-{attendance.pk}")


def test_a_completion_whose_answer_was_lost_is_taken_once_when_its_copy_arrives(signed_in, trainee, activity):
    change_id = str(uuid.uuid4())
    _done(signed_in, activity, change_id, **SCRIPT)
    copy = {"id": change_id, "kind": "complete", "data": {"activity": activity.pk, "id": change_id}}
    assert _sync(signed_in, copy) == [("accepted", "")]
    assert _sync(signed_in, copy) == [("accepted", "")]
    assert ActivityCompletion.objects.filter(user=trainee, activity=activity).count() == 1
    assert list(SyncedChange.objects.values_list("change_id", "kind", "status")) == [
        (uuid.UUID(change_id), "complete", "accepted")
    ]


def test_an_old_reflection_whose_answer_was_lost_does_not_overwrite_a_newer_one(signed_in, attendance):
    first_id = str(uuid.uuid4())
    _reflect(signed_in, attendance, "Ensimmäinen", first_id, **SCRIPT)
    _reflect(signed_in, attendance, "Korjattu versio", str(uuid.uuid4()), **SCRIPT)
    copy = {
        "id": first_id,
        "kind": "reflection",
        "data": {"attendance": attendance.pk, "reflection": "Ensimmäinen", "confirm": True},
    }
    assert _sync(signed_in, copy) == [("accepted", "")]
    attendance.refresh_from_db()
    assert attendance.reflection == "Korjattu versio"
    assert attendance.confirmed_at is not None


def test_a_form_with_errors_is_shown_as_before_and_records_nothing(signed_in, attendance):
    response = _reflect(signed_in, attendance, "x" * 4001, str(uuid.uuid4()), **SCRIPT)
    assert response.status_code == 400
    assert "virhe" in response.content.decode().lower()
    assert not SyncedChange.objects.exists()


def test_a_refused_completion_is_not_recorded_so_its_copy_is_refused_with_the_reason(signed_in, course):
    locked = course.modules.order_by("order").last().activities.first()
    change_id = str(uuid.uuid4())
    response = _done(signed_in, locked, change_id, **SCRIPT)
    assert response.status_code == 204  # to the module page, which says why
    assert not SyncedChange.objects.exists()
    [(status, reason)] = _sync(signed_in, {"id": change_id, "kind": "complete", "data": {"activity": locked.pk}})
    assert status == "refused" and "lukittu" in reason


@pytest.mark.parametrize("change_id", ["not-an-id", "x" * 5000, ""])
def test_a_bad_change_id_is_ignored_and_the_form_works_as_before(signed_in, trainee, activity, change_id):
    assert _done(signed_in, activity, change_id).status_code == 302
    assert ActivityCompletion.objects.filter(user=trainee, activity=activity).exists()
    assert not SyncedChange.objects.exists()


def test_anothers_session_is_not_recorded_for_either(client, attendance):
    other = login(client, f.enrolled_trainee(f.course_with_modules(modules=1, activities=1)))
    response = _reflect(other, attendance, "Ei minun", str(uuid.uuid4()), **SCRIPT)
    assert response.status_code == 404
    assert not SyncedChange.objects.exists()


@pytest.mark.parametrize("role", ["trainer", "coordinator", "mentor", "administrator"])
def test_other_roles_cannot_mark_done_by_the_script(client, activity, role):
    login(client, getattr(f, role)())
    assert _done(client, activity, str(uuid.uuid4()), **SCRIPT).status_code == 403
    assert not ActivityCompletion.objects.exists() and not SyncedChange.objects.exists()


def test_the_forms_queries_do_not_depend_on_the_id(client):
    def measure(change_id):
        course = f.course_with_modules(modules=1, activities=1)
        login(client, f.enrolled_trainee(course))
        return count_queries(_done, client, course.modules.get().activities.get(), change_id, **SCRIPT)

    with_id, without = measure(str(uuid.uuid4())), measure("")
    assert with_id == without + 2  # the check that the change took effect, and its record
