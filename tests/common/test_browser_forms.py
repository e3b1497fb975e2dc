"""On a 390 px phone: a refused form starts the reader at its error summary; a confirmation returns to its item."""

import datetime

import pytest

from tests import factories as f
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def in_view(page, selector):
    return page.evaluate(
        """(selector) => { const box = document.querySelector(selector).getBoundingClientRect();
                           return box.top >= 0 && box.top < window.innerHeight; }""",
        selector,
    )


def test_a_refused_session_moves_focus_to_the_summary_and_its_link_to_the_field(page, live_server):
    course = f.CourseFactory()
    mentee = f.trainee(first_name="Aino", last_name="Korhonen")
    f.EnrolmentFactory(cohort=f.CohortFactory(course=course), user=mentee)
    f.pair(mentee, f.mentor(username="mikko"))

    log_in(page, live_server, "mikko")
    page.goto(live_server.url + "/mentoring/sessions/new/")
    page.get_by_label("Kesto (minuuttia)").fill("60")
    page.get_by_label("Aino Korhonen").check()
    page.get_by_label("Tiivistelmä").fill("Soita asiakkaalle 040 123 4567")
    page.get_by_role("button", name="Tallenna").click()
    page.wait_for_load_state()

    assert page.title().startswith("Virhe: ")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert in_view(page, "#error-summary")
    page.locator("#error-summary a").first.click()
    assert page.evaluate("document.activeElement.id") == "id_summary"
    assert in_view(page, "label[for=id_summary]")
    assert page.get_by_label("Tiivistelmä").input_value() == "Soita asiakkaalle 040 123 4567"


def test_a_confirmed_session_far_down_the_list_is_where_the_mentee_returns(page, live_server):
    mentor = f.mentor()
    mentee = f.trainee(username="aino")
    f.pair(mentee, mentor)
    for day in range(1, 9):
        f.supervision_session(mentor, [mentee], confirmed=False, held_on=datetime.date(2026, 3, day))
    oldest = mentee.supervision_attendances.order_by("session__held_on").first()

    log_in(page, live_server, "aino")
    page.goto(live_server.url + "/mentoring/mine/")
    card = page.locator(f"#session-{oldest.pk}")
    card.get_by_role("button", name="Osallistuin: vahvista").click()
    page.wait_for_url(f"**/mentoring/mine/#session-{oldest.pk}")
    assert in_view(page, f"#session-{oldest.pk}")
    assert page.evaluate("window.scrollY") > 500
