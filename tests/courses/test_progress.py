"""One definition of progress: the cohort page and the trainee's course page show the same percentage."""

import re

import pytest
from django.urls import reverse

from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db


def course_with_optional_parts():
    """Seven required activities in required modules, plus an optional module and an optional activity."""
    course = f.CourseFactory()
    first = f.ModuleFactory(course=course, order=0)
    second = f.ModuleFactory(course=course, order=1)
    optional_module = f.ModuleFactory(course=course, order=2, is_required=False)
    required = [f.ActivityFactory(module=first, order=i) for i in range(4)]
    required += [f.ActivityFactory(module=second, order=i) for i in range(3)]
    optional = [
        f.ActivityFactory(module=second, order=9, is_required=False),
        f.ActivityFactory(module=optional_module, order=0),
    ]
    return course, required, optional


def course_page_percent(client, person, course):
    client.force_login(person)
    page = client.get(reverse("courses:course", args=[course.pk])).content.decode()
    return int(re.search(r'class="progress__text">(\d+) %', page).group(1))


def cohort_page_percent(client, trainer, cohort, person):
    client.force_login(trainer)
    page = client.get(reverse("courses:cohort", args=[cohort.pk])).content.decode()
    row = re.search(rf'<tr id="trainee-{person.pk}"><td>{re.escape(str(person))}</td>.*?</tr>', page, re.S).group(0)
    return int(re.search(r"</progress> (\d+) %", row).group(1))


def test_the_cohort_page_and_the_course_page_show_the_same_percentage_for_the_same_trainee(client):
    course, required, optional = course_with_optional_parts()
    trainer = f.trainer()
    cohort = f.CohortFactory(course=course, trainers=[trainer])
    aino = f.trainee(first_name="Aino", last_name="Aalto")
    f.EnrolmentFactory(cohort=cohort, user=aino)
    # Two of seven required activities, and both optional ones that count for nothing.
    for activity in [*required[:2], *optional]:
        f.ActivityCompletionFactory(user=aino, activity=activity)

    on_course_page = course_page_percent(client, aino, course)
    assert on_course_page == round(100 * 2 / 7) == 29
    assert cohort_page_percent(client, trainer, cohort, aino) == on_course_page


def test_the_cohort_page_reads_progress_in_the_same_number_of_queries_for_more_trainees(client):
    course, required, _optional = course_with_optional_parts()
    trainer = f.trainer()
    cohort = f.CohortFactory(course=course, trainers=[trainer])
    client.force_login(trainer)
    url = reverse("courses:cohort", args=[cohort.pk])

    def add_trainees(count):
        for _ in range(count):
            person = f.trainee()
            f.EnrolmentFactory(cohort=cohort, user=person)
            f.ActivityCompletionFactory(user=person, activity=required[0])

    add_trainees(2)
    few = count_queries(client.get, url)
    add_trainees(6)
    assert count_queries(client.get, url) == few


def test_enrolling_a_person_returns_to_their_row_in_the_list(client):
    trainer = f.trainer()
    cohort = f.CohortFactory(trainers=[trainer])
    for _ in range(12):
        f.EnrolmentFactory(cohort=cohort)
    client.force_login(trainer)
    response = client.post(
        reverse("courses:cohort_enrol", args=[cohort.pk]),
        {"email": "kaisa@example.fi", "first_name": "Kaisa", "last_name": "Keränen"},
    )
    kaisa = cohort.enrolments.get(user__email="kaisa@example.fi").user
    assert response.url == reverse("courses:cohort", args=[cohort.pk]) + f"#trainee-{kaisa.pk}"
    assert f'<tr id="trainee-{kaisa.pk}">' in client.get(response.url).content.decode()
