"""Writes with a rule: keeping each roster entry's standing current, the worker's own settings,
API tokens and the audit log."""

import datetime
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, models, transaction
from django.db.models import OuterRef, Q, Subquery
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Municipality, User
from certificates.selectors import CertificationStatus, Standing, certification_status, certification_statuses

from . import selectors, webhooks
from .models import (
    ApiClient,
    ApiToken,
    AuditedPerson,
    AuditEntry,
    EventType,
    RosterEntry,
    Status,
    StatusChange,
    Theme,
    WebhookEndpoint,
    hash_token,
)

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500
# A token's last use is written at most this often, so busy clients do not write on every request.
LAST_USED_PRECISION = datetime.timedelta(minutes=1)


def _facts(status: CertificationStatus) -> dict[str, Any]:
    """What an entry stores of a CertificationStatus."""
    certificate = status.certificate
    reason = ""
    if certificate is not None and status.state in (Standing.SUSPENDED, Standing.REVOKED):
        reason = certificate.status_reason
    return {
        "status": status.state,
        "reason": reason,
        "valid_until": status.valid_until,
        "supervision_due": status.supervision.next_due if status.supervision is not None else None,
    }


def _apply(person_id: int, status: CertificationStatus, now: datetime.datetime) -> RosterEntry | None:
    """Store `status` on the person's entry; record and announce a change of status."""
    facts = _facts(status)
    entry = RosterEntry.objects.select_for_update().filter(person_id=person_id).first()
    if entry is None:
        if facts["status"] == Standing.NOT_CERTIFIED:
            return None  # never certified: not on the roster
        if get_user_model().objects.filter(pk=person_id, erased_at__isnull=False).exists():
            return None  # erased: their certificate still verifies, but they are on no roster
        # get_or_create, because a certificate and a supervision change may arrive at the same moment.
        RosterEntry.objects.get_or_create(
            person_id=person_id, defaults={"status": Status.NOT_CERTIFIED, "status_since": now}
        )
        entry = RosterEntry.objects.select_for_update().get(person_id=person_id)
    previous = entry.status
    if all(getattr(entry, name) == value for name, value in facts.items()):
        return entry
    for name, value in facts.items():
        setattr(entry, name, value)
    if previous != entry.status:
        entry.status_since = now
    entry.save()
    if previous != entry.status:
        StatusChange.objects.create(
            entry=entry, previous=previous, status=entry.status, reason=entry.reason, changed_at=now
        )
        webhooks.announce_status_change(entry, previous)
    return entry


@transaction.atomic
def refresh_roster_entry(person: User, at: datetime.date | None = None) -> RosterEntry | None:
    """Recompute `person`'s standing with `certification_status` and store it; None if never certified."""
    return _apply(person.pk, certification_status(person, at=at), timezone.now())


def refresh_roster_entries(person_ids: Sequence[int], at: datetime.date | None = None) -> int:
    """The same for many people, reading their standing in bulk, in batches of SWEEP_BATCH."""
    changed = 0
    now = timezone.now()
    for start in range(0, len(person_ids), SWEEP_BATCH):
        batch = person_ids[start : start + SWEEP_BATCH]
        with transaction.atomic():
            previous = dict(RosterEntry.objects.filter(person_id__in=batch).values_list("person_id", "status"))
            for person_id, status in certification_statuses(batch, at).items():
                entry = _apply(person_id, status, now)
                if entry is not None and previous.get(person_id) != entry.status:
                    changed += 1
    return changed


def refresh_due_entries(at: datetime.date | None = None) -> int:
    """The daily sweep: people whose certificate or supervision due date has passed, and certificate
    holders without an entry. Returns how many changed status."""
    at = at or timezone.localdate()
    return refresh_roster_entries(selectors.due_for_refresh(at), at)


@transaction.atomic
def remove_from_roster(person: User) -> dict[str, int]:
    """Take an erased person off the roster and tell the referral system (a `worker.removed` event to
    every endpoint that receives it); the rows deleted per model, none when they were on no roster."""
    entry = RosterEntry.objects.select_for_update().filter(person_id=person.pk).first()
    if entry is None:
        return {}
    webhooks.announce_removal(entry)
    _total, per_model = entry.delete()
    return per_model


def update_worker_settings(
    entry: RosterEntry,
    *,
    by: User,
    themes: Iterable[Theme],
    max_clients: int,
    current_clients: int,
    paused_until: datetime.date | None = None,
    contract_municipalities: Iterable[Municipality] = (),
    gender: str = "",
) -> RosterEntry:
    """What the worker offers clients, set by the worker or a coordinator."""
    if not selectors.can_edit_entry(by, entry):
        raise PermissionDenied
    errors: dict[str, str] = {}
    if max_clients < 1:
        errors["max_clients"] = _("Give at least one client, or pause instead.")
    if paused_until is not None and paused_until < timezone.localdate():
        errors["paused_until"] = _("Choose today or a later day, or leave the field empty.")
    if errors:
        raise ValidationError(errors)
    entry.max_clients = max_clients
    entry.current_clients = current_clients
    entry.paused_until = paused_until
    entry.gender = gender
    entry.save()
    entry.themes.set(themes)
    entry.contract_municipalities.set(contract_municipalities)
    return entry


# The ids the match scores from, copied onto the entry


def _ids_from(through: type[models.Model], owner_column: str, target_column: str) -> RawSQL:
    """SQL for the ids in `through`'s `target_column` whose `owner_column` is the entry's person, as a JSON
    list in id order."""
    table, entry = through._meta.db_table, RosterEntry._meta.db_table
    rows = f'SELECT "{target_column}" FROM "{table}" WHERE "{owner_column}" = "{entry}"."person_id"'
    if connection.vendor == "postgresql":
        return RawSQL(f"COALESCE((SELECT jsonb_agg(ids ORDER BY ids) FROM ({rows}) AS t(ids)), '[]'::jsonb)", [])
    return RawSQL(f'(SELECT json_group_array("{target_column}") FROM ({rows} ORDER BY 1))', [])


def copy_for_matching(person_ids: Iterable[int]) -> None:
    """Copy where these people live, whether they support remotely, and their languages, themes and
    contract municipalities onto their roster entries, in one statement whatever their number (people
    who are not on the roster are skipped)."""
    person = get_user_model().objects.filter(pk=OuterRef("person_id"))
    RosterEntry.objects.filter(person_id__in=list(person_ids)).update(
        person_municipality_id=Subquery(person.values("municipality_id")[:1]),
        person_service_area_id=Subquery(person.values("service_area_id")[:1]),
        person_supports_remotely=Subquery(person.values("supports_remotely")[:1]),
        language_ids=_ids_from(get_user_model().languages.through, "user_id", "language_id"),
        theme_ids=_ids_from(RosterEntry.themes.through, "rosterentry_id", "theme_id"),
        contract_ids=_ids_from(RosterEntry.contract_municipalities.through, "rosterentry_id", "municipality_id"),
    )


# API clients


@transaction.atomic
def create_api_client(
    name: str, *, scopes: Iterable[str], by: User | None, requests_per_minute: int = 120
) -> tuple[ApiClient, str]:
    """A new client with its first token; the token is returned once and only its hash is kept."""
    client = ApiClient(name=name, scopes=list(scopes), created_by=by, requests_per_minute=requests_per_minute)
    client.full_clean()
    client.save()
    _token, raw = issue_token(client)
    return client, raw


def issue_token(
    client: ApiClient,
    *,
    valid_days: int | None = None,
    retire_others_in_days: int | None = None,
    now: datetime.datetime | None = None,
) -> tuple[ApiToken, str]:
    """A new token of `client`, valid for `valid_days` (until revoked when None). For a rotation,
    `retire_others_in_days` gives the client's other tokens that long before they stop working, so the old
    and the new token are both valid while the referral system switches over."""
    now = now or timezone.now()
    raw = ApiToken.new_raw_token()
    expires_at = now + datetime.timedelta(days=valid_days) if valid_days else None
    with transaction.atomic():
        if retire_others_in_days is not None:
            retire_at = now + datetime.timedelta(days=retire_others_in_days)
            current = ApiToken.objects.filter(client=client, revoked_at__isnull=True)
            current.filter(Q(expires_at__isnull=True) | Q(expires_at__gt=retire_at)).update(expires_at=retire_at)
        token = ApiToken.objects.create(
            client=client, prefix=raw[:10], token_hash=hash_token(raw), expires_at=expires_at
        )
    return token, raw


def revoke_token(token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])


def token_for(raw: str) -> ApiToken | None:
    """The active token for the raw value `raw`, or None."""
    now = timezone.now()
    token = (
        ApiToken.objects.select_related("client")
        .filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now),
            token_hash=hash_token(raw),
            revoked_at__isnull=True,
            client__is_active=True,
        )
        .first()
    )
    if token is not None:
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


def record_audit(
    kind: str,
    *,
    client: ApiClient | None = None,
    user: User | None = None,
    query: dict[str, Any],
    people: Sequence[User | int],
    scores: Sequence[int | None] | None = None,
) -> AuditEntry:
    """Log a read that named `people` (persons or their ids), in the order the answer gave them, with
    each one's match score where `scores` is given."""
    ids = [person.pk if isinstance(person, User) else person for person in people]
    scores = list(scores) if scores is not None else [None] * len(ids)
    if len(scores) != len(ids):
        raise ValueError("one score per person returned, or none")
    entry = AuditEntry(kind=kind, client=client, user=user, query=query, at=timezone.now())
    if connection.vendor == "postgresql":
        # Every API read of people writes this: the entry and whom it named in one statement, so one
        # round trip and one commit, instead of a transaction of two inserts.
        with connection.cursor() as cursor:
            cursor.execute(AUDIT_INSERT, [*_audit_values(entry), ids, scores])
            entry.pk = cursor.fetchone()[0]
        entry._state.adding = False
        entry._state.db = connection.alias
        return entry
    with transaction.atomic():
        entry.save(force_insert=True)
        AuditedPerson.objects.bulk_create(
            [
                AuditedPerson(audit=entry, person_id=person_id, position=position, score=score)
                for position, (person_id, score) in enumerate(zip(ids, scores, strict=True))
            ]
        )
    return entry


_AUDIT_FIELDS = {field.name: field for field in AuditEntry._meta.concrete_fields}
AUDIT_FIELDS = [_AUDIT_FIELDS[name] for name in ("kind", "client", "user", "query", "at")]
AUDIT_INSERT = """
WITH entry AS (
    INSERT INTO {entries} ({columns}) VALUES ({placeholders}) RETURNING id
), named AS (
    INSERT INTO {people} (audit_id, person_id, position, score)
    SELECT entry.id, returned.person_id, returned.place - 1, returned.score
    FROM entry, unnest(%s::bigint[], %s::integer[]) WITH ORDINALITY AS returned(person_id, score, place)
)
SELECT id FROM entry
""".format(
    entries=AuditEntry._meta.db_table,
    people=AuditedPerson._meta.db_table,
    columns=", ".join(str(field.column) for field in AUDIT_FIELDS),
    placeholders=", ".join(["%s"] * len(AUDIT_FIELDS)),
)


def _audit_values(entry: AuditEntry) -> list[Any]:
    """The entry's columns as the ORM would send them (the query as JSON, the time in UTC)."""
    return [field.get_db_prep_save(getattr(entry, field.attname), connection) for field in AUDIT_FIELDS]


def add_webhook_endpoint(
    client: ApiClient, url: str, *, by: User | None, event_types: Iterable[str] | None = None
) -> WebhookEndpoint:
    """A new address for `client`, checked (public, https, no credentials) before it is stored; it
    receives the given event types, every type when none are given."""
    endpoint = WebhookEndpoint(client=client, url=url, created_by=by)
    if event_types is not None:
        endpoint.event_types = _in_order(event_types)
    endpoint.full_clean()
    endpoint.save()
    return endpoint


def set_webhook_events(endpoint: WebhookEndpoint, event_types: Iterable[str]) -> WebhookEndpoint:
    """Change which status changes `endpoint` receives from now on."""
    endpoint.event_types = _in_order(event_types)
    endpoint.clean()
    endpoint.save(update_fields=["event_types"])
    return endpoint


def _in_order(event_types: Iterable[str]) -> list[str]:
    """The event types in their defined order, unknown ones after them (for clean() to name)."""
    chosen = set(event_types)
    return [value for value in EventType.values if value in chosen] + sorted(map(str, chosen - set(EventType.values)))


def deactivate_webhook_endpoint(endpoint: WebhookEndpoint) -> None:
    endpoint.is_active = False
    endpoint.save(update_fields=["is_active"])
