import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from courses.models import Activity, ActivityCompletion, Enrolment
from tests import factories as f


@dataclass
class World:
    course: object
    north: object  # a cohort in Sodankylä (the northern service area)
    west: object  # a cohort in Tornio (the western service area)
    coordinator: object  # follows `north`
    other_coordinator: object  # follows `west`
    mentor: object
    ready: object  # in `north`, meets the rule
    idle: object  # in `north`, enrolled long ago, nothing done
    outsider: object  # in `west`
    trainee: object  # enrolled nowhere
    trainer: object
    administrator: object


def build_course():
    """Two required modules, the first with an assessment, and a certification rule asking 2 hours."""
    course = f.CourseFactory(code="link-worker-basic")
    first = f.ModuleFactory(course=course, order=0)
    f.ActivityFactory(module=first, order=0)
    f.ActivityFactory(module=first, order=1, kind=Activity.Kind.ASSESSMENT)
    second = f.ModuleFactory(course=course, order=1)
    f.ActivityFactory(module=second, order=0)
    f.certification_rule(course)
    return course


def enrolled_long_ago(person, cohort, days=60):
    enrolment = f.EnrolmentFactory(cohort=cohort, user=person)
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=timezone.now() - datetime.timedelta(days=days))
    return enrolment


@pytest.fixture
def world(db):
    course = build_course()
    coordinator, other_coordinator = f.coordinator(first_name="Sanna"), f.coordinator()
    north = f.CohortFactory(course=course, name="Sodankylä 2026", coordinators=[coordinator])
    west = f.CohortFactory(
        course=course, name="Tornio 2026", municipality=f.municipality("Tornio"), coordinators=[other_coordinator]
    )
    mentor = f.mentor(first_name="Maija", last_name="Mentor")
    ready = f.certifiable(course, north, mentor_user=mentor, first_name="Máret", last_name="Aikio")
    f.pair(ready, mentor)
    idle = f.trainee(first_name="Iida", last_name="Idle")
    enrolled_long_ago(idle, north)
    outsider = f.trainee(first_name="Olli", last_name="Outsider")
    enrolled_long_ago(outsider, west)
    f.pair(outsider, mentor)
    return World(
        course,
        north,
        west,
        coordinator,
        other_coordinator,
        mentor,
        ready,
        idle,
        outsider,
        f.trainee(),
        f.trainer(),
        f.administrator(),
    )


def add_people(course, cohort, mentor, n, on=None):
    """`n` more trainees in `cohort` with something of everything the home counts: an old enrolment,
    completions, a confirmed session, a mentor, and for every other one a certificate expiring soon."""
    on = on or timezone.localdate()
    activities = list(Activity.objects.filter(module__course=course))
    people = []
    for index in range(n):
        person = f.trainee(municipality=cohort.municipality)
        enrolled_long_ago(person, cohort)
        ActivityCompletion.objects.bulk_create(
            [ActivityCompletion(user=person, activity=a) for a in activities[: index % 3]]
        )
        f.supervision_session(mentor, [person], held_on=on - datetime.timedelta(days=40))
        f.pair(person, mentor)
        if index % 2:
            f.certificate(person, course, on - datetime.timedelta(days=700), valid_for_days=700 + 10 * index)
        people.append(person)
    return people
