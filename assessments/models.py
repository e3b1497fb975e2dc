"""Assessments: question banks per module, assessments drawn from them, trainees' attempts and grades.

An assessment belongs one-to-one to an activity of kind "assessment". A trainee's attempt fixes
which questions were drawn and in which order; answers are kept on the attempt's items and every
grade (automatic, by a trainer, or a mentor's sign-off) is a row of its own, so regrading adds a
row beside the old one. Passing an assessment completes its activity through
`courses.services.complete_activity`.
"""

import re
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from courses.models import Activity, Module
from common.translated import TranslatedField


class QuestionBank(models.Model):
    """The questions written for one module, from which its assessments draw."""

    module = models.ForeignKey(
        Module, verbose_name=_("module"), on_delete=models.CASCADE, related_name="question_banks"
    )
    title = TranslatedField(_("title"))

    class Meta:
        ordering = ["module", "pk"]
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")

    def __str__(self):
        return str(self.title)


class Question(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        TRUE_FALSE = "true_false", _("True or false")
        SHORT_TEXT = "short_text", _("Short text")
        NUMERIC = "numeric", _("Number")
        MATCHING = "matching", _("Matching")
        ESSAY = "essay", _("Essay (graded by a trainer)")
        COMPETENCY = "competency", _("Practical competency (signed off by the mentor)")

    class PartialCredit(models.TextChoices):
        ALL_OR_NOTHING = "all_or_nothing", _("All or nothing: full points only for exactly the correct options")
        RIGHT_MINUS_WRONG = (
            "right_minus_wrong",
            _(
                "Right minus wrong: each correct option chosen adds, each wrong option chosen takes away, never below zero"
            ),
        )

    MANUAL_KINDS = (Kind.ESSAY, Kind.COMPETENCY)

    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("question bank"), on_delete=models.CASCADE, related_name="questions"
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.SINGLE)
    text = TranslatedField(_("question"), rich=True)
    points = models.DecimalField(
        _("points"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    is_active = models.BooleanField(_("in use"), default=True)
    partial_credit = models.CharField(
        _("partial credit (multiple choice)"),
        max_length=20,
        choices=PartialCredit.choices,
        default=PartialCredit.RIGHT_MINUS_WRONG,
    )
    correct_statement = models.BooleanField(_("the statement is true (true or false)"), null=True, blank=True)
    accepted_answers = models.TextField(
        _("accepted answers (short text)"),
        blank=True,
        max_length=5000,
        validators=[MaxLengthValidator(5000)],
        help_text=_("One per line. Compared without regard to case or extra spaces."),
    )
    answer_pattern = models.CharField(
        _("accepted pattern (short text)"),
        max_length=300,
        blank=True,
        help_text=_("Optional regular expression the whole answer must match, e.g. kela|kansaneläkelaitos."),
    )
    numeric_answer = models.DecimalField(_("correct number"), max_digits=14, decimal_places=4, null=True, blank=True)
    tolerance = models.DecimalField(
        _("tolerance (±)"),
        max_digits=14,
        decimal_places=4,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    rubric = TranslatedField(
        _("rubric"),
        rich=True,
        blank=True,
        help_text=_("What the grader looks for (essays and competency items)."),
    )
    feedback_correct = TranslatedField(_("feedback when correct"), blank=True)
    feedback_incorrect = TranslatedField(_("feedback when not correct"), blank=True)
    feedback = TranslatedField(
        _("general feedback"), rich=True, blank=True, help_text=_("Shown with the result, whatever the answer.")
    )

    class Meta:
        ordering = ["bank", "order", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        plain = re.sub(r"<[^>]+>", "", self.text.text())
        return plain[:80] or f"#{self.pk}"

    @property
    def is_graded_by_hand(self):
        return self.kind in self.MANUAL_KINDS

    @property
    def has_options(self):
        return self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE)

    def accepted_answer_list(self):
        return [line.strip() for line in self.accepted_answers.splitlines() if line.strip()]

    def clean(self):
        errors = {}
        if self.kind == self.Kind.TRUE_FALSE and self.correct_statement is None:
            errors["correct_statement"] = _("Say whether the statement is true.")
        if self.kind == self.Kind.SHORT_TEXT and not (self.accepted_answers.strip() or self.answer_pattern):
            errors["accepted_answers"] = _("Give at least one accepted answer or a pattern.")
        if self.answer_pattern:
            try:
                re.compile(self.answer_pattern)
            except re.error as error:
                errors["answer_pattern"] = _("The pattern is not valid: %(error)s") % {"error": error}
        if self.kind == self.Kind.NUMERIC and self.numeric_answer is None:
            errors["numeric_answer"] = _("Give the correct number.")
        if errors:
            raise ValidationError(errors)


class Option(models.Model):
    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="options")
    order = models.PositiveIntegerField(_("order"), default=0)
    text = TranslatedField(_("option"))
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = TranslatedField(_("feedback for this option"), blank=True)

    class Meta:
        ordering = ["question", "order", "pk"]
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return str(self.text)


class MatchPair(models.Model):
    """One prompt and the answer that belongs to it; the trainee matches prompts to shuffled answers."""

    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="pairs")
    order = models.PositiveIntegerField(_("order"), default=0)
    prompt = TranslatedField(_("prompt"))
    answer = TranslatedField(_("matching answer"))

    class Meta:
        ordering = ["question", "order", "pk"]
        verbose_name = _("matching pair")
        verbose_name_plural = _("matching pairs")

    def __str__(self):
        return f"{self.prompt} → {self.answer}"


class Assessment(models.Model):
    class ShowAnswers(models.TextChoices):
        AFTER_EACH = "after_each", _("After each attempt")
        AFTER_LAST = "after_last", _("After the last attempt (or once passed)")
        NEVER = "never", _("Never")

    activity = models.OneToOneField(
        Activity,
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="assessment",
        limit_choices_to={"kind": Activity.Kind.ASSESSMENT},
    )
    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("question bank"), on_delete=models.PROTECT, related_name="assessments"
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(_("attempts allowed"), default=3, help_text=_("0 means no limit."))
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Leave empty for no time limit.")
    )
    draw_count = models.PositiveIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        help_text=_("A random draw of this many questions from the bank; empty means all, in the bank's order."),
    )
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    show_answers = models.CharField(
        _("show correct answers"), max_length=20, choices=ShowAnswers.choices, default=ShowAnswers.AFTER_LAST
    )

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")

    def __str__(self):
        return str(self.activity.title)

    def clean(self):
        if self.activity_id and self.activity.kind != Activity.Kind.ASSESSMENT:
            raise ValidationError({"activity": _("Choose an activity of the kind “assessment”.")})
        if self.activity_id and self.bank_id and self.bank.module.course_id != self.activity.module.course_id:
            raise ValidationError({"bank": _("Choose a question bank of the same course.")})

    def get_absolute_url(self):
        return reverse("courses:activity", args=[self.activity_id])


class Attempt(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        AWAITING_GRADING = "awaiting_grading", _("Awaiting grading")
        GRADED = "graded", _("Graded")

    assessment = models.ForeignKey(
        Assessment, verbose_name=_("assessment"), on_delete=models.CASCADE, related_name="attempts"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="assessment_attempts",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.IN_PROGRESS)
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    was_submitted_automatically = models.BooleanField(_("submitted when time ran out"), default=False)
    score = models.DecimalField(_("points"), max_digits=7, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(_("maximum points"), max_digits=7, decimal_places=2, default=Decimal("0"))
    percent = models.DecimalField(_("result (%)"), max_digits=5, decimal_places=1, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    class Meta:
        ordering = ["assessment", "user", "number"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "user", "number"], name="unique_attempt_number"),
            # At most one open attempt per person and assessment, even when two tabs start at once.
            models.UniqueConstraint(
                fields=["assessment", "user"], condition=Q(submitted_at__isnull=True), name="one_open_attempt"
            ),
        ]
        indexes = [models.Index(fields=["state", "deadline"], name="attempt_state_deadline")]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")

    def __str__(self):
        return f"{self.user} / {self.assessment} #{self.number}"

    def get_absolute_url(self):
        return reverse("assessments:attempt", args=[self.pk])

    @property
    def is_open(self):
        return self.submitted_at is None

    def is_expired(self, now):
        return self.deadline is not None and now >= self.deadline


class AttemptItem(models.Model):
    """One drawn question in an attempt, with the order its options were shown in and the answer given."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="attempt_items")
    position = models.PositiveSmallIntegerField()
    # Option ids for choice questions, pair ids for the answer column of a matching question.
    choice_order = models.JSONField(default=list, blank=True)
    answer = models.JSONField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    points = models.DecimalField(
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The latest grade's points; the history is in the grades."),
    )

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [models.UniqueConstraint(fields=["attempt", "question"], name="unique_attempt_question")]
        verbose_name = _("question in an attempt")
        verbose_name_plural = _("questions in attempts")

    def __str__(self):
        return f"{self.attempt} · {self.position}"

    @property
    def is_graded(self):
        return self.points is not None


class Grade(models.Model):
    """A grade of one item. Regrading adds a grade; the newest one counts and the older ones stay."""

    class Source(models.TextChoices):
        AUTOMATIC = "automatic", _("Automatic")
        TRAINER = "trainer", _("Trainer")
        MENTOR = "mentor", _("Mentor's sign-off")

    item = models.ForeignKey(AttemptItem, on_delete=models.CASCADE, related_name="grades")
    points = models.DecimalField(_("points"), max_digits=7, decimal_places=2)
    source = models.CharField(_("graded by"), max_length=20, choices=Source.choices)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    comment = models.TextField(_("comment"), blank=True, max_length=5000, validators=[MaxLengthValidator(5000)])
    is_regrade = models.BooleanField(_("regrade"), default=False)
    graded_at = models.DateTimeField(_("graded at"), auto_now_add=True)

    class Meta:
        ordering = ["item", "graded_at", "pk"]
        verbose_name = _("grade")
        verbose_name_plural = _("grades")

    def __str__(self):
        return f"{self.item}: {self.points}"
