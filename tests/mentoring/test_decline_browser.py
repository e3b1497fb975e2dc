"""On a 390 px phone: a mentee declines a wrongly logged session with a reason, the mentor reads it,
corrects the session and is asked before logging the same session twice."""

import datetime

import pytest
from django.urls import reverse

from mentoring.models import SessionAttendance, SupervisionSession
from tests import factories as f
from tests.overview.test_browser import accessibility_violations
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def checked(page):
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.title()
    assert accessibility_violations(page) == [], page.title()


@pytest.fixture
def mentor_page(browser, live_server):
    # A second person on a phone of their own, so nobody has to log out in between.
    context = browser.new_context(locale="fi-FI", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def test_a_mentee_declines_and_the_mentor_corrects_the_session(page, mentor_page, live_server):
    mentee = f.trainee(username="aino", first_name="Aino", last_name="Korhonen")
    f.EnrolmentFactory(cohort=f.CohortFactory(), user=mentee)
    mentor = f.mentor(username="mikko", first_name="Mikko", last_name="Lehtonen")
    f.pair(mentee, mentor)
    session = f.supervision_session(mentor, [mentee], confirmed=False, held_on=datetime.date(2026, 11, 30))

    log_in(page, live_server, "aino")
    page.get_by_role("link", name="Työnohjaus", exact=True).click()
    checked(page)
    page.get_by_text("En osallistunut, tai kirjaus on väärin").click()
    page.get_by_label("Mikä on väärin?").fill("Tapasimme 1.12., emme 30.11.")
    page.get_by_role("button", name="Kiistä työnohjauskerta").click()
    page.get_by_text("Ilmoitit, ettet osallistunut. Mentorisi näkee perustelusi.").wait_for()
    checked(page)
    assert page.get_by_text("Kiistetty", exact=True).is_visible()
    assert SessionAttendance.objects.get(session=session).is_declined

    log_in(mentor_page, live_server, "mikko")
    mentor_page.get_by_role("link", name="Työnohjaus", exact=True).click()
    checked(mentor_page)
    declined = mentor_page.get_by_role("region", name="Mentoroitaviesi kiistämät työnohjauskerrat")
    assert declined.get_by_text("Tapasimme 1.12., emme 30.11.").is_visible()
    declined.get_by_role("link", name="Korjaa työnohjauskerta 30.11.2026").click()
    mentor_page.get_by_label("Päivämäärä").fill("2026-12-01")
    mentor_page.get_by_role("button", name="Tallenna").click()
    mentor_page.get_by_text("Työnohjauskerta on tallennettu.").wait_for()

    # Logging the corrected session once more, as a second tap would, asks first.
    mentor_page.goto(live_server.url + reverse("mentoring:session_create"))
    mentor_page.get_by_label("Päivämäärä").fill("2026-12-01")
    mentor_page.get_by_label("Kesto (minuuttia)").fill("60")
    mentor_page.get_by_label("Aino Korhonen").check()
    mentor_page.get_by_role("button", name="Tallenna").click()
    mentor_page.get_by_role("heading", name="Jo kirjattu").wait_for()
    checked(mentor_page)
    assert mentor_page.title().startswith("Virhe: ")
    assert SupervisionSession.objects.filter(mentor=mentor).count() == 1
    mentor_page.get_by_label("Tämä on eri työnohjauskerta: kirjaa silti").check()
    mentor_page.get_by_role("button", name="Tallenna").click()
    mentor_page.get_by_text("Työnohjauskerta on kirjattu.").wait_for()
    assert SupervisionSession.objects.filter(mentor=mentor).count() == 2

    page.reload()
    assert page.get_by_role("button", name="Osallistuin: vahvista").count() == 2
