"""Submitting an attempt: a confirmation naming the questions without an answer (no JavaScript needed), and
a result page that shows the automatically graded points at once, beside the points still waiting."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import Attempt
from tests import factories as f
from tests.utils import count_queries

from .conftest import all_right, option

pytestmark = pytest.mark.django_db


def start(client, world, user=None):
    client.force_login(user or world.trainee)
    client.post(reverse("assessments:start", args=[world.assessment.pk]))
    return Attempt.objects.get(user=user or world.trainee, submitted_at__isnull=True)


def autosave(client, attempt, answers):
    response = client.post(
        reverse("assessments:attempt_answers", args=[attempt.pk]),
        data=json.dumps({"answers": answers}),
        content_type="application/json",
    )
    assert response.status_code == 200
    return response


def submit_from_form(client, attempt, data=None):
    return client.post(
        reverse("assessments:attempt_save", args=[attempt.pk]), {"questions": [], "action": "submit", **(data or {})}
    )


def test_submitting_with_unanswered_questions_asks_first_and_spends_nothing(client, world):
    attempt = start(client, world)
    answers = all_right(world, attempt)
    del answers[str(world.essay.pk)], answers[str(world.numeric.pk)]
    autosave(client, attempt, answers)
    response = submit_from_form(client, attempt)
    confirm_url = reverse("assessments:attempt_submit", args=[attempt.pk])
    assert response.status_code == 302 and response["Location"] == confirm_url
    attempt.refresh_from_db()
    assert attempt.is_open
    page = client.get(confirm_url).content.decode()
    assert "2/8 kysymyksestä on vastaamatta:" in page
    assert f'href="{attempt.get_absolute_url()}#question-{world.numeric.pk}">Kysymys 5</a>' in page
    assert f'href="{attempt.get_absolute_url()}#question-{world.essay.pk}">Kysymys 7</a>' in page
    assert f"#question-{world.single.pk}" not in page
    assert "Sinulle jää vielä 1 yritys." in page
    assert "Lähetä silti" in page


def test_the_confirmation_keeps_what_the_form_sent(client, world):
    attempt = start(client, world)
    response = submit_from_form(
        client, attempt, {"questions": [str(world.essay.pk)], f"q{world.essay.pk}": "Lähetetty lomakkeella."}
    )
    assert response.status_code == 302
    assert attempt.items.get(question=world.essay).answer == "Lähetetty lomakkeella."


def test_confirming_submits_and_shows_the_automatic_points_at_once(client, world):
    attempt = start(client, world)
    answers = all_right(world, attempt)
    answers[str(world.single.pk)] = option(world.single, 0)  # one wrong answer
    del answers[str(world.essay.pk)]
    autosave(client, attempt, answers)
    response = client.post(reverse("assessments:attempt_submit", args=[attempt.pk]), follow=True)
    page = response.content.decode()
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.AWAITING_GRADING
    assert "Vastauksesi on lähetetty." in page
    assert "Tulos tähän mennessä" in page
    # Six automatic questions of one point, one of them wrong; essay (2 p) and competency (1 p) wait.
    assert "Arvioitu automaattisesti</dt>\n      <dd>5 / 6 pistettä" in page
    assert "3 pistettä, 2 vastausta" in page
    assert "1 vastaus, jonka kouluttaja arvioi" in page
    assert "1 käytännön osaamisen kohta, jonka mentori kuittaa" in page
    assert page.count("Odottaa arviointia") == 2


def test_submitting_with_every_question_answered_needs_no_confirmation(client, world):
    attempt = start(client, world)
    autosave(client, attempt, all_right(world, attempt))
    response = submit_from_form(client, attempt)
    assert response.status_code == 302 and response["Location"] == attempt.get_absolute_url()
    attempt.refresh_from_db()
    assert not attempt.is_open


def test_an_unticked_multiple_choice_counts_as_unanswered(client, world):
    attempt = start(client, world)
    answers = all_right(world, attempt)
    answers[str(world.multiple.pk)] = []
    autosave(client, attempt, answers)
    page = client.get(reverse("assessments:attempt_submit", args=[attempt.pk])).content.decode()
    assert f"#question-{world.multiple.pk}" in page and "1/8 kysymyksestä on vastaamatta:" in page


def test_confirming_twice_submits_once(client, world):
    attempt = start(client, world)
    url = reverse("assessments:attempt_submit", args=[attempt.pk])
    client.post(url)
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=False).count() == 1
    assert world.assessment.attempts.count() == 1


def test_the_confirmation_of_a_submitted_attempt_goes_to_the_attempt(client, world):
    attempt = start(client, world)
    services.submit_attempt(attempt)
    response = client.get(reverse("assessments:attempt_submit", args=[attempt.pk]))
    assert response.status_code == 302 and response["Location"] == attempt.get_absolute_url()


def test_the_confirmation_of_an_expired_attempt_goes_to_the_attempt_which_submits_it(client, world):
    attempt = start(client, world)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    response = client.post(reverse("assessments:attempt_submit", args=[attempt.pk]), follow=True)
    assert "Aika loppui" in response.content.decode()
    attempt.refresh_from_db()
    assert not attempt.is_open and attempt.was_submitted_automatically


@pytest.mark.parametrize("role", ["other_trainee", "trainer", "coordinator", "mentor", "administrator"])
def test_only_the_trainee_confirms_their_submission(client, world, role):
    attempt = start(client, world)
    client.force_login(getattr(world, role))
    url = reverse("assessments:attempt_submit", args=[attempt.pk])
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    attempt.refresh_from_db()
    assert attempt.is_open


def test_the_confirmation_sends_anonymous_visitors_to_log_in(client, world):
    attempt = start(client, world)
    client.logout()
    response = client.post(reverse("assessments:attempt_submit", args=[attempt.pk]))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_the_confirmation_of_an_attempt_that_does_not_exist_is_not_found(client, world):
    client.force_login(world.trainee)
    assert client.get(reverse("assessments:attempt_submit", args=[999999])).status_code == 404


def test_the_confirmation_makes_the_same_number_of_queries_for_few_and_many_questions(client, world):
    attempt = start(client, world)
    many = count_queries(client.get, reverse("assessments:attempt_submit", args=[attempt.pk]))
    small = f.assessment(module=world.assessment.activity.module)
    f.choice_question(small.bank)
    client.post(reverse("assessments:start", args=[small.pk]))
    few = Attempt.objects.get(assessment=small)
    assert count_queries(client.get, reverse("assessments:attempt_submit", args=[few.pk])) == many


def test_the_result_so_far_makes_the_same_number_of_queries_for_few_and_many_questions(client, world):
    attempt = start(client, world)
    services.submit_attempt(attempt)
    many = count_queries(client.get, attempt.get_absolute_url())
    small = f.assessment(module=world.assessment.activity.module)
    f.QuestionFactory(bank=small.bank, kind="essay")
    client.post(reverse("assessments:start", args=[small.pk]))
    few = Attempt.objects.get(assessment=small)
    services.submit_attempt(few)
    assert count_queries(client.get, few.get_absolute_url()) == many


def test_a_trainer_sees_the_result_so_far_of_an_attempt_waiting_for_their_grade(client, world):
    attempt = start(client, world)
    autosave(client, attempt, all_right(world, attempt))
    services.submit_attempt(attempt)
    client.force_login(world.trainer)
    page = client.get(attempt.get_absolute_url()).content.decode()
    assert "Tämä yritys odottaa arviointia." in page
    assert "6 / 6 pistettä" in page
