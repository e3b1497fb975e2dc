import pytest

from accounts.models import Municipality, ServiceArea
from tests import factories as f
from tests.utils import log_in, log_out

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_mentor_logs_a_session_and_the_mentee_confirms_it(page, live_server):
    from mentoring.models import Topic

    area, _ = ServiceArea.objects.get_or_create(code="test-area", defaults={"name": "Testialue"})
    place, _ = Municipality.objects.get_or_create(code="999", defaults={"name": "Testikunta", "service_area": area})
    course = f.CourseFactory()
    f.supervision_requirement(course, training_hours="2")
    mentee = f.trainee(username="aino", first_name="Aino", last_name="Korhonen")
    f.EnrolmentFactory(cohort=f.CohortFactory(course=course, municipality=place), user=mentee)
    f.pair(mentee, f.mentor(username="mikko"))
    assert Topic.objects.exists()  # seeded by a migration, kept through earlier transactional tests

    log_in(page, live_server, "mikko")
    page.get_by_role("link", name="Työnohjaus", exact=True).click()
    page.get_by_role("link", name="Kirjaa työnohjauskerta").click()
    page.get_by_label("Kesto (minuuttia)").fill("90")
    page.get_by_label("Aino Korhonen").check()
    page.get_by_label("Vaikeat tilanteet").check()
    page.get_by_label("Tiivistelmä").fill("Asiakas 040 123 4567 oli vaikea")
    page.get_by_role("button", name="Tallenna").click()
    page.get_by_text("puhelinnumeron").first.wait_for()
    assert page.get_by_label("Kesto (minuuttia)").input_value() == "90"
    page.get_by_label("Tiivistelmä").fill("Käytiin läpi vaikeita tilanteita ja omia rajoja.")
    page.get_by_role("button", name="Tallenna").click()
    page.get_by_text("Työnohjauskerta on kirjattu.").wait_for()
    log_out(page)

    log_in(page, live_server, "aino")
    page.get_by_role("link", name="Työnohjaus", exact=True).click()
    assert page.get_by_text("Käytiin läpi vaikeita tilanteita ja omia rajoja.").is_visible()
    page.get_by_label("Oma pohdintasi (vapaaehtoinen)").fill("Opin pitämään rajani.")
    page.get_by_role("button", name="Osallistuin: vahvista").click()
    page.get_by_text("Kiitos: osallistumisesi on vahvistettu.").wait_for()
    assert page.get_by_text("1,50 / 2,00 h").is_visible()
