"""Two tabs submitting (or starting) at the same moment, on PostgreSQL where rows are really locked."""

import threading

import pytest
from django.db import connection, connections

from assessments import scoring, services
from assessments.models import Attempt, Grade
from tests import factories as f

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL; SQLite serialises every write anyway")


def run_together(count, work):
    """Run `work()` in `count` threads released at once; return their results and errors."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(work())
        except Exception as error:  # collected and asserted on by the test
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results, errors


def place():
    # Transactional tests flush the reference data that migrations load, so make a municipality if needed.
    from accounts.models import Municipality, ServiceArea

    area, _ = ServiceArea.objects.get_or_create(code="test-area", defaults={"name": "Testialue"})
    municipality, _ = Municipality.objects.get_or_create(
        code="998", defaults={"name": "Testikunta", "service_area": area}
    )
    return municipality


def quiz_with_questions():
    module = f.ModuleFactory()
    assessment = f.assessment(module=module)
    for _ in range(5):
        f.choice_question(assessment.bank)
    person = f.trainee()
    f.EnrolmentFactory(cohort=f.CohortFactory(course=module.course, municipality=place()), user=person)
    return assessment, person


def test_concurrent_submits_yield_exactly_one_graded_attempt():
    assessment, person = quiz_with_questions()
    attempt = services.start_attempt(assessment, person)
    results, errors = run_together(6, lambda: services.submit_attempt(attempt, person)[1])
    assert errors == []
    assert sorted(results) == [False] * 5 + [True]
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.GRADED
    assert Grade.objects.filter(item__attempt=attempt).count() == 5
    assert Attempt.objects.filter(user=person).count() == 1


def test_concurrent_starts_open_one_attempt():
    assessment, person = quiz_with_questions()
    results, errors = run_together(4, lambda: services.start_attempt(assessment, person).pk)
    assert errors == []
    assert len(set(results)) == 1
    assert Attempt.objects.filter(user=person).count() == 1


def test_a_save_racing_a_submit_either_lands_before_it_or_is_refused():
    assessment, person = quiz_with_questions()
    attempt = services.start_attempt(assessment, person)
    question = attempt.items.first().question
    correct = question.options.get(is_correct=True).pk

    def save_or_submit(index=iter(range(2))):
        if next(index) == 0:
            try:
                services.save_answers(attempt, person, {str(question.pk): correct})
                return "saved"
            except services.AttemptRefused as refusal:
                return refusal.code
        services.submit_attempt(attempt, person)
        return "submitted"

    results, errors = run_together(2, save_or_submit)
    assert errors == []
    assert "submitted" in results and results.count("saved") + results.count("closed") == 1
    item = attempt.items.get(question=question)
    # The grade always matches the stored answer: no answer lands after grading has read it.
    assert item.points == scoring.points(question, item.answer)
    assert (item.answer == correct) == ("saved" in results)
