"""Reads with a rule about people's accounts: which logins are locked out and until when."""

from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone


@dataclass
class Lockout:
    """An account (a login name) or a client address with too many failed logins."""

    key: str
    failures: int
    last_failure: datetime

    @property
    def unlocks_at(self) -> datetime:
        return self.last_failure + settings.AXES_COOLOFF_TIME


def _lockouts(field: str) -> list[Lockout]:
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    rows = (
        AccessAttempt.objects.filter(attempt_time__gte=since)
        .exclude(**{f"{field}__isnull": True})
        .values(field)
        .annotate(failures=Sum("failures_since_start"), last_failure=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last_failure")
    )
    return [Lockout(row[field], row["failures"], row["last_failure"]) for row in rows]


def locked_accounts() -> list[Lockout]:
    """Login names locked out now, the most recent first."""
    return _lockouts("username")


def locked_addresses() -> list[Lockout]:
    """Client addresses locked out now, the most recent first."""
    return _lockouts("ip_address")
