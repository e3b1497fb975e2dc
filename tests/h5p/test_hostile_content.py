"""A hostile package, opened by a logged-in coordinator in the player and on its own, acts as nobody."""

import json

import pytest

from accounts.models import User
from tests import factories as f
from tests.h5p.hostile import CONTENT_DOCUMENTS, LIBRARY_DOCUMENTS, hostile_package
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def hostile(db):
    course = f.CourseFactory()
    activity = f.h5p_activity(module=f.ModuleFactory(course=course), package=hostile_package())
    coordinator = f.coordinator(username="koordinaattori")
    f.CohortFactory(course=course, coordinators=[coordinator])
    return activity, coordinator


def probe_report(page):
    report = page.evaluate("document.documentElement.getAttribute('data-probe')")
    return json.loads(report) if report else {}


def assert_acted_as_nobody(report, where):
    assert "csrfmiddlewaretoken" not in report.get("roster", ""), f"{where} read an LMS page"
    assert report.get("roster") in (None, "blocked"), where
    assert not str(report.get("window", "")).startswith("read"), f"{where} reached a window of the LMS"
    assert report.get("origin") in (None, "null"), f"{where} ran with the origin {report.get('origin')}"


def test_hostile_documents_and_scripts_cannot_read_an_lms_page_or_post_a_form_in_the_player_or_on_their_own(
    page, live_server, hostile
):
    activity, coordinator = hostile
    log_in(page, live_server, coordinator.username)
    page.goto(live_server.url + activity.get_absolute_url())
    frame_element = page.wait_for_selector("iframe[data-h5p-player]")
    player_url = frame_element.get_attribute("src")
    frame = frame_element.content_frame()
    frame.wait_for_function(
        "() => { const r = document.documentElement.getAttribute('data-probe');"
        " return r && ['roster', 'window', 'relay'].every(k => k in JSON.parse(r)); }"
    )
    in_player = probe_report(frame)
    assert in_player["ran"]  # the library's script did run in the player, as content scripts do
    assert in_player["relay"] == "refused"  # the page fetches for the frame only the player's own files
    assert_acted_as_nobody(in_player, "the player")

    base = player_url.rstrip("/")
    addresses = (
        [player_url]
        + [f"{base}/package/content/{path}" for path in CONTENT_DOCUMENTS]
        + [f"{base}/libraries/Linkki.Choice-1.0/{path}" for path in [*LIBRARY_DOCUMENTS, "probe.js"]]
    )
    for address in addresses:
        # Opened from an LMS page, as a link in a new tab would be: its opener is a window of the LMS.
        with page.context.expect_page() as opened:
            page.evaluate("address => window.open(address)", address)
        document = opened.value
        page.wait_for_timeout(1500)
        if document.is_closed():  # the browser saved the file as a download instead of showing it
            continue
        assert_acted_as_nobody(probe_report(document), address)
        document.close()

    page.wait_for_timeout(500)
    assert User.objects.get(pk=coordinator.pk).preferred_language != "sv"
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "fi"
