import datetime

import pytest
from django.core import mail
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from accounts.models import Municipality, ServiceArea
from mentoring import services, tasks
from mentoring.models import ReminderSent
from tests import factories as f

DAY = datetime.timedelta(days=1)


def a_municipality():
    # Made here rather than read from reference data, which a real-worker test may run without.
    area, _ = ServiceArea.objects.get_or_create(code="test-area", defaults={"name": "Testialue"})
    municipality, _ = Municipality.objects.get_or_create(
        code="999", defaults={"name": "Testikunta", "service_area": area}
    )
    return municipality


def person_due_on(due_on, language=""):
    """A paired trainee whose cohort ends on `due_on`, with no confirmed hours yet."""
    course = f.CourseFactory()
    f.supervision_requirement(course, training_hours="10")
    cohort = f.CohortFactory(
        course=course, start_date=due_on - datetime.timedelta(days=200), end_date=due_on, municipality=a_municipality()
    )
    person = f.trainee(preferred_language=language)
    f.EnrolmentFactory(cohort=cohort, user=person)
    mentor = f.mentor()
    f.pair(person, mentor, started_on=due_on - datetime.timedelta(days=200))
    return person, mentor


@pytest.mark.django_db
def test_due_soon_reminder_goes_to_mentee_and_mentor():
    today = datetime.date(2027, 3, 20)
    person, mentor = person_due_on(today + 14 * DAY)
    assert services.send_supervision_reminders(today) == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted([person.email, mentor.email])
    mentee_mail = next(m for m in mail.outbox if m.to == [person.email])
    assert "3.4.2027" in mentee_mail.subject
    assert "http://127.0.0.1:8000/mentoring/mine/" in mentee_mail.body


@pytest.mark.django_db
def test_running_the_reminders_twice_sends_one_email_per_person_per_due_date():
    today = datetime.date(2027, 3, 20)
    person_due_on(today + 5 * DAY)
    services.send_supervision_reminders(today)
    services.send_supervision_reminders(today)
    services.send_supervision_reminders(today + DAY)
    assert len(mail.outbox) == 2
    assert ReminderSent.objects.count() == 1


@pytest.mark.django_db
def test_overdue_reminder_goes_out_once_after_the_due_date():
    due = datetime.date(2027, 3, 31)
    person_due_on(due)
    services.send_supervision_reminders(due - 3 * DAY)
    services.send_supervision_reminders(due)
    services.send_supervision_reminders(due + DAY)
    services.send_supervision_reminders(due + 2 * DAY)
    kinds = sorted(ReminderSent.objects.values_list("kind", flat=True))
    assert kinds == ["due_soon", "overdue"]
    assert len(mail.outbox) == 4


@pytest.mark.django_db
def test_nothing_is_sent_when_the_due_date_is_more_than_14_days_away():
    today = datetime.date(2027, 3, 1)
    person_due_on(today + 15 * DAY)
    assert services.send_supervision_reminders(today) == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_nothing_is_sent_to_someone_whose_supervision_is_complete():
    today = datetime.date(2027, 3, 20)
    person, mentor = person_due_on(today + 5 * DAY)
    f.supervision_session(mentor, [person], duration_minutes=600, held_on=today - DAY)
    assert services.send_supervision_reminders(today) == 0


@pytest.mark.django_db
def test_reminders_are_written_in_each_recipients_language():
    today = datetime.date(2027, 3, 20)
    person, mentor = person_due_on(today + 5 * DAY, language="sv")
    services.send_supervision_reminders(today)
    to_person = next(m for m in mail.outbox if m.to == [person.email])
    to_mentor = next(m for m in mail.outbox if m.to == [mentor.email])
    assert to_person.subject == "Din nästa handledning senast 25.3.2027"
    assert to_mentor.subject.startswith("Henkilön ") and "työnohjaus viimeistään 25.3.2027" in to_mentor.subject


@pytest.mark.django_db
def test_certified_link_worker_is_reminded_when_the_period_runs_out():
    today = datetime.date(2027, 10, 25)
    course = f.CourseFactory()
    f.supervision_requirement(course, training_hours="0", sessions_per_period=2, period_months=6)
    person = f.trainee()
    f.certificate(person, course, datetime.date(2027, 5, 1))
    services.send_supervision_reminders(today)
    assert [m.to for m in mail.outbox] == [[person.email]]  # no mentor paired, so only the worker
    assert ReminderSent.objects.get().due_date == datetime.date(2027, 11, 1)


@pytest.mark.django_db
def test_the_task_sends_reminders_for_today():
    person_due_on(timezone.localdate() + 3 * DAY)
    tasks.send_supervision_reminders.delay()
    tasks.send_supervision_reminders.delay()
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_the_reminders_are_scheduled_daily():
    task = PeriodicTask.objects.get(task="mentoring.send_supervision_reminders")
    assert task.enabled and task.crontab.hour == "7"


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_reminders_on_a_real_worker_send_one_email_per_person_per_due_date(celery_worker_on_redis):
    person, mentor = person_due_on(timezone.localdate() + 3 * DAY)
    assert tasks.send_supervision_reminders.delay().get(timeout=30) == 1
    assert tasks.send_supervision_reminders.delay().get(timeout=30) == 0
    assert sorted(m.to[0] for m in mail.outbox) == sorted([person.email, mentor.email])
    assert ReminderSent.objects.filter(person=person).count() == 1
