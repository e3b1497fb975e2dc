"""In the browser: the main pages of each role open without a single Content-Security-Policy violation."""

import pytest

from tests import factories as f
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + (event.blockedURI || "inline") + " at " +
                           event.documentURI);
});
"""


def visit(page, url, ready=None):
    page.goto(url)
    page.wait_for_load_state("load")
    if ready:
        page.wait_for_selector(ready)
    page.wait_for_timeout(300)
    return page.evaluate("window.__violations")


@pytest.fixture
def watched(page):
    console = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console", lambda message: console.append(message.text) if "Content Security Policy" in message.text else None
    )
    return page, console


def test_the_main_pages_of_each_role_open_without_policy_violations(watched, live_server):
    page, console = watched
    course = f.CourseFactory()
    module = f.ModuleFactory(course=course, order=1)
    text = f.ActivityFactory(module=module, order=0)
    h5p = f.h5p_activity(module=module, order=1)
    trainee = f.trainee(username="aino")
    f.EnrolmentFactory(cohort=f.CohortFactory(course=course), user=trainee)
    f.administrator(username="pekka", is_staff=True, is_superuser=True)
    f.coordinator(username="kaisa")
    base = live_server.url
    violations = []

    violations += visit(page, base + "/accounts/login/")
    violations += visit(page, base + "/certificates/verify/")
    violations += visit(page, base + "/api/docs/", ready=".swagger-ui .info")
    log_in(page, live_server, "aino")
    for url in [
        "/",
        course.get_absolute_url(),
        module.get_absolute_url(),
        text.get_absolute_url(),
        "/accounts/profile/",
    ]:
        violations += visit(page, base + url)
    violations += visit(page, base + h5p.get_absolute_url(), ready="iframe[data-h5p-player][data-ready=true]")
    page.context.clear_cookies()
    log_in(page, live_server, "kaisa")
    for url in ["/", "/roster/"]:
        violations += visit(page, base + url)
    page.context.clear_cookies()
    log_in(page, live_server, "pekka")
    for url in [
        "/admin/",
        "/admin/accounts/user/",
        f"/admin/accounts/user/{trainee.pk}/change/",
        "/admin/courses/course/add/",
    ]:
        violations += visit(page, base + url)
    assert violations == [] and console == []

    # The policy is in force and the watch sees it: a script injected into the page is refused and reported.
    ran = page.evaluate("""() => { const s = document.createElement("script");
        s.textContent = "window.__ran = true"; document.body.appendChild(s); return window.__ran === true; }""")
    page.wait_for_timeout(300)
    assert ran is False and page.evaluate("window.__violations")[0].startswith("script-src")
