"""People who use Linkki: their roles, where they work and which languages they work in."""

import unicodedata
from functools import cached_property

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.validators import RegexValidator
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .search import person_key


class Role(models.TextChoices):
    TRAINEE = "trainee", _("Trainee")
    MENTOR = "mentor", _("Mentor")
    COORDINATOR = "coordinator", _("Coordinator")
    TRAINER = "trainer", _("Trainer")
    ADMINISTRATOR = "administrator", _("Administrator")


class ServiceArea(models.Model):
    """A service area of a wellbeing services county (hyvinvointialue), such as the four of Lapland."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    # Remote support reaches clients within the worker's own county, whose local services they know.
    county = models.SlugField(_("wellbeing services county"), max_length=40, default="lappi", db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")

    def __str__(self):
        return self.name


class Municipality(models.Model):
    code = models.CharField(_("statistical code"), max_length=3, unique=True)
    name = models.CharField(_("name"), max_length=100, unique=True)
    name_sv = models.CharField(_("name in Swedish"), max_length=100, blank=True)
    name_se = models.CharField(_("name in North Sámi"), max_length=100, blank=True)
    service_area = models.ForeignKey(
        ServiceArea, verbose_name=_("service area"), on_delete=models.PROTECT, related_name="municipalities"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language a person can work in, by its ISO 639 code (fi, sv, en, se, smn, sms, ...)."""

    code = models.CharField(
        _("ISO 639 code"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[a-z]{2,3}$", _("Use a two- or three-letter ISO 639 code in lower case."))],
    )
    name = models.CharField(_("name"), max_length=60)
    is_sami = models.BooleanField(_("Sámi language"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.name


class User(AbstractUser):
    # People log in with their e-mail address, and an address may be 254 characters long (RFC 5321).
    username = models.CharField(
        _("username"),
        max_length=254,
        unique=True,
        help_text=_("Required. 254 characters or fewer. Usually the person's e-mail address."),
        validators=[UnicodeUsernameValidator()],
        error_messages={"unique": _("A user with that username already exists.")},
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    service_area = models.ForeignKey(
        ServiceArea,
        verbose_name=_("service area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    languages = models.ManyToManyField(Language, verbose_name=_("working languages"), blank=True)
    supports_remotely = models.BooleanField(_("can support remotely"), default=False)
    preferred_language = models.CharField(
        _("language of the user interface"),
        max_length=5,
        blank=True,
        help_text=_("Used for e-mails and documents such as certificates."),
    )
    # Names and municipality folded for searching (see accounts.search.fold), kept up to date on save.
    search_key = models.CharField(max_length=600, blank=True, editable=False)
    # Set when the person's data was erased: the row stays, naming nobody, for what others rely on.
    erased_at = models.DateTimeField(_("data erased at"), null=True, blank=True, editable=False)

    SEARCHED_FIELDS = ("first_name", "last_name", "username", "municipality")

    class Meta:
        ordering = ["last_name", "first_name", "username"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.get_full_name() or self.username

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        also = set()
        if self.municipality_id and (update_fields is None or "municipality" in update_fields):
            # A municipality lies in one service area, so a move to another municipality moves the area too.
            self.service_area_id = self.municipality.service_area_id
            also.add("service_area")
        # Names typed in decomposed form (NFD) would draw marks apart in PDFs and miss in searches.
        self.first_name = unicodedata.normalize("NFC", self.first_name or "")
        self.last_name = unicodedata.normalize("NFC", self.last_name or "")
        self.search_key = self.make_search_key()
        if update_fields is None or set(update_fields) & set(self.SEARCHED_FIELDS):
            also.add("search_key")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *also}
        super().save(*args, **kwargs)

    def make_search_key(self):
        place = self.municipality if self.municipality_id else None
        return person_key(self.first_name, self.last_name, self.username, place)

    @cached_property
    def role_set(self):
        if not self.pk:
            return frozenset()
        roles = set(self.role_grants.values_list("role", flat=True))
        if self.is_superuser:
            roles.add(Role.ADMINISTRATOR)
        return frozenset(roles)

    def has_role(self, *roles):
        return bool(self.role_set.intersection(roles))

    @property
    def is_administrator(self):
        return self.has_role(Role.ADMINISTRATOR)

    @property
    def is_erased(self):
        return self.erased_at is not None


class RoleGrant(models.Model):
    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_grants")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "role"], name="unique_role_per_user")]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self):
        return f"{self.user}: {self.get_role_display()}"


def private_storage():
    """Where personal-data exports are kept: never under MEDIA_ROOT, so never served as a media file."""
    return storages["private"]


class DataExport(models.Model):
    """A person's request for everything Linkki holds about them, and the ZIP built for it."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting to be built")
        READY = "ready", _("Ready to download")
        FAILED = "failed", _("Could not be built")
        EXPIRED = "expired", _("Expired")

    person = models.ForeignKey(User, on_delete=models.CASCADE, related_name="data_exports")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    archive = models.FileField(storage=private_storage, upload_to="exports/", blank=True)
    size = models.PositiveBigIntegerField(default=0)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("available until"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("personal data export")
        verbose_name_plural = _("personal data exports")

    def __str__(self):
        return f"{self.person_id} {self.requested_at:%Y-%m-%d %H:%M}"

    def is_available(self, now=None):
        return (
            self.state == self.State.READY and self.expires_at is not None and self.expires_at > (now or timezone.now())
        )


class ErasureRecord(models.Model):
    """That a person's data was erased, when, why and by whom, under their pseudonym only."""

    class Reason(models.TextChoices):
        REQUEST = "request", _("Erased by an administrator")
        RETENTION = "retention", _("Removed after the retention period")

    pseudonym = models.CharField(_("pseudonym"), max_length=40, db_index=True)
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    erased_by = models.ForeignKey(
        User, verbose_name=_("erased by"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    erased_at = models.DateTimeField(_("erased at"), default=timezone.now)
    counts = models.JSONField(_("rows changed per model"), default=dict, blank=True)

    class Meta:
        ordering = ["-erased_at", "-pk"]
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")

    def __str__(self):
        return f"{self.pseudonym} {self.erased_at:%Y-%m-%d}"
