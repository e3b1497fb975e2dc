import datetime
from dataclasses import dataclass

import pytest

from courses.models import Activity
from tests import factories as f

TODAY = datetime.date(2026, 11, 25)


@dataclass
class World:
    course: object
    rule: object
    cohort: object
    other_cohort: object
    ready: object  # meets the rule
    unready: object  # enrolled, nothing done
    outsider: object  # in the other cohort, meets the rule
    mentor: object
    coordinator: object
    other_coordinator: object
    trainer: object
    trainee: object  # enrolled nowhere
    administrator: object
    assessment: object


def build_course():
    """Two required modules (two pages and an assessment), one optional module."""
    course = f.CourseFactory(code="link-worker-basic")
    first = f.ModuleFactory(course=course, order=0)
    f.ActivityFactory(module=first, order=0)
    assessment = f.ActivityFactory(module=first, order=1, kind=Activity.Kind.ASSESSMENT)
    second = f.ModuleFactory(course=course, order=1)
    f.ActivityFactory(module=second, order=0)
    f.ActivityFactory(module=second, order=1)
    optional = f.ModuleFactory(course=course, order=2, is_required=False)
    f.ActivityFactory(module=optional, order=0)
    return course, assessment


@pytest.fixture
def world(db):
    course, assessment = build_course()
    rule = f.certification_rule(course)
    coordinator, other_coordinator, trainer = f.coordinator(), f.coordinator(), f.trainer()
    cohort = f.CohortFactory(course=course, coordinators=[coordinator], trainers=[trainer])
    other_cohort = f.CohortFactory(course=course, coordinators=[other_coordinator])
    mentor = f.mentor()
    ready = f.certifiable(course, cohort, mentor_user=mentor, first_name="Máret", last_name="Aikio")
    unready = f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=unready)
    outsider = f.certifiable(course, other_cohort, mentor_user=mentor)
    return World(
        course,
        rule,
        cohort,
        other_cohort,
        ready,
        unready,
        outsider,
        mentor,
        coordinator,
        other_coordinator,
        trainer,
        f.trainee(),
        f.administrator(),
        assessment,
    )
