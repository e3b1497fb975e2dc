"""A trainee on a phone whose connection comes and goes, in Chromium with Playwright's offline mode."""

import pytest

from tests import factories as f
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _controlled(page):
    """Wait until the service worker controls the page (the first page of a visit it only installs on)."""
    page.wait_for_function("navigator.serviceWorker && navigator.serviceWorker.controller !== null")


def test_the_app_installs_its_worker_and_says_when_the_phone_is_offline(page, live_server):
    course = f.course_with_modules(modules=1, activities=1)
    f.enrolled_trainee(course, username="aino")
    log_in(page, live_server, "aino")
    _controlled(page)
    manifest = page.evaluate("fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json())")
    assert manifest["name"] == "Linkki-koulutus"
    status = page.locator("#offline-status")
    assert status.is_hidden()

    page.context.set_offline(True)
    status.get_by_text("Olet ilman verkkoyhteyttä.").wait_for()
    page.context.set_offline(False)
    status.wait_for(state="hidden")
