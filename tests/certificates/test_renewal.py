"""Validity, renewal in the window before expiry, and the daily run."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from certificates import selectors, services
from certificates.models import Certificate, CertificateEvent
from certificates.signals import certificate_changed
from tests import factories as f

pytestmark = pytest.mark.django_db

ISSUED = datetime.date(2025, 1, 10)


@pytest.fixture
def certificate(world):
    """A certificate issued on ISSUED to a person whose two training hours were confirmed before it."""
    f.supervision_requirement(world.course, training_hours="2", sessions_per_period=1, period_months=6)
    world.rule.renewal_supervision_hours = Decimal("3")
    world.rule.save()
    holder = f.certifiable(world.course, world.cohort, hours=0)
    supervise(world, holder, ISSUED - datetime.timedelta(days=40), 120)
    return f.certificate(holder, world.course, ISSUED, valid_for_days=730)


def supervise(world, person, held_on, minutes):
    f.supervision_session(world.mentor, [person], duration_minutes=minutes, held_on=held_on)


def test_renewal_opens_exactly_at_the_window(world, certificate):
    window_opens = certificate.valid_until - datetime.timedelta(days=90)
    supervise(world, certificate.holder, window_opens - datetime.timedelta(days=5), 180)
    assert not selectors.renewal_check(certificate, window_opens - datetime.timedelta(days=1)).is_met
    assert selectors.renewal_check(certificate, window_opens).is_met
    assert selectors.renewal_check(certificate, certificate.valid_until).is_met
    assert not selectors.renewal_check(certificate, certificate.valid_until + datetime.timedelta(days=1)).is_due


def test_renewal_needs_the_rules_hours_since_issue(world, certificate):
    on = certificate.valid_until - datetime.timedelta(days=30)
    supervise(world, certificate.holder, on - datetime.timedelta(days=10), 179)
    check = selectors.renewal_check(certificate, on)
    # The two training hours confirmed before the certificate was issued do not count towards renewal.
    assert check.hours_since_issue == Decimal("2.98")
    assert not check.is_met
    supervise(world, certificate.holder, on - datetime.timedelta(days=9), 1)
    assert selectors.renewal_check(certificate, on).is_met


def test_renewal_needs_supervision_up_to_date(world, certificate):
    on = certificate.valid_until - datetime.timedelta(days=30)
    supervise(world, certificate.holder, ISSUED + datetime.timedelta(days=30), 240)  # long ago: overdue now
    check = selectors.renewal_check(certificate, on)
    assert check.hours_since_issue >= Decimal("3")
    assert not check.supervision_up_to_date
    assert not check.is_met


def test_renewal_continues_the_chain_without_losing_days(world, certificate, django_capture_on_commit_callbacks):
    on = certificate.valid_until - datetime.timedelta(days=20)
    supervise(world, certificate.holder, on - datetime.timedelta(days=3), 180)
    received = []
    certificate_changed.connect(
        lambda sender, certificate, **kw: received.append(certificate), weak=False, dispatch_uid="renewal-test"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            renewed, expired = services.renew_and_expire(on)
    finally:
        certificate_changed.disconnect(dispatch_uid="renewal-test")
    assert (renewed, expired) == (1, 0)
    certificate.refresh_from_db()
    new = certificate.renewal
    assert certificate.status == Certificate.Status.SUPERSEDED
    assert new.issued_on == on
    assert new.valid_until == certificate.valid_until + datetime.timedelta(days=730)
    assert new.events.get().action == CertificateEvent.Action.RENEWED
    assert received == [new]
    assert selectors.certification_status(certificate.holder, at=on).certificate == new


def test_renewing_early_is_refused(world, certificate):
    with pytest.raises(ValidationError):
        services.renew_certificate(certificate, on=ISSUED + datetime.timedelta(days=100))


def test_daily_run_announces_certificates_that_expired_that_day(world, certificate, django_capture_on_commit_callbacks):
    received = []
    certificate_changed.connect(
        lambda sender, certificate, **kw: received.append(certificate), weak=False, dispatch_uid="expiry-test"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            assert services.renew_and_expire(certificate.valid_until) == (0, 0)
            assert services.renew_and_expire(certificate.valid_until + datetime.timedelta(days=1)) == (0, 1)
            assert services.renew_and_expire(certificate.valid_until + datetime.timedelta(days=2)) == (0, 0)
    finally:
        certificate_changed.disconnect(dispatch_uid="expiry-test")
    assert received == [certificate]
    state = selectors.certification_status(certificate.holder, at=certificate.valid_until + datetime.timedelta(days=1))
    assert state.state == selectors.Standing.EXPIRED


def test_daily_task_is_scheduled():
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="certificates.renew_and_expire")
    assert task.enabled and task.crontab.hour == "0"


def test_daily_task_runs_the_service(world, certificate, monkeypatch):
    from django.utils import timezone

    from certificates.tasks import renew_and_expire

    monkeypatch.setattr(timezone, "localdate", lambda *a: certificate.valid_until + datetime.timedelta(days=1))
    assert renew_and_expire.delay().get() == {"renewed": 0, "expired": 1}


def test_good_standing_also_needs_supervision_up_to_date(world, certificate):
    """The holder's supervision (one session in six months) was last held 40 days before issue."""
    overdue_on = ISSUED + datetime.timedelta(days=200)
    status = selectors.certification_status(certificate.holder, at=overdue_on)
    assert status.state == selectors.Standing.SUPERVISION_OVERDUE
    assert not status.is_in_good_standing and status.holds_valid_certificate
    supervise(world, certificate.holder, overdue_on - datetime.timedelta(days=5), 60)
    status = selectors.certification_status(certificate.holder, at=overdue_on)
    assert status.state == selectors.Standing.IN_GOOD_STANDING and status.is_in_good_standing
