"""The person's own account: profile, roles, logins, exports; and Django's admin log and sessions.

Erasure keeps the account's row, so that certificates, supervision sessions and audit rows that others
rely on still point somewhere, but the row names nobody: its login name becomes the pseudonym and every
personal field is emptied. It runs after every other app, which still read the person's name to scrub it.
"""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db.models import Q
from django.utils import timezone

from common.privacy import declare, rows

from .models import DataExport, RoleGrant, User


def _login_names(person):
    return Q(username__iexact=person.username) | (Q(username__iexact=person.email) if person.email else Q())


def _about_person(person):
    return Q(content_type=ContentType.objects.get_for_model(User), object_id=str(person.pk))


def export(person):
    profile = rows(
        User.objects.filter(pk=person.pk),
        "username",
        "first_name",
        "last_name",
        "email",
        "phone",
        "municipality__name",
        "service_area__name",
        "supports_remotely",
        "preferred_language",
        "date_joined",
        "last_login",
    )[0]
    profile["languages"] = list(person.languages.order_by("code").values_list("code", flat=True))
    return {
        "profile": profile,
        "roles": rows(RoleGrant.objects.filter(user=person).order_by("role"), "role", "granted_at"),
        "logins": rows(
            AccessLog.objects.filter(_login_names(person)).order_by("attempt_time"),
            "attempt_time",
            "logout_time",
            "ip_address",
            "user_agent",
        ),
        "failed_logins": rows(
            AccessFailureLog.objects.filter(_login_names(person)).order_by("attempt_time"),
            "attempt_time",
            "ip_address",
            "user_agent",
            "locked_out",
        ),
        "admin_actions": rows(
            LogEntry.objects.filter(user=person).order_by("action_time"),
            "action_time",
            "content_type__model",
            "object_repr",
            "action_flag",
            "change_message",
        ),
        "data_exports": rows(
            DataExport.objects.filter(person=person).order_by("requested_at"), "requested_at", "state", "expires_at"
        ),
    }


def _sessions_of(person):
    """The person's logged-in sessions; a session's owner is only inside its encoded data."""
    mine = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(person.pk):
            mine.append(session.pk)
    return mine


def erase(person, erasure):
    # Locked, so that an export being saved this moment is either seen here with its file or not saved.
    for data_export in DataExport.objects.select_for_update().filter(person=person):
        if data_export.archive:
            data_export.archive.delete(save=False)
    erasure.deleted(DataExport.objects.filter(person=person))
    erasure.deleted(RoleGrant.objects.filter(user=person))
    erasure.deleted(Session.objects.filter(pk__in=_sessions_of(person)))
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        erasure.deleted(model.objects.filter(_login_names(person)))
    # The admin log is an audit trail: its rows stay, about and by the pseudonym.
    LogEntry.objects.filter(_about_person(person)).update(object_repr=erasure.pseudonym)
    erasure.scrub(LogEntry.objects.all(), "object_repr", "change_message")
    person.languages.clear()
    person.groups.clear()
    person.user_permissions.clear()
    person.username = erasure.pseudonym
    person.first_name = person.last_name = person.email = person.phone = ""
    person.municipality = person.service_area = None
    person.supports_remotely = False
    person.preferred_language = ""
    person.is_active = person.is_staff = person.is_superuser = False
    person.last_login = None
    person.erased_at = timezone.now()
    # A changed password hash also makes every password-reset link sent earlier invalid.
    person.set_unusable_password()
    person.save()
    person.__dict__.pop("role_set", None)


declare(
    "accounts",
    models=[
        "accounts.User",
        "accounts.RoleGrant",
        "accounts.DataExport",
        "accounts.ErasureRecord",
        "admin.LogEntry",
    ],
    export=export,
    erase=erase,
    erase_order=900,
)
