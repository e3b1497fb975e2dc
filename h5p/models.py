"""Interactive H5P content: uploaded packages, the libraries they share, and what trainees do with them.

A trainer uploads a `.h5p` package for an activity of kind H5P. Its libraries are stored once per
machine name and major.minor version and shared by every package that needs them; its content files
are stored per package. The player runs in a sandboxed frame and reports xAPI statements, which are
kept as they came, and each scored or completed try becomes an attempt. The activity is done through
`courses.services.complete_activity` when an attempt passes.
"""

import re
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# A BCP 47 tag as H5P writes one in h5p.json: "fi", "sv", "se", "en-GB".
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}", re.ASCII)


class Library(models.Model):
    """One H5P library (JavaScript and styles), stored under `h5p/libraries/<folder>/`."""

    machine_name = models.CharField(_("machine name"), max_length=127)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"))
    title = models.CharField(_("title"), max_length=255, blank=True)
    metadata = models.JSONField(_("library.json"), default=dict)
    files = models.JSONField(_("files"), default=list, help_text=_("Paths stored for this library."))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"], name="unique_h5p_library_version"
            )
        ]
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")

    def __str__(self):
        return f"{self.machine_name} {self.version}"

    @property
    def version(self):
        return f"{self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder(self):
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"


class Content(models.Model):
    """The H5P package an activity plays; replacing the package keeps this row and the trainees' results."""

    activity = models.OneToOneField(
        "courses.Activity", verbose_name=_("activity"), on_delete=models.CASCADE, related_name="h5p_content"
    )
    title = models.CharField(_("title"), max_length=255)
    main_library = models.CharField(_("main library"), max_length=127)
    metadata = models.JSONField(_("h5p.json"), default=dict)
    folder = models.CharField(_("storage folder"), max_length=64, help_text=_("Where the content files are stored."))
    files = models.JSONField(_("files"), default=list)
    libraries = models.ManyToManyField(Library, verbose_name=_("libraries"), related_name="contents")
    pass_threshold = models.DecimalField(
        _("pass threshold"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("0.80"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_(
            "The scaled score (0–1) a try needs to complete the activity. Unscored content is done "
            "when the trainee completes it."
        ),
    )

    class CompletionRule(models.TextChoices):
        PASS_MARK = "pass_mark", _("A score of at least the pass mark")
        COMPLETED = "completed", _("Finishing the content, whatever the score")
        VIEWED = "viewed", _("Opening the content")

    completion_rule = models.CharField(
        _("completes the activity"),
        max_length=16,
        choices=CompletionRule.choices,
        default=CompletionRule.PASS_MARK,
        help_text=_("Content that reports no score (a greeting card, a video, a text) needs finishing or opening."),
    )
    start_error = models.CharField(
        _("start error"),
        max_length=500,
        blank=True,
        help_text=_("Why the content last failed to start in a browser, as the player reported it."),
    )
    start_error_at = models.DateTimeField(_("start error reported at"), null=True, blank=True)
    start_error_folder = models.CharField(max_length=64, blank=True, editable=False)
    file_name = models.CharField(_("uploaded file"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now=True)

    class Meta:
        verbose_name = _("H5P content")
        verbose_name_plural = _("H5P content")

    def __str__(self):
        return self.title

    @property
    def language(self):
        """The language the package says its texts are in (h5p.json), or "" when it does not say ("und")."""
        code = self.metadata.get("language") if isinstance(self.metadata, dict) else None
        if not isinstance(code, str) or not LANGUAGE_CODE.fullmatch(code) or code.lower() == "und":
            return ""
        return code

    @property
    def is_broken(self):
        """Did the package now in place fail to start? A report about a replaced package does not count."""
        return bool(self.start_error) and self.start_error_folder == self.folder


class LanguageVersion(models.Model):
    """The activity's content in another language: a package of its own, played to trainees whose
    language it is (in the order of common.translated.fallback_order). Results stay the activity's."""

    content = models.ForeignKey(
        Content, verbose_name=_("H5P content"), on_delete=models.CASCADE, related_name="language_versions"
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.CONTENT_LANGUAGES)
    title = models.CharField(_("title"), max_length=255)
    metadata = models.JSONField(_("h5p.json"), default=dict)
    folder = models.CharField(_("storage folder"), max_length=64)
    files = models.JSONField(_("files"), default=list)
    libraries = models.ManyToManyField(Library, verbose_name=_("libraries"), related_name="language_versions")
    file_name = models.CharField(_("uploaded file"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now=True)

    class Meta:
        ordering = ["language"]
        constraints = [
            models.UniqueConstraint(fields=["content", "language"], name="unique_h5p_language_version"),
        ]
        verbose_name = _("H5P language version")
        verbose_name_plural = _("H5P language versions")

    def __str__(self):
        return f"{self.title} ({self.language})"


class Statement(models.Model):
    """One xAPI statement the player sent, for the trainee who was logged in when it came."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainee"), on_delete=models.CASCADE, related_name="xapi_statements"
    )
    activity = models.ForeignKey(
        "courses.Activity", verbose_name=_("activity"), on_delete=models.CASCADE, related_name="xapi_statements"
    )
    statement_id = models.UUIDField(_("statement id"), null=True, blank=True)
    verb = models.URLField(_("verb"), max_length=255, db_index=True)
    object_id = models.CharField(_("object"), max_length=500)
    is_about_whole_content = models.BooleanField(
        _("about the whole content"), default=True, help_text=_("False when it is about one part of the content.")
    )
    score_raw = models.FloatField(_("score"), null=True, blank=True)
    score_min = models.FloatField(_("minimum score"), null=True, blank=True)
    score_max = models.FloatField(_("maximum score"), null=True, blank=True)
    score_scaled = models.FloatField(_("scaled score"), null=True, blank=True)
    success = models.BooleanField(_("success"), null=True, blank=True)
    completion = models.BooleanField(_("completion"), null=True, blank=True)
    duration = models.CharField(_("duration"), max_length=40, blank=True)
    timestamp = models.DateTimeField(_("timestamp"))
    stored_at = models.DateTimeField(_("stored at"), auto_now_add=True)
    raw = models.JSONField(_("statement"))

    class Meta:
        ordering = ["-stored_at", "-pk"]
        indexes = [models.Index(fields=["activity", "user"])]
        constraints = [
            # A statement sent again (a retried request) is stored once.
            models.UniqueConstraint(fields=["user", "statement_id"], name="unique_xapi_statement_per_user"),
        ]
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")

    def __str__(self):
        return f"{self.user} {self.verb.rsplit('/', 1)[-1]} {self.activity}"


class Attempt(models.Model):
    """One scored or completed try at the whole content, from the statement that reported it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainee"), on_delete=models.CASCADE, related_name="h5p_attempts"
    )
    activity = models.ForeignKey(
        "courses.Activity", verbose_name=_("activity"), on_delete=models.CASCADE, related_name="h5p_attempts"
    )
    statement = models.OneToOneField(Statement, on_delete=models.CASCADE, related_name="attempt")
    score_raw = models.FloatField(_("score"), null=True, blank=True)
    score_max = models.FloatField(_("maximum score"), null=True, blank=True)
    score_scaled = models.FloatField(_("scaled score"), null=True, blank=True)
    is_passed = models.BooleanField(_("passed"), default=False)
    finished_at = models.DateTimeField(_("finished at"))

    class Meta:
        ordering = ["-finished_at", "-pk"]
        indexes = [models.Index(fields=["activity", "user"])]
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")

    def __str__(self):
        return f"{self.user}: {self.activity} ({self.percent if self.percent is not None else '-'} %)"

    @property
    def percent(self):
        return None if self.score_scaled is None else round(100 * self.score_scaled)


class UserData(models.Model):
    """The player's saved state for one trainee, so they resume where they left off on any device."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_user_data")
    activity = models.ForeignKey("courses.Activity", on_delete=models.CASCADE, related_name="h5p_user_data")
    data_type = models.CharField(max_length=64, default="state")
    sub_content_id = models.CharField(max_length=64, default="0")
    data = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "activity", "data_type", "sub_content_id"], name="unique_h5p_user_data"
            )
        ]
        verbose_name = _("saved state")
        verbose_name_plural = _("saved states")

    def __str__(self):
        return f"{self.user}: {self.activity} ({self.data_type})"
