"""The autosave endpoint as a page leaves: a beacon's form body carries the CSRF token and the answers."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from assessments.models import Attempt, AttemptItem

pytestmark = pytest.mark.django_db


def started(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.trainee)
    page = client.get(reverse("courses:activity", args=[world.assessment.activity_id]))
    token = page.context["csrf_token"]
    response = client.post(reverse("assessments:start", args=[world.assessment.pk]), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    return client, str(token), Attempt.objects.get(user=world.trainee)


def beacon(client, attempt, data):
    return client.post(reverse("assessments:attempt_answers", args=[attempt.pk]), data)


def test_a_beacon_with_the_csrf_token_saves_the_answers(world):
    client, token, attempt = started(world)
    answers = {str(world.essay.pk): "Kirjoitettu juuri ennen lähtöä."}
    response = beacon(client, attempt, {"csrfmiddlewaretoken": token, "answers": json.dumps(answers)})
    assert response.status_code == 200
    assert response.json()["saved"] == [world.essay.pk]
    assert AttemptItem.objects.get(attempt=attempt, question=world.essay).answer == "Kirjoitettu juuri ennen lähtöä."


def test_a_beacon_without_the_csrf_token_is_refused_and_saves_nothing(world):
    client, _token, attempt = started(world)
    response = beacon(client, attempt, {"answers": json.dumps({str(world.essay.pk): "Väärennetty"})})
    assert response.status_code == 403
    assert AttemptItem.objects.get(attempt=attempt, question=world.essay).answer is None


def test_a_json_save_without_the_csrf_header_is_refused(world):
    client, _token, attempt = started(world)
    response = client.post(
        reverse("assessments:attempt_answers", args=[attempt.pk]),
        data=json.dumps({"answers": {str(world.essay.pk): "Väärennetty"}}),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert AttemptItem.objects.get(attempt=attempt, question=world.essay).answer is None


@pytest.mark.parametrize("answers", ["{ei jsonia", "", "[1, 2]"])
def test_a_beacon_with_answers_that_are_not_an_object_gets_a_structured_error(world, answers):
    client, token, attempt = started(world)
    response = beacon(client, attempt, {"csrfmiddlewaretoken": token, "answers": answers})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid"


def test_a_beacon_to_another_persons_attempt_is_refused(world):
    client, token, attempt = started(world)
    Attempt.objects.filter(pk=attempt.pk).update(user=world.other_trainee)
    response = beacon(
        client, attempt, {"csrfmiddlewaretoken": token, "answers": json.dumps({str(world.essay.pk): "x"})}
    )
    assert response.status_code == 403
    assert response.json()["error"] == "forbidden"


def test_a_beacon_after_submitting_names_the_closed_attempt(world):
    from assessments import services

    client, token, attempt = started(world)
    services.submit_attempt(attempt)
    response = beacon(
        client, attempt, {"csrfmiddlewaretoken": token, "answers": json.dumps({str(world.essay.pk): "x"})}
    )
    assert response.status_code == 409
    assert response.json()["error"] == "closed"
    assert response.json()["detail"] == "Tämä yritys on jo lähetetty."
