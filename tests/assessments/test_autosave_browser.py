"""Autosave in the browser: what the status says, what reaches the server when the page is left at
once, and how a failed save is retried."""

import time

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from assessments.models import AttemptItem
from tests import factories as f
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def essay_attempt():
    module = f.ModuleFactory(course=f.CourseFactory())
    assessment = f.assessment(module=module)
    f.QuestionFactory(bank=assessment.bank, kind="essay", text={"fi": "<p>Kerro lähetteestä.</p>"}, order=1)
    f.QuestionFactory(
        bank=assessment.bank, kind="short_text", accepted_answers="kela", text={"fi": "<p>Kuka maksaa?</p>"}, order=2
    )
    person = f.trainee(username="aino", first_name="Aino", last_name="Korhonen")
    f.EnrolmentFactory(cohort=f.CohortFactory(course=module.course), user=person)
    return assessment


def start(page, live_server, assessment):
    log_in(page, live_server, "aino")
    page.goto(live_server.url + reverse("courses:activity", args=[assessment.activity_id]))
    page.get_by_role("button", name="Aloita arviointi").click()
    page.locator("form[data-autosave=ready]").wait_for()


def stored_answers(assessment):
    return {
        strip_tags(str(item.question.text)): item.answer
        for item in AttemptItem.objects.filter(attempt__assessment=assessment).select_related("question")
    }


def wait_for_answer(assessment, question, expected, seconds=5):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if stored_answers(assessment).get(question) == expected:
            return True
        time.sleep(0.05)
    return False


def test_text_typed_just_before_leaving_the_page_reaches_the_server(page, live_server):
    assessment = essay_attempt()
    start(page, live_server, assessment)
    answer = page.get_by_role("group", name="Kysymys 1/2").get_by_label("Vastauksesi")
    answer.press_sequentially("Lähete tehdään yhdessä.", delay=5)
    status = page.get_by_role("status")
    assert status.inner_text() == "Ei vielä tallennettu"
    # Leaving long before the typing pause of 0.8 s is over.
    page.get_by_role("link", name=str(assessment.activity.title)).first.click()
    page.wait_for_url(f"**{reverse('courses:activity', args=[assessment.activity_id])}")
    assert wait_for_answer(assessment, "Kerro lähetteestä.", "Lähete tehdään yhdessä.")


def test_text_typed_before_the_tab_is_hidden_reaches_the_server(page, live_server):
    assessment = essay_attempt()
    start(page, live_server, assessment)
    page.get_by_role("group", name="Kysymys 2/2").get_by_label("Vastauksesi").press_sequentially("Kela", delay=5)
    # A phone user switching apps: the page is hidden, not closed.
    page.evaluate(
        """() => {
            Object.defineProperty(document, "visibilityState", {value: "hidden", configurable: true});
            document.dispatchEvent(new Event("visibilitychange"));
        }"""
    )
    assert wait_for_answer(assessment, "Kuka maksaa?", "Kela", seconds=0.7)


def test_a_server_error_is_named_and_the_save_is_retried_by_itself(page, live_server):
    assessment = essay_attempt()
    start(page, live_server, assessment)
    failures = []

    def fail_once(route):
        if not failures:
            failures.append(route.request.url)
            route.fulfill(status=500, content_type="text/html", body="<h1>Server Error (500)</h1>")
        else:
            route.continue_()

    page.route("**/answers/", fail_once)
    page.get_by_role("group", name="Kysymys 2/2").get_by_label("Vastauksesi").fill("Kela")
    page.get_by_text("Ei tallennettu: palvelimella tapahtui virhe (500).").wait_for()
    assert "yhteys" not in page.get_by_role("status").inner_text()
    page.get_by_role("status").get_by_text("Tallennettu", exact=True).wait_for(timeout=5000)
    assert stored_answers(assessment)["Kuka maksaa?"] == "Kela"
    assert len(failures) == 1


def test_a_lost_connection_is_named_and_the_answer_is_sent_when_it_returns(page, live_server):
    assessment = essay_attempt()
    start(page, live_server, assessment)
    page.context.set_offline(True)
    page.get_by_role("group", name="Kysymys 2/2").get_by_label("Vastauksesi").fill("Kela")
    # Without a connection the answer waits on the phone, in the queue of changes made offline.
    page.locator("#autosave-status").get_by_text(
        "Tallennettu tähän puhelimeen; se lähetetään, kun yhteys palaa."
    ).wait_for()
    page.locator("#offline-status").get_by_text("1 muutos odottaa lähettämistä.").wait_for()
    page.context.set_offline(False)
    page.locator("#offline-status[data-waiting='0']").wait_for(state="attached", timeout=5000)
    assert stored_answers(assessment)["Kuka maksaa?"] == "Kela"


def test_a_closed_attempt_is_named_and_the_typed_text_stays(page, live_server):
    from assessments import services

    assessment = essay_attempt()
    start(page, live_server, assessment)
    attempt = assessment.attempts.get()
    services.submit_attempt(attempt)
    field = page.get_by_role("group", name="Kysymys 2/2").get_by_label("Vastauksesi")
    field.fill("Kela")
    page.get_by_text("Tämä yritys on jo lähetetty.").wait_for()
    assert page.get_by_role("link", name="Näytä yritys").is_visible()
    assert field.input_value() == "Kela"
