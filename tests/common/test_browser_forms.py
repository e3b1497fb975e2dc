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
    # The page's script sends the form and then loads the answer's address: wait for that page.
    page.get_by_text("Kiitos: osallistumisesi on vahvistettu.").wait_for()
    page.wait_for_url(f"**/mentoring/mine/#session-{oldest.pk}")
    page.wait_for_load_state("load")
    assert in_view(page, f"#session-{oldest.pk}")
    assert page.evaluate("window.scrollY") > 500


def test_revoking_a_certificate_and_showing_a_secret_work_without_javascript(browser, live_server):
    from certificates import services
    from certificates.models import Certificate

    coordinator = f.coordinator(username="sanna")
    course = f.course_with_modules(modules=1, activities=1)
    f.certification_rule(course)
    cohort = f.CohortFactory(course=course, coordinators=[coordinator])
    certificate = services.issue_certificate(f.certifiable(course, cohort), course)
    api_client, _raw = f.api_client()

    context = browser.new_context(locale="fi-FI", viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    try:
        log_in(page, live_server, "sanna")
        page.goto(live_server.url + f"/certificates/{certificate.pk}/")
        page.get_by_role("link", name="Peru todistus…").click()
        page.get_by_label("Syy").fill("Ehdot eivät täyttyneet")
        page.get_by_role("button", name="Peru todistus").click()
        page.wait_for_url(f"**/certificates/{certificate.pk}/")
        certificate.refresh_from_db()
        assert certificate.status == Certificate.Status.REVOKED

        page.goto(live_server.url + "/roster/clients/")
        page.locator(f"#client-{api_client.pk}").get_by_role("button", name="Luo uusi tunniste").click()
        page.wait_for_url("**/roster/clients/secret/")
        # Without JavaScript there is nothing to copy with: the button stays hidden, the secret is whole.
        assert page.locator("#secret-value").is_visible() and not page.locator("[data-copy]").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_in_swedish_a_refused_session_and_a_confirmation_pass_axe_and_say_fel(page, live_server):
    from tests.overview.test_browser import accessibility_violations

    course = f.CourseFactory()
    mentee = f.trainee(first_name="Aino", last_name="Korhonen")
    cohort = f.CohortFactory(course=course)
    f.EnrolmentFactory(cohort=cohort, user=mentee)
    f.pair(mentee, f.mentor(username="mikko"))

    log_in(page, live_server, "mikko")
    page.get_by_label("Kieli").select_option("sv")
    page.get_by_role("button", name="Vaihda").click()
    page.wait_for_load_state()
    page.goto(live_server.url + "/mentoring/sessions/new/")
    assert page.locator("html").get_attribute("lang") == "sv"
    page.locator("#id_duration_minutes").fill("60")
    page.get_by_label("Aino Korhonen").check()
    page.locator("#id_summary").fill("Ring 040 123 4567")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.title().startswith("Fel: ")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    assert accessibility_violations(page) == []

    session = f.supervision_session(mentee.pairings_as_mentee.get().mentor, [mentee], confirmed=False)
    page.goto(live_server.url + f"/mentoring/sessions/{session.pk}/delete/")
    assert page.locator("main button.button--danger").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert accessibility_violations(page) == []
