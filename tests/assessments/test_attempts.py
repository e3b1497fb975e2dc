import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from assessments import services
from assessments.models import Attempt, AttemptItem, Grade
from courses.models import ActivityCompletion
from tests import factories as f

from .conftest import all_right, option

pytestmark = pytest.mark.django_db


def auto_only(world):
    """Take the hand-graded questions out of the bank, so a submit grades the attempt at once."""
    world.essay.is_active = False
    world.essay.save()
    world.competency.is_active = False
    world.competency.save()


def test_starting_draws_every_active_question_in_the_banks_order(world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    questions = list(attempt.items.order_by("position").values_list("question_id", flat=True))
    assert questions == [
        world.single.pk,
        world.multiple.pk,
        world.true_false.pk,
        world.short_text.pk,
        world.numeric.pk,
        world.matching.pk,
        world.essay.pk,
        world.competency.pk,
    ]
    assert attempt.number == 1 and attempt.deadline is None and attempt.max_score == Decimal("9")


def test_starting_again_resumes_the_open_attempt(world):
    first = services.start_attempt(world.assessment, world.trainee)
    assert services.start_attempt(world.assessment, world.trainee) == first
    assert Attempt.objects.count() == 1


def test_a_random_draw_takes_n_different_questions_per_attempt(world):
    world.assessment.draw_count = 3
    world.assessment.save()
    attempt = services.start_attempt(world.assessment, world.trainee, rng=random.Random(4))
    drawn = list(attempt.items.values_list("question_id", flat=True))
    assert len(drawn) == 3 == len(set(drawn))
    assert attempt.max_score == sum(item.question.points for item in attempt.items.all())


def test_shuffled_options_keep_every_option_of_the_question(world):
    world.assessment.shuffle_options = True
    world.assessment.save()
    attempt = services.start_attempt(world.assessment, world.trainee, rng=random.Random(1))
    item = attempt.items.get(question=world.multiple)
    assert sorted(item.choice_order) == sorted(world.multiple.options.values_list("pk", flat=True))


def test_submitting_grades_automatically_and_passing_completes_the_activity(world):
    auto_only(world)
    attempt = services.start_attempt(world.assessment, world.trainee)
    services.save_answers(
        attempt,
        world.trainee,
        {
            k: v
            for k, v in all_right(world, attempt).items()
            if k not in (str(world.essay.pk), str(world.competency.pk))
        },
    )
    attempt, submitted = services.submit_attempt(attempt, world.trainee)
    assert submitted
    assert attempt.state == Attempt.State.GRADED
    assert (attempt.score, attempt.max_score, attempt.percent, attempt.passed) == (
        Decimal("6"),
        Decimal("6"),
        Decimal("100.0"),
        True,
    )
    assert ActivityCompletion.objects.filter(user=world.trainee, activity=world.assessment.activity).exists()
    assert Grade.objects.filter(item__attempt=attempt, source=Grade.Source.AUTOMATIC).count() == 6


def test_a_failed_attempt_does_not_complete_the_activity(world):
    auto_only(world)
    attempt = services.start_attempt(world.assessment, world.trainee)
    services.save_answers(attempt, world.trainee, {str(world.single.pk): option(world.single, 1)})
    attempt, _ = services.submit_attempt(attempt, world.trainee)
    assert attempt.percent == Decimal("16.6") and attempt.passed is False  # 1 of 6 points, rounded down
    assert not ActivityCompletion.objects.filter(user=world.trainee).exists()


def test_submitting_twice_grades_once(world):
    auto_only(world)
    attempt = services.start_attempt(world.assessment, world.trainee)
    first, new = services.submit_attempt(attempt, world.trainee)
    again, new_again = services.submit_attempt(attempt, world.trainee)
    assert (new, new_again) == (True, False)
    assert again.submitted_at == first.submitted_at
    assert Grade.objects.filter(item__attempt=attempt).count() == 6


def test_attempts_run_out_after_the_allowed_number(world):
    auto_only(world)
    for _ in range(2):
        services.submit_attempt(services.start_attempt(world.assessment, world.trainee), world.trainee)
    with pytest.raises(services.AttemptRefused) as refusal:
        services.start_attempt(world.assessment, world.trainee)
    assert refusal.value.message == "Olet käyttänyt kaikki yrityksesi."


def test_no_new_attempt_after_passing(world):
    auto_only(world)
    attempt = services.start_attempt(world.assessment, world.trainee)
    services.save_answers(
        attempt,
        world.trainee,
        {
            k: v
            for k, v in all_right(world, attempt).items()
            if k not in (str(world.essay.pk), str(world.competency.pk))
        },
    )
    services.submit_attempt(attempt, world.trainee)
    with pytest.raises(services.AttemptRefused):
        services.start_attempt(world.assessment, world.trainee)


def test_an_assessment_without_questions_cannot_be_started(world):
    empty = f.assessment(module=world.assessment.activity.module)
    with pytest.raises(services.AttemptRefused):
        services.start_attempt(empty, world.trainee)


# Tampered input


def answers_of(attempt):
    return dict(AttemptItem.objects.filter(attempt=attempt).values_list("question_id", "answer"))


def test_an_answer_to_a_question_not_in_the_attempt_is_refused_and_nothing_is_saved(world):
    world.assessment.draw_count = 2
    world.assessment.save()
    attempt = services.start_attempt(world.assessment, world.trainee, rng=random.Random(2))
    drawn = set(attempt.items.values_list("question_id", flat=True))
    outside = next(q for q in (world.single, world.true_false, world.numeric, world.short_text) if q.pk not in drawn)
    inside = next(iter(drawn))
    with pytest.raises(services.AttemptRefused) as refusal:
        services.save_answers(attempt, world.trainee, {str(inside): "", str(outside.pk): "6"})
    assert refusal.value.errors == {str(outside.pk): ["Tämä kysymys ei kuulu yritykseesi."]}
    assert all(answer is None for answer in answers_of(attempt).values())


def test_an_option_of_another_question_is_refused_and_nothing_is_saved(world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    with pytest.raises(services.AttemptRefused) as refusal:
        services.save_answers(
            attempt,
            world.trainee,
            {
                str(world.true_false.pk): "true",
                str(world.single.pk): option(world.multiple, 0),
            },
        )
    assert refusal.value.errors == {str(world.single.pk): ["Vaihtoehto ei kuulu tähän kysymykseen."]}
    assert answers_of(attempt)[world.true_false.pk] is None


def test_a_matching_answer_outside_the_answer_column_is_refused(world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    prompt = world.matching.pairs.first().pk
    with pytest.raises(services.AttemptRefused):
        services.save_answers(attempt, world.trainee, {str(world.matching.pk): {str(prompt): "7"}})
    with pytest.raises(services.AttemptRefused):
        services.save_answers(attempt, world.trainee, {str(world.matching.pk): {"999999": "0"}})


def test_saving_to_another_persons_attempt_is_refused(world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    with pytest.raises(PermissionDenied):
        services.save_answers(attempt, world.other_trainee, {str(world.true_false.pk): "true"})
    with pytest.raises(PermissionDenied):
        services.submit_attempt(attempt, world.other_trainee)
    assert answers_of(attempt)[world.true_false.pk] is None
    attempt.refresh_from_db()
    assert attempt.is_open


def test_a_number_that_is_not_a_number_is_refused_with_a_message(world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    with pytest.raises(services.AttemptRefused) as refusal:
        services.save_answers(attempt, world.trainee, {str(world.numeric.pk): "kuusi"})
    assert refusal.value.errors == {str(world.numeric.pk): ["Kirjoita luku, esimerkiksi 12 tai 3,5."]}


def test_saving_after_submitting_is_refused(world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    services.submit_attempt(attempt, world.trainee)
    with pytest.raises(services.AttemptRefused) as refusal:
        services.save_answers(attempt, world.trainee, {str(world.true_false.pk): "false"})
    assert refusal.value.code == "closed"


# The time limit


def timed(world, minutes=10):
    auto_only(world)
    world.assessment.time_limit_minutes = minutes
    world.assessment.save()
    start = timezone.now() - timedelta(minutes=minutes + 1)
    return services.start_attempt(world.assessment, world.trainee, now=start), start


def test_the_deadline_is_set_from_the_time_limit(world):
    attempt, start = timed(world, 15)
    assert attempt.deadline == start + timedelta(minutes=15)


def test_an_answer_saved_after_the_deadline_does_not_count_and_the_attempt_is_submitted(world):
    attempt, start = timed(world)
    services.save_answers(attempt, world.trainee, {str(world.true_false.pk): "true"}, now=start + timedelta(minutes=5))
    with pytest.raises(services.AttemptRefused) as refusal:
        services.save_answers(attempt, world.trainee, {str(world.true_false.pk): "false"})
    assert refusal.value.code == "expired"
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.GRADED and attempt.was_submitted_automatically
    assert attempt.submitted_at == attempt.deadline
    assert answers_of(attempt)[world.true_false.pk] is True
    assert attempt.items.get(question=world.true_false).points == 0


def test_an_answer_just_before_the_deadline_counts(world):
    attempt, start = timed(world)
    services.save_answers(
        attempt, world.trainee, {str(world.true_false.pk): "false"}, now=attempt.deadline - timedelta(seconds=1)
    )
    services.submit_attempt(attempt, world.trainee, now=attempt.deadline - timedelta(seconds=1))
    assert attempt.items.get(question=world.true_false).points == 1


def test_the_periodic_task_submits_expired_attempts_only(world):
    from assessments.tasks import submit_expired_attempts

    expired, _start = timed(world)
    running = services.start_attempt(world.assessment, world.other_trainee)
    assert submit_expired_attempts() == 1
    expired.refresh_from_db()
    running.refresh_from_db()
    assert not expired.is_open and expired.was_submitted_automatically
    assert running.is_open


def test_the_task_is_scheduled_with_celery_beat(world):
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="assessments.submit_expired_attempts")
    assert task.enabled and task.interval.every == 1


def test_starting_after_the_time_ran_out_submits_the_old_attempt_and_starts_a_new_one(world):
    expired, _start = timed(world)
    new = services.start_attempt(world.assessment, world.trainee)
    expired.refresh_from_db()
    assert not expired.is_open and new.number == 2 and new.is_open


def test_a_number_with_an_absurd_exponent_is_refused_and_the_attempt_can_still_be_submitted(world):
    auto_only(world)
    attempt = services.start_attempt(world.assessment, world.trainee)
    with pytest.raises(services.AttemptRefused) as refusal:
        services.save_answers(attempt, world.trainee, {str(world.numeric.pk): "1e999999999"})
    assert refusal.value.errors == {str(world.numeric.pk): ["Kirjoita luku, esimerkiksi 12 tai 3,5."]}
    # An answer stored before this check existed scores nothing instead of breaking the grading.
    AttemptItem.objects.filter(attempt=attempt, question=world.numeric).update(answer="1e999999999")
    attempt, submitted = services.submit_attempt(attempt, world.trainee)
    assert submitted and attempt.state == Attempt.State.GRADED
    assert AttemptItem.objects.get(attempt=attempt, question=world.numeric).points == 0
