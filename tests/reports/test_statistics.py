import datetime
import statistics
from decimal import Decimal

import pytest
from django.urls import reverse

from assessments.models import Assessment, Attempt, AttemptItem
from courses.models import Activity
from reports.statistics import NetPromoterScore, item_statistics, pearson
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

URL = reverse("reports:programme")
PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}
SUBMITTED = datetime.datetime(2026, 4, 1, 10, tzinfo=datetime.UTC)

# Scores of five trainees' first attempts on three questions worth 1, 1 and 2 points.
SCORES = [(1, 1, 2), (1, 0, 2), (0, 1, 1), (1, 0, 0), (0, 0, 1)]
POINTS = (1, 1, 2)


def expected(question):
    item = [row[question] for row in SCORES]
    rest = [sum(row) - row[question] for row in SCORES]
    return 100 * statistics.fmean(item) / POINTS[question], 100 * statistics.correlation(item, rest)


def test_pearson_agrees_with_the_standard_library():
    xs, ys = [1, 0, 1, 1, 0, 1], [7.5, 3, 6, 9, 4.5, 5]
    assert pearson(xs, ys) == pytest.approx(statistics.correlation(xs, ys))


def test_an_item_without_spread_has_no_discrimination():
    stats = item_statistics([(1, 3), (1, 2), (1, 1)], Decimal("1"))
    assert stats.facility == pytest.approx(100)
    assert stats.discrimination is None


def test_item_statistics_follow_moodles_definitions():
    for question in range(3):
        stats = item_statistics([(row[question], sum(row)) for row in SCORES], POINTS[question])
        facility, discrimination = expected(question)
        assert stats.attempts == 5
        assert stats.facility == pytest.approx(facility)
        assert stats.discrimination == pytest.approx(discrimination)


def test_net_promoter_score_is_promoters_minus_detractors_as_a_share_of_answers():
    # 10, 9, 9 promote; 8, 7 are passive; 6, 3, 0 detract: (3 - 3) / 8 = 0; and 3 promoters of 4: 75.
    assert NetPromoterScore(answers=8, promoters=3, detractors=3).score == 0
    assert NetPromoterScore(answers=4, promoters=3, detractors=0).score == pytest.approx(75)
    assert NetPromoterScore(answers=0, promoters=0, detractors=0).score is None
    assert NetPromoterScore(answers=8, promoters=3, detractors=3).passives == 2


def assessment_with_questions(course):
    module = course.modules.first()
    activity = f.ActivityFactory(module=module, kind=Activity.Kind.ASSESSMENT)
    bank = f.QuestionBankFactory(module=module)
    questions = [f.choice_question(bank, points=Decimal(points), order=index) for index, points in enumerate(POINTS)]
    return Assessment.objects.create(activity=activity, bank=bank), questions


def attempt(assessment, user, questions, scores, number=1, state=Attempt.State.GRADED):
    made = Attempt.objects.create(
        assessment=assessment,
        user=user,
        number=number,
        state=state,
        started_at=SUBMITTED - datetime.timedelta(minutes=20),
        submitted_at=SUBMITTED,
        score=sum(scores),
        max_score=sum(POINTS),
    )
    for position, (question, points) in enumerate(zip(questions, scores)):
        AttemptItem.objects.create(attempt=made, question=question, position=position, points=Decimal(points))
    return made


def cohort_with_attempts(coordinator, scores=SCORES):
    course = f.course_with_modules(modules=1, activities=1)
    cohort = f.CohortFactory(
        course=course,
        coordinators=[coordinator],
        start_date=datetime.date(2026, 2, 1),
        end_date=datetime.date(2026, 6, 30),
    )
    assessment, questions = assessment_with_questions(course)
    for row in scores:
        person = f.trainee()
        f.EnrolmentFactory(cohort=cohort, user=person)
        attempt(assessment, person, questions, row)
        # Later attempts and attempts still waiting for a grader are left out, as in Moodle by default.
        attempt(assessment, person, questions, POINTS, number=2)
    waiting = f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=waiting)
    attempt(assessment, waiting, questions, (0, 0, 0), state=Attempt.State.AWAITING_GRADING)
    return assessment, questions


def test_the_report_shows_facility_and_discrimination_from_first_attempts(client):
    coordinator = f.coordinator()
    assessment, questions = cohort_with_attempts(coordinator)
    client.force_login(coordinator)

    [rows] = client.get(URL, PERIOD).context["report"].assessments

    assert rows.assessment == assessment
    assert rows.attempts == 5
    assert [row.question for row in rows.questions] == questions
    for index, row in enumerate(rows.questions):
        facility, discrimination = expected(index)
        assert row.statistics.attempts == 5
        assert row.statistics.facility == pytest.approx(facility)
        assert row.statistics.discrimination == pytest.approx(discrimination)


def test_a_coordinator_sees_no_question_statistics_of_cohorts_they_do_not_follow(client):
    cohort_with_attempts(f.coordinator())
    client.force_login(f.coordinator())
    assert client.get(URL, PERIOD).context["report"].assessments == []


def test_question_statistics_take_the_same_number_of_queries_for_more_attempts(client):
    coordinator = f.coordinator()
    client.force_login(coordinator)
    cohort_with_attempts(coordinator, scores=SCORES[:2])
    few = count_queries(client.get, URL, PERIOD)
    cohort_with_attempts(coordinator)
    cohort_with_attempts(coordinator)
    assert count_queries(client.get, URL, PERIOD) == few
