"""Each role's main path on a 390 px phone, with axe-core run on every page it passes: no violations,
nothing wider than the screen. The pages are reached as a person would, mostly by their links."""

from decimal import Decimal

import pytest
from django.urls import reverse

from assessments import services as assessment_services
from assessments.models import AttemptItem
from roster.models import WebhookEndpoint
from tests import factories as f
from tests.assessments.conftest import all_right, world  # noqa: F401 (the assessments' world, for the trainer)
from tests.overview.test_browser import accessibility_violations
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def checked(page, visited):
    """The page fits the phone and passes axe; its title is kept to name it in a failure."""
    page.wait_for_load_state()
    visited.append(page.title())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.title()
    assert accessibility_violations(page) == [], page.title()


def background(page, selector):
    return page.locator(selector).first.evaluate("element => getComputedStyle(element).backgroundColor")


def test_a_trainee_goes_from_home_through_an_activity_to_certificates_and_supervision(page, live_server):
    course = f.course_with_modules(modules=2, activities=2)
    f.certification_rule(course)
    f.supervision_requirement(course)
    aino = f.enrolled_trainee(course, username="aino", first_name="Aino", last_name="Aalto")
    f.pair(aino, f.mentor())
    visited = []

    log_in(page, live_server, "aino")
    checked(page, visited)
    page.goto(live_server.url + course.get_absolute_url())
    checked(page, visited)
    page.goto(live_server.url + course.modules.order_by("order").first().get_absolute_url())
    checked(page, visited)
    page.locator(".activity-row a").first.click()
    checked(page, visited)
    page.get_by_role("button", name="Merkitse tehdyksi").click()
    checked(page, visited)
    page.get_by_role("link", name="Todistukset").click()
    checked(page, visited)
    assert page.locator(".missing-modules a").count() == 2
    page.get_by_role("link", name="Työnohjaus", exact=True).click()
    checked(page, visited)
    page.get_by_role("link", name="Profiili").click()
    checked(page, visited)
    assert len(visited) == 8


def test_a_mentor_logs_a_session_recovers_from_a_refusal_and_opens_the_grading_queue(page, live_server):
    mentee = f.trainee(first_name="Aino", last_name="Korhonen")
    f.EnrolmentFactory(cohort=f.CohortFactory(), user=mentee)
    f.pair(mentee, f.mentor(username="mikko"))
    visited = []

    log_in(page, live_server, "mikko")
    checked(page, visited)
    page.get_by_role("link", name="Työnohjaus", exact=True).click()
    checked(page, visited)
    page.get_by_role("link", name="Kirjaa työnohjauskerta").click()
    checked(page, visited)
    page.get_by_label("Kesto (minuuttia)").fill("60")
    page.get_by_label("Aino Korhonen").check()
    page.get_by_label("Tiivistelmä").fill("Soita 040 123 4567")
    page.get_by_role("button", name="Tallenna").click()
    checked(page, visited)  # the refused form, with its error summary
    assert page.title().startswith("Virhe: ")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    page.get_by_label("Tiivistelmä").fill("Käytiin läpi omia rajoja.")
    page.get_by_role("button", name="Tallenna").click()
    checked(page, visited)
    page.get_by_role("link", name="Osaamisen kuittaukset").click()
    checked(page, visited)


def test_a_coordinator_makes_a_token_copies_it_on_a_phone_and_revokes_it_after_a_confirmation(page, live_server):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    f.coordinator(username="sanna")
    api_client, _raw = f.api_client()
    token = api_client.tokens.get()
    WebhookEndpoint.objects.create(
        client=api_client, url="https://lahetejarjestelma.example.fi/api/v2/webhooks/linkki/certification-status"
    )
    visited = []

    log_in(page, live_server, "sanna")
    checked(page, visited)
    page.get_by_role("link", name="Rekisteri").click()
    checked(page, visited)
    page.goto(live_server.url + reverse("roster:clients"))
    checked(page, visited)
    # The long webhook address wraps; the deliveries table scrolls sideways and the Tab key reaches it.
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-labelledby')") == "deliveries-heading":
            break
    else:
        raise AssertionError("the Tab key never reached the webhook deliveries")
    page.locator(f"#client-{api_client.pk}").get_by_role("button", name="Luo uusi tunniste").click()
    checked(page, visited)  # the new secret, shown once, whole on the phone
    secret = page.locator("#secret-value")
    box = secret.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    page.get_by_role("button", name="Kopioi").click()
    page.get_by_text("Kopioitu.").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == secret.text_content().strip()
    page.get_by_role("link", name="Takaisin lähetejärjestelmän käyttöoikeuksiin").click()
    page.wait_for_url(f"**/roster/clients/#client-{api_client.pk}")

    primary = background(page, f"#client-{api_client.pk} form button[type=submit]")
    page.locator(f'a[href="/roster/tokens/{token.pk}/revoke/"]').click()
    checked(page, visited)  # the confirmation, a page of its own; axe checks the red button's contrast
    danger = background(page, "main button.button--danger")
    assert (danger, primary) == ("rgb(164, 22, 26)", "rgb(11, 83, 148)")
    page.get_by_role("button", name="Peru tunniste").click()
    page.wait_for_url(f"**/roster/clients/#client-{api_client.pk}")
    checked(page, visited)
    assert page.locator(f"#client-{api_client.pk}").get_by_text("Peruttu").count() >= 1


def test_a_trainer_follows_a_cohort_to_the_gradebook_and_grades_an_essay_with_a_decimal_comma(
    page,
    live_server,
    world,  # noqa: F811 (the fixture imported above)
):
    world.trainer.username = "tuula"
    world.trainer.save()
    attempt = assessment_services.start_attempt(world.assessment, world.trainee)
    assessment_services.save_answers(attempt, world.trainee, all_right(world, attempt))
    attempt, _new = assessment_services.submit_attempt(attempt, world.trainee)
    essay = AttemptItem.objects.get(attempt=attempt, question=world.essay)
    visited = []

    log_in(page, live_server, "tuula")
    checked(page, visited)
    page.get_by_role("link", name="Koulutusryhmät").click()
    checked(page, visited)
    page.goto(live_server.url + reverse("courses:cohort", args=[world.cohort.pk]))
    checked(page, visited)
    page.get_by_role("link", name="Arviointikirja").click()
    checked(page, visited)
    page.get_by_role("link", name="Arvioitavat").click()
    checked(page, visited)
    page.goto(live_server.url + reverse("assessments:grade", args=[essay.pk]))
    checked(page, visited)
    page.get_by_label("Pisteet").fill("1,5")
    page.get_by_role("button", name="Tallenna arvio").click()
    checked(page, visited)
    assert essay.grades.get().points == Decimal("1.5")
