"""Mentoring (supervision) of link workers: who mentors whom, the sessions they hold, and what is required.

A mentor logs each supervision session; each mentee confirms that they took part. Only confirmed
attendance counts toward a course's supervision requirement, which `selectors.supervision_status`
reads for pages, reminders, the roster and certificates alike. The log is about the link worker's
own work and never holds client details (see `client_details.py`).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.translated import TranslatedField

from .client_details import validate_no_client_details


class Topic(models.Model):
    """A subject a supervision session can cover; trainers keep the list."""

    name = TranslatedField(_("name"))
    order = models.PositiveIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("in use"), default=True, help_text=_("Topics not in use are not offered."))

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("supervision topic")
        verbose_name_plural = _("supervision topics")

    def __str__(self):
        return str(self.name)


class Pairing(models.Model):
    """A mentee assigned to a mentor from `started_on` until the day before `ended_on` (open while empty)."""

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("mentor"), on_delete=models.PROTECT, related_name="pairings_as_mentor"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("mentee"), on_delete=models.CASCADE, related_name="pairings_as_mentee"
    )
    started_on = models.DateField(_("started on"))
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-started_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["mentee"], condition=Q(ended_on__isnull=True), name="one_open_pairing"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="pairing_ends_after_start",
            ),
        ]
        verbose_name = _("pairing")
        verbose_name_plural = _("pairings")

    def __str__(self):
        return f"{self.mentor} → {self.mentee}"

    @property
    def is_open(self):
        return self.ended_on is None


class MentoringGroup(models.Model):
    """Mentees a mentor supervises together."""

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("mentor"), on_delete=models.PROTECT, related_name="mentoring_groups"
    )
    name = models.CharField(_("name"), max_length=120)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("members"), blank=True, related_name="mentoring_group_memberships"
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("mentoring group")
        verbose_name_plural = _("mentoring groups")

    def __str__(self):
        return self.name


class SupervisionSession(models.Model):
    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        VIDEO = "video", _("Video")
        PHONE = "phone", _("Phone")

    class Kind(models.TextChoices):
        ONE_TO_ONE = "one_to_one", _("One-to-one")
        GROUP = "group", _("Group")

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentor"),
        on_delete=models.PROTECT,
        related_name="supervision_sessions_led",
    )
    held_on = models.DateField(_("date"))
    duration_minutes = models.PositiveIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(600)]
    )
    format = models.CharField(_("format"), max_length=12, choices=Format.choices, default=Format.IN_PERSON)
    kind = models.CharField(_("one-to-one or group"), max_length=12, choices=Kind.choices, default=Kind.ONE_TO_ONE)
    group = models.ForeignKey(
        MentoringGroup,
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="sessions")
    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=10000,
        validators=[MaxLengthValidator(10000), validate_no_client_details],
        help_text=_("The mentees see the summary."),
    )
    private_notes = models.TextField(
        _("private notes"),
        blank=True,
        max_length=10000,
        validators=[MaxLengthValidator(10000), validate_no_client_details],
        help_text=_("Only you see these notes; they are left out of every export."),
    )
    action_points = models.TextField(
        _("agreed action points"),
        blank=True,
        max_length=10000,
        validators=[MaxLengthValidator(10000), validate_no_client_details],
        help_text=_("The mentees see the action points."),
    )
    mentees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="SessionAttendance",
        through_fields=("session", "mentee"),
        verbose_name=_("mentees"),
        related_name="supervision_sessions",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("supervision session")
        verbose_name_plural = _("supervision sessions")

    def __str__(self):
        return f"{self.held_on:%d.%m.%Y} {self.mentor}"

    def get_absolute_url(self):
        return reverse("mentoring:session", args=[self.pk])

    @property
    def confirmed_count(self):
        return sum(1 for attendance in self.attendances.all() if attendance.is_confirmed)

    @property
    def declined_count(self):
        return sum(1 for attendance in self.attendances.all() if attendance.is_declined)

    @property
    def hours(self):
        return (Decimal(self.duration_minutes) / 60).quantize(Decimal("0.01"))


class SessionAttendance(models.Model):
    """One mentee's part in a session; it counts toward requirements once confirmed.

    A mentee who did not take part declines it with a reason, which the mentor reads; a declined
    attendance never counts, and the mentor corrects or deletes the session.
    """

    session = models.ForeignKey(SupervisionSession, on_delete=models.CASCADE, related_name="attendances")
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentee"),
        on_delete=models.CASCADE,
        related_name="supervision_attendances",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmation_reason = models.TextField(
        _("reason for confirming on the mentee's behalf"),
        blank=True,
        max_length=1000,
        validators=[MaxLengthValidator(1000), validate_no_client_details],
    )
    reflection = models.TextField(
        _("reflection"), blank=True, max_length=4000, validators=[MaxLengthValidator(4000), validate_no_client_details]
    )
    declined_at = models.DateTimeField(_("declined at"), null=True, blank=True)
    decline_reason = models.TextField(
        _("reason for declining"),
        blank=True,
        max_length=500,
        validators=[MaxLengthValidator(500), validate_no_client_details],
    )

    class Meta:
        ordering = ["-session__held_on", "-session_id"]
        constraints = [models.UniqueConstraint(fields=["session", "mentee"], name="unique_attendance")]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")

    def __str__(self):
        return f"{self.mentee}: {self.session}"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @property
    def is_declined(self):
        return self.declined_at is not None and self.confirmed_at is None

    @property
    def is_confirmed_by_mentee(self):
        return self.is_confirmed and self.confirmed_by_id == self.mentee_id


class SupervisionRequirement(models.Model):
    """How much confirmed supervision a course asks during training and, once certified, per period."""

    course = models.OneToOneField(
        "courses.Course", verbose_name=_("course"), on_delete=models.CASCADE, related_name="supervision_requirement"
    )
    training_hours = models.DecimalField(
        _("confirmed hours during training"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    sessions_per_period = models.PositiveIntegerField(_("confirmed sessions per period after certification"), default=0)
    period_months = models.PositiveIntegerField(
        _("period (months)"), default=6, validators=[MinValueValidator(1), MaxValueValidator(60)]
    )

    class Meta:
        verbose_name = _("supervision requirement")
        verbose_name_plural = _("supervision requirements")

    def __str__(self):
        return str(self.course)


class ReminderSent(models.Model):
    """A reminder already e-mailed about one due date, so each goes out once however often the task runs."""

    class Kind(models.TextChoices):
        DUE_SOON = "due_soon", _("Due soon")
        OVERDUE = "overdue", _("Overdue")

    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    due_date = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "kind", "due_date"], name="one_reminder_per_due_date")]
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")

    def __str__(self):
        return f"{self.person} {self.kind} {self.due_date}"
