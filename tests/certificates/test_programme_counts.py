"""The reads that count a whole programme at once agree with the per-person rules they stand for."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from certificates.models import Certificate
from certificates.selectors import (
    certification_statuses,
    eligibilities,
    requirements_reached,
    valid_certificate_holders,
)
from courses.models import Activity, ActivityCompletion
from mentoring.selectors import supervision_statuses
from tests import factories as f

from .conftest import TODAY

pytestmark = pytest.mark.django_db


def complete(person, activities):
    ActivityCompletion.objects.bulk_create([ActivityCompletion(user=person, activity=a) for a in activities])


@pytest.fixture
def people(world):
    """Trainees of `world.course` at every stage: a required assessment sits in the optional module too,
    so that the modules and the assessments can be complete one without the other."""
    optional = world.course.modules.get(is_required=False)
    extra = f.ActivityFactory(module=optional, order=1, kind=Activity.Kind.ASSESSMENT)
    required = list(Activity.objects.filter(module__course=world.course, module__is_required=True))
    modules_only, assessments_only, partly, hours_only, optional_only = (f.trainee() for _ in range(5))
    for person in (modules_only, assessments_only, partly, hours_only, optional_only):
        f.EnrolmentFactory(cohort=world.cohort, user=person)
    complete(modules_only, required)
    complete(assessments_only, [world.assessment, extra])
    complete(partly, required[:1])
    complete(optional_only, optional.activities.filter(kind=Activity.Kind.TEXT))
    complete(world.ready, [extra])
    f.supervision_session(world.mentor, [hours_only], duration_minutes=180, held_on=datetime.date(2026, 10, 1))
    f.supervision_session(world.mentor, [partly], duration_minutes=119, held_on=datetime.date(2026, 10, 1))
    return [world.ready, world.unready, modules_only, assessments_only, partly, hours_only, optional_only]


def as_subquery(people):
    return get_user_model().objects.filter(pk__in=[p.pk for p in people]).values("pk")


@pytest.mark.parametrize("through_subquery", [False, True])
def test_requirements_reached_are_the_people_whose_eligibility_is_complete(world, people, through_subquery):
    ids = [p.pk for p in people]
    supervision = supervision_statuses(ids, TODAY)
    found = eligibilities(ids, world.course, TODAY, supervision=supervision)
    reached = requirements_reached(
        ids, world.course, TODAY, supervision, among=as_subquery(people) if through_subquery else None
    )
    assert reached.modules == {pk for pk, e in found.items() if e.modules_complete}
    assert reached.assessments == {pk for pk, e in found.items() if e.assessments_complete}
    assert reached.hours == {pk for pk, e in found.items() if e.hours_complete}
    # Each part is reached by someone and missed by someone, so the comparison means something.
    for part in (reached.modules, reached.assessments, reached.hours):
        assert set() < part < set(ids)


def test_requirements_reached_leave_out_people_not_asked_about(world, people):
    ids = [p.pk for p in people[1:]]
    supervision = supervision_statuses(ids, TODAY)
    reached = requirements_reached(ids, world.course, TODAY, supervision, among=as_subquery(people))
    assert world.ready.pk not in reached.modules | reached.assessments | reached.hours


def test_a_rule_with_nothing_to_complete_is_reached_by_everyone(world):
    course = f.CourseFactory()
    f.certification_rule(course, required_supervision_hours=Decimal("0"))
    person = f.enrolled_trainee(course)
    supervision = supervision_statuses([person.pk], TODAY)
    reached = requirements_reached([person.pk], course, TODAY, supervision)
    assert reached.modules == reached.assessments == reached.hours == {person.pk}
    assert eligibilities([person.pk], course, TODAY)[person.pk].requirements_met


def test_a_course_without_a_rule_has_no_requirements_reached(world):
    course = f.CourseFactory()
    person = f.enrolled_trainee(course)
    assert requirements_reached([person.pk], course, TODAY, supervision_statuses([person.pk], TODAY)) is None


def test_valid_certificate_holders_are_those_whose_status_holds_a_valid_certificate(world):
    course, long_ago = world.course, TODAY - datetime.timedelta(days=800)
    active, expired, suspended, revoked, renewed, revoked_over_active, nothing, future = (f.trainee() for _ in range(8))
    f.certificate(active, course, TODAY - datetime.timedelta(days=10))
    f.certificate(expired, course, long_ago)
    f.certificate(suspended, course, TODAY - datetime.timedelta(days=10), status=Certificate.Status.SUSPENDED)
    f.certificate(revoked, course, TODAY - datetime.timedelta(days=10), status=Certificate.Status.REVOKED)
    f.certificate(renewed, course, long_ago, status=Certificate.Status.SUPERSEDED)
    f.certificate(renewed, course, TODAY - datetime.timedelta(days=70))
    f.certificate(revoked_over_active, course, TODAY - datetime.timedelta(days=100))
    f.certificate(revoked_over_active, course, TODAY - datetime.timedelta(days=5), status=Certificate.Status.REVOKED)
    f.certificate(future, course, TODAY + datetime.timedelta(days=5))
    people = [active, expired, suspended, revoked, renewed, revoked_over_active, nothing, future]
    statuses = certification_statuses(people, TODAY)
    expected = {pk for pk, status in statuses.items() if status.holds_valid_certificate}
    assert valid_certificate_holders(as_subquery(people), TODAY) == expected
    assert {active.pk, renewed.pk} <= expected and not {expired.pk, suspended.pk, revoked_over_active.pk} & expected


def test_supervision_statuses_of_a_queryset_are_those_of_the_list(world, people):
    ids = [p.pk for p in people]
    f.supervision_requirement(world.course, training_hours="2")
    f.certificate(people[0], world.course, TODAY - datetime.timedelta(days=300))
    queryset = get_user_model().objects.filter(pk__in=ids)
    assert supervision_statuses(queryset, TODAY) == supervision_statuses(ids, TODAY)


def test_supervision_statuses_read_through_a_subquery_are_those_of_the_list(world, people):
    ids = [p.pk for p in people]
    f.supervision_requirement(world.course, training_hours="2")
    assert supervision_statuses(ids, TODAY, among=as_subquery(people)) == supervision_statuses(ids, TODAY)
