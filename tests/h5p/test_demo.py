import io

import pytest
from django.core.management import call_command

from courses.models import Activity
from h5p.models import Content, Library

pytestmark = pytest.mark.django_db


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_the_demo_course_has_an_exercise_built_from_linkkis_own_content_type():
    output = seed()
    content = Content.objects.get(activity__module__course__code="link-worker-basic")
    assert content.main_library == "Linkki.Choice"
    assert content.activity.kind == Activity.Kind.H5P
    assert content.activity.module.order == 1
    assert "H5P:" in output


def test_seeding_the_demo_twice_adds_no_second_exercise_or_library():
    seed()
    seed()
    assert Content.objects.count() == 1
    assert Library.objects.count() == 1
    assert Activity.objects.filter(kind=Activity.Kind.H5P).count() == 1
