import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from accounts.models import Role
from courses.models import Activity, Cohort, Course, Module

pytestmark = pytest.mark.django_db


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_demo_data_prints_one_account_per_role_with_its_password():
    output = seed()
    User = get_user_model()
    for username in ("trainee", "mentor", "coordinator", "trainer", "admin"):
        assert f"{username}-demo-2026" in output
        assert User.objects.get(username=username).check_password(f"{username}-demo-2026")
    held = {role for user in User.objects.all() for role in user.role_set}
    assert held == set(Role)


def test_running_the_demo_twice_duplicates_nothing():
    seed()
    counts = [
        Course.objects.count(),
        Module.objects.count(),
        Activity.objects.count(),
        Cohort.objects.count(),
        get_user_model().objects.count(),
    ]
    seed()
    assert counts == [
        Course.objects.count(),
        Module.objects.count(),
        Activity.objects.count(),
        Cohort.objects.count(),
        get_user_model().objects.count(),
    ]


def test_the_seeded_curriculum_has_eight_modules_with_substantial_pages_in_finnish_and_english():
    seed()
    course = Course.objects.get(code="link-worker-basic")
    required = course.modules.filter(is_required=True)
    assert required.count() >= 8
    for module in required:
        pages = module.activities.filter(kind=Activity.Kind.TEXT)
        assert pages.exists(), module
        longest = max(pages, key=lambda page: len(page.body["fi"]))
        assert len(longest.body["fi"].split()) >= 250, module
        assert len(longest.body["en"].split()) >= 250, module
        assert module.title["fi"] and module.title["en"]


def test_only_the_first_module_is_open_at_the_start():
    from courses.selectors import course_progress

    seed()
    course = Course.objects.get(code="link-worker-basic")
    progress = course_progress(get_user_model().objects.get(username="trainee"), course)
    open_modules = [m for m in progress.modules if not m.is_locked and m.module.is_required]
    assert [m.module.order for m in open_modules] == [1]


def test_the_sodankyla_cohort_has_the_demo_trainees():
    seed()
    cohort = Cohort.objects.get(municipality__name="Sodankylä")
    assert set(cohort.trainees.values_list("username", flat=True)) >= {"trainee", "trainee2"}
