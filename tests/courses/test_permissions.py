"""Who may open the trainee pages: one case per role per page."""

import pytest
from django.urls import reverse

from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

OK, REDIRECT, FORBIDDEN = 200, 302, 403

ROLES = {
    "anonymous": lambda course: None,
    "enrolled_trainee": lambda course: f.enrolled_trainee(course),
    "other_trainee": lambda course: f.enrolled_trainee(f.course_with_modules(modules=1)),
    "mentor": lambda course: f.mentor(),
    "coordinator": lambda course: f.coordinator(),
    "trainer": lambda course: f.trainer(),
    "administrator": lambda course: f.administrator(),
}

PAGES = {
    "dashboard": lambda course, activity: reverse("dashboard"),
    "course": lambda course, activity: reverse("courses:course", args=[course.pk]),
    "module": lambda course, activity: reverse("courses:module", args=[activity.module_id]),
    "activity": lambda course, activity: reverse("courses:activity", args=[activity.pk]),
}

# Staff roles see the curriculum as a preview; a mentor who is not enrolled does not see it.
EXPECTED = {
    "anonymous": {"dashboard": REDIRECT, "course": REDIRECT, "module": REDIRECT, "activity": REDIRECT},
    "enrolled_trainee": {"dashboard": OK, "course": OK, "module": OK, "activity": OK},
    "other_trainee": {"dashboard": OK, "course": FORBIDDEN, "module": FORBIDDEN, "activity": FORBIDDEN},
    "mentor": {"dashboard": OK, "course": FORBIDDEN, "module": FORBIDDEN, "activity": FORBIDDEN},
    "coordinator": {"dashboard": OK, "course": OK, "module": OK, "activity": OK},
    "trainer": {"dashboard": OK, "course": OK, "module": OK, "activity": OK},
    "administrator": {"dashboard": OK, "course": OK, "module": OK, "activity": OK},
}

CASES = [(page, role, expected) for role, pages in EXPECTED.items() for page, expected in pages.items()]


@pytest.fixture
def course():
    return f.course_with_modules(modules=2, activities=2)


def first_activity(course):
    return course.modules.order_by("order").first().activities.order_by("order").first()


@pytest.mark.parametrize("page, role, expected", CASES)
def test_trainee_page_access_per_role(client, course, page, role, expected):
    person = ROLES[role](course)
    if person:
        client.force_login(person)
    response = client.get(PAGES[page](course, first_activity(course)))
    assert response.status_code == expected
    if expected == REDIRECT:
        assert reverse("login") in response.url


@pytest.mark.parametrize(
    "role, expected",
    [
        ("anonymous", REDIRECT),
        ("enrolled_trainee", REDIRECT),
        ("other_trainee", FORBIDDEN),
        ("mentor", FORBIDDEN),
        ("coordinator", FORBIDDEN),
        ("trainer", FORBIDDEN),
        ("administrator", FORBIDDEN),
    ],
)
def test_only_an_enrolled_trainee_marks_a_page_done(client, course, role, expected):
    person = ROLES[role](course)
    if person:
        client.force_login(person)
    activity = first_activity(course)
    response = client.post(reverse("courses:activity_done", args=[activity.pk]))
    assert response.status_code == expected
    assert activity.completions.exists() == (role == "enrolled_trainee")
    if role == "anonymous":
        assert reverse("login") in response.url


@pytest.mark.parametrize("name", ["course", "activity"])
def test_course_and_activity_pages_take_the_same_number_of_queries_for_more_modules(client, name):
    counts = []
    for modules in (1, 50):
        course = f.course_with_modules(modules=modules, activities=3, prerequisites_chain=True)
        client.force_login(f.enrolled_trainee(course))
        url = PAGES[name](course, first_activity(course))
        client.get(url)  # warm the session
        counts.append(count_queries(client.get, url))
    assert counts[0] == counts[1], counts
