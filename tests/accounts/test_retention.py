"""Accounts that never certified and have been inactive for the retention period are removed by the daily
run, and each removal is logged under the person's pseudonym only."""

import datetime
import logging

import pytest
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from accounts.models import ErasureRecord, User
from accounts.services import remove_inactive_accounts
from accounts.tasks import apply_retention
from common import privacy
from common.dispatch import task
from tests import factories as f

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 4, 12, tzinfo=datetime.UTC)


def person_last_seen(months_ago, *, make=f.trainee, logged_in=True, **kwargs):
    """Someone whose last login (or, never having logged in, whose account) is `months_ago` old."""
    moment = NOW - datetime.timedelta(days=round(months_ago * 30.5))
    someone = make(**kwargs)
    fields = {"last_login": moment} if logged_in else {"last_login": None, "date_joined": moment}
    User.objects.filter(pk=someone.pk).update(**fields)
    return someone


def erased(someone):
    return User.objects.get(pk=someone.pk).is_erased


def test_a_trainee_inactive_past_the_retention_period_is_removed(settings):
    settings.INACTIVE_ACCOUNT_MONTHS = 24
    gone = person_last_seen(25, first_name="Unto", last_name="Unohdettu", email="unto@example.fi")
    never_logged_in = person_last_seen(30, logged_in=False)
    recent = person_last_seen(23)

    removed = remove_inactive_accounts(now=NOW)

    assert sorted(removed) == sorted([privacy.pseudonym(gone.pk), privacy.pseudonym(never_logged_in.pk)])
    assert erased(gone) and erased(never_logged_in) and not erased(recent)
    person = User.objects.get(pk=gone.pk)
    assert (person.first_name, person.last_name, person.email) == ("", "", "")
    assert not person.is_active


def test_the_period_is_a_setting(settings):
    someone = person_last_seen(7)
    settings.INACTIVE_ACCOUNT_MONTHS = 8
    assert remove_inactive_accounts(now=NOW) == []
    settings.INACTIVE_ACCOUNT_MONTHS = 6
    assert remove_inactive_accounts(now=NOW) == [privacy.pseudonym(someone.pk)]


def test_a_period_of_zero_turns_the_removal_off(settings):
    settings.INACTIVE_ACCOUNT_MONTHS = 0
    someone = person_last_seen(120)
    assert remove_inactive_accounts(now=NOW) == []
    assert not erased(someone)


def test_anyone_ever_certified_is_kept_even_with_an_expired_or_revoked_certificate(settings):
    from certificates.models import Certificate

    settings.INACTIVE_ACCOUNT_MONTHS = 24
    course = f.CourseFactory()
    expired = person_last_seen(60)
    f.certificate(expired, course, issued_on=datetime.date(2020, 1, 1))
    revoked = person_last_seen(60)
    f.certificate(revoked, course, issued_on=datetime.date(2021, 1, 1), status=Certificate.Status.REVOKED)

    assert remove_inactive_accounts(now=NOW) == []
    assert not erased(expired) and not erased(revoked)


@pytest.mark.parametrize("role", ["mentor", "coordinator", "trainer", "administrator"])
def test_staff_and_mentors_are_kept_however_long_inactive(settings, role):
    settings.INACTIVE_ACCOUNT_MONTHS = 24
    someone = person_last_seen(60, make=getattr(f, role))
    assert remove_inactive_accounts(now=NOW) == []
    assert not erased(someone)


def test_a_removal_is_logged_and_recorded_under_the_pseudonym(settings, caplog):
    settings.INACTIVE_ACCOUNT_MONTHS = 24
    someone = person_last_seen(25, first_name="Unto", last_name="Unohdettu", email="unto@example.fi")
    with caplog.at_level(logging.INFO, logger="accounts.services"):
        [pseudonym] = remove_inactive_accounts(now=NOW)
    record = ErasureRecord.objects.get()
    assert (record.pseudonym, record.reason, record.erased_by) == (pseudonym, ErasureRecord.Reason.RETENTION, None)
    assert any(pseudonym in line and "retention" in line for line in caplog.messages)
    logged = "\n".join(caplog.messages)
    assert "Unohdettu" not in logged and "unto@example.fi" not in logged and str(someone.pk) not in logged.split()


def test_a_second_run_removes_nobody_again(settings):
    settings.INACTIVE_ACCOUNT_MONTHS = 24
    person_last_seen(25)
    assert len(remove_inactive_accounts(now=NOW)) == 1
    assert remove_inactive_accounts(now=NOW) == []
    assert ErasureRecord.objects.count() == 1


def test_the_daily_task_removes_accounts_and_expires_exports(settings):
    settings.INACTIVE_ACCOUNT_MONTHS = 24
    someone = f.trainee()
    User.objects.filter(pk=someone.pk).update(last_login=timezone.now() - datetime.timedelta(days=800))
    assert apply_retention() == {"exports_expired": 0, "accounts_removed": 1}
    assert erased(someone)


def test_the_retention_run_is_on_the_daily_schedule():
    scheduled = PeriodicTask.objects.select_related("crontab").get(name="Personal data retention")
    assert scheduled.task == "accounts.apply_retention" and scheduled.enabled
    assert (scheduled.crontab.hour, scheduled.crontab.minute, str(scheduled.crontab.timezone)) == (
        "3",
        "30",
        "Europe/Helsinki",
    )
    assert task(scheduled.task) is not None  # the name the schedule calls is a registered task


def test_someone_still_training_or_supervised_is_kept_without_a_login(settings):
    """A login is not the only sign of activity: a mentor logs sessions for their mentee, a session kept
    open lets a trainee learn for months without logging in again."""
    from h5p.services import record_xapi_statement

    settings.INACTIVE_ACCOUNT_MONTHS = 24
    course = f.course_with_modules(modules=1, activities=1)
    activity = course.modules.get().activities.get()
    recently_enrolled = person_last_seen(30)
    f.EnrolmentFactory(user=recently_enrolled)
    learning = person_last_seen(30)
    completion = f.ActivityCompletionFactory(user=learning, activity=activity)
    paired = person_last_seen(30)
    f.pair(paired, f.mentor(), started_on=datetime.date(2023, 1, 1))
    supervised = person_last_seen(30)
    pairing = f.pair(supervised, f.mentor(), started_on=datetime.date(2023, 1, 1))
    pairing.ended_on = datetime.date(2024, 1, 1)
    pairing.save()
    f.supervision_session(pairing.mentor, [supervised], held_on=datetime.date(2026, 10, 1))
    playing = person_last_seen(30)
    record_xapi_statement(playing, f.h5p_activity(), f.xapi_statement(verb="answered", scaled=1.0, raw=1, max_score=1))
    long_gone = person_last_seen(30)
    old = f.EnrolmentFactory(user=long_gone)
    type(old).objects.filter(pk=old.pk).update(enrolled_at=NOW - datetime.timedelta(days=1000))
    assert completion.completed_at > NOW - datetime.timedelta(days=700)

    removed = remove_inactive_accounts(now=NOW)

    assert removed == [privacy.pseudonym(long_gone.pk)]
    for someone in (recently_enrolled, learning, paired, supervised, playing):
        assert not erased(someone)


def test_finding_whom_to_remove_takes_the_same_queries_for_more_accounts(settings):
    from accounts.selectors import inactive_accounts
    from tests.utils import count_queries

    settings.INACTIVE_ACCOUNT_MONTHS = 24
    for _ in range(2):
        person_last_seen(30)
    few = count_queries(inactive_accounts, NOW)
    for _ in range(10):
        f.EnrolmentFactory(user=person_last_seen(30))  # enrolled now, so kept
    assert count_queries(inactive_accounts, NOW) == few
    assert len(inactive_accounts(NOW)) == 2
