"""Certificates of completed link-worker training: the rules that earn one, and the certificates issued."""

import secrets
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


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
    renewal_window_days = models.PositiveIntegerField(
        _("renewal window (days before expiry)"), default=90
    )

    class Meta:
        verbose_name = _("certification rule")
        verbose_name_plural = _("certification rules")

    def __str__(self):
        return str(self.course)


def new_verification_code():
    return secrets.token_urlsafe(18)


class Certificate(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        SUSPENDED = "suspended", _("Suspended")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Renewed")

    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey("courses.Course", verbose_name=_("course"), on_delete=models.PROTECT,
                               related_name="certificates")
    programme = models.SlugField(_("programme"), max_length=60, help_text=_("The course code, shared by versions."))
    number = models.CharField(_("number"), max_length=20, unique=True)
    verification_code = models.CharField(max_length=40, unique=True, default=new_verification_code)
    issued_on = models.DateField(_("issued on"))
    valid_until = models.DateField(_("valid until"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE)
    status_reason = models.TextField(_("reason for the status"), blank=True)
    previous = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="renewal",
        verbose_name=_("renews"),
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(_("language"), max_length=5, default="fi")
    created_at = models.DateTimeField(auto_now_add=True)

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
