"""The trainee's pages: the assessment activity, the attempt form without JavaScript, the JSON autosave."""

import json
import unicodedata
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import Attempt, AttemptItem
from courses.models import ActivityCompletion
from tests import factories as f

from .conftest import all_right, option

pytestmark = pytest.mark.django_db

SECRET_FEEDBACK = "Salainen-palaute-oikeasta"


def activity_url(world):
    return reverse("courses:activity", args=[world.assessment.activity_id])


def start(client, world, user=None):
    client.force_login(user or world.trainee)
    response = client.post(reverse("assessments:start", args=[world.assessment.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(user=user or world.trainee, submitted_at__isnull=True)


def autosave(client, attempt, answers):
    return client.post(
        reverse("assessments:attempt_answers", args=[attempt.pk]),
        data=json.dumps({"answers": answers}),
        content_type="application/json",
    )


def test_the_activity_page_shows_the_rules_and_a_start_button(client, world):
    client.force_login(world.trainee)
    response = client.get(activity_url(world))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Läpäisyraja: 60 %" in page
    assert "Aloita arviointi" in page


def test_a_trainer_previewing_sees_the_bank_size_and_no_start_button(client, world):
    client.force_login(world.trainer)
    page = client.get(activity_url(world)).content.decode()
    assert "Kysymyspankissa on 8 käytössä olevaa kysymystä." in page
    assert reverse("assessments:start", args=[world.assessment.pk]) not in page


def test_starting_opens_the_attempt_page_with_a_fieldset_per_question(client, world):
    attempt = start(client, world)
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert page.count("<fieldset") == 8 and page.count("<legend>") == 8
    assert f'data-autosave-url="{reverse("assessments:attempt_answers", args=[attempt.pk])}"' in page


def test_correct_answers_and_feedback_never_reach_the_page_before_submitting(client, world):
    correct = world.single.options.get(is_correct=True)
    correct.feedback = {"fi": SECRET_FEEDBACK}
    correct.save()
    world.short_text.accepted_answers = "Salainen-hyväksytty-vastaus"
    world.short_text.feedback = {"fi": SECRET_FEEDBACK}
    world.short_text.save()
    attempt = start(client, world)
    autosave(client, attempt, {str(world.single.pk): correct.pk})
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert SECRET_FEEDBACK not in page
    assert "Salainen-hyväksytty-vastaus" not in page
    assert "correct" not in page.replace("incorrect", "")
    # The answer column is sent as positions in a per-attempt shuffle, never as the pairs' own ids.
    select = page.split(f'name="q{world.matching.pk}_')[1].split("</select>")[0]
    assert re.findall(r'value="([^"]*)"', select) == ["", "0", "1", "2"]


def test_the_form_saves_every_answer_without_javascript_and_the_page_shows_them_again(client, world):
    attempt = start(client, world)
    answers = all_right(world, attempt)
    data = {"questions": list(answers), "action": "save"}
    for key, value in answers.items():
        if isinstance(value, dict):
            data.update({f"q{key}_{prompt}": index for prompt, index in value.items()})
        else:
            data[f"q{key}"] = value
    response = client.post(reverse("assessments:attempt_save", args=[attempt.pk]), data)
    assert response.status_code == 302
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert "Vastauksesi on tallennettu." in page
    assert 'value="  kela "' in page and "Esittäydyn ja kysyn toiveita.</textarea>" in page
    assert f'value="{option(world.single, 1)}" checked' in page
    stored = AttemptItem.objects.get(attempt=attempt, question=world.multiple).answer
    assert stored == sorted([option(world.multiple, 0), option(world.multiple, 2)])


def test_unticking_every_box_clears_a_multiple_choice_answer(client, world):
    attempt = start(client, world)
    autosave(client, attempt, {str(world.multiple.pk): [option(world.multiple, 0)]})
    client.post(
        reverse("assessments:attempt_save", args=[attempt.pk]),
        {"questions": [str(world.multiple.pk)], "action": "save"},
    )
    assert AttemptItem.objects.get(attempt=attempt, question=world.multiple).answer == []


def test_a_bad_number_in_the_form_is_shown_with_a_message_and_nothing_typed_is_lost(client, world):
    attempt = start(client, world)
    response = client.post(
        reverse("assessments:attempt_save", args=[attempt.pk]),
        {
            "questions": [str(world.numeric.pk), str(world.essay.pk)],
            f"q{world.numeric.pk}": "kuusi",
            f"q{world.essay.pk}": "Pitkä vastaus, jota ei saa hukata.",
            "action": "submit",
        },
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Kirjoita luku, esimerkiksi 12 tai 3,5." in page
    assert 'value="kuusi"' in page and "Pitkä vastaus, jota ei saa hukata.</textarea>" in page
    attempt.refresh_from_db()
    assert attempt.is_open
    assert AttemptItem.objects.get(attempt=attempt, question=world.essay).answer is None


def test_submitting_from_the_form_shows_the_waiting_message_while_an_essay_is_ungraded(client, world):
    attempt = start(client, world)
    autosave(client, attempt, all_right(world, attempt))
    response = client.post(
        reverse("assessments:attempt_save", args=[attempt.pk]), {"questions": [], "action": "submit"}, follow=True
    )
    page = response.content.decode()
    assert "Vastauksesi on lähetetty." in page
    assert "näet tuloksesi ja palautteen täällä, kun arviointi on valmis" in page
    assert "Tulos tähän mennessä" in page


def test_autosave_answers_with_the_saved_question(client, world):
    attempt = start(client, world)
    response = autosave(client, attempt, {str(world.true_false.pk): "false"})
    assert response.status_code == 200
    assert response.json()["saved"] == [world.true_false.pk]
    assert response.json()["remaining_seconds"] is None
    assert AttemptItem.objects.get(attempt=attempt, question=world.true_false).answer is False


def test_a_reload_after_autosave_loses_nothing(client, world):
    attempt = start(client, world)
    autosave(client, attempt, {str(world.short_text.pk): "Kansaneläkelaitos"})
    autosave(client, attempt, {str(world.single.pk): option(world.single, 2)})
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert 'value="Kansaneläkelaitos"' in page
    assert f'value="{option(world.single, 2)}" checked' in page


def test_an_answer_typed_in_decomposed_letters_is_kept_composed(client, world):
    attempt = start(client, world)
    decomposed = unicodedata.normalize("NFD", "Kansaneläkelaitos")
    assert decomposed != "Kansaneläkelaitos"
    autosave(client, attempt, {str(world.short_text.pk): decomposed})
    assert AttemptItem.objects.get(attempt=attempt, question=world.short_text).answer == "Kansaneläkelaitos"


def test_autosave_refuses_tampered_input_with_field_errors(client, world):
    attempt = start(client, world)
    response = autosave(client, attempt, {str(world.single.pk): option(world.multiple, 1), "999999": "x"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid"
    assert body["errors"] == {
        str(world.single.pk): ["Vaihtoehto ei kuulu tähän kysymykseen."],
        "999999": ["Tämä kysymys ei kuulu yritykseesi."],
    }


def test_autosave_refuses_a_body_that_is_not_json(client, world):
    attempt = start(client, world)
    response = client.post(
        reverse("assessments:attempt_answers", args=[attempt.pk]), data="{nope", content_type="application/json"
    )
    assert response.status_code == 400 and response.json()["error"] == "invalid"
    response = client.post(
        reverse("assessments:attempt_answers", args=[attempt.pk]), data="[1]", content_type="application/json"
    )
    assert response.status_code == 400 and "answers" in response.json()["errors"]


def test_autosave_to_another_persons_attempt_is_refused(client, world):
    attempt = start(client, world)
    client.force_login(world.other_trainee)
    response = autosave(client, attempt, {str(world.true_false.pk): "true"})
    assert response.status_code == 403
    assert response.json()["detail"] == "Tämä yritys kuuluu toiselle."
    assert AttemptItem.objects.get(attempt=attempt, question=world.true_false).answer is None


def test_autosave_after_the_deadline_submits_and_points_to_the_result(client, world):
    attempt = start(client, world)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    response = autosave(client, attempt, {str(world.true_false.pk): "false"})
    assert response.status_code == 409
    assert response.json()["error"] == "expired"
    assert response.json()["result_url"] == reverse("assessments:attempt", args=[attempt.pk])
    attempt.refresh_from_db()
    assert not attempt.is_open


def test_opening_an_expired_attempt_submits_it(client, world):
    attempt = start(client, world)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert "Aika loppui" in page
    attempt.refresh_from_db()
    assert attempt.was_submitted_automatically


def test_opening_the_activity_page_submits_an_expired_attempt(client, world):
    attempt = start(client, world)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    client.get(activity_url(world))
    attempt.refresh_from_db()
    assert not attempt.is_open


def test_a_graded_attempt_shows_the_result_feedback_and_the_answers_when_the_policy_allows(client, world):
    for question in (world.essay, world.competency):
        question.is_active = False
        question.save()
    world.assessment.show_answers = "after_each"
    world.assessment.save()
    world.true_false.feedback_correct = {"fi": "Hienoa, linkkityö ei ole palvelu."}
    world.true_false.save()
    attempt = start(client, world)
    autosave(client, attempt, {str(world.true_false.pk): "false", str(world.single.pk): option(world.single, 0)})
    client.post(reverse("assessments:attempt_submit", args=[attempt.pk]))
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert "1 / 6 pistettä (16,6 %)" in page
    assert "Hienoa, linkkityö ei ole palvelu." in page
    assert "oikein" in page
    assert not ActivityCompletion.objects.filter(user=world.trainee).exists()


def test_correct_answers_stay_hidden_until_the_last_attempt_under_after_last(client, world):
    for question in (world.essay, world.competency):
        question.is_active = False
        question.save()
    world.assessment.show_answers = "after_last"
    world.assessment.save()
    first = start(client, world)
    client.post(reverse("assessments:attempt_submit", args=[first.pk]))
    assert "Hyväksytyt vastaukset" not in client.get(first.get_absolute_url()).content.decode()
    second = start(client, world)
    client.post(reverse("assessments:attempt_submit", args=[second.pk]))
    assert "Hyväksytyt vastaukset: Kela, Kansaneläkelaitos" in client.get(second.get_absolute_url()).content.decode()


def test_never_shows_no_correct_answers_even_after_the_last_attempt(client, world):
    for question in (world.essay, world.competency):
        question.is_active = False
        question.save()
    world.assessment.show_answers = "never"
    world.assessment.max_attempts = 1
    world.assessment.save()
    attempt = start(client, world)
    client.post(reverse("assessments:attempt_submit", args=[attempt.pk]))
    assert "Hyväksytyt vastaukset" not in client.get(attempt.get_absolute_url()).content.decode()


def test_a_trainee_not_enrolled_cannot_start(client, world):
    client.force_login(world.outsider)
    assert client.post(reverse("assessments:start", args=[world.assessment.pk])).status_code == 403
    assert not Attempt.objects.exists()


def test_a_trainee_cannot_start_in_a_locked_module(client, world):
    module = world.assessment.activity.module
    earlier = f.ModuleFactory(course=world.course, order=0)
    f.ActivityFactory(module=earlier)
    module.prerequisites.add(earlier)
    client.force_login(world.trainee)
    assert client.post(reverse("assessments:start", args=[world.assessment.pk])).status_code == 403


def test_the_start_button_says_why_no_attempt_is_left(client, world):
    for _ in range(2):
        attempt = services.start_attempt(world.assessment, world.trainee)
        services.submit_attempt(attempt, world.trainee)
        for item in attempt.items.filter(question__kind__in=["essay", "competency"]):
            services.grade_item(item, world.administrator, 0)
    client.force_login(world.trainee)
    response = client.post(reverse("assessments:start", args=[world.assessment.pk]), follow=True)
    assert "Olet käyttänyt kaikki yrityksesi." in response.content.decode()


def test_the_attempt_page_makes_the_same_number_of_queries_for_few_and_many_questions(
    client, world, django_assert_max_num_queries
):
    from tests.utils import count_queries

    attempt = start(client, world)
    url = reverse("assessments:attempt", args=[attempt.pk])
    many = count_queries(client.get, url)
    small = f.assessment(module=world.assessment.activity.module)
    f.choice_question(small.bank)
    client.post(reverse("assessments:start", args=[small.pk]))
    few_attempt = Attempt.objects.get(assessment=small)
    assert count_queries(client.get, reverse("assessments:attempt", args=[few_attempt.pk])) == many


def test_a_trainer_opening_an_expired_attempt_submits_it_too(client, world):
    attempt = start(client, world)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=1))
    client.force_login(world.trainer)
    response = client.get(reverse("assessments:attempt", args=[attempt.pk]))
    assert response.status_code == 200
    attempt.refresh_from_db()
    assert not attempt.is_open and attempt.was_submitted_automatically


def test_autosave_is_rate_limited_per_person(client, world, monkeypatch):
    from django.core.cache import cache

    from common import ratelimit
    from common.ratelimit import hit

    monkeypatch.setattr(ratelimit.time, "time", lambda: 1_800_000_000.0)  # one window for the whole test
    cache.clear()
    attempt = start(client, world)
    for _ in range(240):
        hit(f"assessments.autosave:user:{world.trainee.pk}", 240, 60)
    response = autosave(client, attempt, {str(world.true_false.pk): "false"})
    assert response.status_code == 429 and response["Retry-After"]
    assert AttemptItem.objects.get(attempt=attempt, question=world.true_false).answer is None
    cache.clear()
