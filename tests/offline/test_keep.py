"""Keeping a module on the phone: what the server lets a phone keep, and for whom."""

import json

import pytest
from django.urls import reverse

from assessments.models import Attempt
from tests import factories as f
from tests.utils import count_queries, login

pytestmark = pytest.mark.django_db


def _keep(client, module):
    return client.post(reverse("offline:keep_module", args=[module.pk]))


@pytest.fixture
def course():
    return f.course_with_modules(modules=2, activities=2, prerequisites_chain=True)


@pytest.fixture
def first(course):
    return course.modules.order_by("order").first()


def test_trainee_keeps_the_pages_of_an_open_module_with_the_files_they_need(client, course, first):
    login(client, f.enrolled_trainee(course))
    page = first.activities.first()
    page.body = {
        "fi": '<p>Kuva</p><img src="/static/offline/icon-192.png" alt="Kuva"><img src="https://example.org/x.png" alt="">'
    }
    page.save()
    response = _keep(client, first)
    assert response.status_code == 200
    urls = json.loads(response.content)["urls"]
    assert reverse("courses:module", args=[first.pk]) in urls
    assert reverse("courses:course", args=[course.pk]) in urls
    for activity in first.activities.all():
        assert activity.get_absolute_url() in urls
    assert reverse("offline:page") in urls
    assert "/static/css/linkki.css" in urls and "/static/offline/offline.js" in urls
    assert "/static/offline/icon-192.png" in urls
    assert not any(url.startswith("https://") for url in urls)
    assert len(urls) == len(set(urls))


def test_keeping_opens_an_attempt_on_an_untimed_assessment_but_never_on_a_timed_one(client, course, first):
    trainee = f.enrolled_trainee(course)
    untimed = f.assessment(module=first)
    f.choice_question(untimed.bank)
    timed = f.assessment(module=first, bank=untimed.bank, time_limit_minutes=20)
    login(client, trainee)
    urls = json.loads(_keep(client, first).content)["urls"]
    attempt = Attempt.objects.get(user=trainee, assessment=untimed)
    assert attempt.get_absolute_url() in urls
    assert not Attempt.objects.filter(assessment=timed).exists()
    # Keeping again opens nothing new: the open attempt is kept again.
    assert attempt.get_absolute_url() in json.loads(_keep(client, first).content)["urls"]
    assert Attempt.objects.filter(user=trainee).count() == 1


def test_an_open_attempt_on_a_timed_assessment_is_kept_with_it(client, course, first):
    from assessments import services

    trainee = f.enrolled_trainee(course)
    timed = f.assessment(module=first, time_limit_minutes=20)
    f.choice_question(timed.bank)
    attempt = services.start_attempt(timed, trainee)
    login(client, trainee)
    assert attempt.get_absolute_url() in json.loads(_keep(client, first).content)["urls"]


def test_a_locked_module_is_not_kept_and_the_trainee_reads_why(client, course):
    login(client, f.enrolled_trainee(course))
    second = course.modules.order_by("order").last()
    response = _keep(client, second)
    assert response.status_code == 403
    assert json.loads(response.content)["detail"] == "Tämä moduuli on lukittu, kunnes suoritat sitä edeltävät moduulit."


@pytest.mark.parametrize("role", ["trainee", "trainer", "coordinator", "mentor", "administrator"])
def test_nobody_but_an_enrolled_trainee_keeps_a_module(client, first, role):
    login(client, getattr(f, role)())
    response = _keep(client, first)
    assert response.status_code == 403
    assert "ilmoittautunut" in json.loads(response.content)["detail"]


def test_a_module_of_an_unpublished_course_is_not_kept(client, course, first):
    login(client, f.enrolled_trainee(course))
    course.is_published = False
    course.save()
    assert _keep(client, first).status_code == 403


def test_keeping_needs_a_login_a_post_and_a_module_that_exists(client, course, first):
    assert _keep(client, first).status_code == 302
    login(client, f.enrolled_trainee(course))
    assert client.get(reverse("offline:keep_module", args=[first.pk])).status_code == 405
    assert client.post(reverse("offline:keep_module", args=[999999])).status_code == 404


def test_keeping_needs_the_csrf_token(course, first):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    login(client, f.enrolled_trainee(course))
    assert _keep(client, first).status_code == 403


def test_keeping_takes_the_same_queries_for_a_short_and_a_long_module(client):
    def queries(activities):
        course = f.course_with_modules(modules=1, activities=activities)
        module = course.modules.get()
        for _index in range(activities // 2):
            assessment = f.assessment(module=module)
            f.choice_question(assessment.bank)
        login(client, f.enrolled_trainee(course))
        client.post(reverse("offline:keep_module", args=[module.pk]))  # opens the untimed attempts
        return count_queries(client.post, reverse("offline:keep_module", args=[module.pk]))

    assert queries(2) == queries(8)


# The rule lives on the server: a page may be kept only when it says so.


def _keep_header(response):
    return response.get("Linkki-Offline")


def test_the_trainees_own_course_module_activity_and_attempt_pages_may_be_kept(client, course, first):
    trainee = f.enrolled_trainee(course)
    assessment = f.assessment(module=first)
    f.choice_question(assessment.bank)
    login(client, trainee)
    for url in (course.get_absolute_url(), first.get_absolute_url(), first.activities.first().get_absolute_url()):
        response = client.get(url)
        assert _keep_header(response) == "keep", url
        assert response["Cache-Control"] == "private, no-cache"
    attempt_url = client.post(reverse("assessments:start", args=[assessment.pk])).url
    assert _keep_header(client.get(attempt_url)) == "keep"
    assert _keep_header(client.get(reverse("offline:page"))) == "keep"


def test_a_locked_module_page_may_not_be_kept(client, course):
    login(client, f.enrolled_trainee(course))
    assert _keep_header(client.get(course.modules.order_by("order").last().get_absolute_url())) is None


@pytest.mark.parametrize("role", ["trainer", "coordinator", "administrator"])
def test_pages_seen_in_another_role_are_never_kept(client, course, first, role):
    login(client, getattr(f, role)())
    for url in (course.get_absolute_url(), first.get_absolute_url(), first.activities.first().get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200, url
        assert _keep_header(response) is None, url


def test_a_graders_view_of_an_attempt_is_never_kept(client, course, first):
    from assessments import services

    trainee = f.enrolled_trainee(course)
    assessment = f.assessment(module=first)
    f.choice_question(assessment.bank)
    attempt = services.start_attempt(assessment, trainee)
    login(client, f.administrator())
    response = client.get(attempt.get_absolute_url())
    assert response.status_code == 200
    assert _keep_header(response) is None


def test_other_pages_are_not_kept(client, course):
    login(client, f.enrolled_trainee(course))
    for name in ("dashboard", "profile", "certificates:mine", "mentoring:home"):
        assert _keep_header(client.get(reverse(name))) is None, name


def test_logging_out_tells_the_browser_to_empty_the_phone(client, course):
    login(client, f.enrolled_trainee(course))
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'


def test_the_module_page_offers_keeping_to_the_trainee_only(client, course, first):
    login(client, f.enrolled_trainee(course))
    page = client.get(first.get_absolute_url()).content.decode()
    assert 'id="keep-module"' in page
    assert f'data-keep-url="{reverse("offline:keep_module", args=[first.pk])}"' in page
    assert "Tallenna tämä moduuli puhelimeen" in page
    login(client, f.trainer())
    assert 'id="keep-module"' not in client.get(first.get_absolute_url()).content.decode()


def test_the_offline_page_needs_a_login(client):
    assert client.get(reverse("offline:page")).status_code == 302
