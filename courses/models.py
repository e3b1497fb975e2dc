"""The curriculum (courses, modules, activities), cohorts of trainees, and each trainee's progress.

An activity is the unit a trainee completes. Its `kind` says what it is; text pages and video links
keep their content here, while assessments and H5P content keep theirs in their own apps, linked
one-to-one to the activity. Every kind completes through `services.complete_activity`, so progress
and certification rules read one table, `ActivityCompletion`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.translated import TranslatedField


class Course(models.Model):
    """A training programme in one version, e.g. "Link worker basic training", version 2026."""

    code = models.SlugField(_("programme code"), max_length=60)
    version = models.CharField(_("version"), max_length=20, default="1")
    title = TranslatedField(_("title"))
    description = TranslatedField(_("description"), rich=True, blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["code", "-version"]
        constraints = [models.UniqueConstraint(fields=["code", "version"], name="unique_course_version")]
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def __str__(self):
        return f"{self.title} ({self.version})"

    def get_absolute_url(self):
        return reverse("courses:course", args=[self.pk])


class Module(models.Model):
    course = models.ForeignKey(Course, verbose_name=_("course"), on_delete=models.CASCADE, related_name="modules")
    order = models.PositiveIntegerField(_("order"), default=0)
    title = TranslatedField(_("title"))
    summary = TranslatedField(_("summary"), blank=True)
    is_required = models.BooleanField(_("required"), default=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=30)
    prerequisites = models.ManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="unlocks",
        help_text=_("Modules that must be completed before this one opens."),
    )

    class Meta:
        ordering = ["course", "order", "pk"]
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def __str__(self):
        return str(self.title)

    def get_absolute_url(self):
        return reverse("courses:module", args=[self.pk])


class Activity(models.Model):
    class Kind(models.TextChoices):
        TEXT = "text", _("Text page")
        VIDEO = "video", _("Video link")
        ASSESSMENT = "assessment", _("Assessment")
        H5P = "h5p", _("Interactive content (H5P)")

    module = models.ForeignKey(Module, verbose_name=_("module"), on_delete=models.CASCADE, related_name="activities")
    order = models.PositiveIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEXT)
    title = TranslatedField(_("title"))
    body = TranslatedField(
        _("text"), rich=True, blank=True, help_text=_("The page itself, or an introduction for other kinds.")
    )
    video_url = models.URLField(_("video address"), blank=True)
    is_required = models.BooleanField(_("required"), default=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)

    class Meta:
        ordering = ["module", "order", "pk"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return str(self.title)

    def clean(self):
        if self.kind == self.Kind.VIDEO and not self.video_url:
            raise ValidationError({"video_url": _("A video link needs the video's address.")})
        if self.video_url and not self.video_url.startswith("https://"):
            raise ValidationError({"video_url": _("Use a secure https:// address.")})

    def get_absolute_url(self):
        return reverse("courses:activity", args=[self.pk])

    @property
    def is_marked_done_by_trainee(self):
        """Text pages and videos are done when the trainee says so; other kinds complete themselves."""
        return self.kind in (self.Kind.TEXT, self.Kind.VIDEO)


class Cohort(models.Model):
    course = models.ForeignKey(Course, verbose_name=_("course"), on_delete=models.PROTECT, related_name="cohorts")
    name = models.CharField(_("name"), max_length=120)
    municipality = models.ForeignKey(
        "accounts.Municipality", verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="cohorts"
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("trainers"), blank=True, related_name="cohorts_as_trainer"
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("coordinators"), blank=True, related_name="cohorts_as_coordinator"
    )
    trainees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainees"),
        through="Enrolment",
        related_name="cohorts",
        through_fields=("cohort", "user"),
    )

    class Meta:
        ordering = ["-start_date", "name"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")

    def __str__(self):
        return self.name

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def get_absolute_url(self):
        return reverse("courses:cohort", args=[self.pk])


class Enrolment(models.Model):
    cohort = models.ForeignKey(Cohort, verbose_name=_("cohort"), on_delete=models.CASCADE, related_name="enrolments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainee"), on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity = models.ForeignKey(
        Activity,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the trainee left off."),
    )
    last_seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["cohort", "user__last_name", "user__first_name"]
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="unique_enrolment")]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self):
        return f"{self.user} / {self.cohort}"


class ActivityCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="completions")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "activity"], name="unique_completion")]
        verbose_name = _("completed activity")
        verbose_name_plural = _("completed activities")

    def __str__(self):
        return f"{self.user}: {self.activity}"


class CourseFeedback(models.Model):
    """A trainee's answer to the short survey offered once they have completed a course, given once.

    The 0-10 question is the Net Promoter Score's; the programme report counts it per cohort, and only
    coordinators read the free text.
    """

    COMMENT_MAX_LENGTH = 2000

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainee"), on_delete=models.CASCADE, related_name="course_feedback"
    )
    course = models.ForeignKey(Course, verbose_name=_("course"), on_delete=models.CASCADE, related_name="feedback")
    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("cohort"),
        on_delete=models.CASCADE,
        related_name="feedback",
        help_text=_("The cohort the trainee completed the course in."),
    )
    recommend = models.PositiveSmallIntegerField(
        _("How likely is it that you would recommend this training to a colleague?"),
        validators=[MinValueValidator(0), MaxValueValidator(10)],
        help_text=_("0 means not at all likely, 10 extremely likely."),
    )
    comment = models.TextField(
        _("What would you like to tell us about the training?"),
        blank=True,
        max_length=COMMENT_MAX_LENGTH,
        validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)],
    )
    answered_at = models.DateTimeField(_("answered at"), auto_now_add=True)

    class Meta:
        ordering = ["cohort", "answered_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_feedback_per_course"),
            models.CheckConstraint(condition=models.Q(recommend__lte=10), name="recommend_at_most_ten"),
        ]
        verbose_name = _("training feedback")
        verbose_name_plural = _("training feedback")

    def __str__(self):
        return f"{self.user} / {self.course}: {self.recommend}"
