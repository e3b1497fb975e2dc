import datetime
from decimal import Decimal

import pytest

from certificates.models import Certificate
from mentoring.selectors import (
    add_months,
    confirmed_hours,
    mentees_of,
    supervision_status,
    supervision_statuses,
)
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

D = datetime.date
COHORT_ENDS = D(2027, 3, 31)  # CohortFactory's end date
CERTIFIED = D(2027, 5, 1)


@pytest.fixture
def course():
    course = f.CourseFactory()
    f.supervision_requirement(course, training_hours="10", sessions_per_period=2, period_months=6)
    return course


@pytest.fixture
def person(course):
    return f.enrolled_trainee(course)


@pytest.fixture
def a_mentor():
    return f.mentor()


def hours_of_sessions(a_mentor, person, count, minutes=60, held_on=D(2026, 10, 1), confirmed=True):
    for _ in range(count):
        f.supervision_session(a_mentor, [person], confirmed=confirmed, held_on=held_on, duration_minutes=minutes)


# Training phase


def test_training_with_hours_short_is_up_to_date_the_day_before_the_cohort_ends(person, a_mentor):
    hours_of_sessions(a_mentor, person, 3)
    status = supervision_status(person, on=COHORT_ENDS - datetime.timedelta(days=1))
    assert (status.phase, status.is_up_to_date, status.next_due) == ("training", True, COHORT_ENDS)


def test_training_with_hours_short_is_up_to_date_on_the_day_the_cohort_ends(person, a_mentor):
    hours_of_sessions(a_mentor, person, 3)
    assert supervision_status(person, on=COHORT_ENDS).is_up_to_date


def test_training_with_hours_short_is_overdue_the_day_after_the_cohort_ends(person, a_mentor):
    hours_of_sessions(a_mentor, person, 3)
    status = supervision_status(person, on=COHORT_ENDS + datetime.timedelta(days=1))
    assert not status.is_up_to_date
    assert status.next_due == COHORT_ENDS
    assert status.hours_missing == Decimal("7.00")


def test_training_with_enough_hours_has_nothing_due(person, a_mentor):
    hours_of_sessions(a_mentor, person, 5, minutes=120)
    status = supervision_status(person, on=COHORT_ENDS + datetime.timedelta(days=1))
    assert (status.is_up_to_date, status.next_due, status.confirmed_hours) == (True, None, Decimal("10.00"))
    assert status.required_hours == Decimal("10")


def test_unconfirmed_sessions_do_not_count(person, a_mentor):
    hours_of_sessions(a_mentor, person, 5, minutes=120, confirmed=False)
    assert supervision_status(person, on=D(2027, 4, 1)).confirmed_hours == Decimal("0.00")
    assert not supervision_status(person, on=D(2027, 4, 1)).is_up_to_date


def test_sessions_held_after_the_day_asked_about_do_not_count(person, a_mentor):
    hours_of_sessions(a_mentor, person, 2, held_on=D(2027, 1, 10))
    assert supervision_status(person, on=D(2027, 1, 9)).confirmed_hours == Decimal("0.00")
    assert supervision_status(person, on=D(2027, 1, 10)).confirmed_hours == Decimal("2.00")


def test_without_a_configured_requirement_supervision_is_always_up_to_date(a_mentor):
    person = f.enrolled_trainee(f.CourseFactory())
    status = supervision_status(person, on=D(2030, 1, 1))
    assert (status.is_up_to_date, status.next_due, status.required_hours, status.required_sessions) == (
        True,
        None,
        Decimal("0"),
        0,
    )


def test_person_without_any_enrolment_is_in_training_and_up_to_date():
    status = supervision_status(f.trainee(), on=D(2027, 1, 1))
    assert (status.phase, status.is_up_to_date, status.next_due) == ("training", True, None)


def test_most_recent_enrolment_decides_the_course():
    old, new = f.CourseFactory(), f.CourseFactory()
    f.supervision_requirement(old, training_hours="5")
    f.supervision_requirement(new, training_hours="20")
    person = f.enrolled_trainee(old)
    f.EnrolmentFactory(user=person, cohort=f.CohortFactory(course=new))
    assert supervision_status(person, on=D(2027, 1, 1)).required_hours == Decimal("20")


# Certified phase


def certify(person, course, issued_on=CERTIFIED, **kwargs):
    return f.certificate(person, course, issued_on, **kwargs)


def test_certified_without_sessions_is_up_to_date_through_the_grace_period(person, course):
    certify(person, course)
    due = D(2027, 11, 1)
    assert supervision_status(person, on=due - datetime.timedelta(days=1)).is_up_to_date
    status = supervision_status(person, on=due)
    assert (status.phase, status.is_up_to_date, status.next_due) == ("certified", True, due)


def test_certified_without_sessions_is_overdue_the_day_after_the_grace_period(person, course):
    certify(person, course)
    status = supervision_status(person, on=D(2027, 11, 2))
    assert (status.is_up_to_date, status.next_due) == (False, D(2027, 11, 1))


def test_next_due_is_period_after_the_mth_most_recent_session(person, course, a_mentor):
    certify(person, course)
    hours_of_sessions(a_mentor, person, 1, held_on=D(2027, 9, 10))
    hours_of_sessions(a_mentor, person, 1, held_on=D(2027, 12, 1))
    due = D(2028, 3, 10)
    before, on_due, after = (supervision_status(person, on=due + datetime.timedelta(days=d)) for d in (-1, 0, 1))
    assert (before.is_up_to_date, on_due.is_up_to_date, after.is_up_to_date) == (True, True, False)
    assert before.next_due == on_due.next_due == after.next_due == due


def test_a_new_session_on_the_due_date_keeps_the_person_up_to_date(person, course, a_mentor):
    certify(person, course)
    hours_of_sessions(a_mentor, person, 1, held_on=D(2027, 9, 10))
    hours_of_sessions(a_mentor, person, 1, held_on=D(2027, 12, 1))
    hours_of_sessions(a_mentor, person, 1, held_on=D(2028, 3, 10))
    status = supervision_status(person, on=D(2028, 3, 11))
    assert status.is_up_to_date
    assert status.next_due == D(2028, 6, 1)


def test_sessions_in_period_count_the_last_period_months(person, course, a_mentor):
    certify(person, course)
    hours_of_sessions(a_mentor, person, 1, held_on=D(2027, 6, 1))
    hours_of_sessions(a_mentor, person, 1, held_on=D(2027, 9, 10))
    status = supervision_status(person, on=D(2027, 12, 5))
    assert (status.sessions_in_period, status.required_sessions) == (1, 2)


def test_sessions_before_certification_count_toward_the_first_window(person, course, a_mentor):
    certify(person, course)
    hours_of_sessions(a_mentor, person, 2, held_on=D(2027, 4, 20))
    assert supervision_status(person, on=D(2027, 5, 2)).next_due == D(2027, 11, 1)  # grace is later


def test_a_certificate_issued_after_the_day_asked_about_leaves_the_person_in_training(person, course):
    certify(person, course)
    assert supervision_status(person, on=CERTIFIED - datetime.timedelta(days=1)).phase == "training"
    assert supervision_status(person, on=CERTIFIED).phase == "certified"


def test_revoked_certificate_does_not_start_the_certified_phase(person, course):
    certify(person, course, status=Certificate.Status.REVOKED)
    assert supervision_status(person, on=D(2028, 1, 1)).phase == "training"


def test_the_certificates_course_decides_the_requirement_after_certification(person):
    other = f.CourseFactory()
    f.supervision_requirement(other, training_hours="0", sessions_per_period=4, period_months=3)
    certify(person, other)
    status = supervision_status(person, on=D(2027, 6, 1))
    assert (status.required_sessions, status.next_due) == (4, D(2027, 8, 1))


def test_certified_with_no_sessions_required_has_nothing_due(a_mentor):
    course = f.CourseFactory()
    f.supervision_requirement(course, training_hours="0", sessions_per_period=0)
    person = f.enrolled_trainee(course)
    certify(person, course)
    status = supervision_status(person, on=D(2031, 1, 1))
    assert (status.is_up_to_date, status.next_due) == (True, None)


def test_months_are_added_within_the_month_they_land_in():
    assert add_months(D(2027, 8, 31), 6) == D(2028, 2, 29)
    assert add_months(D(2027, 8, 31), -6) == D(2027, 2, 28)
    assert add_months(D(2027, 11, 15), 3) == D(2028, 2, 15)


# Totals, bulk and mentees


def test_confirmed_hours_add_up_minutes_of_confirmed_sessions(person, a_mentor):
    hours_of_sessions(a_mentor, person, 1, minutes=45)
    hours_of_sessions(a_mentor, person, 1, minutes=90, held_on=D(2026, 11, 1))
    hours_of_sessions(a_mentor, person, 1, minutes=60, confirmed=False)
    assert confirmed_hours(person) == Decimal("2.25")
    assert confirmed_hours(person, until=D(2026, 10, 31)) == Decimal("0.75")


def test_bulk_statuses_agree_with_single_statuses(course, a_mentor):
    people = [f.enrolled_trainee(course) for _ in range(4)]
    certify(people[0], course)
    hours_of_sessions(a_mentor, people[1], 10)
    hours_of_sessions(a_mentor, people[0], 1, held_on=D(2027, 6, 1))
    on = D(2027, 12, 1)
    bulk = supervision_statuses(people, on)
    assert bulk == {p.pk: supervision_status(p, on) for p in people}


def test_bulk_statuses_take_a_constant_number_of_queries(course, a_mentor):
    def build(n):
        people = [f.enrolled_trainee(course) for _ in range(n)]
        for p in people:
            hours_of_sessions(a_mentor, p, 2)
            certify(p, course)
        return people

    few, many = build(2), build(8)
    assert count_queries(supervision_statuses, few, D(2028, 1, 1)) == count_queries(
        supervision_statuses, many, D(2028, 1, 1)
    )


def test_mentees_of_lists_only_current_pairings_of_that_mentor(a_mentor):
    mine, ended, theirs = f.trainee(), f.trainee(), f.trainee()
    f.pair(mine, a_mentor, D(2026, 1, 1))
    old = f.pair(ended, a_mentor, D(2026, 1, 1))
    old.ended_on = D(2026, 6, 1)
    old.save()
    f.pair(theirs, f.mentor(), D(2026, 1, 1))
    assert list(mentees_of(a_mentor, on=D(2026, 6, 1))) == [mine]
    assert set(mentees_of(a_mentor, on=D(2026, 5, 31))) == {mine, ended}
    assert list(mentees_of(a_mentor, on=D(2025, 12, 31))) == []
