from html.parser import HTMLParser

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


class Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.labels_for = set()
        self.controls = []
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.html_lang = attrs.get("lang")
        if tag == "label" and attrs.get("for"):
            self.labels_for.add(attrs["for"])
        if tag in {"input", "select", "textarea"} and attrs.get("type") not in {"hidden", "submit", "button"}:
            self.controls.append(attrs)


def structure_of(html):
    parser = Structure()
    parser.feed(html)
    return parser


def pages_for_a_trainee_and_a_trainer():
    course = f.course_with_modules(modules=2, activities=2)
    module = course.modules.order_by("order").first()
    activity = module.activities.first()
    student = f.enrolled_trainee(course)
    teacher = f.trainer()
    cohort = f.CohortFactory(course=course, trainers=[teacher])
    return [
        (student, reverse("dashboard")),
        (student, reverse("courses:course", args=[course.pk])),
        (student, reverse("courses:module", args=[module.pk])),
        (student, reverse("courses:activity", args=[activity.pk])),
        (student, reverse("profile")),
        (teacher, reverse("courses:cohorts")),
        (teacher, reverse("courses:cohort", args=[cohort.pk])),
        (None, reverse("login")),
        (None, reverse("password_reset")),
    ]


def test_pages_have_a_language_one_main_landmark_one_heading_and_labelled_controls(client):
    for user, url in pages_for_a_trainee_and_a_trainer():
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, url
        page = structure_of(response.content.decode())
        assert page.html_lang == "fi", url
        assert page.tags.count("main") == 1, url
        assert page.tags.count("h1") == 1, url
        assert "header" in page.tags and "footer" in page.tags, url
        unlabelled = [c for c in page.controls if c.get("id") not in page.labels_for and not c.get("aria-label")]
        assert unlabelled == [], (url, unlabelled)


def test_a_skip_link_leads_to_the_main_content(client):
    client.force_login(f.trainee())
    html = client.get(reverse("dashboard")).content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
