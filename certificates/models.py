"""Certificates of completed link-worker training: the rules that earn one, and the certificates issued."""

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .codes import grouped, new_code


class CertificationRule(models.Model):
    """What a course asks before it certifies someone, and how long a certificate is valid."""

    course = models.OneToOneField(
        "courses.Course", verbose_name=_("course"), on_delete=models.CASCADE, related_name="certification_rule"
    )
    validity_days = models.PositiveIntegerField(_("valid for (days)"), default=730)
    required_supervision_hours = models.DecimalField(
        _("confirmed supervision hours required"), max_digits=6, decimal_places=2, default=Decimal("0")
    )
    requires_coordinator_approval = models.BooleanField(_("a coordinator approves"), default=False)
    renewal_window_days = models.PositiveIntegerField(_("renewal window (days before expiry)"), default=90)
    renewal_supervision_hours = models.DecimalField(
        _("confirmed supervision hours required for renewal"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("0"),
        help_text=_("Hours confirmed since the current certificate was issued; supervision must also be up to date."),
    )

    class Meta:
        verbose_name = _("certification rule")
        verbose_name_plural = _("certification rules")

    def __str__(self):
        return str(self.course)


def new_verification_code():
    return new_code()


class Certificate(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Renewed")

    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.Course", verbose_name=_("course"), on_delete=models.PROTECT, related_name="certificates"
    )
    programme = models.SlugField(_("programme"), max_length=60, help_text=_("The course code, shared by versions."))
    number = models.CharField(_("number"), max_length=20, unique=True)
    verification_code = models.CharField(max_length=40, unique=True, default=new_verification_code)
    issued_on = models.DateField(_("issued on"))
    valid_until = models.DateField(_("valid until"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE)
    status_reason = models.TextField(
        _("reason for the status"), blank=True, max_length=2000, validators=[MaxLengthValidator(2000)]
    )
    previous = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="renewal",
        verbose_name=_("renews"),
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(_("language"), max_length=5, default="fi")
    created_at = models.DateTimeField(auto_now_add=True)
    # Its place in the published status lists (see status_list.py), given once when it is issued.
    status_list_index = models.PositiveIntegerField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "programme"],
                condition=Q(status__in=["active", "suspended"]),
                name="one_current_certificate_per_programme",
            )
        ]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return self.number

    @property
    def printed_code(self):
        """The verification code as printed beside the QR code, in groups that are easy to read and type."""
        return grouped(self.verification_code)


class NumberCounter(models.Model):
    """The last certificate number given in a year; its row is locked while a number is taken."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)


class StatusList(models.Model):
    """One published Bitstring Status List: how many places are given, and its encoded states.

    Its row is locked while a place is given or a state in it changes, so concurrent changes never
    publish a list that misses one of them.
    """

    number = models.PositiveIntegerField(primary_key=True)
    allocated = models.PositiveIntegerField(default=0)
    encoded_list = models.TextField()
    updated_at = models.DateTimeField()


class Approval(models.Model):
    """A coordinator's approval of a person's certification, where the rule asks for one."""

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("courses.Course", on_delete=models.CASCADE, related_name="+")
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    approved_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "course"], name="one_approval_per_course")]
        verbose_name = _("approval")
        verbose_name_plural = _("approvals")


class CertificateEvent(models.Model):
    """The audit trail of a certificate: who issued, renewed, suspended, reinstated or revoked it, and why."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        RENEWED = "renewed", _("Renewed")
        SUSPENDED = "suspended", _("Suspended")
        REINSTATED = "reinstated", _("Reinstated")
        REVOKED = "revoked", _("Revoked")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True, max_length=2000, validators=[MaxLengthValidator(2000)])
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")

    def __str__(self):
        return f"{self.certificate}: {self.get_action_display()}"


class CertificateDocument(models.Model):
    """The rendered PDF of a certificate, kept so downloads and bulk re-rendering need no new drawing."""

    certificate = models.OneToOneField(Certificate, on_delete=models.CASCADE, related_name="document")
    pdf = models.FileField(upload_to="certificates/%Y/")
    rendered_at = models.DateTimeField(auto_now=True)


class BulkJob(models.Model):
    """A coordinator's issuing or re-rendering for a whole cohort, run by a worker; the page polls its counts."""

    class Action(models.TextChoices):
        ISSUE = "issue", _("Issue certificates")
        RENDER = "render", _("Re-render PDFs")

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Stopped on an error")

    cohort = models.ForeignKey(
        "courses.Cohort", verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="certificate_jobs"
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    issued = models.PositiveIntegerField(default=0)
    rendered = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    # The run that holds the job, its last sign of life and the last person it finished: a run that stops
    # signalling is taken over by the next one, which carries on after that person.
    run_token = models.UUIDField(null=True, blank=True, editable=False)
    heartbeat_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_person_id = models.PositiveBigIntegerField(default=0, editable=False)
    broker_unavailable = models.BooleanField(default=False, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bulk job")
        verbose_name_plural = _("bulk jobs")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(processed__lte=models.F("total")), name="bulk_job_processed_within_total"
            ),
        ]

    @property
    def percent(self):
        return 100 if not self.total else round(100 * self.processed / self.total)

    @property
    def is_finished(self):
        return self.state in (self.State.DONE, self.State.FAILED)

    def is_stale(self, now=None):
        """Queued or running, but with no sign of life for longer than a run ever pauses."""
        if self.is_finished:
            return False
        if self.heartbeat_at is None:
            return True
        return (now or timezone.now()) - self.heartbeat_at > timedelta(seconds=settings.BULK_JOB_STALE_SECONDS)
