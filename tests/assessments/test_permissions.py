"""Who may use which assessment page and endpoint: one case per role."""

import json

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Attempt

pytestmark = pytest.mark.django_db

OK, REDIRECT, FORBIDDEN, HIDDEN = 200, 302, 403, 404


@pytest.mark.parametrize(
    "role, expected",
    [
        ("trainee", REDIRECT),
        ("other_trainee", REDIRECT),
        ("outsider", FORBIDDEN),
        ("trainer", FORBIDDEN),
        ("coordinator", FORBIDDEN),
        ("mentor", FORBIDDEN),
        ("administrator", FORBIDDEN),
        (None, REDIRECT),
    ],
)
def test_starting_an_attempt_per_role(client, world, role, expected):
    if role:
        client.force_login(getattr(world, role))
    response = client.post(reverse("assessments:start", args=[world.assessment.pk]))
    assert response.status_code == expected
    if role is None:
        assert reverse("login") in response.url
    assert Attempt.objects.exists() == (role in ("trainee", "other_trainee"))


def test_starting_needs_a_post(client, world):
    client.force_login(world.trainee)
    assert client.get(reverse("assessments:start", args=[world.assessment.pk])).status_code == 405


@pytest.mark.parametrize(
    "role, expected",
    [
        ("trainee", OK),
        ("other_trainee", HIDDEN),
        ("outsider", HIDDEN),
        ("trainer", OK),
        ("other_trainer", HIDDEN),
        ("coordinator", OK),
        ("mentor", OK),
        ("other_mentor", HIDDEN),
        ("administrator", OK),
    ],
)
def test_the_attempt_page_per_role(client, world, role, expected):
    attempt = services.start_attempt(world.assessment, world.trainee)
    client.force_login(getattr(world, role))
    url = reverse("assessments:attempt", args=[attempt.pk])
    response = client.get(url)
    assert response.status_code == expected
    if role != "trainee" and expected == OK:
        # Staff see that the attempt is open, never its questions.
        assert "<fieldset" not in response.content.decode()
    services.submit_attempt(attempt, world.trainee)
    assert client.get(url).status_code == expected


def test_the_attempt_page_sends_anonymous_visitors_to_log_in(client, world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    response = client.get(reverse("assessments:attempt", args=[attempt.pk]))
    assert response.status_code == REDIRECT and reverse("login") in response.url


@pytest.mark.parametrize("role", ["other_trainee", "trainer", "coordinator", "mentor", "administrator"])
def test_only_the_trainee_saves_and_submits_their_attempt(client, world, role):
    attempt = services.start_attempt(world.assessment, world.trainee)
    client.force_login(getattr(world, role))
    response = client.post(
        reverse("assessments:attempt_save", args=[attempt.pk]),
        {"questions": [str(world.true_false.pk)], f"q{world.true_false.pk}": "true", "action": "submit"},
    )
    assert response.status_code == FORBIDDEN
    response = client.post(
        reverse("assessments:attempt_answers", args=[attempt.pk]),
        data=json.dumps({"answers": {str(world.true_false.pk): "true"}}),
        content_type="application/json",
    )
    assert response.status_code == FORBIDDEN
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.items.get(question=world.true_false).answer is None


def test_saving_needs_a_login_and_a_post(client, world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    for name in ("assessments:attempt_save", "assessments:attempt_answers"):
        response = client.post(reverse(name, args=[attempt.pk]))
        assert response.status_code == REDIRECT and reverse("login") in response.url
    client.force_login(world.trainee)
    assert client.get(reverse("assessments:attempt_answers", args=[attempt.pk])).status_code == 405
    assert client.get(reverse("assessments:attempt_save", args=[attempt.pk])).status_code == 405


def test_an_attempt_that_does_not_exist_is_not_found(client, world):
    client.force_login(world.trainee)
    assert client.get(reverse("assessments:attempt", args=[999999])).status_code == HIDDEN
    response = client.post(
        reverse("assessments:attempt_answers", args=[999999]), data="{}", content_type="application/json"
    )
    assert response.status_code == HIDDEN and response.json()["detail"] == "Tällaista yritystä ei ole."


@pytest.mark.parametrize(
    "role, expected",
    [
        ("trainer", OK),
        ("mentor", OK),
        ("administrator", OK),
        ("coordinator", FORBIDDEN),
        ("trainee", FORBIDDEN),
        (None, REDIRECT),
    ],
)
def test_the_grading_queue_per_role(client, world, role, expected):
    if role:
        client.force_login(getattr(world, role))
    assert client.get(reverse("assessments:grading")).status_code == expected


@pytest.mark.parametrize(
    "role, sees_link", [("trainer", True), ("mentor", True), ("coordinator", False), ("trainee", False)]
)
def test_the_grading_link_in_the_menu_per_role(client, world, role, sees_link):
    client.force_login(getattr(world, role))
    page = client.get(reverse("dashboard")).content.decode()
    assert (reverse("assessments:grading") in page) == sees_link
