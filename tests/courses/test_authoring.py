import pytest
from django.urls import reverse

from courses.models import Activity
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "make_user,status",
    [
        (f.trainer, 200),
        (f.administrator, 200),
        (f.coordinator, 302),
        (f.mentor, 302),
        (f.trainee, 302),
    ],
)
def test_only_trainers_and_administrators_author_modules(client, make_user, status):
    client.force_login(make_user())
    assert client.get(reverse("admin:courses_module_changelist")).status_code == status


def test_trainer_cannot_manage_people(client):
    client.force_login(f.trainer())
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 403


def test_module_admin_edits_activities_inline_with_a_preview_link(client):
    course = f.course_with_modules(modules=1, activities=2)
    module = course.modules.get()
    client.force_login(f.trainer())
    page = client.get(reverse("admin:courses_module_change", args=[module.pk])).content.decode()
    assert "activities-0-title_0" in page
    course_page = client.get(reverse("admin:courses_course_change", args=[course.pk])).content.decode()
    assert reverse("courses:module", args=[module.pk]) in course_page


def test_text_page_html_is_sanitized_on_save():
    activity = f.ActivityFactory(body={"fi": '<p onclick="x()">Hei<script>alert(1)</script></p>', "en": "<b>Hi</b>"})
    activity.refresh_from_db()
    assert activity.body["fi"] == "<p>Hei</p>"
    assert activity.body["en"] == "<b>Hi</b>"


def test_content_falls_back_to_finnish():
    from django.utils import translation

    activity = f.ActivityFactory(title={"fi": "Kohtaaminen", "se": "Deaivvadeapmi"})
    activity.refresh_from_db()
    with translation.override("sv"):
        assert str(activity.title) == "Kohtaaminen"
    assert activity.title.text("se") == "Deaivvadeapmi"


def test_video_activity_needs_a_secure_address():
    from django.core.exceptions import ValidationError

    activity = f.ActivityFactory.build(kind=Activity.Kind.VIDEO, video_url="http://example.com/v", module=None)
    with pytest.raises(ValidationError):
        activity.clean()


def test_admin_refuses_a_module_without_a_finnish_title(client):
    course = f.CourseFactory()
    client.force_login(f.trainer())
    response = client.post(
        reverse("admin:courses_module_add"),
        {
            "course": course.pk,
            "order": 1,
            "title_0": "",
            "title_2": "Only English",
            "estimated_minutes": 20,
            "activities-TOTAL_FORMS": 0,
            "activities-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert course.modules.count() == 0


def test_admin_refuses_a_cohort_that_ends_before_it_starts(client):
    from courses.models import Cohort

    course = f.CourseFactory()
    client.force_login(f.trainer())
    response = client.post(
        reverse("admin:courses_cohort_add"),
        {
            "course": course.pk,
            "name": "Kemijärvi 2027",
            "municipality": f.municipality("Kemijärvi").pk,
            "start_date": "2027-03-01",
            "end_date": "2027-01-31",
            "enrolments-TOTAL_FORMS": 0,
            "enrolments-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 200
    assert "Päättymispäivä ei voi olla ennen alkamispäivää." in response.content.decode()
    assert not Cohort.objects.filter(name="Kemijärvi 2027").exists()
