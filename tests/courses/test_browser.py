import re

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_trainee_opens_the_first_module_marks_a_page_done_and_switches_to_swedish(page, live_server):
    course = f.course_with_modules(modules=2, activities=2, prerequisites_chain=True)
    f.enrolled_trainee(course, username="aino")
    first_module = course.modules.order_by("order").first()

    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Käyttäjätunnus").fill("aino")
    page.get_by_label("Salasana").fill("correct-horse-battery")
    page.get_by_role("button", name="Kirjaudu sisään").click()

    progress = page.locator("progress").first
    assert progress.get_attribute("value") == "0"

    page.get_by_role("link", name=str(course.title)).click()
    page.get_by_role("link", name=str(first_module.title)).click()
    page.get_by_role("link", name=str(first_module.activities.order_by("order").first().title)).click()
    page.get_by_role("button", name="Merkitse tehdyksi").click()
    page.get_by_text("Merkitty tehdyksi.").wait_for()

    page.goto(live_server.url + reverse("dashboard"))
    assert page.locator("progress").first.get_attribute("value") == "25"

    page.get_by_label("Kieli").select_option("sv")
    page.get_by_role("button", name="Vaihda").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.get_by_role("link", name="Fortsätt där du slutade").is_visible()
    assert re.search(r"25\s*% klart", page.locator(".progress__text").first.inner_text())
