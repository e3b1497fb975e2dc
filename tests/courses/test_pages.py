import pytest
from django.urls import reverse

from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return f.course_with_modules(modules=3, activities=2, prerequisites_chain=True)


def first_activity(course):
    return course.modules.order_by("order").first().activities.order_by("order").first()


def test_anonymous_visitor_is_sent_to_login(client, course):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert reverse("login") in response.url


def test_trainee_dashboard_shows_course_with_progress(client, course):
    user = f.enrolled_trainee(course)
    client.force_login(user)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert str(course.title) in response.content.decode()
    assert 'value="0"' in response.content.decode()


def test_marking_a_page_done_moves_the_progress_bar(client, course):
    user = f.enrolled_trainee(course)
    client.force_login(user)
    activity = first_activity(course)
    response = client.post(reverse("courses:activity_done", args=[activity.pk]))
    assert response.status_code == 302
    page = client.get(reverse("dashboard")).content.decode()
    assert 'value="17"' in page  # 1 of 6 required activities


def test_dashboard_offers_to_continue_where_the_trainee_left_off(client, course):
    user = f.enrolled_trainee(course)
    client.force_login(user)
    activity = course.modules.order_by("order").first().activities.order_by("order").last()
    client.get(reverse("courses:activity", args=[activity.pk]))
    page = client.get(reverse("dashboard")).content.decode()
    assert reverse("courses:activity", args=[activity.pk]) in page


def test_module_completes_when_its_required_activities_are_done(client, course):
    user = f.enrolled_trainee(course)
    client.force_login(user)
    module = course.modules.order_by("order").first()
    for activity in module.activities.all():
        client.post(reverse("courses:activity_done", args=[activity.pk]))
    page = client.get(reverse("courses:course", args=[course.pk])).content.decode()
    assert "Suoritettu" in page or "Completed" in page


def test_locked_module_names_the_module_that_unlocks_it(client, course):
    user = f.enrolled_trainee(course)
    client.force_login(user)
    first, second = course.modules.order_by("order")[:2]
    response = client.get(reverse("courses:module", args=[second.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert reverse("courses:module", args=[first.pk]) in page
    assert reverse("courses:activity", args=[second.activities.first().pk]) not in page


def test_activity_in_a_locked_module_cannot_be_opened_or_marked_done(client, course):
    user = f.enrolled_trainee(course)
    client.force_login(user)
    second = course.modules.order_by("order")[1]
    activity = second.activities.first()
    assert client.get(reverse("courses:activity", args=[activity.pk])).status_code == 302
    client.post(reverse("courses:activity_done", args=[activity.pk]))
    assert not user.completions.exists()


def test_course_completes_when_required_modules_are_done(course):
    from courses import selectors, services

    user = f.enrolled_trainee(course)
    optional = f.ModuleFactory(course=course, order=99, is_required=False)
    f.ActivityFactory(module=optional)
    for module in course.modules.filter(is_required=True):
        for activity in module.activities.all():
            services.complete_activity(user, activity)
    assert selectors.course_progress(user, course).is_complete


def test_trainee_of_another_course_gets_403(client, course):
    other = f.course_with_modules(modules=1)
    client.force_login(f.enrolled_trainee(other))
    assert client.get(reverse("courses:course", args=[course.pk])).status_code == 403
    assert client.get(reverse("courses:module", args=[course.modules.first().pk])).status_code == 403
    activity = first_activity(course)
    assert client.get(reverse("courses:activity", args=[activity.pk])).status_code == 403
    assert client.post(reverse("courses:activity_done", args=[activity.pk])).status_code == 403


@pytest.mark.parametrize("make_user", [f.trainer, f.coordinator, f.administrator])
def test_staff_roles_preview_the_course_without_recording(client, course, make_user):
    user = make_user()
    client.force_login(user)
    activity = first_activity(course)
    page = client.get(reverse("courses:activity", args=[activity.pk]))
    assert page.status_code == 200
    assert "Esikatselu" in page.content.decode() or "Preview" in page.content.decode()
    assert client.post(reverse("courses:activity_done", args=[activity.pk])).status_code == 403


def test_mentor_cannot_open_the_curriculum_unenrolled(client, course):
    client.force_login(f.mentor())
    assert client.get(reverse("courses:course", args=[course.pk])).status_code == 403


def test_unpublished_course_is_hidden_from_its_trainees(client, course):
    user = f.enrolled_trainee(course)
    course.is_published = False
    course.save()
    client.force_login(user)
    assert client.get(reverse("courses:course", args=[course.pk])).status_code == 403
    assert str(course.title) not in client.get(reverse("dashboard")).content.decode()


def test_marking_done_needs_post(client, course):
    client.force_login(f.enrolled_trainee(course))
    assert client.get(reverse("courses:activity_done", args=[first_activity(course).pk])).status_code == 405


def test_unknown_activity_is_404(client, course):
    client.force_login(f.enrolled_trainee(course))
    assert client.get(reverse("courses:activity", args=[999999])).status_code == 404


@pytest.mark.parametrize("name", ["dashboard", "module"])
def test_page_query_count_does_not_grow_with_modules(client, name):
    counts = []
    for modules in (1, 50):
        course = f.course_with_modules(modules=modules, activities=3, prerequisites_chain=True)
        user = f.enrolled_trainee(course)
        client.force_login(user)
        url = (
            reverse("dashboard")
            if name == "dashboard"
            else reverse("courses:module", args=[course.modules.order_by("order").last().pk])
        )
        client.get(url)  # warm the session and caches
        counts.append(count_queries(client.get, url))
    assert counts[0] == counts[1], counts
