"""The roster of link workers: everyone ever certified, their standing kept current, what they offer
to clients, the API clients of the referral system, its audit log and the webhooks it receives.

A RosterEntry materialises `certificates.selectors.certification_status` so that the referral
system's list and match are single indexed queries; `roster.services.refresh_roster_entry` keeps it
current.
"""

import base64
import hashlib
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy as _

from certificates.selectors import Standing

from .webhook_client import AddressRefused, check as check_webhook_address


class Status(models.TextChoices):
    IN_GOOD_STANDING = Standing.IN_GOOD_STANDING, Standing.LABELS[Standing.IN_GOOD_STANDING]
    SUPERVISION_OVERDUE = Standing.SUPERVISION_OVERDUE, Standing.LABELS[Standing.SUPERVISION_OVERDUE]
    EXPIRED = Standing.EXPIRED, Standing.LABELS[Standing.EXPIRED]
    SUSPENDED = Standing.SUSPENDED, Standing.LABELS[Standing.SUSPENDED]
    REVOKED = Standing.REVOKED, Standing.LABELS[Standing.REVOKED]
    NOT_CERTIFIED = Standing.NOT_CERTIFIED, Standing.LABELS[Standing.NOT_CERTIFIED]


class Gender(models.TextChoices):
    FEMALE = "female", _("Woman")
    MALE = "male", _("Man")
    OTHER = "other", _("Other")


class Theme(models.Model):
    """Something a link worker likes to do with clients: physical activity, culture, nature..."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return gettext(self.name)


COPIED = (
    "person_municipality",
    "person_service_area",
    "person_supports_remotely",
    "language_ids",
    "theme_ids",
    "contract_ids",
)


class RosterEntry(models.Model):
    """One person who has ever been certified. Its primary key is the person's id."""

    person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="roster_entry",
    )
    status = models.CharField(_("status"), max_length=24, choices=Status.choices, default=Status.NOT_CERTIFIED)
    reason = models.TextField(
        _("reason for the status"), blank=True, max_length=4000, validators=[MaxLengthValidator(4000)]
    )
    valid_until = models.DateField(_("certificate valid until"), null=True, blank=True)
    supervision_due = models.DateField(_("next supervision due"), null=True, blank=True)
    status_since = models.DateTimeField(_("status since"), default=timezone.now)

    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="entries")
    max_clients = models.PositiveSmallIntegerField(_("maximum number of clients at once"), default=3)
    current_clients = models.PositiveSmallIntegerField(_("clients now"), default=0)
    paused_until = models.DateField(
        _("paused until"), null=True, blank=True, help_text=_("Takes no new clients before this day.")
    )
    contract_municipalities = models.ManyToManyField(
        "accounts.Municipality", verbose_name=_("municipalities with a contract"), blank=True, related_name="+"
    )
    gender = models.CharField(
        _("gender (optional, used only for matching)"), max_length=10, choices=Gender.choices, blank=True
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Copies of what the match reads of the person (where they live, whether they support remotely, their
    # language ids) and of the entry's theme and contract municipality ids (in id order), so that it finds
    # and scores candidates from the roster's rows alone. `roster.signals` keeps them in step with the
    # person and the three many-to-many tables, which stay the record.
    person_municipality = models.ForeignKey(
        "accounts.Municipality", null=True, on_delete=models.SET_NULL, related_name="+", editable=False, db_index=False
    )
    person_service_area = models.ForeignKey(
        "accounts.ServiceArea", null=True, on_delete=models.SET_NULL, related_name="+", editable=False, db_index=False
    )
    person_supports_remotely = models.BooleanField(default=False, editable=False)
    language_ids = models.JSONField(default=list, blank=True, editable=False)
    theme_ids = models.JSONField(default=list, blank=True, editable=False)
    contract_ids = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        ordering = ["person_id"]
        indexes = [
            models.Index(fields=["status", "person"], name="roster_status_person"),
            models.Index(fields=["valid_until"], name="roster_valid_until"),
            models.Index(fields=["supervision_due"], name="roster_supervision_due"),
            # The match's candidates: people in good standing of the client's service area or county.
            models.Index(
                fields=["person_service_area"],
                condition=models.Q(status=Status.IN_GOOD_STANDING),
                name="roster_matchable_by_area",
            ),
        ]
        verbose_name = _("roster entry")
        verbose_name_plural = _("roster entries")

    def __str__(self):
        return str(self.person)

    def save(self, *args, **kwargs):
        # The copies are written only from their sources: an entry read before a change of languages or
        # of the person's municipality and saved after it must not put the old values back.
        if not self._state.adding and kwargs.get("update_fields") is None and not kwargs.get("force_insert"):
            kwargs["update_fields"] = [
                field.name for field in self._meta.concrete_fields if not field.primary_key and field.name not in COPIED
            ]
        super().save(*args, **kwargs)

    def clean(self):
        if (
            self.current_clients is not None
            and self.max_clients is not None
            and self.current_clients > self.max_clients
        ):
            raise ValidationError(
                {
                    "current_clients": _(
                        "You have more clients now (%(current)s) than your maximum (%(maximum)s). Raise the maximum or "
                        "lower the number of clients."
                    )
                    % {"current": self.current_clients, "maximum": self.max_clients}
                }
            )

    @property
    def is_in_good_standing(self):
        return self.status == Status.IN_GOOD_STANDING

    @property
    def free_places(self):
        return max(self.max_clients - self.current_clients, 0)

    def is_paused(self, on=None):
        return self.paused_until is not None and self.paused_until > (on or timezone.localdate())


class StatusChange(models.Model):
    entry = models.ForeignKey(RosterEntry, on_delete=models.CASCADE, related_name="changes")
    previous = models.CharField(_("previous status"), max_length=24, choices=Status.choices)
    status = models.CharField(_("status"), max_length=24, choices=Status.choices)
    reason = models.TextField(_("reason"), blank=True, max_length=4000, validators=[MaxLengthValidator(4000)])
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.entry}: {self.previous} → {self.status}"


class Scope(models.TextChoices):
    READ = "roster:read", _("Read the roster and check certification")
    MATCH = "roster:match", _("Match referrals with link workers")


def hash_token(raw):
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiClient(models.Model):
    """A system that uses the roster API, such as the referral system."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    scopes = models.JSONField(_("scopes"), default=list, blank=True, help_text=_("Any of: roster:read, roster:match."))
    requests_per_minute = models.PositiveIntegerField(_("requests per minute"), default=120)
    is_active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("API client")
        verbose_name_plural = _("API clients")

    def __str__(self):
        return self.name

    def clean(self):
        unknown = set(self.scopes or []) - set(Scope.values)
        if unknown:
            raise ValidationError({"scopes": _("Unknown scopes: %(scopes)s") % {"scopes": ", ".join(sorted(unknown))}})

    def has_scope(self, scope):
        return scope in (self.scopes or [])


class ApiToken(models.Model):
    """A bearer token of an API client. Only its SHA-256 hash is kept; the token is shown once."""

    client = models.ForeignKey(ApiClient, verbose_name=_("client"), on_delete=models.CASCADE, related_name="tokens")
    prefix = models.CharField(_("prefix"), max_length=12, help_text=_("The start of the token, to recognise it."))
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    expires_at = models.DateTimeField(
        _("valid until"), null=True, blank=True, help_text=_("Empty: valid until revoked.")
    )
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.client}: {self.prefix}…"

    @property
    def is_expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @property
    def is_active(self):
        return self.revoked_at is None and not self.is_expired and self.client.is_active

    @staticmethod
    def new_raw_token():
        return "lk_" + secrets.token_urlsafe(32)


class AuditEntry(models.Model):
    """One API read that named people: a list page, one person's record, a certification check or a
    match. Who asked, what, and whom the answer named in its order (`returned`)."""

    class Kind(models.TextChoices):
        LIST = "list", _("Roster list")
        RETRIEVE = "retrieve", _("Roster record")
        CERTIFICATION = "certification", _("Certification check")
        MATCH = "match", _("Match")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    client = models.ForeignKey(
        ApiClient,
        verbose_name=_("API client"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_entries",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person who asked"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    query = models.JSONField(_("query"), default=dict)
    people = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("people returned"),
        blank=True,
        through="AuditedPerson",
        related_name="roster_audit_entries",
    )
    at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"

    @property
    def asked_by(self):
        return self.client or self.user

    @property
    def query_items(self):
        """The query as (name, value) pairs to show, a repeated parameter's values joined."""
        return [
            (name, ", ".join(map(str, value)) if isinstance(value, list) else value)
            for name, value in self.query.items()
        ]


class AuditedPerson(models.Model):
    """A person an audited answer named, at their place in it, with their score when it was a match."""

    audit = models.ForeignKey(AuditEntry, on_delete=models.CASCADE, related_name="returned")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveIntegerField(_("place in the answer"))
    score = models.IntegerField(_("match score"), null=True, blank=True)

    class Meta:
        ordering = ["audit", "position"]
        constraints = [models.UniqueConstraint(fields=["audit", "position"], name="roster_audited_place")]
        verbose_name = _("person returned")
        verbose_name_plural = _("people returned")

    def __str__(self):
        return f"{self.audit_id} #{self.position}: {self.person_id}"


def new_webhook_secret():
    # The Standard Webhooks form: a prefix and the base64 of the key bytes.
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def validate_https(url):
    if not url.lower().startswith("https://"):
        raise ValidationError(_("Only https:// addresses are accepted."), code="https_only")


def validate_webhook_address(url):
    """https, no user name or password, and a host whose every address is public or allowed on purpose."""
    try:
        check_webhook_address(url)
    except AddressRefused as refusal:
        raise ValidationError(refusal.message, code=refusal.code) from None


class EventType(models.TextChoices):
    """What the referral system can subscribe to: one type per roster status it acts on."""

    CERTIFIED = "worker.certified", _("Certified, in good standing")
    SUPERVISION_OVERDUE = "worker.supervision_overdue", _("Supervision overdue")
    EXPIRED = "worker.expired", _("Expired")
    SUSPENDED = "worker.suspended", _("Suspended")
    REVOKED = "worker.revoked", _("Revoked")
    # Not a status: the person's data was erased, so the receiver must forget them (GDPR art. 17 and 19).
    REMOVED = "worker.removed", _("Removed: the person's data was erased")


def all_event_types():
    return list(EventType.values)


class WebhookEndpoint(models.Model):
    client = models.ForeignKey(
        ApiClient, verbose_name=_("API client"), on_delete=models.CASCADE, related_name="webhook_endpoints"
    )
    url = models.URLField(_("address"), max_length=500, validators=[validate_webhook_address])
    secret = models.CharField(_("signing secret"), max_length=80, default=new_webhook_secret)
    event_types = models.JSONField(
        _("events sent"), default=all_event_types, blank=True, help_text=_("The status changes this address receives.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["client__name", "url"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self):
        return self.url

    def clean(self):
        types = self.event_types if isinstance(self.event_types, list) else None
        if not types:
            raise ValidationError({"event_types": _("Choose at least one status change to send.")})
        unknown = set(types) - set(EventType.values)
        if unknown:
            raise ValidationError(
                {"event_types": _("Unknown events: %(types)s") % {"types": ", ".join(sorted(map(str, unknown)))}}
            )

    def receives(self, event_type):
        return event_type in (self.event_types or [])

    def event_labels(self):
        return [EventType(value).label for value in EventType.values if value in (self.event_types or [])]


class WebhookEvent(models.Model):
    """A status change to tell the referral system about. Its id is the idempotency key."""

    Type = EventType

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    type = models.CharField(_("type"), max_length=40, choices=EventType.choices)
    person = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    payload = models.JSONField(_("payload"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("webhook event")
        verbose_name_plural = _("webhook events")

    def __str__(self):
        return f"{self.type} {self.id}"

    @property
    def message_id(self):
        return f"msg_{self.id.hex}"


class WebhookDelivery(models.Model):
    """One event to one endpoint, stored in the transaction of the change that caused it and sent
    afterwards: tried until it gets through, with a growing wait, or given up after the last attempt."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Given up")
        STOPPED = "stopped", _("Not sent: the address is no longer in use")
        WITHDRAWN = "withdrawn", _("Not sent: the person's data was erased")

    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True, default=timezone.now)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["event", "endpoint"], name="roster_delivery_once")]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="roster_delivery_due")]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self):
        return f"{self.event_id} → {self.endpoint}"

    @property
    def is_pending(self):
        return self.state == self.State.PENDING


class WebhookAttempt(models.Model):
    """One try to post a delivery's event, with what the receiver answered."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="tries")
    number = models.PositiveSmallIntegerField(_("attempt"))
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    location = models.CharField(
        _("redirected to"),
        max_length=2000,
        blank=True,
        help_text=_("The Location of a redirect, which is never followed."),
    )
    error = models.TextField(_("error"), blank=True)
    succeeded = models.BooleanField(_("succeeded"), default=False)
    attempted_at = models.DateTimeField(_("attempted at"), default=timezone.now)
    duration_ms = models.PositiveIntegerField(_("duration (ms)"), null=True, blank=True)

    class Meta:
        ordering = ["-attempted_at", "-pk"]
        verbose_name = _("webhook delivery attempt")
        verbose_name_plural = _("webhook delivery attempts")

    def __str__(self):
        return f"{self.delivery} #{self.number}"
