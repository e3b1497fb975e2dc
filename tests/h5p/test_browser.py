import json
import re

import pytest
from django.db import OperationalError
from django.urls import reverse

from courses.models import ActivityCompletion
from h5p.models import Attempt, Statement, UserData
from tests import factories as f
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def wait_for(condition, page, timeout_ms=15000):
    """Poll the database while the live server writes to it (SQLite may say a table is busy meanwhile)."""
    for _ in range(timeout_ms // 200):
        try:
            if condition():
                return True
        except OperationalError:
            pass
        page.wait_for_timeout(200)
    return condition()


def cohort_of(course):
    return f.CohortFactory(course=course)


@pytest.fixture
def course_with_h5p(db):
    course = f.CourseFactory()
    module = f.ModuleFactory(course=course, order=1)
    activity = f.h5p_activity(module=module, title={"fi": "Linkkityön harjoitus"})
    trainee = f.trainee(username="aino", first_name="Aino", last_name="Korhonen")
    f.EnrolmentFactory(cohort=cohort_of(course), user=trainee)
    return activity, trainee


def open_player(page, live_server, activity):
    page.goto(live_server.url + activity.get_absolute_url())
    page.wait_for_selector("iframe[data-h5p-player][data-ready=true]")
    return page.frame_locator("iframe[data-h5p-player]")


def test_a_trainee_answers_the_score_is_kept_the_activity_is_done_and_a_reload_restores_the_answer(
    page, live_server, course_with_h5p
):
    activity, trainee = course_with_h5p
    log_in(page, live_server, "aino")
    player = open_player(page, live_server, activity)
    player.get_by_label("Tehdä hoitopäätöksiä").check()
    player.get_by_role("button", name="Tarkista").click()
    page.get_by_text("Tuloksesi 0 % on tallennettu.").wait_for()
    assert not ActivityCompletion.objects.filter(user=trainee, activity=activity).exists()

    player.get_by_label("Kulkea asiakkaan rinnalla").check()
    player.get_by_role("button", name="Tarkista").click()
    page.get_by_text("Hienoa: tehtävä on tehty.").wait_for()
    assert ActivityCompletion.objects.filter(user=trainee, activity=activity).exists()
    assert sorted(Attempt.objects.filter(user=trainee).values_list("score_scaled", flat=True)) == [0.0, 1.0]
    answered = Statement.objects.filter(user=trainee, verb="http://adlnet.gov/expapi/verbs/answered")
    assert answered.count() == 2
    assert wait_for(lambda: UserData.objects.filter(user=trainee, data__contains='"selected":1').exists(), page)

    page.reload()
    player = page.frame_locator("iframe[data-h5p-player]")
    page.wait_for_selector("iframe[data-h5p-player][data-ready=true]")
    assert player.get_by_label("Kulkea asiakkaan rinnalla").is_checked()
    assert page.get_by_text("Tehty", exact=True).is_visible()
    assert "Paras tuloksesi on 100 %" in page.locator("[data-h5p-status]").text_content()


def test_the_last_answer_is_kept_when_the_trainee_leaves_right_after_answering(page, live_server, course_with_h5p):
    activity, trainee = course_with_h5p
    log_in(page, live_server, "aino")
    player = open_player(page, live_server, activity)
    player.get_by_label("Kulkea asiakkaan rinnalla").check()
    player.get_by_role("button", name="Tarkista").click()
    page.goto(live_server.url + reverse("dashboard"))
    assert wait_for(lambda: Attempt.objects.filter(user=trainee, is_passed=True).exists(), page)


def test_content_cannot_call_the_lms_as_the_trainee(page, live_server, course_with_h5p):
    activity, trainee = course_with_h5p
    log_in(page, live_server, "aino")
    sandbox_requests = []
    page.on(
        "request",
        lambda request: (
            sandbox_requests.append(request)
            if "/h5p-content/" in (request.frame.url or "") and request.resource_type != "document"
            else None
        ),
    )
    open_player(page, live_server, activity)
    frame = next(frame for frame in page.frames if "/h5p-content/" in frame.url)
    endpoint = live_server.url + reverse("h5p:statements", args=[activity.pk])
    statement = json.dumps(f.xapi_statement(scaled=1.0))
    outcome = frame.evaluate(
        """async ([endpoint, statement]) => {
            const result = {origin: window.origin};
            try {
                const response = await fetch(endpoint, {method: "POST", credentials: "include", body: statement,
                                                        headers: {"Content-Type": "application/json"}});
                result.fetch = response.status;
            } catch (error) {
                result.fetch = "blocked";
            }
            try {
                result.beacon = navigator.sendBeacon(endpoint, statement);
            } catch (error) {
                result.beacon = "blocked";
            }
            try {
                result.cookie = document.cookie;
            } catch (error) {
                result.cookie = "unreadable";
            }
            try {
                window.top.location.href = endpoint;
                result.navigation = "allowed";
            } catch (error) {
                result.navigation = "blocked";
            }
            return result;
        }""",
        [endpoint, statement],
    )
    page.wait_for_timeout(1000)  # a beacon is sent after the call returns; give it time to arrive, or not
    assert outcome["origin"] == "null"  # an opaque origin: nothing of the LMS's is its own
    assert outcome["fetch"] == "blocked"
    assert outcome["cookie"] == "unreadable"
    assert outcome["navigation"] == "blocked"
    assert page.url.endswith(activity.get_absolute_url())
    assert not Statement.objects.exists()
    # The player's own requests from inside the sandbox carry no cookie either.
    assert sandbox_requests
    assert all("cookie" not in request.all_headers() for request in sandbox_requests)


def test_a_real_true_false_package_plays_and_reports_its_score(page, live_server, shared_package):
    course = f.CourseFactory()
    activity = f.h5p_activity(
        module=f.ModuleFactory(course=course), package=shared_package("valid/truefalse-standalone.h5p")
    )
    trainee = f.trainee(username="aino")
    f.EnrolmentFactory(cohort=cohort_of(course), user=trainee)
    log_in(page, live_server, "aino")
    player = open_player(page, live_server, activity)
    player.get_by_role("radio", name="False").click()
    player.get_by_role("button", name="Check").click()
    assert wait_for(lambda: Attempt.objects.filter(user=trainee).exists(), page)
    attempt = Attempt.objects.get(user=trainee)
    assert (attempt.score_raw, attempt.score_max) == (1, 1)
    assert attempt.is_passed


def test_on_a_phone_the_player_fits_the_screen_and_without_javascript_a_message_says_why(
    browser, live_server, course_with_h5p
):
    activity, _trainee = course_with_h5p
    for javascript in (True, False):
        context = browser.new_context(
            locale="fi-FI", viewport={"width": 360, "height": 740}, java_script_enabled=javascript
        )
        page = context.new_page()
        page.set_default_timeout(15000)
        log_in(page, live_server, "aino")
        page.goto(live_server.url + activity.get_absolute_url())
        if javascript:
            page.wait_for_selector("iframe[data-h5p-player][data-ready=true]")
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            frame = page.locator("iframe[data-h5p-player]").bounding_box()
            assert frame["width"] <= 360 and frame["height"] >= 160
        else:
            message = page.locator(".h5p-noscript")
            assert message.is_visible()
            assert "tarvitsee JavaScriptin" in message.inner_text()
            assert not page.locator("iframe[data-h5p-player]").is_visible()
        context.close()


def test_a_real_package_with_an_image_shows_it_inside_the_sandbox(page, live_server, shared_package):
    course = f.CourseFactory()
    activity = f.h5p_activity(module=f.ModuleFactory(course=course), package=shared_package("valid/valid2.h5p"))
    f.EnrolmentFactory(cohort=cohort_of(course), user=f.trainee(username="aino"))
    log_in(page, live_server, "aino")
    player = open_player(page, live_server, activity)
    player.get_by_text("Hello world!").wait_for()
    image = player.locator("img.greeting-image")
    image.wait_for()
    assert wait_for(lambda: image.evaluate("img => img.complete && img.naturalWidth > 0"), page)


def test_a_second_visit_takes_the_player_and_its_libraries_from_the_browsers_cache(page, live_server, course_with_h5p):
    from django.core.signals import request_started

    activity, _trainee = course_with_h5p
    asked = []

    def note(sender, environ, **kwargs):
        asked.append(environ["PATH_INFO"])

    request_started.connect(note)
    try:
        log_in(page, live_server, "aino")
        open_player(page, live_server, activity)
        first, asked[:] = list(asked), []
        page.goto("about:blank")
        player = open_player(page, live_server, activity)
        player.get_by_label("Kulkea asiakkaan rinnalla").wait_for()
    finally:
        request_started.disconnect(note)
    assert any(path.endswith("/frame.bundle.js") for path in first)
    assert any("/h5p-content/libraries/" in path for path in first)
    again = [path for path in asked if "/player/" in path or "/libraries/" in path]
    assert again == []  # the sandboxed frame was handed them from the page's cache


def test_the_player_starts_at_once_when_the_pages_script_arrives_after_the_frame_asked(
    browser, live_server, course_with_h5p
):
    # On a slow connection the frame can ask for its files before the page's player.js has run; the
    # frame must not then sit out its 15-second fallback. The service worker would answer before the
    # held request could be seen, so this browser has none.
    activity, _ = course_with_h5p
    context = browser.new_context(locale="fi-FI", viewport={"width": 390, "height": 844}, service_workers="block")
    page = context.new_page()
    log_in(page, live_server, "aino")
    held = []
    page.route(re.compile(r"/static/h5p/player(\.[0-9a-f]+)?\.js$"), lambda route: held.append(route))
    page.goto(live_server.url + activity.get_absolute_url(), wait_until="commit")
    frame = page.wait_for_selector("iframe[data-h5p-player]").content_frame()
    frame.wait_for_function("document.readyState === 'complete'")
    page.wait_for_timeout(300)  # the frame has asked by now, and nobody listened
    assert len(held) == 1
    held[0].continue_()
    page.wait_for_selector("iframe[data-h5p-player][data-ready=true]", timeout=8000)
    context.close()
