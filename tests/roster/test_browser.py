import pytest

from accounts.models import Municipality, ServiceArea
from tests import factories as f
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_finds_a_worker_checks_the_standing_and_records_a_pause(page, live_server):
    area, _ = ServiceArea.objects.get_or_create(code="test-area", defaults={"name": "Testialue"})
    Municipality.objects.get_or_create(code="998", defaults={"name": "Testikylä", "service_area": area})
    entry = f.certified_worker(municipality_name="Testikylä")
    entry.person.first_name, entry.person.last_name = "Elle", "Magga"
    entry.person.save()
    f.certified_worker(municipality_name="Testikylä")
    f.coordinator(username="sanna")

    log_in(page, live_server, "sanna")
    page.get_by_role("link", name="Rekisteri").first.click()
    page.get_by_label("Nimi tai kunta").fill("magga")
    page.get_by_role("button", name="Haku").click()
    rows = page.locator("tbody tr")
    assert rows.count() == 1
    rows.get_by_role("link", name="Elle Magga").click()
    assert page.locator(".badge--done").inner_text() == "Voimassa, kaikki kunnossa"
    page.get_by_label("Asiakkaita nyt").fill("2")
    page.get_by_label("Tauolla asti").fill("2001-01-01")
    page.get_by_role("button", name="Tallenna").click()
    page.get_by_role("link", name="Tauolla asti: Valitse tämä päivä tai myöhempi").wait_for()
    assert page.get_by_label("Asiakkaita nyt").input_value() == "2"
    page.get_by_label("Tauolla asti").fill("")
    page.get_by_role("button", name="Tallenna").click()
    page.get_by_text("Rekisterin tiedot on tallennettu.").wait_for()
    entry.refresh_from_db()
    assert entry.current_clients == 2
