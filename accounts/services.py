import hashlib
import logging
import uuid
from datetime import datetime, timedelta

from axes.utils import reset as axes_reset
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from common import privacy, ratelimit
from common.dispatch import enqueue

from . import selectors
from .models import DataExport, ErasureRecord, Role, RoleGrant, User

logger = logging.getLogger(__name__)

STAFF_ROLES = {Role.TRAINER, Role.ADMINISTRATOR}


@transaction.atomic
def grant_role(user: User, role: Role | str) -> None:
    """Give `user` a role; trainers and administrators also get into the admin site."""
    RoleGrant.objects.get_or_create(user=user, role=role)
    if role in STAFF_ROLES and not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.__dict__.pop("role_set", None)


@transaction.atomic
def revoke_role(user: User, role: Role | str) -> None:
    RoleGrant.objects.filter(user=user, role=role).delete()
    user.__dict__.pop("role_set", None)
    if role in STAFF_ROLES and not user.is_superuser and not user.has_role(*STAFF_ROLES):
        user.is_staff = False
        user.save(update_fields=["is_staff"])


def unlock_account(username: str) -> int:
    """Let a locked-out login name try again at once; how many failed attempts were forgotten."""
    return axes_reset(username=username)


def unlock_address(address: str) -> int:
    """Let a locked-out client address try again at once; how many failed attempts were forgotten."""
    return axes_reset(ip=address)


def password_reset_may_be_sent(email: str, address: str) -> bool:
    """True while this e-mail address, and the client asking, are within their hourly reset limits.

    The reset page answers the same either way, so the limit tells nobody whether an account exists.
    """
    digest = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    per_email = ratelimit.hit(f"password-reset:email:{digest}", settings.PASSWORD_RESET_EMAILS_PER_HOUR, 3600)
    per_client = ratelimit.hit(f"password-reset:client:{address}", settings.PASSWORD_RESET_REQUESTS_PER_HOUR, 3600)
    return per_email.allowed and per_client.allowed


# Personal data: exports, erasure and retention


EXPORT_GIVEN_UP_AFTER = timedelta(hours=1)


class DataExportRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def request_data_export(person: User) -> DataExport:
    """Queue a ZIP of everything Linkki holds about `person`; an export still being built is reused.

    Raises DataExportRefused after DATA_EXPORTS_PER_DAY new exports in a day: each one gathers the whole
    record and draws its PDFs, which nobody should be able to make the server do without end."""
    queued = DataExport.objects.filter(person=person, state=DataExport.State.QUEUED)
    # One queued longer than any build takes was lost (a worker stopped mid-way): it must not block a new one.
    queued.filter(requested_at__lt=timezone.now() - EXPORT_GIVEN_UP_AFTER).update(
        state=DataExport.State.FAILED, finished_at=timezone.now()
    )
    pending = queued.first()
    if pending is not None:
        return pending
    if not ratelimit.hit(f"data-export:{person.pk}", settings.DATA_EXPORTS_PER_DAY, 24 * 3600).allowed:
        raise DataExportRefused(
            _(
                "You have asked for a copy of your data %(count)s times today. Download one below, or ask again tomorrow."
            )
            % {"count": settings.DATA_EXPORTS_PER_DAY}
        )
    data_export = DataExport.objects.create(person=person)
    transaction.on_commit(lambda: enqueue("accounts.build_data_export", data_export.pk))
    return data_export


def build_data_export(export_id: int) -> DataExport | None:
    """Build a queued export's ZIP and keep it privately until it expires; None if it was not queued."""
    data_export = DataExport.objects.select_related("person").filter(pk=export_id).first()
    if data_export is None or data_export.state != DataExport.State.QUEUED:
        return None
    try:
        archive = privacy.export_zip(data_export.person)
    except Exception:
        logger.exception("Personal data export %s could not be built", export_id)
        DataExport.objects.filter(pk=export_id).update(state=DataExport.State.FAILED, finished_at=timezone.now())
        return None
    with transaction.atomic():
        # The person may have been erased while this was built: then there is nothing to keep, and the
        # lock makes an erasure that comes now wait and find the file to delete.
        if not DataExport.objects.select_for_update().filter(pk=export_id, state=DataExport.State.QUEUED).exists():
            return None
        # A random name: the file's address tells nothing even to someone who sees the storage's listing.
        data_export.archive.save(f"{uuid.uuid4().hex}.zip", ContentFile(archive), save=False)
        data_export.size = len(archive)
        data_export.state = DataExport.State.READY
        data_export.finished_at = timezone.now()
        data_export.expires_at = data_export.finished_at + timedelta(hours=settings.DATA_EXPORT_HOURS)
        data_export.save(update_fields=["archive", "size", "state", "finished_at", "expires_at"])
    _tell_export_ready(data_export)
    return data_export


def _tell_export_ready(data_export: DataExport) -> None:
    """E-mail the person that their export can be downloaded, in their language; the mail carries only a
    link to the profile, where they log in to download it, never the data itself."""
    person = data_export.person
    if not person.email:
        return
    context = {
        "recipient": person,
        "data_export": data_export,
        "url": settings.SITE_URL.rstrip("/") + reverse("profile") + "#your-data",
    }
    with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string("accounts/email/data_export_ready_subject.txt", context).split())
        body = render_to_string("accounts/email/data_export_ready.txt", context)
    # A mail server that is down must not undo a finished export: it still waits on the profile page.
    try:
        send_mail(subject, body, None, [person.email])
    except OSError:
        logger.warning("The e-mail that personal data export %s is ready could not be sent", data_export.pk)


def expire_data_exports(now: datetime | None = None) -> int:
    """Delete the files of exports past their time; how many expired."""
    now = now or timezone.now()
    expired = list(DataExport.objects.filter(state=DataExport.State.READY, expires_at__lte=now))
    for data_export in expired:
        if data_export.archive:
            data_export.archive.delete(save=False)
    return DataExport.objects.filter(pk__in=[e.pk for e in expired]).update(state=DataExport.State.EXPIRED, archive="")


class ErasureRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def erase_person(person: User, *, by: User | None, reason: str = ErasureRecord.Reason.REQUEST) -> ErasureRecord:
    """Erase `person`'s personal data in every app and record it under their pseudonym only."""
    if person.is_erased:
        raise ErasureRefused(_("This person's data has already been erased."))
    if by is not None and by.pk == person.pk:
        raise ErasureRefused(_("You cannot erase your own account. Ask another administrator."))
    with transaction.atomic():
        erasure = privacy.erase(person, by=by)
        record = ErasureRecord.objects.create(
            pseudonym=erasure.pseudonym, reason=reason, erased_by=by, counts=erasure.counts
        )
    logger.info("Erased %s (%s): %s", erasure.pseudonym, reason, erasure.counts)
    return record


def remove_inactive_accounts(now: datetime | None = None) -> list[str]:
    """The retention run: erase every account that never certified and has been inactive for
    INACTIVE_ACCOUNT_MONTHS; the pseudonyms of those removed."""
    removed = []
    for person in selectors.inactive_accounts(now):
        record = erase_person(person, by=None, reason=ErasureRecord.Reason.RETENTION)
        removed.append(record.pseudonym)
    logger.info(
        "Retention run: %d accounts inactive for %d months removed", len(removed), settings.INACTIVE_ACCOUNT_MONTHS
    )
    return removed
