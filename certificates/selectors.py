"""Who is certified, and in what standing. The one place that answers "may this person take clients?"."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Certificate


class Standing:
    IN_GOOD_STANDING = "in_good_standing"
    SUPERVISION_OVERDUE = "supervision_overdue"
    EXPIRED = "expired"
    SUSPENDED = "suspended"
    REVOKED = "revoked"
    NOT_CERTIFIED = "not_certified"

    LABELS = {
        IN_GOOD_STANDING: _("In good standing"),
        SUPERVISION_OVERDUE: _("Certified, supervision overdue"),
        EXPIRED: _("Expired"),
        SUSPENDED: _("Suspended"),
        REVOKED: _("Revoked"),
        NOT_CERTIFIED: _("Not certified"),
    }


@dataclass
class CertificationStatus:
    state: str
    certificate: Certificate | None
    valid_until: date | None
    supervision: object | None = None

    @property
    def is_in_good_standing(self):
        return self.state == Standing.IN_GOOD_STANDING

    @property
    def label(self):
        return Standing.LABELS[self.state]


def first_certified_on(person, programme=None):
    """The day `person` was first certified (in `programme`, or any), or None."""
    certificates = Certificate.objects.filter(holder=person).exclude(status=Certificate.Status.REVOKED)
    if programme:
        certificates = certificates.filter(programme=programme)
    return certificates.aggregate(first=Min("issued_on"))["first"]


def current_certificate(person, programme=None):
    """The newest certificate that is not superseded, whatever its state."""
    certificates = Certificate.objects.filter(holder=person).exclude(status=Certificate.Status.SUPERSEDED)
    if programme:
        certificates = certificates.filter(programme=programme)
    return certificates.select_related("course").order_by("-issued_on", "-pk").first()


def certification_status(person, at=None, programme=None):
    """The person's standing on day `at` (today by default)."""
    from mentoring.selectors import supervision_status

    at = at or timezone.localdate()
    certificate = current_certificate(person, programme)
    if certificate is None:
        return CertificationStatus(Standing.NOT_CERTIFIED, None, None)
    if certificate.status == Certificate.Status.REVOKED:
        return CertificationStatus(Standing.REVOKED, certificate, certificate.valid_until)
    if certificate.status == Certificate.Status.SUSPENDED:
        return CertificationStatus(Standing.SUSPENDED, certificate, certificate.valid_until)
    if certificate.valid_until < at:
        return CertificationStatus(Standing.EXPIRED, certificate, certificate.valid_until)
    supervision = supervision_status(person, on=at)
    state = Standing.IN_GOOD_STANDING if supervision.is_up_to_date else Standing.SUPERVISION_OVERDUE
    return CertificationStatus(state, certificate, certificate.valid_until, supervision)
