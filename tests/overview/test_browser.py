import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from tests import factories as f
from tests.utils import log_in

from .conftest import add_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def accessibility_violations(page):
    """axe-core's WCAG 2.1 A and AA rules on the page as it stands, as 'rule: what' lines."""
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]}})
    assert len(results.response["passes"]) > 10  # the rules did run on this page
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in results.response["violations"]]


def test_coordinator_reads_the_home_on_a_phone_and_follows_a_figure_to_its_people(page, live_server, world):
    world.coordinator.username = "sanna"
    world.coordinator.save()
    add_people(world.course, world.north, world.mentor, 6)
    today = timezone.localdate()
    f.certificate(world.idle, world.course, today - datetime.timedelta(days=700), valid_for_days=720)
    f.certified_worker(municipality_name="Sodankylä", max_clients=3)

    log_in(page, live_server, "sanna")
    assert page.viewport_size["width"] == 390
    page.get_by_role("heading", name="Koulutusohjelma yhdellä silmäyksellä").wait_for()
    # Each chart is one image a screen reader reads out, with its numbers in a table beside it.
    pipeline = page.get_by_role("img", name="Koulutuksen eteneminen")
    assert "Ilmoittautuneet: 8" in pipeline.locator("desc").text_content()
    assert page.get_by_role("region", name="Koulutuksen eteneminen").get_by_role("table").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert accessibility_violations(page) == []

    page.get_by_role("region", name="Koulutuksen eteneminen").get_by_role("link", name="8").first.click()
    page.get_by_role("heading", name="Ilmoittautuneet").wait_for()
    assert page.get_by_role("link", name="Iida Idle").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert accessibility_violations(page) == []
