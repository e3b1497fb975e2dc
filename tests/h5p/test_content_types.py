"""Real kinds of content play in the sandboxed player: canvases, content without a score, and content
that fails to start says so."""

import pytest

from courses.models import ActivityCompletion
from h5p.models import Content
from tests import factories as f
from tests.h5p.contenttypes import canvas_package, library_package
from tests.h5p.test_browser import wait_for
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def activity_for(package, **content):
    course = f.CourseFactory()
    activity = f.h5p_activity(module=f.ModuleFactory(course=course), package=package)
    if content:
        Content.objects.filter(activity=activity).update(**content)
    trainee = f.trainee(username="aino")
    f.EnrolmentFactory(cohort=f.CohortFactory(course=course), user=trainee)
    return activity, trainee


def test_a_canvas_reads_the_contents_image_inside_the_sandbox(page, live_server):
    activity, _trainee = activity_for(canvas_package())
    log_in(page, live_server, "aino")
    page.goto(live_server.url + activity.get_absolute_url())
    frame = page.wait_for_selector("iframe[data-h5p-player][data-ready=true]").content_frame()
    frame.wait_for_function("() => document.documentElement.getAttribute('data-canvas')")
    assert frame.evaluate("document.documentElement.getAttribute('data-canvas')") == "exported"


@pytest.mark.parametrize(
    "script",
    [
        "var Linkki = window.Linkki = {};",  # no constructor for the main library
        "throw new Error('the library is broken');",
    ],
)
def test_content_that_fails_to_start_tells_the_trainee_and_marks_the_activity_broken_for_the_trainer(
    page, live_server, script
):
    activity, _trainee = activity_for(library_package("Linkki.Broken", script, {}))
    trainer = f.trainer(username="kouluttaja")
    log_in(page, live_server, "aino")
    page.goto(live_server.url + activity.get_absolute_url())
    page.wait_for_selector("iframe[data-h5p-player][data-failed=true]")
    alert = page.get_by_role("alert")
    assert "Tätä sisältöä ei voitu käynnistää." in alert.inner_text()
    assert wait_for(lambda: Content.objects.get(activity=activity).is_broken, page)

    page.context.clear_cookies()
    log_in(page, live_server, trainer.username)
    page.goto(live_server.url + activity.get_absolute_url())
    assert "Tämä tehtävä on rikki" in page.locator(".h5p-broken").inner_text()


def test_content_without_a_score_completes_when_opened_under_the_viewed_rule(page, live_server):
    activity, trainee = activity_for(canvas_package(), completion_rule=Content.CompletionRule.VIEWED)
    log_in(page, live_server, "aino")
    page.goto(live_server.url + activity.get_absolute_url())
    page.get_by_text("Hienoa: tehtävä on tehty.").wait_for()
    assert ActivityCompletion.objects.filter(user=trainee, activity=activity).exists()


def test_a_real_greeting_card_completes_under_the_viewed_rule(page, live_server, shared_package):
    activity, trainee = activity_for(shared_package("valid/valid2.h5p"), completion_rule=Content.CompletionRule.VIEWED)
    log_in(page, live_server, "aino")
    page.goto(live_server.url + activity.get_absolute_url())
    page.frame_locator("iframe[data-h5p-player]").get_by_text("Hello world!").wait_for()
    page.get_by_text("Hienoa: tehtävä on tehty.").wait_for()
    assert ActivityCompletion.objects.filter(user=trainee, activity=activity).exists()
