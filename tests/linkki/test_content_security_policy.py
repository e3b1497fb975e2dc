"""Every LMS page carries a Content-Security-Policy; what must stay inline carries the page's nonce, and an
answer with a policy of its own (H5P content) keeps it."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from h5p.middleware import fallback_policy
from tests import factories as f

pytestmark = pytest.mark.django_db


def directives(response):
    return dict(
        (part.strip().split(" ", 1) + [""])[:2]
        for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    )


@pytest.fixture
def h5p_world(db):
    course = f.CourseFactory()
    activity = f.h5p_activity(module=f.ModuleFactory(course=course, order=1))
    trainee = f.trainee()
    f.EnrolmentFactory(cohort=f.CohortFactory(course=course), user=trainee)
    return activity, trainee


@pytest.mark.parametrize(
    "role, url",
    [
        (None, "/accounts/login/"),
        (None, "/certificates/verify/"),
        ("trainee", "/"),
        ("trainee", "/accounts/profile/"),
        ("administrator", "/admin/"),
        (None, "/api/docs/"),
    ],
)
def test_every_lms_page_allows_only_this_sites_own_scripts_and_styles(client, role, url):
    if role:
        client.force_login(getattr(f, role)())
    response = client.get(url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == "'self'"
    assert policy["script-src"].startswith("'self'") and "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy["style-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"


def test_the_h5p_page_has_no_inline_script_or_style_without_the_policys_nonce(client, h5p_world):
    activity, trainee = h5p_world
    client.force_login(trainee)
    page = client.get(activity.get_absolute_url()).content.decode()
    assert not re.search(r"<(style|script)(?![^>]*\b(nonce|src)=)[^>]*>", page)
    assert " style=" not in page and not re.search(r" on[a-z]+=", page)


def test_the_h5p_page_may_frame_its_content_and_nothing_else(client, h5p_world):
    activity, trainee = h5p_world
    client.force_login(trainee)
    assert directives(client.get(activity.get_absolute_url()))["frame-src"] == "'self'"


def test_h5p_content_keeps_its_own_policy(client, h5p_world):
    activity, trainee = h5p_world
    client.force_login(trainee)
    page = client.get(activity.get_absolute_url()).content.decode()
    src = re.search(r'<iframe class="h5p-player__frame" src="([^"]+)"', page).group(1)
    response = Client().get(src)
    assert response.status_code == 200
    assert "'nonce-" not in response["Content-Security-Policy"]
    assert response["Content-Security-Policy"].count("Content-Security-Policy") == 0
    assert "frame-ancestors 'none'" not in response["Content-Security-Policy"]


def test_an_unknown_content_path_keeps_the_isolation_fallback_policy(client, rf):
    response = Client().get(reverse("h5p_content:root") + "no-such-thing")
    assert response["Content-Security-Policy"] == fallback_policy(rf.get("/"))


def test_the_api_docs_page_has_no_inline_script_and_its_set_up_is_a_script_of_this_site(client):
    page = client.get(reverse("api-docs")).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page) and "<style" not in page
    set_up = re.findall(r'<script src="([^"]+)"', page)[-1]
    response = client.get(set_up.replace("&amp;", "&"))
    assert response.status_code == 200 and response["Content-Type"].startswith("application/javascript")
    assert "/api/schema/" in response.content.decode()
