import pytest
from django.urls import reverse

from certificates.models import Certificate
from tests.utils import log_in, log_out

from .conftest import build_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_issues_and_suspends_and_anyone_sees_it_on_verification(page, live_server):
    from tests import factories as f

    course, _assessment = build_course()
    f.certification_rule(course, requires_coordinator_approval=True)
    coordinator = f.coordinator(username="sanna")
    cohort = f.CohortFactory(course=course, name="Sodankylä 2026", coordinators=[coordinator])
    f.certifiable(course, cohort, first_name="Ǥeärgg", last_name="Ǩiõʹlǯ")

    log_in(page, live_server, "sanna")
    page.get_by_role("link", name="Todistukset").first.click()
    page.get_by_role("link", name="Ryhmien todistukset").click()
    page.get_by_role("link", name="Sodankylä 2026").click()
    page.get_by_role("button", name="Hyväksy ja myönnä").click()
    page.get_by_text("on myönnetty henkilölle Ǥeärgg Ǩiõʹlǯ").wait_for()
    certificate = Certificate.objects.get()
    page.get_by_role("link", name=certificate.number).click()
    page.get_by_role("button", name="Keskeytä todistus").click()
    page.get_by_text("Kerro syy; se tallennetaan tapahtumalokiin.").first.wait_for()
    page.locator("#id_suspend-reason").fill("Selvitys kesken")
    page.get_by_role("button", name="Keskeytä todistus").click()
    page.get_by_text(f"Todistus {certificate.number} on keskeytetty.").wait_for()
    log_out(page)

    page.goto(live_server.url + reverse("certificates:verify_form"))
    page.get_by_label("Todentamiskoodi").fill(certificate.verification_code)
    page.get_by_role("button", name="Todenna").click()
    page.get_by_text("Tämä todistus on keskeytetty eikä ole tällä hetkellä voimassa.").wait_for()
    assert page.get_by_text("Ǥeärgg Ǩiõʹlǯ").is_visible()
    assert not page.get_by_text("Selvitys kesken").count()
