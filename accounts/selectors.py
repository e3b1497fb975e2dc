"""Reads with a rule about people's accounts: which logins are locked out and until when, and which
accounts the retention run removes."""

import calendar
from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from common import privacy

from .models import DataExport, Role, User


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


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the month's last day where it is shorter)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    days = calendar.monthrange(year, month)[1]
    return moment.replace(year=year, month=month, day=min(moment.day, days))


def inactive_accounts(now: datetime | None = None) -> list[User]:
    """Trainee accounts that never certified and have not logged in for INACTIVE_ACCOUNT_MONTHS (not since
    they were made, if never): what the retention run removes. Staff roles, anyone an app keeps, and anyone
    an app saw active in that time (learning, supervised, in a session still open) stay."""
    months = settings.INACTIVE_ACCOUNT_MONTHS
    if months <= 0:
        return []
    cutoff = months_before(now or timezone.now(), months)
    candidates = (
        User.objects.filter(erased_at__isnull=True, is_staff=False, is_superuser=False)
        .exclude(role_grants__role__in=[role for role in Role.values if role != Role.TRAINEE])
        .annotate(last_seen=Coalesce("last_login", "date_joined"))
        .filter(last_seen__lt=cutoff)
    )
    kept = privacy.kept_by_apps(candidates, seen_since=cutoff)
    return [person for person in candidates.order_by("pk") if person.pk not in kept]


def data_exports_of(person: User) -> list[DataExport]:
    """The person's exports, newest first: what the profile page lists."""
    return list(DataExport.objects.filter(person=person).order_by("-requested_at", "-pk")[:5])
