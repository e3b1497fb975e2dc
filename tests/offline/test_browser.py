"""A trainee on a phone whose connection comes and goes, in Chromium with Playwright's offline mode."""

import json

import pytest
from django.urls import reverse
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


def _wait_until_sent(page):
    page.locator("#offline-status[data-waiting='0']").wait_for(state="attached")


def test_offline_reading_marking_done_and_answering_reach_the_server_exactly_once(page, live_server):
    from assessments.models import Attempt, AttemptItem
    from courses.models import ActivityCompletion
    from offline.models import SyncedChange

    course = f.course_with_modules(modules=1, activities=2)
    module = course.modules.get()
    assessment = f.assessment(module=module)
    question = f.choice_question(assessment.bank)
    trainee = f.enrolled_trainee(course, username="aino")
    first, second = module.activities.filter(kind="text").order_by("order")
    log_in(page, live_server, "aino")
    _keep_first_module(page, live_server, course)
    attempt = Attempt.objects.get(user=trainee, assessment=assessment)

    page.context.set_offline(True)
    page.get_by_role("link", name=str(first.title)).click()
    page.get_by_role("button", name="Merkitse tehdyksi").click()
    page.get_by_text("Tallennettu tähän puhelimeen; se lähetetään, kun yhteys palaa.").wait_for()
    page.locator("#offline-status").get_by_text("1 muutos odottaa lähettämistä.").wait_for()

    page.goto(live_server.url + attempt.get_absolute_url())
    page.locator("#attempt-form[data-autosave=ready]").wait_for()
    option = question.options.order_by("order")[1]
    page.get_by_label(str(option.text)).check()
    page.locator("#offline-status").get_by_text("2 muutosta odottaa lähettämistä.").wait_for()

    # Reloaded without a connection: the kept page, with the answer and the queue as they were left.
    page.reload()
    page.locator("#attempt-form[data-autosave=ready]").wait_for()
    assert page.get_by_label(str(option.text)).is_checked()
    page.goto(live_server.url + second.get_absolute_url())
    page.get_by_role("button", name="Merkitse tehdyksi").click()
    page.locator("#offline-status").get_by_text("3 muutosta odottaa lähettämistä.").wait_for()
    page.goto(live_server.url + first.get_absolute_url())
    page.get_by_text("Tallennettu tähän puhelimeen; se lähetetään, kun yhteys palaa.").wait_for()
    assert not ActivityCompletion.objects.filter(user=trainee).exists()

    page.context.set_offline(False)
    _wait_until_sent(page)
    page.reload()
    _wait_until_sent(page)
    assert sorted(ActivityCompletion.objects.filter(user=trainee).values_list("activity_id", flat=True)) == sorted(
        [first.pk, second.pk]
    )
    assert AttemptItem.objects.get(attempt=attempt).answer == option.pk
    assert SyncedChange.objects.filter(user=trainee, status="accepted").count() == 3
    assert page.locator("#offline-status").is_hidden()


def test_an_answer_given_offline_after_the_deadline_is_refused_and_the_trainee_sees_why(page, live_server):
    import datetime

    from django.utils import timezone

    from assessments import services
    from assessments.models import Attempt, AttemptItem

    course = f.course_with_modules(modules=1, activities=1)
    module = course.modules.get()
    assessment = f.assessment(module=module, time_limit_minutes=30)
    question = f.choice_question(assessment.bank)
    trainee = f.enrolled_trainee(course, username="aino")
    attempt = services.start_attempt(assessment, trainee)
    log_in(page, live_server, "aino")
    _keep_first_module(page, live_server, course)

    page.context.set_offline(True)
    page.goto(live_server.url + attempt.get_absolute_url())
    page.locator("#attempt-form[data-autosave=ready]").wait_for()
    page.get_by_label(str(question.options.order_by("order")[0].text)).check()
    page.locator("#offline-status").get_by_text("1 muutos odottaa lähettämistä.").wait_for()
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - datetime.timedelta(seconds=1))

    page.context.set_offline(False)
    page.locator("#offline-status").get_by_text("Ei tallennettu: Aika loppui").wait_for()
    assert AttemptItem.objects.get(attempt=attempt).answer is None
    page.locator("#offline-status").get_by_role("button", name="Sulje").click()
    page.locator("#offline-status").wait_for(state="hidden")


def test_a_timed_assessment_cannot_be_started_offline(page, live_server):
    course = f.course_with_modules(modules=1, activities=1)
    module = course.modules.get()
    assessment = f.assessment(module=module, time_limit_minutes=30)
    f.choice_question(assessment.bank)
    f.enrolled_trainee(course, username="aino")
    log_in(page, live_server, "aino")
    _keep_first_module(page, live_server, course)

    page.context.set_offline(True)
    page.goto(live_server.url + assessment.activity.get_absolute_url())
    page.get_by_role("button", name="Aloita arviointi").click()
    page.get_by_text("Aikarajoitetun arvioinnin voi aloittaa vain, kun verkkoyhteys on käytössä").wait_for()
    assert not assessment.attempts.exists()


def test_h5p_answers_given_after_the_connection_dropped_reach_the_server_once(page, live_server):
    from courses.models import ActivityCompletion
    from h5p.models import Statement

    course = f.CourseFactory()
    module = f.ModuleFactory(course=course, order=1)
    activity = f.h5p_activity(module=module, title={"fi": "Linkkityön harjoitus"})
    trainee = f.enrolled_trainee(course, username="aino")
    log_in(page, live_server, "aino")
    page.goto(live_server.url + activity.get_absolute_url())
    page.wait_for_selector("iframe[data-h5p-player][data-ready=true]")
    player = page.frame_locator("iframe[data-h5p-player]")

    page.context.set_offline(True)
    player.get_by_label("Kulkea asiakkaan rinnalla").check()
    player.get_by_role("button", name="Tarkista").click()
    page.locator("#offline-status").get_by_text("2 muutosta odottaa lähettämistä.").wait_for()
    assert not Statement.objects.filter(user=trainee).exists()

    page.context.set_offline(False)
    _wait_until_sent(page)
    answered = Statement.objects.filter(user=trainee, verb="http://adlnet.gov/expapi/verbs/answered")
    # The player may still hold the last statement when the connection returns; it sends it itself.
    for _ in range(50):
        if answered.exists():
            break
        page.wait_for_timeout(200)
    assert answered.count() == 1
    assert ActivityCompletion.objects.filter(user=trainee, activity=activity).count() == 1
    page.reload()
    _wait_until_sent(page)
    assert answered.count() == 1


def test_kept_h5p_page_says_the_content_needs_a_connection(page, live_server):
    course = f.CourseFactory()
    module = f.ModuleFactory(course=course, order=1)
    activity = f.h5p_activity(module=module, title={"fi": "Linkkityön harjoitus"})
    f.enrolled_trainee(course, username="aino")
    log_in(page, live_server, "aino")
    _keep_first_module(page, live_server, course)

    page.context.set_offline(True)
    page.goto(live_server.url + activity.get_absolute_url())
    page.locator("#offline-status").get_by_text("Vuorovaikutteinen sisältö (H5P) tarvitsee verkkoyhteyden").wait_for()


def test_a_reflection_drafted_offline_reaches_the_supervision_log(page, live_server):
    from mentoring.models import SessionAttendance

    course = f.course_with_modules(modules=1, activities=1)
    trainee = f.enrolled_trainee(course, username="aino")
    attendance = f.supervision_session(f.mentor(), [trainee], confirmed=False).attendances.get()
    log_in(page, live_server, "aino")
    _keep_first_module(page, live_server, course)

    page.context.set_offline(True)
    page.goto(live_server.url + reverse("mentoring:mine"))
    page.locator(f"textarea[name='a{attendance.pk}-reflection']").fill("Opin kuuntelemaan.")
    page.get_by_role("button", name="Osallistuin: vahvista").click()
    page.get_by_text("Tallennettu tähän puhelimeen; se lähetetään, kun yhteys palaa.").wait_for()
    attendance.refresh_from_db()
    assert attendance.reflection == ""

    page.context.set_offline(False)
    _wait_until_sent(page)
    attendance = SessionAttendance.objects.get(pk=attendance.pk)
    assert attendance.reflection == "Opin kuuntelemaan."
    assert attendance.confirmed_at is not None


# A connection that lies: the phone believes it is online, and nothing gets through.


def _refuse(route):
    route.abort("connectionrefused")


def _never_answer(route):
    return None  # the request hangs until the page gives up on it


def _wait_until_the_queue_is_empty(page):
    page.wait_for_function("LinkkiQueue.waiting().then((waiting) => waiting.length === 0)")


def test_marking_done_and_a_reflection_on_a_dead_connection_wait_and_reach_the_server_once(page, live_server):
    from courses.models import ActivityCompletion
    from mentoring.models import SessionAttendance
    from offline.models import SyncedChange

    course = f.course_with_modules(modules=1, activities=1)
    trainee = f.enrolled_trainee(course, username="aino")
    activity = course.modules.get().activities.get()
    attendance = f.supervision_session(f.mentor(), [trainee], confirmed=False).attendances.get()
    log_in(page, live_server, "aino")
    _controlled(page)
    page.context.route("**/offline/sync/", _refuse)  # the queue cannot get through either, for now
    page.route("**" + reverse("courses:activity_done", args=[activity.pk]), _refuse)
    page.route("**" + reverse("mentoring:attendance_confirm", args=[attendance.pk]), _never_answer)

    page.goto(live_server.url + activity.get_absolute_url())
    page.get_by_role("button", name="Merkitse tehdyksi").click()
    page.get_by_text("Tallennettu tähän puhelimeen; se lähetetään, kun yhteys palaa.").wait_for()
    page.locator("#offline-status").get_by_text("1 muutos odottaa lähettämistä.").wait_for()
    assert page.evaluate("navigator.onLine") is True
    assert page.get_by_role("heading", name=str(activity.title)).is_visible()  # no error page

    page.goto(live_server.url + reverse("mentoring:mine"))
    page.locator(f"textarea[name='a{attendance.pk}-reflection']").fill("Opin kuuntelemaan.")
    page.get_by_role("button", name="Osallistuin: vahvista").click()
    # After the form's time runs out (8 s), not before.
    page.get_by_text("Tallennettu tähän puhelimeen; se lähetetään, kun yhteys palaa.").wait_for(timeout=20000)
    page.locator("#offline-status").get_by_text("2 muutosta odottaa lähettämistä.").wait_for()
    assert not ActivityCompletion.objects.filter(user=trainee).exists()
    assert SessionAttendance.objects.get(pk=attendance.pk).confirmed_at is None

    page.unroute_all(behavior="ignoreErrors")
    page.context.unroute_all(behavior="ignoreErrors")
    page.reload()
    _wait_until_sent(page)
    assert list(ActivityCompletion.objects.filter(user=trainee).values_list("activity_id", flat=True)) == [activity.pk]
    attendance = SessionAttendance.objects.get(pk=attendance.pk)
    assert attendance.reflection == "Opin kuuntelemaan." and attendance.confirmed_at is not None
    assert sorted(SyncedChange.objects.filter(user=trainee).values_list("kind", "status")) == [
        ("complete", "accepted"),
        ("reflection", "accepted"),
    ]


def test_a_change_whose_answer_was_lost_on_the_way_back_is_taken_once(page, live_server):
    from courses.models import ActivityCompletion
    from mentoring.models import SessionAttendance
    from offline.models import SyncedChange

    course = f.course_with_modules(modules=1, activities=1)
    trainee = f.enrolled_trainee(course, username="aino")
    activity = course.modules.get().activities.get()
    attendance = f.supervision_session(f.mentor(), [trainee], confirmed=False).attendances.get()
    log_in(page, live_server, "aino")
    _controlled(page)

    def reach_the_server_then_break(route):
        route.fetch(max_redirects=0)
        route.abort("connectionreset")

    sent = []

    def through(route):
        sent.extend(change["id"] for change in json.loads(route.request.post_data)["changes"])
        route.continue_()

    page.context.route("**/offline/sync/", through)

    page.route("**" + reverse("courses:activity_done", args=[activity.pk]), reach_the_server_then_break)
    page.route("**" + reverse("mentoring:attendance_confirm", args=[attendance.pk]), reach_the_server_then_break)
    page.goto(live_server.url + activity.get_absolute_url())
    page.get_by_role("button", name="Merkitse tehdyksi").click()
    page.get_by_text("Tallennettu tähän puhelimeen; se lähetetään, kun yhteys palaa.").wait_for()
    done = ActivityCompletion.objects.get(user=trainee, activity=activity)
    _wait_until_the_queue_is_empty(page)

    page.goto(live_server.url + reverse("mentoring:mine"))
    page.locator(f"textarea[name='a{attendance.pk}-reflection']").fill("Opin kuuntelemaan.")
    page.get_by_role("button", name="Osallistuin: vahvista").click()
    page.get_by_text("Tallennettu tähän puhelimeen; se lähetetään, kun yhteys palaa.").wait_for()
    confirmed_at = SessionAttendance.objects.get(pk=attendance.pk).confirmed_at
    assert confirmed_at is not None
    _wait_until_the_queue_is_empty(page)

    assert list(ActivityCompletion.objects.filter(user=trainee)) == [done]
    assert SessionAttendance.objects.get(pk=attendance.pk).confirmed_at == confirmed_at
    # Each change recorded once, by the form that reached the server; its queued copy, sent under the
    # same id, found it there.
    assert sorted(SyncedChange.objects.filter(user=trainee).values_list("kind", "status")) == [
        ("complete", "accepted"),
        ("reflection", "accepted"),
    ]
    assert sorted(sent) == sorted(str(i) for i in SyncedChange.objects.values_list("change_id", flat=True))


def test_a_reflection_with_errors_shows_the_error_summary_as_the_plain_form_does(page, live_server):
    course = f.course_with_modules(modules=1, activities=1)
    trainee = f.enrolled_trainee(course, username="aino")
    attendance = f.supervision_session(f.mentor(), [trainee], confirmed=False).attendances.get()
    log_in(page, live_server, "aino")
    page.goto(live_server.url + reverse("mentoring:mine"))
    field = page.locator(f"textarea[name='a{attendance.pk}-reflection']")
    field.evaluate("(node) => { node.removeAttribute('maxlength'); node.value = 'x'.repeat(4001); }")
    page.get_by_role("button", name="Osallistuin: vahvista").click()
    page.locator(".error-summary").wait_for()
    assert page.locator("#offline-status").get_attribute("data-waiting") in (None, "0")


def test_marking_done_by_the_script_goes_on_with_the_confirmation_as_the_plain_form_does(page, live_server):
    from courses.models import ActivityCompletion

    course = f.course_with_modules(modules=1, activities=2)
    trainee = f.enrolled_trainee(course, username="aino")
    first, second = course.modules.get().activities.order_by("order")
    log_in(page, live_server, "aino")
    page.goto(live_server.url + first.get_absolute_url())
    with page.expect_request(lambda request: request.resource_type == "fetch" and request.method == "POST"):
        page.get_by_role("button", name="Merkitse tehdyksi").click()
    page.get_by_role("heading", name=str(second.title)).wait_for()
    page.get_by_text("Merkitty tehdyksi.").wait_for()
    assert ActivityCompletion.objects.filter(user=trainee, activity=first).count() == 1


def test_a_reflection_saved_while_an_older_one_waits_goes_after_it_and_counts(page, live_server):
    from mentoring.models import SessionAttendance

    course = f.course_with_modules(modules=1, activities=1)
    trainee = f.enrolled_trainee(course, username="aino")
    attendance = f.supervision_session(f.mentor(), [trainee], confirmed=False).attendances.get()
    log_in(page, live_server, "aino")
    _controlled(page)
    page.context.route("**/offline/sync/", _refuse)
    page.route("**" + reverse("mentoring:attendance_confirm", args=[attendance.pk]), _refuse)
    page.goto(live_server.url + reverse("mentoring:mine"))
    field = page.locator(f"textarea[name='a{attendance.pk}-reflection']")
    field.fill("Ensimmäinen ajatus.")
    page.get_by_role("button", name="Osallistuin: vahvista").click()
    page.locator("#offline-status").get_by_text("1 muutos odottaa lähettämistä.").wait_for()

    page.unroute_all(behavior="ignoreErrors")
    page.context.unroute_all(behavior="ignoreErrors")
    field.fill("Toinen, parempi ajatus.")
    with page.expect_navigation():
        page.get_by_role("button", name="Osallistuin: vahvista").click()
    _wait_until_sent(page)
    attendance = SessionAttendance.objects.get(pk=attendance.pk)
    assert attendance.reflection == "Toinen, parempi ajatus." and attendance.confirmed_at is not None
    assert page.locator(f"textarea[name='a{attendance.pk}-reflection']").input_value() == "Toinen, parempi ajatus."
