"""A trainee on a phone whose connection comes and goes, in Chromium with Playwright's offline mode."""

import pytest
from playwright.sync_api import Error as PlaywrightError

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


def _keep_first_module(page, live_server, course):
    module = course.modules.order_by("order").first()
    page.goto(live_server.url + module.get_absolute_url())
    _controlled(page)
    widget = page.locator("#keep-module")
    widget.get_by_role("button", name="Tallenna tämä moduuli puhelimeen").click()
    widget.get_by_text("Tallennettu tähän puhelimeen:").wait_for()
    return module


def _cache_names(page):
    return page.evaluate("caches.keys()")


def _databases(page):
    return page.evaluate("indexedDB.databases().then(list => list.map(d => d.name))")


def test_a_kept_module_reads_offline_reloads_offline_and_can_be_removed(page, live_server):
    course = f.course_with_modules(modules=2, activities=2)
    f.enrolled_trainee(course, username="aino")
    log_in(page, live_server, "aino")
    module = _keep_first_module(page, live_server, course)
    widget = page.locator("#keep-module")
    kept_bytes = int(widget.get_attribute("data-kept-bytes"))
    assert kept_bytes > 5000
    assert f"{kept_bytes:,}".replace(",", "\u00a0") in widget.inner_text()
    first, second = module.activities.order_by("order")

    page.context.set_offline(True)
    page.get_by_role("link", name=str(first.title)).click()
    page.get_by_role("heading", name=str(first.title)).wait_for()
    page.get_by_role("link", name=str(second.title)).click()
    page.get_by_role("heading", name=str(second.title)).wait_for()
    page.reload()
    page.get_by_role("heading", name=str(second.title)).wait_for()
    page.locator("#offline-status").get_by_text("Olet ilman verkkoyhteyttä.").wait_for()
    # The stylesheet came from the phone too.
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).display") == "flex"

    # A page of a module not kept: the page that says so, from the phone.
    other = course.modules.order_by("order").last()
    page.goto(live_server.url + other.get_absolute_url())
    page.get_by_role("heading", name="Ei tallennettu tähän puhelimeen").wait_for()

    page.context.set_offline(False)
    page.goto(live_server.url + module.get_absolute_url())
    widget.get_by_role("button", name="Poista puhelimesta").click()
    widget.get_by_text("Moduuli on poistettu tästä puhelimesta.").wait_for()
    assert f"linkki-module-{module.pk}" not in _cache_names(page)


def test_logging_out_empties_the_phone_and_the_next_person_sees_nothing(page, live_server):
    course = f.course_with_modules(modules=1, activities=2)
    f.enrolled_trainee(course, username="aino")
    f.enrolled_trainee(course, username="bertta")
    log_in(page, live_server, "aino")
    module = _keep_first_module(page, live_server, course)
    assert _cache_names(page) == [f"linkki-module-{module.pk}"]
    assert "linkki-offline" in _databases(page)

    page.get_by_role("button", name="Kirjaudu ulos").click()
    page.get_by_label("Käyttäjätunnus").wait_for()
    assert _cache_names(page) == []
    assert "linkki-offline" not in _databases(page)

    log_in(page, live_server, "bertta")
    _controlled(page)
    assert _cache_names(page) == []
    page.context.set_offline(True)
    # Nothing of the first person's is on the phone: no page, not even the offline page.
    with pytest.raises(PlaywrightError, match="ERR_FAILED|ERR_INTERNET_DISCONNECTED"):
        page.goto(live_server.url + module.activities.order_by("order").first().get_absolute_url())
    page.context.set_offline(False)


def test_the_next_person_sees_nothing_even_when_the_first_did_not_log_out(page, live_server):
    course = f.course_with_modules(modules=1, activities=2)
    f.enrolled_trainee(course, username="aino")
    f.enrolled_trainee(course, username="bertta")
    log_in(page, live_server, "aino")
    _keep_first_module(page, live_server, course)
    page.context.clear_cookies()  # the session ran out on the phone

    log_in(page, live_server, "bertta")
    page.wait_for_function("caches.keys().then(names => names.length === 0)")
