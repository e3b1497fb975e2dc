"""Essays go to trainers, competency items to the trainee's mentor; regrading adds a grade beside the old one."""

from decimal import Decimal

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Attempt, AttemptItem, Grade
from courses.models import ActivityCompletion
from tests import factories as f
from tests.utils import count_queries

from .conftest import all_right

pytestmark = pytest.mark.django_db


def submitted(world, user=None, answers=None):
    user = user or world.trainee
    attempt = services.start_attempt(world.assessment, user)
    services.save_answers(attempt, user, all_right(world, attempt) if answers is None else answers)
    attempt, _new = services.submit_attempt(attempt, user)
    return attempt


def item(attempt, question):
    return AttemptItem.objects.get(attempt=attempt, question=question)


def test_hand_graded_items_wait_and_the_attempt_awaits_grading(world):
    attempt = submitted(world)
    assert attempt.state == Attempt.State.AWAITING_GRADING
    assert attempt.score is None and attempt.passed is None
    assert not ActivityCompletion.objects.exists()


def test_the_trainer_sees_essays_and_the_mentor_competency_items_of_their_own_trainees(client, world):
    attempt = submitted(world)
    submitted(world, world.other_trainee, answers={})
    client.force_login(world.trainer)
    page = client.get(reverse("assessments:grading")).content.decode()
    assert reverse("assessments:grade", args=[item(attempt, world.essay).pk]) in page
    assert reverse("assessments:grade", args=[item(attempt, world.competency).pk]) not in page
    assert page.count(reverse("assessments:grading")) >= 2  # both trainees' essays are listed
    client.force_login(world.mentor)
    page = client.get(reverse("assessments:grading")).content.decode()
    assert reverse("assessments:grade", args=[item(attempt, world.competency).pk]) in page
    assert reverse("assessments:grade", args=[item(attempt, world.essay).pk]) not in page
    assert "Kuittaa" in page


def test_another_cohorts_trainer_and_another_mentor_see_nothing(client, world):
    submitted(world)
    for person in (world.other_trainer, world.other_mentor):
        client.force_login(person)
        assert "Mikään ei odota sinua." in client.get(reverse("assessments:grading")).content.decode()


def test_grading_the_essay_and_signing_off_the_competency_completes_a_passing_attempt(client, world):
    attempt = submitted(world)
    client.force_login(world.trainer)
    response = client.post(
        reverse("assessments:grade", args=[item(attempt, world.essay).pk]), {"points": "1,5", "comment": "Hyvä alku."}
    )
    assert response.status_code == 302 and response.url == reverse("assessments:grading")
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.AWAITING_GRADING
    client.force_login(world.mentor)
    response = client.post(
        reverse("assessments:grade", args=[item(attempt, world.competency).pk]),
        {"achieved": "yes", "comment": "Näin tapaamisen."},
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.GRADED
    assert (attempt.score, attempt.percent, attempt.passed) == (Decimal("8.50"), Decimal("94.4"), True)
    assert ActivityCompletion.objects.filter(user=world.trainee, activity=world.assessment.activity).exists()
    grade = Grade.objects.get(item__question=world.competency)
    assert (grade.source, grade.graded_by, grade.comment) == (Grade.Source.MENTOR, world.mentor, "Näin tapaamisen.")


def test_the_trainee_sees_the_result_and_the_graders_comment_once_grading_is_complete(client, world):
    attempt = submitted(world)
    services.grade_item(item(attempt, world.essay), world.trainer, Decimal("2"), "Erinomainen pohdinta.")
    client.force_login(world.trainee)
    page = client.get(attempt.get_absolute_url()).content.decode()
    assert "Erinomainen pohdinta." not in page
    services.sign_off_competency(item(attempt, world.competency), world.mentor, True)
    page = client.get(attempt.get_absolute_url()).content.decode()
    assert "Erinomainen pohdinta." in page and "Läpäisty" in page


def test_regrading_records_a_new_grade_beside_the_old_one_and_the_newest_counts(client, world):
    attempt = submitted(world)
    essay = item(attempt, world.essay)
    services.grade_item(essay, world.trainer, Decimal("0"), "Puuttuu.")
    services.sign_off_competency(item(attempt, world.competency), world.mentor, True)
    attempt.refresh_from_db()
    assert attempt.score == Decimal("7.00")
    client.force_login(world.trainer)
    response = client.post(reverse("assessments:grade", args=[essay.pk]), {"points": "2", "comment": "Korjattu."})
    assert response.status_code == 302 and response.url == attempt.get_absolute_url()
    grades = list(Grade.objects.filter(item=essay).order_by("pk").values_list("points", "is_regrade", "comment"))
    assert grades == [(Decimal("0.00"), False, "Puuttuu."), (Decimal("2.00"), True, "Korjattu.")]
    attempt.refresh_from_db()
    assert attempt.score == Decimal("9.00")


def test_a_trainer_can_regrade_an_automatically_graded_item(world):
    attempt = submitted(world, answers={})
    single = item(attempt, world.single)
    assert single.points == 0
    services.grade_item(single, world.trainer, Decimal("1"), "Hyväksyn perustelun.")
    assert list(Grade.objects.filter(item=single).values_list("source", "points")) == [
        (Grade.Source.AUTOMATIC, Decimal("0.00")),
        (Grade.Source.TRAINER, Decimal("1.00")),
    ]


def test_a_regrade_that_takes_away_the_only_pass_undoes_the_completion(world):
    attempt = submitted(world)
    essay = item(attempt, world.essay)
    services.grade_item(essay, world.trainer, Decimal("2"))
    services.sign_off_competency(item(attempt, world.competency), world.mentor, True)
    assert ActivityCompletion.objects.filter(user=world.trainee).exists()
    services.sign_off_competency(item(attempt, world.competency), world.mentor, False, "Ei vielä.")
    services.grade_item(essay, world.trainer, Decimal("0"))
    services.grade_item(item(attempt, world.single), world.trainer, Decimal("0"))
    services.grade_item(item(attempt, world.multiple), world.trainer, Decimal("0"))
    attempt.refresh_from_db()
    assert attempt.passed is False
    assert not ActivityCompletion.objects.filter(user=world.trainee).exists()


def test_points_above_the_maximum_are_refused_with_a_message(client, world):
    attempt = submitted(world)
    client.force_login(world.trainer)
    url = reverse("assessments:grade", args=[item(attempt, world.essay).pk])
    response = client.post(url, {"points": "3", "comment": "Liikaa."})
    assert response.status_code == 400
    assert "Tämän arvon on oltava enintään 2." in response.content.decode()
    assert "Liikaa." in response.content.decode()
    response = client.post(url, {"points": "", "comment": ""})
    assert response.status_code == 400
    assert not Grade.objects.filter(item__question=world.essay).exists()


def test_a_sign_off_without_a_choice_is_refused(client, world):
    attempt = submitted(world)
    client.force_login(world.mentor)
    response = client.post(reverse("assessments:grade", args=[item(attempt, world.competency).pk]), {"comment": "x"})
    assert response.status_code == 400
    assert not Grade.objects.filter(item__question=world.competency).exists()


def test_the_grade_service_refuses_points_outside_the_range(world):
    from django.core.exceptions import ValidationError

    attempt = submitted(world)
    with pytest.raises(ValidationError):
        services.grade_item(item(attempt, world.essay), world.trainer, Decimal("-1"))


def test_an_open_attempt_cannot_be_graded(world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    with pytest.raises(services.AttemptRefused):
        services.grade_item(item(attempt, world.essay), world.trainer, Decimal("1"))


@pytest.mark.parametrize(
    "role, question, expected",
    [
        ("trainer", "essay", 200),
        ("trainer", "competency", 404),
        ("other_trainer", "essay", 404),
        ("mentor", "competency", 200),
        ("mentor", "essay", 404),
        ("other_mentor", "competency", 404),
        ("administrator", "essay", 200),
        ("administrator", "competency", 200),
        ("coordinator", "essay", 403),
        ("trainee", "essay", 403),
        ("other_trainee", "competency", 403),
    ],
)
def test_grade_page_access_per_role(client, world, role, question, expected):
    attempt = submitted(world)
    client.force_login(getattr(world, role))
    url = reverse("assessments:grade", args=[item(attempt, getattr(world, question)).pk])
    assert client.get(url).status_code == expected
    posted = client.post(url, {"points": "1", "achieved": "yes"})
    assert posted.status_code == (302 if expected == 200 else expected)


def test_the_grading_queue_makes_the_same_number_of_queries_for_one_and_many_trainees(client, world):
    submitted(world)
    client.force_login(world.trainer)
    one = count_queries(client.get, reverse("assessments:grading"))
    for _ in range(5):
        person = f.trainee()
        f.EnrolmentFactory(cohort=world.cohort, user=person)
        submitted(world, person, answers={})
    assert count_queries(client.get, reverse("assessments:grading")) == one


def test_an_item_of_an_open_attempt_has_no_grade_page(client, world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    client.force_login(world.trainer)
    assert client.get(reverse("assessments:grade", args=[item(attempt, world.essay).pk])).status_code == 404


def test_a_trainer_reviewing_an_attempt_sees_grade_links_in_a_constant_number_of_queries(client, world):
    attempt = submitted(world)
    client.force_login(world.trainer)
    page = client.get(attempt.get_absolute_url()).content.decode()
    assert reverse("assessments:grade", args=[item(attempt, world.essay).pk]) in page
    assert reverse("assessments:grade", args=[item(attempt, world.competency).pk]) not in page
    many = count_queries(client.get, attempt.get_absolute_url())
    small = f.assessment(module=world.assessment.activity.module)
    for kind in ("essay", "competency"):
        f.QuestionFactory(bank=small.bank, kind=kind)
    few = services.start_attempt(small, world.trainee)
    services.submit_attempt(few, world.trainee)
    assert count_queries(client.get, few.get_absolute_url()) == many


def test_an_administrator_sees_every_waiting_item_so_none_is_stranded(client, world):
    attempt = submitted(world)
    client.force_login(world.administrator)
    page = client.get(reverse("assessments:grading")).content.decode()
    assert reverse("assessments:grade", args=[item(attempt, world.essay).pk]) in page
    assert reverse("assessments:grade", args=[item(attempt, world.competency).pk]) in page


def test_a_result_just_below_the_pass_mark_does_not_pass_by_rounding(world):
    assessment = f.assessment(module=world.assessment.activity.module, pass_mark=70)
    essay = f.QuestionFactory(bank=assessment.bank, kind="essay", points=Decimal("30"))
    attempt = services.start_attempt(assessment, world.trainee)
    attempt, _new = services.submit_attempt(attempt, world.trainee)
    attempt = services.grade_item(item(attempt, essay), world.trainer, Decimal("20.99"))
    assert attempt.percent == Decimal("69.9") and attempt.passed is False
    assert not ActivityCompletion.objects.filter(user=world.trainee, activity=assessment.activity).exists()
    attempt = services.grade_item(item(attempt, essay), world.trainer, Decimal("21"))
    assert attempt.percent == Decimal("70.0") and attempt.passed is True
