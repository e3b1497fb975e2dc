"""Writes with a rule: issuing, renewing, suspending, reinstating and revoking certificates, their PDFs,
and bulk work for a cohort.

Every change sends `certificate_changed` once the transaction commits, so the roster and others
recompute from committed data.
"""

import logging
import secrets
import uuid
from datetime import date, datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from common.dispatch import enqueue, task
from courses.models import Cohort, Course

from . import selectors
from .models import (
    Approval,
    BulkJob,
    Certificate,
    CertificateDocument,
    CertificateEvent,
    CertificationRule,
    NumberCounter,
    StatusList,
)
from . import status_list
from .signals import certificate_changed

logger = logging.getLogger(__name__)

DOCUMENT_LANGUAGES = ("fi", "sv", "en")
CURRENT = (Certificate.Status.ACTIVE, Certificate.Status.SUSPENDED)


def _notify(certificate: Certificate) -> None:
    transaction.on_commit(lambda: certificate_changed.send(sender=Certificate, certificate=certificate))


def _render_later(certificate: Certificate) -> None:
    transaction.on_commit(lambda: enqueue("certificates.render_certificate_pdf", certificate.pk))


def next_number(year: int) -> str:
    """The next number of `year`, e.g. LK-2027-000123; call inside a transaction.

    The year's counter row is locked until the transaction ends, so concurrent issuers wait for each
    other and no number is given twice or skipped by a rolled-back issue.
    """
    counter = NumberCounter.objects.select_for_update().filter(year=year).first()
    if counter is None:
        try:
            with transaction.atomic():
                NumberCounter.objects.create(year=year)
        except IntegrityError:  # another issuer created it first
            pass
        counter = NumberCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"LK-{year}-{counter.last:06d}"


def allocate_status_list_index() -> int:
    """A random free place in the newest status list, for a new certificate; call inside a transaction.

    The newest list's row is locked while the place is taken, so concurrent issuers never take the same
    place (the unique index on the certificate is the last guard); a list that is half full makes way
    for the next one.
    """
    while True:
        newest = StatusList.objects.select_for_update().order_by("-number").first()
        if newest is None or newest.allocated >= status_list.FILL:
            try:
                with transaction.atomic():
                    StatusList.objects.create(
                        number=newest.number + 1 if newest else 1,
                        encoded_list=status_list.encode({}),
                        updated_at=timezone.now(),
                    )
            except IntegrityError:  # another issuer opened it first
                pass
            continue
        first = (newest.number - 1) * status_list.ENTRIES
        while True:
            index = first + secrets.randbelow(status_list.ENTRIES)
            if not Certificate.objects.filter(status_list_index=index).exists():
                break
        newest.allocated += 1
        newest.save(update_fields=["allocated"])
        return index


STATUS_VALUES: dict[str, int] = {
    Certificate.Status.SUSPENDED: status_list.SUSPENDED,
    Certificate.Status.REVOKED: status_list.REVOKED,
}


def publish_status(certificate: Certificate) -> None:
    """Write the states of the list that holds `certificate` again, from the committed rows and this
    transaction's own; call inside the transaction that changed the certificate."""
    if certificate.status_list_index is None:
        return
    number, _place = status_list.list_number(certificate.status_list_index)
    listed = StatusList.objects.select_for_update().get(number=number)
    first = (number - 1) * status_list.ENTRIES
    states = Certificate.objects.filter(
        status_list_index__gte=first,
        status_list_index__lt=first + status_list.ENTRIES,
        status__in=list(STATUS_VALUES),
    ).values_list("status_list_index", "status")
    listed.encoded_list = status_list.encode({index - first: STATUS_VALUES[state] for index, state in states})
    listed.updated_at = timezone.now()
    listed.save(update_fields=["encoded_list", "updated_at"])


def document_language(person: User) -> str:
    code = (person.preferred_language or "").split("-")[0].lower()
    return code if code in DOCUMENT_LANGUAGES else "fi"


def _create(
    person: User,
    course: Course,
    rule: CertificationRule,
    *,
    on: date,
    by: User | None,
    action: str,
    previous: Certificate | None = None,
    valid_until: date | None = None,
    reason: str = "",
) -> Certificate:
    certificate = Certificate.objects.create(
        holder=person,
        course=course,
        programme=course.code,
        number=next_number(on.year),
        issued_on=on,
        valid_until=valid_until or on + timedelta(days=rule.validity_days),
        previous=previous,
        issued_by=by,
        language=document_language(person),
        status_list_index=allocate_status_list_index(),
    )
    CertificateEvent.objects.create(certificate=certificate, action=action, by=by, reason=reason)
    _notify(certificate)
    _render_later(certificate)
    return certificate


def _missing(found: selectors.Eligibility) -> list[str]:
    parts: list[str] = []
    if not found.has_rule:
        return [_("The course has no certification rule.")]
    if not found.modules_complete:
        parts.append(
            _("required modules completed: %(done)d of %(required)d")
            % {"done": found.modules_done, "required": found.modules_required}
        )
    if not found.assessments_complete:
        parts.append(
            _("required assessments passed: %(done)d of %(required)d")
            % {"done": found.assessments_passed, "required": found.assessments_required}
        )
    if not found.hours_complete:
        parts.append(
            _("confirmed supervision hours: %(done)s of %(required)s")
            % {"done": found.hours_confirmed, "required": found.hours_required}
        )
    return parts


def _lock_person(person: User) -> None:
    # One issuer at a time per person; the database constraint is the last guard behind this lock.
    get_user_model().objects.select_for_update().filter(pk=person.pk).first()


def issue_certificate(
    person: User, course: Course, *, by: User | None = None, on: date | None = None, first_only: bool | None = None
) -> Certificate:
    """Certify `person` in `course` when the course's rule is met; return the new certificate.

    With `by` (a coordinator), issuing is also the coordinator's approval where the rule asks for one;
    without it (automatic issuing) an approval must already be recorded. A person with a current
    certificate in the programme is refused; an expired one is continued by the new certificate.
    With `first_only` (the default for automatic issuing) anyone who ever held a certificate in the
    programme is refused: after a revocation or an expiry, a coordinator decides, and renewal has its
    own rule. Raises ValidationError saying what is missing.
    """
    on = on or timezone.localdate()
    first_only = by is None if first_only is None else first_only
    try:
        with transaction.atomic():
            _lock_person(person)
            if first_only and Certificate.objects.filter(holder=person, programme=course.code).exists():
                raise ValidationError(
                    _("%(person)s has been certified in this programme before; a coordinator issues again.")
                    % {"person": person},
                    code="previously_certified",
                )
            current = (
                Certificate.objects.select_for_update()
                .filter(holder=person, programme=course.code, status__in=CURRENT)
                .first()
            )
            if current is not None and (current.status == Certificate.Status.SUSPENDED or current.valid_until >= on):
                raise ValidationError(
                    _("%(person)s already holds certificate %(number)s in this programme.")
                    % {"person": person, "number": current.number},
                    code="already_certified",
                )
            found = selectors.eligibility(person, course, on)
            missing = _missing(found)
            if missing:
                raise ValidationError(
                    _("%(person)s does not yet meet the rule: %(missing)s.")
                    % {"person": person, "missing": "; ".join(missing)},
                    code="not_eligible",
                )
            if found.needs_approval and not found.is_approved:
                if by is None:
                    raise ValidationError(
                        _("A coordinator has not approved this certification yet."), code="needs_approval"
                    )
                Approval.objects.get_or_create(person=person, course=course, defaults={"approved_by": by})
            if current is not None:
                current.status = Certificate.Status.SUPERSEDED
                current.save(update_fields=["status"])
            assert found.rule is not None  # without a rule, _missing has refused above
            return _create(
                person, course, found.rule, on=on, by=by, action=CertificateEvent.Action.ISSUED, previous=current
            )
    except IntegrityError:
        # A concurrent issuer won the race: the constraint kept the one current certificate.
        raise ValidationError(
            _("%(person)s already holds a certificate in this programme.") % {"person": person},
            code="already_certified",
        ) from None


def issue_if_eligible(person: User, course: Course, on: date | None = None) -> Certificate | None:
    """Automatic issuing: the new certificate, or None when the rule is not met or one is already held."""
    try:
        return issue_certificate(person, course, on=on)
    except ValidationError:
        return None


def renew_certificate(certificate: Certificate, on: date | None = None, by: User | None = None) -> Certificate:
    """Continue `certificate` with a new one when its renewal requirements are met in the window before
    expiry; the new one is valid for the rule's period counted from the old end date, so no day is lost."""
    on = on or timezone.localdate()
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().select_related("holder").get(pk=certificate.pk)
        check = selectors.renewal_check(certificate, on)
        if not check.is_met:
            raise ValidationError(
                _("Certificate %(number)s cannot be renewed yet.") % {"number": certificate.number},
                code="not_renewable",
            )
        rule = CertificationRule.objects.get(course_id=certificate.course_id)
        certificate.status = Certificate.Status.SUPERSEDED
        certificate.save(update_fields=["status"])
        return _create(
            certificate.holder,
            certificate.course,
            rule,
            on=on,
            by=by,
            action=CertificateEvent.Action.RENEWED,
            previous=certificate,
            valid_until=certificate.valid_until + timedelta(days=rule.validity_days),
        )


def _change_status(
    certificate: Certificate, *, by: User, reason: str | None, allowed_from: list[str], to: str, action: str
) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give a reason; it is kept in the audit trail.")})
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.status not in allowed_from:
            raise ValidationError(
                _("Certificate %(number)s is %(status)s; this cannot be done to it.")
                % {"number": certificate.number, "status": certificate.get_status_display().lower()}
            )
        certificate.status = to
        certificate.status_reason = reason if to != Certificate.Status.ACTIVE else ""
        certificate.save(update_fields=["status", "status_reason"])
        CertificateEvent.objects.create(certificate=certificate, action=action, by=by, reason=reason)
        publish_status(certificate)
        _notify(certificate)
    return certificate


def suspend_certificate(certificate: Certificate, *, by: User, reason: str | None) -> Certificate:
    return _change_status(
        certificate,
        by=by,
        reason=reason,
        allowed_from=[Certificate.Status.ACTIVE],
        to=Certificate.Status.SUSPENDED,
        action=CertificateEvent.Action.SUSPENDED,
    )


def reinstate_certificate(certificate: Certificate, *, by: User, reason: str | None) -> Certificate:
    return _change_status(
        certificate,
        by=by,
        reason=reason,
        allowed_from=[Certificate.Status.SUSPENDED],
        to=Certificate.Status.ACTIVE,
        action=CertificateEvent.Action.REINSTATED,
    )


def revoke_certificate(certificate: Certificate, *, by: User, reason: str | None) -> Certificate:
    return _change_status(
        certificate,
        by=by,
        reason=reason,
        allowed_from=list(CURRENT),
        to=Certificate.Status.REVOKED,
        action=CertificateEvent.Action.REVOKED,
    )


# The PDF


def render_certificate_pdf(certificate: Certificate) -> CertificateDocument:
    """Draw the certificate's PDF and keep it, replacing an earlier rendering."""
    from .pdf import certificate_pdf

    data = certificate_pdf(certificate)
    document = CertificateDocument.objects.filter(certificate=certificate).first()
    if document is None:
        document = CertificateDocument(certificate=certificate)
    elif document.pdf:
        document.pdf.delete(save=False)
    # A random part keeps the file's address unguessable wherever media files are served directly.
    document.pdf.save(f"{certificate.number}-{secrets.token_urlsafe(12)}.pdf", ContentFile(data), save=False)
    document.save()
    return document


def certificate_pdf_bytes(certificate: Certificate) -> bytes:
    """The kept PDF, drawn now if it was never drawn, its file is gone, or the holder has changed their
    language since it was drawn (the document is always in the holder's current language)."""
    language = document_language(certificate.holder)
    document = getattr(certificate, "document", None)
    if language != certificate.language:
        Certificate.objects.filter(pk=certificate.pk).update(language=language)
        certificate.language = language
        document = None
    if document is None or not document.pdf or not document.pdf.storage.exists(document.pdf.name):
        document = render_certificate_pdf(certificate)
    with document.pdf.open("rb") as handle:
        return handle.read()


# Automatic issuing and renewal


def courses_with_rules_of(person: User) -> QuerySet[Course]:
    return Course.objects.filter(cohorts__enrolments__user=person, certification_rule__isnull=False).distinct()


def check_person(person: User, on: date | None = None) -> list[Certificate]:
    """Issue what `person` has earned and renew what is due: called after progress or supervision changes."""
    on = on or timezone.localdate()
    changed = []
    for course in courses_with_rules_of(person):
        certificate = issue_if_eligible(person, course, on)
        if certificate:
            changed.append(certificate)
    for certificate in Certificate.objects.filter(holder=person, status=Certificate.Status.ACTIVE, valid_until__gte=on):
        if selectors.renewal_check(certificate, on).is_met:
            changed.append(renew_certificate(certificate, on))
    return changed


def renew_and_expire(on: date | None = None) -> tuple[int, int]:
    """The daily run: renew certificates whose renewal is met in their window, and announce the ones
    that expired on this day (their last valid day was yesterday). Returns (renewed, expired) counts."""
    on = on or timezone.localdate()
    renewed = 0
    longest_window = max(CertificationRule.objects.values_list("renewal_window_days", flat=True), default=0)
    due = Certificate.objects.filter(
        status=Certificate.Status.ACTIVE,
        valid_until__gte=on,
        valid_until__lte=on + timedelta(days=longest_window),
        holder__erased_at__isnull=True,
    ).select_related("holder")
    for certificate in due:
        try:
            if selectors.renewal_check(certificate, on).is_met:
                renew_certificate(certificate, on)
                renewed += 1
        except ValidationError:
            continue
    expired = list(Certificate.objects.filter(status=Certificate.Status.ACTIVE, valid_until=on - timedelta(days=1)))
    for certificate in expired:
        _notify(certificate)
    return renewed, len(expired)


# Bulk work for a cohort


def _dispatch_bulk_job(job_id: int) -> None:
    """Hand the job to a worker. When the broker cannot be reached the job stays queued, marked so the
    coordinator is told, and the periodic sweep hands it over once the broker is back (the run that takes
    it clears the mark)."""
    run_bulk_job = task("certificates.run_bulk_job")
    try:
        run_bulk_job.apply_async(
            (job_id,),
            retry=True,
            retry_policy={"max_retries": 2, "interval_start": 0, "interval_step": 0.5},
        )
    except Exception:
        if run_bulk_job.app.conf.task_always_eager:
            return  # in-process it was the job itself that failed, and it has recorded why
        logger.exception("Bulk job %s could not be handed to a worker", job_id)
        BulkJob.objects.filter(pk=job_id).update(broker_unavailable=True)


def start_bulk_job(cohort: Cohort, action: str, *, by: User | None) -> BulkJob:
    job = BulkJob.objects.create(cohort=cohort, action=action, created_by=by, heartbeat_at=timezone.now())
    transaction.on_commit(lambda: _dispatch_bulk_job(job.pk))
    return job


def retry_bulk_job(job: BulkJob) -> bool:
    """Queue a failed or stalled job again; True if it was queued. A job that is queued or running and
    alive is left alone, so pressing "start again" twice never runs it twice."""
    stale = timezone.now() - timedelta(seconds=settings.BULK_JOB_STALE_SECONDS)
    alive = Q(
        state__in=(BulkJob.State.QUEUED, BulkJob.State.RUNNING), heartbeat_at__gte=stale, broker_unavailable=False
    )
    queued = (
        BulkJob.objects.filter(pk=job.pk)
        .exclude(state=BulkJob.State.DONE)
        .exclude(alive)
        .update(state=BulkJob.State.QUEUED, error="", run_token=None, heartbeat_at=timezone.now())
    )
    if queued:
        transaction.on_commit(lambda: _dispatch_bulk_job(job.pk))
    return bool(queued)


def resume_stale_bulk_jobs(now: datetime | None = None) -> list[int]:
    """Hand over again every job whose run went silent (a killed worker) or that never reached a worker
    (a broker outage); the job carries on after the last person it finished. Returns the job ids."""
    stale = (now or timezone.now()) - timedelta(seconds=settings.BULK_JOB_STALE_SECONDS)
    silent = Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True)
    ids = list(
        BulkJob.objects.filter(silent, state__in=(BulkJob.State.QUEUED, BulkJob.State.RUNNING)).values_list(
            "pk", flat=True
        )
    )
    for job_id in ids:
        logger.warning("Bulk job %s showed no sign of life; handing it over again", job_id)
        _dispatch_bulk_job(job_id)
    return ids


def _bulk_issue_one(job: BulkJob, person: User, on: date) -> str:
    try:
        issue_certificate(person, job.cohort.course, by=job.created_by, on=on, first_only=True)
    except ValidationError:
        return "skipped"
    return "issued"


def _bulk_render_one(job: BulkJob, person: User, on: date) -> str:
    certificate = Certificate.objects.filter(
        holder=person, programme=job.cohort.course.code, status__in=CURRENT
    ).first()
    if certificate is None:
        return "skipped"
    render_certificate_pdf(certificate)
    return "rendered"


class _Superseded(Exception):
    """Another run has taken the job over; this one stops without counting."""


def _claim_bulk_job(job_id: int) -> uuid.UUID | None:
    """Take the job for this run if it is queued, or running but silent; None if another run holds it."""
    token = uuid.uuid4()
    now = timezone.now()
    stale = now - timedelta(seconds=settings.BULK_JOB_STALE_SECONDS)
    claimable = (
        Q(state=BulkJob.State.QUEUED)
        | Q(state=BulkJob.State.RUNNING, heartbeat_at__lt=stale)
        | Q(state=BulkJob.State.RUNNING, heartbeat_at__isnull=True)
    )
    claimed = BulkJob.objects.filter(claimable, pk=job_id).update(
        state=BulkJob.State.RUNNING,
        run_token=token,
        heartbeat_at=now,
        attempts=F("attempts") + 1,
        error="",
        finished_at=None,
        broker_unavailable=False,
    )
    return token if claimed else None


def run_bulk_job(job_id: int, on: date | None = None) -> BulkJob:
    """Work through the cohort one person at a time in order, each in its own transaction together with
    its count, so a killed run loses nothing and counts nobody twice.

    Only one run holds a job at a time. A run that is killed stops signalling; the next run (the periodic
    sweep, a redelivered task or "start again") carries on after the last person finished. A person already
    certified is skipped, so nobody gets a second certificate and nobody is left out.
    """
    on = on or timezone.localdate()
    token = _claim_bulk_job(job_id)
    job = BulkJob.objects.select_related("cohort__course", "created_by").get(pk=job_id)
    if token is None:
        return job
    remaining = list(
        job.cohort.enrolments.filter(user_id__gt=job.last_person_id).select_related("user").order_by("user_id")
    )
    BulkJob.objects.filter(pk=job.pk, run_token=token).update(total=job.processed + len(remaining))
    one = _bulk_issue_one if job.action == BulkJob.Action.ISSUE else _bulk_render_one
    try:
        for enrolment in remaining:
            with transaction.atomic():
                outcome = one(job, enrolment.user, on)
                counted = BulkJob.objects.filter(pk=job.pk, run_token=token).update(
                    processed=F("processed") + 1,
                    last_person_id=enrolment.user_id,
                    heartbeat_at=timezone.now(),
                    **{outcome: F(outcome) + 1},
                )
                if not counted:
                    raise _Superseded
    except _Superseded:
        logger.info("Bulk job %s was taken over by another run", job.pk)
        job.refresh_from_db()
        return job
    except Exception as error:
        logger.exception("Bulk job %s stopped", job.pk)
        BulkJob.objects.filter(pk=job.pk, run_token=token).update(
            state=BulkJob.State.FAILED, error=str(error)[:500], finished_at=timezone.now()
        )
        raise
    BulkJob.objects.filter(pk=job.pk, run_token=token).update(state=BulkJob.State.DONE, finished_at=timezone.now())
    job.refresh_from_db()
    return job
