import datetime
from dataclasses import dataclass

import pytest

from tests import factories as f


@dataclass
class World:
    course: object
    cohort: object
    other_cohort: object
    mentee: object
    mentee2: object
    outsider_mentee: object
    mentor: object
    other_mentor: object
    coordinator: object
    other_coordinator: object
    trainer: object
    trainee: object
    administrator: object
    session: object
    other_session: object


SECRET = "Mentorin-salainen-muistiinpano"


@pytest.fixture
def world(db):
    course = f.CourseFactory()
    f.supervision_requirement(course, training_hours="10", sessions_per_period=2)
    coordinator, trainer = f.coordinator(), f.trainer()
    cohort = f.CohortFactory(course=course, coordinators=[coordinator], trainers=[trainer])
    other_coordinator = f.coordinator()
    other_cohort = f.CohortFactory(course=course, coordinators=[other_coordinator])
    mentee, mentee2, outsider_mentee = f.trainee(), f.trainee(), f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=mentee)
    f.EnrolmentFactory(cohort=cohort, user=mentee2)
    f.EnrolmentFactory(cohort=other_cohort, user=outsider_mentee)
    mentor, other_mentor = f.mentor(), f.mentor()
    f.pair(mentee, mentor)
    f.pair(mentee2, mentor)
    f.pair(outsider_mentee, other_mentor)
    session = f.supervision_session(
        mentor,
        [mentee, mentee2],
        confirmed=False,
        held_on=datetime.date(2026, 2, 10),
        private_notes=SECRET,
        kind="group",
    )
    other_session = f.supervision_session(other_mentor, [outsider_mentee], private_notes=SECRET)
    return World(
        course,
        cohort,
        other_cohort,
        mentee,
        mentee2,
        outsider_mentee,
        mentor,
        other_mentor,
        coordinator,
        other_coordinator,
        trainer,
        f.trainee(),
        f.administrator(),
        session,
        other_session,
    )
