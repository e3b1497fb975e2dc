"""The certification rule at its boundaries, numbers, and automatic issuing."""

import datetime
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from certificates import selectors, services
from certificates.models import Certificate, CertificateEvent
from certificates.signals import certificate_changed
from courses.models import ActivityCompletion
from courses.services import complete_activity
from tests import factories as f

from .conftest import TODAY

pytestmark = pytest.mark.django_db


def test_person_meeting_every_requirement_is_eligible(world):
    found = selectors.eligibility(world.ready, world.course, TODAY)
    assert found.is_met
    assert (found.modules_done, found.modules_required) == (2, 2)
    assert (found.assessments_passed, found.assessments_required) == (1, 1)
    assert found.hours_confirmed == Decimal("2.00")


def test_optional_module_is_not_needed(world):
    optional = world.course.modules.get(is_required=False).activities.get()
    assert not ActivityCompletion.objects.filter(user=world.ready, activity=optional).exists()
    assert selectors.eligibility(world.ready, world.course, TODAY).modules_complete


def test_one_missing_required_page_leaves_its_module_incomplete(world):
    page = world.course.modules.get(order=1).activities.first()
    ActivityCompletion.objects.filter(user=world.ready, activity=page).delete()
    found = selectors.eligibility(world.ready, world.course, TODAY)
    assert (found.modules_done, found.modules_required) == (1, 2)
    assert not found.is_met


def test_assessment_not_passed_blocks_certification(world):
    ActivityCompletion.objects.filter(user=world.ready, activity=world.assessment).delete()
    found = selectors.eligibility(world.ready, world.course, TODAY)
    assert found.assessments_passed == 0
    assert not found.is_met


def test_supervision_hours_one_minute_short_are_not_enough(world):
    person = f.certifiable(world.course, world.cohort, hours=0)
    f.supervision_session(world.mentor, [person], duration_minutes=119, held_on=datetime.date(2026, 10, 1))
    assert not selectors.eligibility(person, world.course, TODAY).hours_complete
    f.supervision_session(world.mentor, [person], duration_minutes=1, held_on=datetime.date(2026, 10, 2))
    assert selectors.eligibility(person, world.course, TODAY).is_met


def test_unconfirmed_supervision_does_not_count(world):
    person = f.certifiable(world.course, world.cohort, hours=0)
    f.supervision_session(world.mentor, [person], confirmed=False, duration_minutes=240)
    assert selectors.eligibility(person, world.course, TODAY).hours_confirmed == 0


def test_course_without_rule_certifies_nobody(db):
    course = f.course_with_modules(modules=1, activities=1)
    person = f.certifiable(course, hours=0)
    assert not selectors.eligibility(person, course).is_met
    with pytest.raises(ValidationError, match="no certification rule"), translation.override("en"):
        services.issue_certificate(person, course, by=f.coordinator())


def test_issuing_gives_a_readable_number_and_an_unguessable_code(world):
    first = services.issue_certificate(world.ready, world.course, on=TODAY)
    second = services.issue_certificate(world.outsider, world.course, on=TODAY)
    assert (first.number, second.number) == ("LK-2026-000001", "LK-2026-000002")
    # 20 characters of Crockford's base32 (no I, L, O or U): 100 random bits, easy to read and type.
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{20}", first.verification_code)
    assert first.verification_code != second.verification_code
    assert first.valid_until == TODAY + datetime.timedelta(days=730)
    assert first.programme == world.course.code


def test_numbers_start_again_each_year(world):
    services.issue_certificate(world.ready, world.course, on=datetime.date(2026, 12, 31))
    assert (
        services.issue_certificate(world.outsider, world.course, on=datetime.date(2027, 1, 1)).number
        == "LK-2027-000001"
    )


def test_unready_person_is_refused_with_what_is_missing(world):
    with pytest.raises(ValidationError) as error, translation.override("en"):
        services.issue_certificate(world.unready, world.course, by=world.coordinator, on=TODAY)
    message = " ".join(error.value.messages)
    assert "required modules completed: 0 of 2" in message
    assert "confirmed supervision hours: 0.00 of 2.00" in message
    assert not Certificate.objects.filter(holder=world.unready).exists()


def test_a_second_current_certificate_is_refused(world):
    services.issue_certificate(world.ready, world.course, on=TODAY)
    with pytest.raises(ValidationError) as error:
        services.issue_certificate(world.ready, world.course, by=world.coordinator, on=TODAY)
    assert error.value.error_list[0].code == "already_certified"
    assert Certificate.objects.filter(holder=world.ready).count() == 1


def test_database_refuses_two_active_certificates_in_a_programme(world):
    from django.db import IntegrityError, transaction

    f.certificate(world.ready, world.course, TODAY)
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            holder=world.ready,
            course=world.course,
            programme=world.course.code,
            number="X-2",
            issued_on=TODAY,
            valid_until=TODAY,
        )


def test_expired_certificate_is_continued_by_a_new_one(world):
    old = f.certificate(world.ready, world.course, datetime.date(2024, 1, 1), valid_for_days=700)
    new = services.issue_certificate(world.ready, world.course, by=world.coordinator, on=TODAY)
    old.refresh_from_db()
    assert old.status == Certificate.Status.SUPERSEDED
    assert new.previous == old


def test_approval_step_holds_automatic_issuing_until_a_coordinator_approves(world):
    world.rule.requires_coordinator_approval = True
    world.rule.save()
    assert services.issue_if_eligible(world.ready, world.course, TODAY) is None
    certificate = services.issue_certificate(world.ready, world.course, by=world.coordinator, on=TODAY)
    assert certificate.issued_by == world.coordinator
    assert selectors.eligibility(world.ready, world.course, TODAY).is_approved


def test_issuing_is_audited_and_announced_on_commit(world, django_capture_on_commit_callbacks):
    received = []

    def listener(sender, certificate, **kwargs):
        received.append((sender, certificate))

    certificate_changed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
            assert received == []
    finally:
        certificate_changed.disconnect(listener)
    assert received == [(Certificate, certificate)]
    assert certificate.events.get().action == CertificateEvent.Action.ISSUED
    assert re.fullmatch(rf"certificates/\d{{4}}/{certificate.number}-[\w-]{{16}}\.pdf", certificate.document.pdf.name)


def test_completing_the_last_activity_issues_the_certificate(world, django_capture_on_commit_callbacks):
    ActivityCompletion.objects.filter(user=world.ready, activity=world.assessment).delete()
    with django_capture_on_commit_callbacks(execute=True):
        complete_activity(world.ready, world.assessment)
    certificate = Certificate.objects.get(holder=world.ready)
    assert certificate.status == Certificate.Status.ACTIVE
    assert certificate.issued_by is None


def test_confirming_the_last_supervision_hours_issues_the_certificate(world, django_capture_on_commit_callbacks):
    from mentoring import services as mentoring

    person = f.certifiable(world.course, world.cohort, hours=0)
    f.pair(person, world.mentor)
    session = f.supervision_session(
        world.mentor, [person], confirmed=False, duration_minutes=120, held_on=datetime.date(2026, 11, 2)
    )
    with django_capture_on_commit_callbacks(execute=True):
        mentoring.confirm_attendance(session.attendances.get(), by=person)
    assert Certificate.objects.filter(holder=person, status=Certificate.Status.ACTIVE).count() == 1


def test_progress_short_of_the_rule_issues_nothing(world, django_capture_on_commit_callbacks):
    page = world.course.modules.get(order=0).activities.first()
    with django_capture_on_commit_callbacks(execute=True):
        complete_activity(world.unready, page)
    assert not Certificate.objects.filter(holder=world.unready).exists()


def test_certification_status_reads_an_issued_certificate(world):
    f.pair(world.ready, world.mentor)
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    status = selectors.certification_status(world.ready, at=TODAY)
    assert status.certificate == certificate
    assert status.state in (selectors.Standing.IN_GOOD_STANDING, selectors.Standing.SUPERVISION_OVERDUE)


def test_revoked_person_is_not_certified_again_automatically(world, django_capture_on_commit_callbacks):
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    services.revoke_certificate(certificate, by=world.coordinator, reason="Luottamus menetetty")
    optional = world.course.modules.get(is_required=False).activities.get()
    with django_capture_on_commit_callbacks(execute=True):
        complete_activity(world.ready, optional)
    assert list(Certificate.objects.filter(holder=world.ready).values_list("status", flat=True)) == ["revoked"]


def test_expired_certificate_is_not_reissued_automatically(world):
    f.certificate(world.ready, world.course, datetime.date(2020, 1, 1))
    assert services.issue_if_eligible(world.ready, world.course, TODAY) is None
    assert Certificate.objects.filter(holder=world.ready).count() == 1
