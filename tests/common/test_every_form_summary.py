"""Every kind of form, refused, opens at the error summary: each link leads to a control on the page, and
the title starts with "Virhe:". A refusal that no form carries is summarised the same way."""

import html
import re

import pytest
from django.urls import reverse

from certificates import services as certificate_services
from tests import factories as f
from tests.common.test_error_summary import summary_of, title_of

pytestmark = pytest.mark.django_db


def refused(client, person, method, url, data):
    client.force_login(person)
    response = getattr(client, method)(url, data)
    page = response.content.decode()
    assert response.status_code == (200 if url == reverse("password_change") else 400), url  # Django's own view
    summary = summary_of(page)
    assert summary, url
    assert title_of(page).startswith("Virhe: "), url
    assert 'id="error-summary" tabindex="-1" autofocus' in page
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    for href, text in summary:
        assert text.strip(), url
        assert not href or href[1:] in ids, (url, href)
    return summary


def test_the_forms_of_each_app_summarise_their_errors(client):
    coordinator, trainer = f.coordinator(), f.trainer()
    course = f.course_with_modules(modules=1, activities=1)
    cohort = f.CohortFactory(course=course, coordinators=[coordinator], trainers=[trainer])
    holder = f.certifiable(course, cohort)
    f.certification_rule(course)
    certificate = certificate_services.issue_certificate(holder, course)
    api_client, _raw = f.api_client()
    mentor, administrator = f.mentor(), f.administrator()
    learner = f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=learner)
    h5p = f.h5p_activity(module=course.modules.first())
    cases = [
        (
            trainer,
            "post",
            reverse("password_change"),
            {"old_password": "wrong", "new_password1": "x", "new_password2": "y"},
        ),
        (trainer, "post", reverse("courses:cohort_enrol", args=[cohort.pk]), {"email": "not-an-address"}),
        (coordinator, "post", reverse("certificates:suspend", args=[certificate.pk]), {"suspend-reason": " "}),
        (coordinator, "post", reverse("certificates:bulk", args=[cohort.pk]), {"action": "nonsense"}),
        (coordinator, "post", reverse("mentoring:cohort_pair", args=[cohort.pk]), {"started_on": "eilen"}),
        (coordinator, "get", reverse("roster:audit"), {"date_from": "huomenna"}),
        (coordinator, "get", reverse("reports:programme"), {"start": "alussa"}),
        (None, "get", reverse("certificates:verify_form"), {"code": "<script>"}),
        (trainer, "post", reverse("profile"), {"other_languages": "x" * 300, "preferred_language": "xx"}),
        (coordinator, "post", reverse("unlock"), {}),
        (coordinator, "post", reverse("roster:clients"), {"name": "", "requests_per_minute": "lots"}),
        (
            coordinator,
            "post",
            reverse("roster:client_webhook", args=[api_client.pk]),
            {f"c{api_client.pk}-url": "ftp://x"},
        ),
        (mentor, "post", reverse("mentoring:group_create"), {"name": ""}),
        (administrator, "post", reverse("erase", args=[holder.pk]), {"username": "someone-else"}),
        (learner, "post", reverse("courses:course_feedback", args=[course.pk]), {"recommend": "5"}),
        (trainer, "post", reverse("h5p:package", args=[h5p.pk]), {"pass_threshold": "500"}),
        (coordinator, "get", reverse("overview:people", args=["enrolled"]), {"cohort": "999999"}),
        (None, "post", reverse("password_reset"), {"email": "ei-osoite"}),
    ]
    for person, method, url, data in cases:
        client.logout()
        if person is None:
            response = getattr(client, method)(url, data)
            assert response.status_code in (200, 400) and summary_of(response.content.decode()), url
            assert title_of(response.content.decode()).startswith("Virhe: ")
            continue
        refused(client, person, method, url, data)


def test_a_refusal_without_a_form_is_summarised_once_and_names_the_reason(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=1, activities=1)
    f.certification_rule(course)
    cohort = f.CohortFactory(course=course, coordinators=[coordinator])
    unready = f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=unready)
    [(href, text)] = refused(
        client, coordinator, "post", reverse("certificates:issue", args=[cohort.pk, unready.pk]), {}
    )
    page = client.post(reverse("certificates:issue", args=[cohort.pk, unready.pk])).content.decode()
    assert href == "" and html.unescape(page).count(text) == 1
