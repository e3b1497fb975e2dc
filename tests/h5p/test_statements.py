import json
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import ActivityCompletion
from h5p import services
from h5p.models import Attempt, Statement
from h5p.selectors import attempts_of, best_attempt, grade_of, grades_of
from h5p.xapi import StatementInvalid, parse_statement
from tests import factories as f

pytestmark = pytest.mark.django_db


def post(client, activity, statement, **extra):
    body = statement if isinstance(statement, (str, bytes)) else json.dumps(statement)
    return client.post(
        reverse("h5p:statements", args=[activity.pk]),
        body,
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
        **extra,
    )


def is_done(user, activity):
    return ActivityCompletion.objects.filter(user=user, activity=activity).exists()


@pytest.fixture
def trainee_client(client, world):
    client.force_login(world.trainee)
    return client


def test_a_passing_answer_is_stored_as_an_attempt_and_completes_the_activity(trainee_client, world):
    response = post(
        trainee_client, world.activity, f.xapi_statement(scaled=0.9, raw=9, max_score=10, completion=True, success=True)
    )
    assert response.status_code == 201
    assert response.json()["activity_done"] is True
    assert response.json()["attempt"] == {"score": 90, "passed": True}
    statement = Statement.objects.get()
    assert (statement.verb, statement.score_raw, statement.score_max, statement.score_scaled) == (
        "http://adlnet.gov/expapi/verbs/answered",
        9,
        10,
        0.9,
    )
    assert statement.success is True and statement.completion is True
    assert statement.raw["result"]["score"]["raw"] == 9
    assert is_done(world.trainee, world.activity)


def test_a_score_below_the_pass_mark_is_kept_but_does_not_complete_the_activity(trainee_client, world):
    response = post(
        trainee_client, world.activity, f.xapi_statement(scaled=0.5, raw=1, max_score=2, completion=True, success=False)
    )
    assert response.status_code == 201
    assert response.json()["attempt"] == {"score": 50, "passed": False}
    assert "try again" in response.json()["message"]
    assert not is_done(world.trainee, world.activity)


def test_the_pass_mark_is_set_per_activity(trainee_client, world):
    services.set_pass_threshold(world.activity.h5p_content, Decimal("0.50"))
    post(trainee_client, world.activity, f.xapi_statement(scaled=0.5))
    assert is_done(world.trainee, world.activity)


def test_the_scaled_score_is_worked_out_from_raw_and_max_when_missing(trainee_client, world):
    response = post(trainee_client, world.activity, f.xapi_statement(raw=4, max_score=5))
    assert response.json()["attempt"] == {"score": 80, "passed": True}


def test_unscored_content_is_done_on_completion(trainee_client, world):
    response = post(trainee_client, world.activity, f.xapi_statement(verb="completed", completion=True))
    assert response.json()["attempt"] == {"score": None, "passed": True}
    assert is_done(world.trainee, world.activity)


def test_a_failed_try_does_not_complete_the_activity(trainee_client, world):
    post(trainee_client, world.activity, f.xapi_statement(verb="failed", completion=True))
    assert Attempt.objects.get().is_passed is False
    assert not is_done(world.trainee, world.activity)


def test_statements_without_an_outcome_are_kept_but_are_no_attempt(trainee_client, world):
    for verb in ("attempted", "interacted"):
        assert post(trainee_client, world.activity, f.xapi_statement(verb=verb)).status_code == 201
    assert Statement.objects.count() == 2
    assert not Attempt.objects.exists()


def test_verbs_are_recognised_by_their_iri_not_their_display_text(trainee_client, world):
    finnish = f.xapi_statement(scaled=1.0)
    finnish["verb"]["display"] = {"fi-FI": "vastasi"}
    impostor = f.xapi_statement(scaled=1.0)
    impostor["verb"] = {"id": "http://example.org/verbs/liked", "display": {"en-US": "answered"}}
    post(trainee_client, world.activity, impostor)
    assert not Attempt.objects.exists()
    post(trainee_client, world.activity, finnish)
    assert Attempt.objects.count() == 1


def test_a_statement_about_part_of_the_content_is_no_attempt(trainee_client, world):
    part = f.xapi_statement(scaled=1.0)
    part["object"]["definition"]["extensions"]["http://h5p.org/x-api/h5p-subContentId"] = "abc"
    part["context"] = {"contextActivities": {"parent": [{"id": "http://127.0.0.1/activities/1/"}]}}
    post(trainee_client, world.activity, part)
    assert Statement.objects.get().is_about_whole_content is False
    assert not Attempt.objects.exists()


def test_the_actor_is_always_the_logged_in_trainee(trainee_client, world):
    other = f.trainee()
    statement = f.xapi_statement(scaled=1.0)
    statement["actor"] = {"objectType": "Agent", "account": {"homePage": "http://127.0.0.1", "name": str(other.pk)}}
    post(trainee_client, world.activity, statement)
    stored = Statement.objects.get()
    assert stored.user == world.trainee
    assert stored.raw["actor"]["account"]["name"] == str(world.trainee.pk)
    assert not is_done(other, world.activity)


def test_every_attempt_is_kept_and_the_grade_is_the_best(trainee_client, world):
    for scaled in (0.4, 0.9, 0.6):
        post(trainee_client, world.activity, f.xapi_statement(scaled=scaled))
    attempts = list(attempts_of(world.trainee, world.activity))
    assert sorted(a.score_scaled for a in attempts) == [0.4, 0.6, 0.9]
    assert best_attempt(attempts).score_scaled == 0.9
    best, count = grade_of(world.trainee, world.activity)
    assert (best.score_scaled, count) == (0.9, 3)


def test_a_passed_completion_without_a_score_outranks_a_failed_scored_try(trainee_client, world):
    post(trainee_client, world.activity, f.xapi_statement(scaled=0.3))
    post(trainee_client, world.activity, f.xapi_statement(verb="completed", completion=True))
    best, _count = grade_of(world.trainee, world.activity)
    assert best.is_passed and best.score_scaled is None


def test_grades_of_many_trainees_and_activities_are_read_in_one_query_and_match_each_grade(
    world, django_assert_num_queries
):
    second = f.h5p_activity(module=world.activity.module)
    others = [f.trainee() for _ in range(3)]
    tries = {world.trainee: (0.4, 0.95), others[0]: (0.2,), others[1]: (0.7, 0.5, 0.6)}
    for user, scores in tries.items():
        for scaled in scores:
            services.record_xapi_statement(user, world.activity, f.xapi_statement(scaled=scaled))
            services.record_xapi_statement(user, second, f.xapi_statement(scaled=1 - scaled))
    users, activities = [world.trainee, *others], [world.activity, second]
    with django_assert_num_queries(1):
        grades = grades_of([u.pk for u in users], [a.pk for a in activities])
    assert (others[2].pk, world.activity.pk) not in grades
    assert len(grades) == 6
    for (user_id, activity_id), grade in grades.items():
        user = next(u for u in users if u.pk == user_id)
        activity = next(a for a in activities if a.pk == activity_id)
        assert (grade.best, grade.attempts) == grade_of(user, activity)
    assert grades[(world.trainee.pk, world.activity.pk)].is_passed
    assert grades[(world.trainee.pk, world.activity.pk)].best.score_scaled == 0.95
    assert not grades[(others[1].pk, world.activity.pk)].is_passed


def test_a_statement_sent_twice_is_stored_once(trainee_client, world):
    statement = f.xapi_statement(scaled=1.0, id="5f0f6f2e-3c4b-4c9e-8a41-3d1f7c2b9e10")
    assert post(trainee_client, world.activity, statement).status_code == 201
    assert post(trainee_client, world.activity, statement).status_code == 200
    assert Statement.objects.count() == 1
    assert Attempt.objects.count() == 1


def test_a_malformed_body_gets_400_with_the_reason(trainee_client, world):
    response = post(trainee_client, world.activity, "{not json")
    assert response.status_code == 400
    assert response.json()["detail"] == "The statement is not valid JSON."


@pytest.mark.parametrize(
    "change, field",
    [
        ({"verb": {"display": {"en-US": "answered"}}}, "verb.id"),
        ({"object": {"id": "not an iri"}}, "object.id"),
        ({"id": "not-a-uuid"}, "id"),
        ({"timestamp": "yesterday"}, "timestamp"),
        ({"result": {"score": {"scaled": 1.5}}}, "result.score.scaled"),
        ({"result": {"score": {"raw": 7, "min": 0, "max": 5}}}, "result.score.raw"),
        ({"result": {"score": {"raw": "many"}}}, "result.score.raw"),
        ({"result": {"success": "yes"}}, "result.success"),
        ({"result": {"duration": "three minutes"}}, "result.duration"),
    ],
)
def test_an_invalid_statement_gets_400_naming_the_field_and_stores_nothing(trainee_client, world, change, field):
    statement = f.xapi_statement(scaled=1.0)
    statement.update(change)
    response = post(trainee_client, world.activity, statement)
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Statement.objects.exists()


@pytest.mark.parametrize("body", [b"\xff\xfe not utf-8", "[" * 30000 + "]" * 30000])
def test_undecodable_or_absurdly_nested_bodies_get_400(trainee_client, world, body):
    response = post(trainee_client, world.activity, body)
    assert response.status_code == 400
    assert not Statement.objects.exists()


def test_a_statement_that_is_not_an_object_gets_400(trainee_client, world):
    response = post(trainee_client, world.activity, [f.xapi_statement()])
    assert response.status_code == 400
    assert "statement" in response.json()["errors"]


def test_an_oversized_body_gets_413_and_stores_nothing(trainee_client, world, settings):
    settings.H5P_MAX_STATEMENT_BYTES = 2000
    statement = f.xapi_statement(scaled=1.0, padding="x" * 3000)
    response = post(trainee_client, world.activity, statement)
    assert response.status_code == 413
    assert not Statement.objects.exists()


def test_a_failure_while_storing_leaves_nothing_half_saved(trainee_client, world, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(Attempt.objects, "create", broken)
    client = Client(raise_request_exception=False)
    client.force_login(world.trainee)
    response = post(client, world.activity, f.xapi_statement(scaled=1.0))
    assert response.status_code == 500
    assert not Statement.objects.exists()
    assert not is_done(world.trainee, world.activity)


def test_a_trainee_not_enrolled_in_the_course_gets_403(client, world):
    client.force_login(world.outsider)
    response = post(client, world.activity, f.xapi_statement(scaled=1.0))
    assert response.status_code == 403
    assert not Statement.objects.exists()


def test_an_anonymous_visitor_gets_403(client, world):
    assert post(client, world.activity, f.xapi_statement(scaled=1.0)).status_code == 403


@pytest.mark.parametrize("role", ["trainer", "coordinator", "mentor", "administrator"])
def test_staff_who_are_not_enrolled_cannot_post_statements(client, world, role):
    client.force_login(getattr(world, role))
    assert post(client, world.activity, f.xapi_statement(scaled=1.0)).status_code == 403


def test_a_locked_module_refuses_statements(trainee_client, world):
    first = f.ModuleFactory(course=world.course, order=0)
    f.ActivityFactory(module=first)
    world.activity.module.prerequisites.add(first)
    assert post(trainee_client, world.activity, f.xapi_statement(scaled=1.0)).status_code == 403


def test_an_activity_without_content_gets_404(trainee_client, world):
    bare = f.ActivityFactory(module=world.activity.module, kind="h5p")
    assert post(trainee_client, bare, f.xapi_statement(scaled=1.0)).status_code == 404


def test_statements_need_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.trainee)
    assert post(client, world.activity, f.xapi_statement(scaled=1.0)).status_code == 403
    client.get(world.activity.get_absolute_url())
    token = client.cookies["csrftoken"].value
    assert post(client, world.activity, f.xapi_statement(scaled=1.0), HTTP_X_CSRFTOKEN=token).status_code == 201


def test_a_beacon_posted_as_a_form_is_stored(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.trainee)
    client.get(world.activity.get_absolute_url())
    token = client.cookies["csrftoken"].value
    response = client.post(
        reverse("h5p:statements", args=[world.activity.pk]),
        {
            "csrfmiddlewaretoken": token,
            "statement": json.dumps(f.xapi_statement(scaled=1.0)),
        },
    )
    assert response.status_code == 201
    assert is_done(world.trainee, world.activity)


def test_storing_a_statement_takes_the_same_queries_however_many_came_before(
    trainee_client, world, django_assert_max_num_queries
):
    post(trainee_client, world.activity, f.xapi_statement(scaled=0.1))
    with django_assert_max_num_queries(14) as first:
        post(trainee_client, world.activity, f.xapi_statement(scaled=0.2))
    queries = len(first)
    for _ in range(20):
        post(trainee_client, world.activity, f.xapi_statement(scaled=0.3))
    with django_assert_max_num_queries(queries):
        post(trainee_client, world.activity, f.xapi_statement(scaled=0.2))


def test_statements_beyond_the_rate_limit_get_429_and_are_not_stored(trainee_client, world):
    from h5p.views import STATEMENTS_PER_MINUTE
    from common import ratelimit

    for _ in range(STATEMENTS_PER_MINUTE):
        ratelimit.hit(f"h5p.statements:user:{world.trainee.pk}", STATEMENTS_PER_MINUTE, 60)
    response = post(trainee_client, world.activity, f.xapi_statement(scaled=1.0))
    assert response.status_code == 429
    assert response.json()["error"] == "rate_limited" and int(response["Retry-After"]) > 0
    assert not Statement.objects.exists()


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_a_number_json_cannot_hold_gets_400_and_stores_nothing(trainee_client, world, number):
    # Anywhere in the statement, not only in the score: the raw statement is kept whole.
    key = '"http://h5p.org/x-api/h5p-local-content-id": 1'
    body = json.dumps(f.xapi_statement(scaled=1.0)).replace(key, f"{key[:-1]}{number}")
    assert number in body
    response = post(trainee_client, world.activity, body)
    assert response.status_code == 400
    assert response.json()["detail"] == "The statement is not valid JSON."
    assert not Statement.objects.exists()
    assert not is_done(world.trainee, world.activity)


def test_the_statement_reader_refuses_a_score_that_is_not_finite():
    statement = f.xapi_statement()
    statement["result"] = {"score": {"raw": float("nan")}}
    with pytest.raises(StatementInvalid) as invalid:
        parse_statement(statement)
    assert "result.score.raw" in invalid.value.errors
