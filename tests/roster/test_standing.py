import datetime

import pytest
from django.utils import timezone

from certificates.models import Certificate
from certificates.selectors import certification_status, certification_statuses
from certificates.signals import certificate_changed
from mentoring.selectors import add_months
from roster import services
from roster.models import RosterEntry, StatusChange, WebhookEvent
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def change(certificate, status, reason=""):
    certificate.status = status
    certificate.status_reason = reason
    certificate.save()
    certificate_changed.send(sender=Certificate, certificate=certificate)


def test_a_new_certificate_puts_the_person_on_the_roster_in_good_standing():
    entry = f.certified_worker()
    assert entry.status == "in_good_standing"
    assert entry.valid_until == entry.person.certificates.get().valid_until
    assert WebhookEvent.objects.filter(person=entry.person, type="worker.certified").count() == 1


def test_a_person_never_certified_gets_no_entry():
    person = f.trainee()
    assert services.refresh_roster_entry(person) is None
    assert not RosterEntry.objects.exists()


def test_suspension_stores_the_reason_and_records_the_change():
    entry = f.certified_worker()
    certificate = entry.person.certificates.get()
    change(certificate, Certificate.Status.SUSPENDED, "Selvitys kesken")
    entry.refresh_from_db()
    assert (entry.status, entry.reason) == ("suspended", "Selvitys kesken")
    history = StatusChange.objects.get(entry=entry, status="suspended")
    assert history.previous == "in_good_standing"
    assert WebhookEvent.objects.filter(person=entry.person, type="worker.suspended").exists()


def test_revocation_stays_on_the_roster_as_revoked():
    entry = f.certified_worker()
    change(entry.person.certificates.get(), Certificate.Status.REVOKED, "Eettinen rikkomus")
    entry.refresh_from_db()
    assert entry.status == "revoked"
    assert WebhookEvent.objects.filter(type="worker.revoked").count() == 1


def test_refreshing_without_a_change_records_nothing():
    entry = f.certified_worker()
    services.refresh_roster_entry(entry.person)
    services.refresh_roster_entry(entry.person)
    assert StatusChange.objects.filter(entry=entry).count() == 1  # only the first certification
    assert WebhookEvent.objects.count() == 1


def test_status_changes_to_expired_the_day_after_valid_until():
    entry = f.certified_worker(issued_on=TODAY - datetime.timedelta(days=729))  # valid until tomorrow
    assert services.refresh_due_entries(at=TODAY + datetime.timedelta(days=1)) == 0
    entry.refresh_from_db()
    assert entry.status == "in_good_standing"
    assert services.refresh_due_entries(at=TODAY + datetime.timedelta(days=2)) == 1
    entry.refresh_from_db()
    assert entry.status == "expired"
    assert WebhookEvent.objects.filter(type="worker.expired").count() == 1


def test_status_changes_when_supervision_becomes_overdue():
    course = f.CourseFactory()
    f.supervision_requirement(course, sessions_per_period=1, period_months=6)
    issued = TODAY - datetime.timedelta(days=100)
    entry = f.certified_worker(course=course, issued_on=issued)
    due = entry.supervision_due
    assert due == add_months(issued, 6)
    assert services.refresh_due_entries(at=due) == 0
    assert services.refresh_due_entries(at=due + datetime.timedelta(days=1)) == 1
    entry.refresh_from_db()
    assert entry.status == "supervision_overdue"
    assert WebhookEvent.objects.filter(type="worker.supervision_overdue").count() == 1


def test_a_confirmed_session_brings_an_overdue_worker_back_into_good_standing(django_capture_on_commit_callbacks):
    course = f.CourseFactory()
    f.supervision_requirement(course, sessions_per_period=1, period_months=6)
    entry = f.certified_worker(course=course, issued_on=TODAY - datetime.timedelta(days=300))
    assert entry.status == "supervision_overdue"
    from mentoring import services as mentoring_services

    mentor = f.mentor()
    f.pair(entry.person, mentor, started_on=TODAY - datetime.timedelta(days=30))
    session = f.supervision_session(mentor, [entry.person], confirmed=False, held_on=TODAY)
    with django_capture_on_commit_callbacks(execute=True):
        mentoring_services.confirm_attendance(session.attendances.get(), by=entry.person)
    entry.refresh_from_db()
    assert entry.status == "in_good_standing"


def test_the_daily_sweep_adds_certificate_holders_missing_from_the_roster():
    person = f.trainee()
    f.certificate(person, f.CourseFactory(), TODAY - datetime.timedelta(days=10))
    assert services.refresh_due_entries() == 1
    assert RosterEntry.objects.get(person=person).status == "in_good_standing"


def test_the_daily_sweep_reads_standing_in_the_same_number_of_queries_for_1_and_6_people():
    course = f.CourseFactory()
    f.supervision_requirement(course, sessions_per_period=1, period_months=6)
    people = [f.trainee() for _ in range(6)]
    for person in people:
        f.certificate(person, course, TODAY - datetime.timedelta(days=300))
        f.supervision_session(f.mentor(), [person], held_on=TODAY - datetime.timedelta(days=20))
    ids = [p.pk for p in people]
    assert count_queries(certification_statuses, ids[:1]) == count_queries(certification_statuses, ids) <= 5


def test_the_bulk_standing_reads_every_state_as_the_single_one_does():
    course = f.CourseFactory()
    f.supervision_requirement(course, sessions_per_period=1, period_months=6)
    good = f.certified_worker(course=course, issued_on=TODAY - datetime.timedelta(days=30)).person
    overdue = f.certified_worker(course=course, issued_on=TODAY - datetime.timedelta(days=300)).person
    expired = f.certified_worker(course=course, issued_on=TODAY - datetime.timedelta(days=800)).person
    suspended = f.certified_worker(course=course).person
    change(suspended.certificates.get(), Certificate.Status.SUSPENDED)
    revoked = f.certified_worker(course=course).person
    change(revoked.certificates.get(), Certificate.Status.REVOKED)
    never = f.trainee()
    people = [good, overdue, expired, suspended, revoked, never]
    bulk = certification_statuses([p.pk for p in people])
    assert [bulk[p.pk].state for p in people] == [certification_status(p).state for p in people]
    assert [bulk[p.pk].state for p in people] == [
        "in_good_standing",
        "supervision_overdue",
        "expired",
        "suspended",
        "revoked",
        "not_certified",
    ]


def test_the_daily_refresh_is_scheduled_with_celery_beat():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="roster.refresh_due_entries")
    assert task.enabled and task.crontab.hour == "0"


def test_the_daily_task_runs_the_sweep():
    from roster.tasks import refresh_due_entries

    person = f.trainee()
    f.certificate(person, f.CourseFactory(), TODAY - datetime.timedelta(days=10))
    assert refresh_due_entries.delay().get() == 1
