"""The sync endpoint: changes made offline reach the server exactly once, and the server stays the authority."""

import datetime
import json
import uuid

import pytest
from django.test import Client
from django.utils import timezone

from assessments import services as assessment_services
from assessments.models import AttemptItem
from courses.models import ActivityCompletion, Enrolment
from h5p.models import Statement
from mentoring.models import SessionAttendance
from offline.models import SyncedChange
from tests import factories as f
from tests.utils import count_queries, login

pytestmark = pytest.mark.django_db
URL = "/offline/sync/"


def change(kind, **data):
    return {"id": str(uuid.uuid4()), "kind": kind, "data": data, "made_at": "2026-12-04T08:00:00Z"}


def send(client, *changes, body=None):
    response = client.post(
        URL, data=body if body is not None else json.dumps({"changes": list(changes)}), content_type="application/json"
    )
    return response


def results(response):
    assert response.status_code == 200, response.content
    return [(r["status"], r["reason"]) for r in json.loads(response.content)["results"]]


@pytest.fixture
def course():
    return f.course_with_modules(modules=2, activities=3, prerequisites_chain=True)


@pytest.fixture
def first(course):
    return course.modules.order_by("order").first()


@pytest.fixture
def trainee(course):
    return f.enrolled_trainee(course)


@pytest.fixture
def signed_in(client, trainee):
    return login(client, trainee)


# Marking pages done


def test_pages_marked_done_offline_are_done_once_however_often_they_arrive(signed_in, trainee, first):
    pages = list(first.activities.order_by("order"))
    changes = [change("complete", activity=page.pk) for page in pages]
    assert results(send(signed_in, *changes)) == [("accepted", "")] * 3
    assert results(send(signed_in, *changes)) == [("accepted", "")] * 3
    assert ActivityCompletion.objects.filter(user=trainee).count() == 3
    assert SyncedChange.objects.filter(user=trainee).count() == 3


def test_marking_done_in_a_locked_module_is_refused_with_a_reason(signed_in, trainee, course):
    locked = course.modules.order_by("order").last().activities.first()
    [(status, reason)] = results(send(signed_in, change("complete", activity=locked.pk)))
    assert status == "refused"
    assert reason == f"Tehtävän ”{locked.title}” moduuli on lukittu, joten tätä muutosta ei tallennettu."
    assert not ActivityCompletion.objects.filter(user=trainee).exists()


def test_marking_done_after_leaving_the_course_is_refused_with_a_reason(signed_in, trainee, first):
    Enrolment.objects.filter(user=trainee).delete()
    [(status, reason)] = results(send(signed_in, change("complete", activity=first.activities.first().pk)))
    assert status == "refused"
    assert "Et ole enää ilmoittautunut" in reason


def test_a_refusal_is_answered_the_same_when_the_change_arrives_again(signed_in, trainee, course):
    locked = change("complete", activity=course.modules.order_by("order").last().activities.first().pk)
    first_answer = results(send(signed_in, locked))
    # The module opens meanwhile; the change was refused once and stays refused, never taken twice.
    for activity in course.modules.order_by("order").first().activities.all():
        ActivityCompletion.objects.create(user=trainee, activity=activity)
    assert results(send(signed_in, locked)) == first_answer


def test_content_that_completes_itself_cannot_be_marked_done(signed_in, first):
    h5p = f.h5p_activity(module=first)
    [(status, reason)] = results(send(signed_in, change("complete", activity=h5p.pk)))
    assert status == "refused" and "tekemällä" in reason


# Answers


@pytest.fixture
def untimed(first):
    assessment = f.assessment(module=first)
    questions = [f.choice_question(assessment.bank, order=n) for n in range(3)]
    return assessment, questions


def _option(question, index):
    return question.options.order_by("order")[index].pk


def test_answers_given_offline_are_saved_in_order_the_last_one_counting(signed_in, trainee, untimed):
    assessment, (q1, q2, _q3) = untimed
    attempt = assessment_services.start_attempt(assessment, trainee)
    sent = [
        change("answers", attempt=attempt.pk, answers={str(q1.pk): _option(q1, 0)}),
        change("answers", attempt=attempt.pk, answers={str(q2.pk): _option(q2, 2)}),
        change("answers", attempt=attempt.pk, answers={str(q1.pk): _option(q1, 1)}),
    ]
    assert results(send(signed_in, *sent)) == [("accepted", "")] * 3
    saved = dict(AttemptItem.objects.filter(attempt=attempt).values_list("question_id", "answer"))
    assert saved[q1.pk] == _option(q1, 1) and saved[q2.pk] == _option(q2, 2)


def test_answers_and_a_submit_made_offline_submit_the_attempt_once(signed_in, trainee, untimed):
    assessment, (q1, _q2, _q3) = untimed
    attempt = assessment_services.start_attempt(assessment, trainee)
    sent = change("answers", attempt=attempt.pk, answers={str(q1.pk): _option(q1, 0)}, submit=True)
    assert results(send(signed_in, sent)) == [("accepted", "")]
    assert results(send(signed_in, sent)) == [("accepted", "")]
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None
    assert trainee.assessment_attempts.count() == 1


def test_an_answer_that_arrives_after_the_deadline_is_refused_with_the_reason(signed_in, trainee, first):
    assessment = f.assessment(module=first, time_limit_minutes=10)
    question = f.choice_question(assessment.bank)
    started = timezone.now() - datetime.timedelta(minutes=11)
    attempt = assessment_services.start_attempt(assessment, trainee, now=started)
    [(status, reason)] = results(
        send(signed_in, change("answers", attempt=attempt.pk, answers={str(question.pk): _option(question, 0)}))
    )
    assert status == "refused"
    assert reason.startswith("Aika loppui")
    assert AttemptItem.objects.get(attempt=attempt).answer is None


def test_a_bad_answer_is_refused_alone_and_the_good_ones_are_saved(signed_in, trainee, untimed):
    assessment, (q1, q2, _q3) = untimed
    attempt = assessment_services.start_attempt(assessment, trainee)
    good = change("answers", attempt=attempt.pk, answers={str(q1.pk): _option(q1, 0)})
    bad = change("answers", attempt=attempt.pk, answers={str(q2.pk): 999999})
    (good_status, _), (bad_status, bad_reason) = results(send(signed_in, good, bad))
    assert good_status == "accepted" and bad_status == "refused"
    assert "Vaihtoehto ei kuulu tähän kysymykseen." in bad_reason
    assert AttemptItem.objects.get(attempt=attempt, question=q1).answer == _option(q1, 0)


def test_answers_to_someone_elses_attempt_are_refused(signed_in, course, untimed):
    assessment, (q1, _q2, _q3) = untimed
    other = assessment_services.start_attempt(assessment, f.enrolled_trainee(course))
    [(status, _reason)] = results(
        send(signed_in, change("answers", attempt=other.pk, answers={str(q1.pk): _option(q1, 0)}))
    )
    assert status == "refused"
    assert AttemptItem.objects.get(attempt=other, question=q1).answer is None


# Reflections


@pytest.fixture
def attendance(trainee):
    session = f.supervision_session(f.mentor(), [trainee], confirmed=False)
    return SessionAttendance.objects.get(session=session, mentee=trainee)


def test_a_reflection_drafted_offline_is_saved_the_last_draft_counting(signed_in, attendance):
    drafts = [change("reflection", attendance=attendance.pk, reflection=text) for text in ("Eka", "Toinen versio")]
    assert results(send(signed_in, *drafts)) == [("accepted", "")] * 2
    attendance.refresh_from_db()
    assert attendance.reflection == "Toinen versio"
    assert attendance.confirmed_at is None


def test_a_reflection_with_the_confirmation_confirms_the_attendance(signed_in, attendance):
    sent = change("reflection", attendance=attendance.pk, reflection="Opin paljon.", confirm=True)
    assert results(send(signed_in, sent)) == [("accepted", "")]
    attendance.refresh_from_db()
    assert attendance.confirmed_at is not None and attendance.reflection == "Opin paljon."


def test_an_over_long_reflection_is_refused_with_the_limit(signed_in, attendance):
    [(status, reason)] = results(send(signed_in, change("reflection", attendance=attendance.pk, reflection="x" * 4001)))
    assert status == "refused"
    assert "4001" in reason and "4000" in reason
    attendance.refresh_from_db()
    assert attendance.reflection == ""


def test_a_reflection_on_someone_elses_session_is_refused(signed_in):
    other = f.supervision_session(f.mentor(), [f.trainee()], confirmed=False).attendances.get()
    [(status, _reason)] = results(send(signed_in, change("reflection", attendance=other.pk, reflection="Hei")))
    assert status == "refused"


# xAPI statements


def test_statements_keep_their_ids_and_are_stored_once(signed_in, trainee, first):
    h5p = f.h5p_activity(module=first)
    statement_id = str(uuid.uuid4())
    statement = f.xapi_statement(id=statement_id)
    sent = [change("statement", activity=h5p.pk, statement=statement)] * 1
    again = change("statement", activity=h5p.pk, statement=statement)  # the same statement under another change
    assert results(send(signed_in, *sent, again)) == [("accepted", "")] * 2
    assert results(send(signed_in, *sent)) == [("accepted", "")]
    assert list(Statement.objects.filter(user=trainee).values_list("statement_id", flat=True)) == [
        uuid.UUID(statement_id)
    ]


def test_a_passing_statement_made_offline_completes_the_activity(signed_in, trainee, first):
    h5p = f.h5p_activity(module=first)
    passed = f.xapi_statement(
        verb="answered", object_id="http://127.0.0.1/h5p", scaled=1.0, raw=1, max_score=1, success=True, completion=True
    )
    passed["object"]["definition"]["extensions"] = {}
    assert results(send(signed_in, change("statement", activity=h5p.pk, statement=passed))) == [("accepted", "")]
    assert Statement.objects.filter(user=trainee).count() == 1


def test_a_statement_of_a_locked_module_is_refused(signed_in, course):
    h5p = f.h5p_activity(module=course.modules.order_by("order").last())
    [(status, reason)] = results(send(signed_in, change("statement", activity=h5p.pk, statement=f.xapi_statement())))
    assert status == "refused" and "lukittu" in reason


def test_a_statement_that_is_not_valid_is_refused_with_the_reasons(signed_in, first):
    h5p = f.h5p_activity(module=first)
    [(status, reason)] = results(send(signed_in, change("statement", activity=h5p.pk, statement={"verb": 3})))
    assert status == "refused"
    assert reason.startswith("Lausuma ei kelpaa.") or "ei kelpaa" in reason


def test_an_over_large_statement_is_refused(signed_in, first, settings):
    settings.H5P_MAX_STATEMENT_BYTES = 2000
    h5p = f.h5p_activity(module=first)
    big = f.xapi_statement(padding="x" * 3000)
    [(status, _reason)] = results(send(signed_in, change("statement", activity=h5p.pk, statement=big)))
    assert status == "refused"


# Bad input


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ("{not json", "Muutokset eivät ole kelvollista JSONia."),
        ("[1, 2]", "Lähetä muutokset JSON-oliona, jossa on lista nimeltä ”changes”."),
        ('{"changes": {}}', "Lähetä muutokset JSON-oliona, jossa on lista nimeltä ”changes”."),
        ('{"changes": [{"kind": "complete"}]}', "Muutoksella 1 ei ole kelvollista tunnistetta."),
        ('{"changes": [{"id": "not-a-uuid"}]}', "Muutoksella 1 ei ole kelvollista tunnistetta."),
        ('{"changes": [{"id": 7}]}', "Muutoksella 1 ei ole kelvollista tunnistetta."),
        ('{"changes": [NaN]}', "Muutokset eivät ole kelvollista JSONia."),
    ],
)
def test_a_batch_that_cannot_be_read_is_refused_whole_with_a_message(signed_in, body, detail):
    response = send(signed_in, body=body)
    assert response.status_code == 400
    assert json.loads(response.content)["detail"] == detail
    assert not SyncedChange.objects.exists()


def test_a_batch_that_repeats_an_id_is_refused_whole(signed_in, first):
    repeated = change("complete", activity=first.activities.first().pk)
    response = send(signed_in, repeated, repeated)
    assert response.status_code == 400
    assert "toistaa" in json.loads(response.content)["detail"]
    assert not ActivityCompletion.objects.exists()


def test_too_many_changes_at_once_are_refused(signed_in, first):
    response = send(signed_in, *[change("complete", activity=first.activities.first().pk) for _ in range(51)])
    assert response.status_code == 400
    assert json.loads(response.content)["detail"] == "Lähetä enintään 50 muutosta kerrallaan."


def test_an_over_large_batch_is_refused(signed_in):
    response = send(signed_in, body=json.dumps({"changes": [], "padding": "x" * (1024 * 1024)}))
    assert response.status_code == 413


def test_an_unknown_kind_or_missing_data_is_refused_on_its_own(signed_in, first):
    unknown = {"id": str(uuid.uuid4()), "kind": "delete_everything", "data": {}}
    no_data = {"id": str(uuid.uuid4()), "kind": "complete"}
    good = change("complete", activity=first.activities.first().pk)
    (s1, r1), (s2, r2), (s3, _r3) = results(send(signed_in, unknown, no_data, good))
    assert (s1, r1) == ("refused", "Linkki ei tunne tällaista muutosta.")
    assert (s2, r2) == ("refused", "Tällaista tehtävää ei ole.")
    assert s3 == "accepted"


# Who may send


def test_sending_needs_a_login(client):
    response = send(client, change("complete", activity=1))
    assert response.status_code == 403
    assert json.loads(response.content)["detail"] == "Kirjaudu sisään, niin voit lähettää muutoksesi."


def test_sending_needs_the_csrf_token(trainee, first):
    client = login(Client(enforce_csrf_checks=True), trainee)
    assert send(client, change("complete", activity=first.activities.first().pk)).status_code == 403
    assert not ActivityCompletion.objects.exists()


def test_sending_is_a_post(signed_in):
    assert signed_in.get(URL).status_code == 405


@pytest.mark.parametrize("role", ["trainer", "coordinator", "mentor", "administrator"])
def test_other_roles_cannot_complete_activities_through_sync(client, first, role):
    login(client, getattr(f, role)())
    [(status, _reason)] = results(send(client, change("complete", activity=first.activities.first().pk)))
    assert status == "refused"
    assert not ActivityCompletion.objects.exists()


# Query counts


def _queries(client, changes):
    return count_queries(send, client, *changes)


def test_queries_of_completions_do_not_grow_with_the_queue(client):
    def measure(size):
        course = f.course_with_modules(modules=1, activities=size)
        login(client, f.enrolled_trainee(course))
        return _queries(client, [change("complete", activity=a.pk) for a in course.modules.get().activities.all()])

    assert measure(2) == measure(12)


def test_queries_of_answers_do_not_grow_with_the_queue(client):
    def measure(size):
        course = f.course_with_modules(modules=1, activities=1)
        trainee = f.enrolled_trainee(course)
        assessment = f.assessment(module=course.modules.get())
        questions = [f.choice_question(assessment.bank, order=n) for n in range(size)]
        attempt = assessment_services.start_attempt(assessment, trainee)
        login(client, trainee)
        return _queries(
            client, [change("answers", attempt=attempt.pk, answers={str(q.pk): _option(q, 0)}) for q in questions]
        )

    assert measure(2) == measure(12)


def test_queries_of_statements_and_reflections_do_not_grow_with_the_queue(client):
    def measure(size):
        course = f.course_with_modules(modules=1, activities=1)
        trainee = f.enrolled_trainee(course)
        h5p = f.h5p_activity(module=course.modules.get())
        attendance = f.supervision_session(f.mentor(), [trainee]).attendances.get()
        login(client, trainee)
        statements = [change("statement", activity=h5p.pk, statement=f.xapi_statement()) for _ in range(size)]
        drafts = [change("reflection", attendance=attendance.pk, reflection=f"Luonnos {n}") for n in range(size)]
        return _queries(client, statements + drafts)

    assert measure(2) == measure(12)


def test_queries_of_changes_already_taken_do_not_grow_with_the_queue(client):
    def measure(size):
        course = f.course_with_modules(modules=1, activities=size)
        login(client, f.enrolled_trainee(course))
        changes = [change("complete", activity=a.pk) for a in course.modules.get().activities.all()]
        send(client, *changes)
        return _queries(client, changes)

    assert measure(2) == measure(12)


# Personal data


def test_the_changes_a_person_made_offline_are_in_their_export_and_go_with_their_erasure(signed_in, trainee, first):
    import io
    import zipfile

    from common import privacy

    sent = change("complete", activity=first.activities.first().pk)
    send(signed_in, sent)
    with zipfile.ZipFile(io.BytesIO(privacy.export_zip(trainee))) as archive:
        exported = json.loads(archive.read("offline.json"))
    assert [(str(row["change_id"]), row["status"]) for row in exported["changes_made_offline"]] == [
        (sent["id"], "accepted")
    ]
    privacy.erase(trainee)
    assert not SyncedChange.objects.filter(user=trainee).exists()
