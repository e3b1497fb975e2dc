import pytest
from django.urls import reverse

from accounts.models import Municipality, ServiceArea
from tests import factories as f
from tests.utils import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def quiz():
    from decimal import Decimal

    from assessments.models import Option

    area, _ = ServiceArea.objects.get_or_create(code="test-area", defaults={"name": "Testialue"})
    place, _ = Municipality.objects.get_or_create(code="999", defaults={"name": "Testikunta", "service_area": area})
    module = f.ModuleFactory(course=f.CourseFactory())
    assessment = f.assessment(module=module, pass_mark=75, show_answers="after_each", time_limit_minutes=20)
    bank = assessment.bank
    single = f.QuestionFactory(bank=bank, kind="single", text={"fi": "<p>Kuka tekee lähetteen?</p>"})
    Option.objects.create(question=single, order=1, text={"fi": "Linkkihenkilö"})
    Option.objects.create(
        question=single,
        order=2,
        text={"fi": "Ammattilainen"},
        is_correct=True,
        feedback={"fi": "Oikein: ammattilainen tekee lähetteen."},
    )
    f.QuestionFactory(
        bank=bank, kind="true_false", correct_statement=False, text={"fi": "<p>Linkkityö on terveyspalvelu.</p>"}
    )
    f.QuestionFactory(
        bank=bank,
        kind="short_text",
        accepted_answers="työnohjaus",
        text={"fi": "<p>Mikä on mentorin kanssa pidettävä tapaaminen?</p>"},
    )
    f.QuestionFactory(
        bank=bank, kind="numeric", numeric_answer=Decimal("6"), text={"fi": "<p>Montako kuukautta enintään?</p>"}
    )
    person = f.trainee(username="aino", first_name="Aino", last_name="Korhonen")
    f.EnrolmentFactory(cohort=f.CohortFactory(course=module.course, municipality=place), user=person)
    return assessment


def saved(page, question_text):
    page.locator("fieldset[data-saved=true]", has_text=question_text).wait_for()


def test_a_trainee_takes_a_quiz_reloads_midway_and_offline_without_losing_answers_and_sees_the_result(
    page, live_server
):
    assessment = quiz()
    log_in(page, live_server, "aino")
    page.goto(live_server.url + reverse("courses:activity", args=[assessment.activity_id]))
    page.get_by_role("button", name="Aloita arviointi").click()
    page.get_by_text("Vastaa viimeistään klo").wait_for()
    page.locator("form[data-autosave=ready]").wait_for()

    page.get_by_label("Ammattilainen").check()
    saved(page, "Kuka tekee lähetteen?")
    page.get_by_role("group", name="Kysymys 2/4").get_by_label("Tarua").check()
    saved(page, "Linkkityö on terveyspalvelu.")
    page.get_by_role("group", name="Kysymys 3/4").get_by_label("Vastauksesi").fill("  Työnohjaus ")
    saved(page, "Mikä on mentorin kanssa pidettävä tapaaminen?")

    page.reload()
    assert page.get_by_label("Ammattilainen").is_checked()
    assert page.get_by_role("group", name="Kysymys 2/4").get_by_label("Tarua").is_checked()
    assert page.get_by_role("group", name="Kysymys 3/4").get_by_label("Vastauksesi").input_value() == "  Työnohjaus "

    page.get_by_label("Vastauksesi (luku)").fill("kuusi")
    page.get_by_text("Kirjoita luku, esimerkiksi 12 tai 3,5.").wait_for()
    # The connection drops: the answer waits in the browser and is sent when the page is opened again.
    page.route("**/answers/", lambda route: route.abort())
    page.get_by_label("Vastauksesi (luku)").fill("5")
    page.get_by_text("Ei tallennettu: Linkkiin ei saatu yhteyttä.").wait_for()
    page.unroute("**/answers/")
    page.reload()
    saved(page, "Montako kuukautta enintään?")
    page.reload()
    assert page.get_by_label("Vastauksesi (luku)").input_value() == "5"

    page.get_by_role("button", name="Lähetä arvioitavaksi").click()
    page.get_by_role("heading", name="Tulos").wait_for()
    assert page.get_by_text("3 / 4 pistettä (75,0 %)").is_visible()
    assert page.get_by_text("Läpäisty", exact=True).is_visible()
    assert page.get_by_text("Oikein: ammattilainen tekee lähetteen.").is_visible()
