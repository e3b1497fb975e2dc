"""Reads with a rule: whose standing is due for a fresh look, who matches a referral, who sees what."""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import Case, Exists, Expression, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Value, When
from django.db.models.functions import Least
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Language, Municipality, Role, ServiceArea, User
from accounts.search import fold
from certificates.models import Certificate

from .models import (
    ApiClient,
    AuditedPerson,
    AuditEntry,
    RosterEntry,
    Status,
    StatusChange,
    Theme,
    WebhookAttempt,
    WebhookDelivery,
)

CURRENT_STANDINGS = [Status.IN_GOOD_STANDING, Status.SUPERVISION_OVERDUE]


def due_for_refresh(at: datetime.date | None = None) -> list[int]:
    """People whose stored standing may be stale on day `at`: a certificate or a supervision due date
    has passed, or a certificate holder has no entry yet."""
    at = at or timezone.localdate()
    stale = RosterEntry.objects.filter(
        Q(status__in=CURRENT_STANDINGS, valid_until__lt=at) | Q(status=Status.IN_GOOD_STANDING, supervision_due__lt=at)
    ).values_list("person_id", flat=True)
    missing = (
        Certificate.objects.exclude(holder__roster_entry__isnull=False)
        .filter(holder__erased_at__isnull=True)  # an erased person is never put back on the roster
        .values_list("holder_id", flat=True)
        .distinct()
    )
    return sorted(set(stale) | set(missing))


def roster_entries() -> QuerySet[RosterEntry]:
    """Entries with everything the pages show, in a constant number of queries."""
    return RosterEntry.objects.select_related("person__municipality", "person__service_area").prefetch_related(
        "person__languages", "themes", "contract_municipalities"
    )


# What the API returns of a person, beside the entry's own fields.
LISTED_PERSON_FIELDS = [
    "first_name",
    "last_name",
    "email",
    "phone",
    "supports_remotely",
    "municipality",
    "municipality__code",
    "municipality__name",
    "service_area",
    "service_area__code",
    "service_area__name",
]


def roster_listing() -> QuerySet[RosterEntry]:
    """Entries as the API returns them, in one query on PostgreSQL: each entry's language, theme and
    contract municipality codes come as arrays in the page's own rows (`listed_codes`). Elsewhere
    the three are prefetched, two queries more."""
    entries = RosterEntry.objects.select_related("person__municipality", "person__service_area").only(
        *[field.name for field in RosterEntry._meta.concrete_fields],
        *[f"person__{name}" for name in LISTED_PERSON_FIELDS],
    )
    if connection.vendor != "postgresql":
        return entries.prefetch_related("person__languages", "themes", "contract_municipalities")
    from django.contrib.postgres.expressions import ArraySubquery

    spoken = get_user_model().languages.through.objects.filter(user_id=OuterRef("person_id"))
    liked = RosterEntry.themes.through.objects.filter(rosterentry_id=OuterRef("person_id"))
    contracts = RosterEntry.contract_municipalities.through.objects.filter(rosterentry_id=OuterRef("person_id"))
    # Ordered by name, as the related models order themselves when prefetched.
    return entries.annotate(
        language_codes=ArraySubquery(spoken.order_by("language__name").values("language__code")),
        theme_codes=ArraySubquery(liked.order_by("theme__name").values("theme__code")),
        contract_codes=ArraySubquery(contracts.order_by("municipality__name").values("municipality__code")),
    )


# The columns of a listed row as `RosterEntrySerializer.rows_representation` reads them: the page
# as plain values, no model instances (PostgreSQL, where the codes come as arrays in the same row).
LISTED_ROW = [
    "person_id",
    "status",
    "reason",
    "valid_until",
    "supervision_due",
    "status_since",
    "max_clients",
    "current_clients",
    "paused_until",
    "updated_at",
    "person__first_name",
    "person__last_name",
    "person__email",
    "person__phone",
    "person__supports_remotely",
    "person__municipality_id",
    "person__municipality__code",
    "person__municipality__name",
    "person__service_area_id",
    "person__service_area__code",
    "person__service_area__name",
    "language_codes",
    "theme_codes",
    "contract_codes",
]


def roster_rows(entries: QuerySet[RosterEntry]) -> QuerySet[RosterEntry, dict[str, Any]] | None:
    """Entries from `roster_listing` (filtered as may be) as rows of `LISTED_ROW`; None where the
    codes are not in the row (not PostgreSQL) and the entries must be read as models."""
    if connection.vendor != "postgresql":
        return None
    return entries.values(*LISTED_ROW)


def listed_codes(entry: RosterEntry) -> tuple[list[str], list[str], list[str]]:
    """(language codes, theme codes, contract municipality codes) of an entry from `roster_listing`."""
    if hasattr(entry, "theme_codes"):
        annotated: Any = entry  # the three arrays roster_listing annotates on PostgreSQL
        return annotated.language_codes, annotated.theme_codes, annotated.contract_codes
    return (
        [language.code for language in entry.person.languages.all()],
        [theme.code for theme in entry.themes.all()],
        [municipality.code for municipality in entry.contract_municipalities.all()],
    )


def is_available(entry: RosterEntry, on: datetime.date | None = None) -> bool:
    return entry.is_in_good_standing and not entry.is_paused(on) and entry.free_places > 0


def available_q(on: datetime.date | None = None) -> Q:
    on = on or timezone.localdate()
    return (Q(paused_until__isnull=True) | Q(paused_until__lte=on)) & Q(current_clients__lt=F("max_clients"))


# Matching

SAME_MUNICIPALITY = 30
CONTRACT_MUNICIPALITY = 20
SAME_SERVICE_AREA = 10
FIRST_LANGUAGE = 30
OTHER_LANGUAGE = 15
REMOTE = 5
THEME = 5
GENDER = 10
PER_FREE_PLACE = 2
FREE_PLACES_COUNTED = 3


@dataclass
class Needs:
    municipality: Municipality
    languages: list[Language] = field(default_factory=list)  # in order of preference
    remote_acceptable: bool = False
    themes: list[Theme] = field(default_factory=list)
    gender: str = ""


@dataclass
class Reason:
    code: str
    text: str


@dataclass
class Candidate:
    entry: RosterEntry
    score: int
    reasons: list[Reason]


def language_name(language: Language) -> str:
    """The language's name in the reader's language where Linkki knows it (Sámi included)."""
    names = dict(settings.CONTENT_LANGUAGES)
    return str(names.get(language.code, language.name))


# On PostgreSQL a candidate is scored from the ids copied onto its own row: no look-up per candidate in
# the language, theme and contract tables, which cost more than the rest of the ranking together.
# SQLite cannot test a JSON list for an element, and asks those tables.


def _contract_with(municipality: Municipality) -> Q | Exists:
    if connection.vendor == "postgresql":
        return Q(contract_ids__contains=[municipality.pk])
    through = RosterEntry.contract_municipalities.through
    return Exists(through.objects.filter(rosterentry_id=OuterRef("pk"), municipality_id=municipality.pk))


def _speaks(language: Language) -> Q | Exists:
    if connection.vendor == "postgresql":
        return Q(language_ids__contains=[language.pk])
    through = get_user_model().languages.through
    return Exists(through.objects.filter(user_id=OuterRef("person_id"), language_id=language.pk))


def _likes(theme: Theme) -> Q | Exists:
    if connection.vendor == "postgresql":
        return Q(theme_ids__contains=[theme.pk])
    through = RosterEntry.themes.through
    return Exists(through.objects.filter(rosterentry_id=OuterRef("pk"), theme_id=theme.pk))


def match(needs: Needs, at: datetime.date | None = None, limit: int = 10) -> list[Candidate]:
    """Link workers in good standing who can take a client with `needs`, best first, with the reasons.

    Only people in good standing, not paused and with room are considered, and only those who live in
    the client's municipality or service area, hold a contract with the municipality, or (when the
    client accepts it) support remotely from the same wellbeing services county. Points: municipality
    30, contract 20, service area 10; the first preferred language 30, each other 15; remote support 5
    when acceptable; 5 per shared theme; 10 for the preferred gender; 2 per free place up to 3. Ties go
    to the person with fewer clients.
    """
    at = at or timezone.localdate()
    municipality = needs.municipality
    area_id = municipality.service_area_id

    def points(condition: Q | Exists, value: int) -> Case:
        return Case(When(condition, then=Value(value)), default=Value(0), output_field=IntegerField())

    # Scored from the entry's own row (its copies of the person's place, remote support and languages),
    # so that ranking needs no join.
    score: Expression = Case(
        When(person_municipality=municipality, then=Value(SAME_MUNICIPALITY)),
        When(_contract_with(municipality), then=Value(CONTRACT_MUNICIPALITY)),
        When(person_service_area_id=area_id, then=Value(SAME_SERVICE_AREA)),
        default=Value(0),
        output_field=IntegerField(),
    )
    for index, language in enumerate(needs.languages):
        score = score + points(_speaks(language), FIRST_LANGUAGE if index == 0 else OTHER_LANGUAGE)
    if needs.remote_acceptable:
        score = score + points(Q(person_supports_remotely=True), REMOTE)
    for theme in needs.themes:
        score = score + points(_likes(theme), THEME)
    if needs.gender:
        score = score + points(Q(gender=needs.gender), GENDER)
    score = score + Least(F("max_clients") - F("current_clients"), Value(FREE_PLACES_COUNTED)) * PER_FREE_PLACE

    # Candidates are found through indexed columns before anyone is scored, so a national roster costs
    # what the client's own region holds: the people of the service area (the municipality lies in it),
    # remote supporters of the same county (both through `roster_matchable_by_area`), and contract
    # holders, who may live anywhere.
    if needs.remote_acceptable:
        county = ServiceArea.objects.filter(pk=area_id).values("county")[:1]
        county_areas = ServiceArea.objects.filter(county=county).values("pk")
        near = Q(person_service_area__in=county_areas) & (
            Q(person_service_area_id=area_id) | Q(person_supports_remotely=True)
        )
    else:
        near = Q(person_service_area_id=area_id)
    contract_holders = RosterEntry.contract_municipalities.through.objects.filter(
        municipality_id=municipality.pk
    ).values("rosterentry_id")
    candidates = RosterEntry.objects.filter(status=Status.IN_GOOD_STANDING).filter(available_q(at))
    order = ("-score", "current_clients", "person_id")
    best = [
        group.annotate(score=score).order_by(*order).values("pk")[:limit]
        for group in (candidates.filter(near), candidates.filter(pk__in=contract_holders).exclude(near))
    ]
    chosen: Any  # a subquery on PostgreSQL, ids elsewhere
    if connection.vendor == "postgresql":
        # One query: the best of each group ranked on the roster's rows alone, then only those read in
        # full and ranked again together.
        chosen = best[0].union(best[1], all=True)
    else:
        chosen = [row["pk"] for group in best for row in group]  # SQLite cannot limit inside a UNION
    entries = roster_listing().filter(pk__in=chosen).annotate(score=score).order_by(*order)[:limit]
    return [Candidate(entry, entry.score, reasons_for(entry, needs)) for entry in entries]


def reasons_for(entry: RosterEntry, needs: Needs) -> list[Reason]:
    """Why `entry` (from `roster_listing`) suits `needs`."""
    person, municipality = entry.person, needs.municipality
    reasons: list[Reason] = []
    spoken, liked, contracts = (set(codes) for codes in listed_codes(entry))
    if person.municipality_id == municipality.pk:
        reasons.append(Reason("same_municipality", _("same municipality")))
    elif municipality.code in contracts:
        reasons.append(Reason("contract", _("holds a contract with %(municipality)s") % {"municipality": municipality}))
    elif person.service_area_id == municipality.service_area_id:
        reasons.append(Reason("same_service_area", _("same service area")))
    for language in needs.languages:
        if language.code in spoken:
            reasons.append(Reason("language", _("speaks %(language)s") % {"language": language_name(language)}))
    if needs.remote_acceptable and person.supports_remotely:
        reasons.append(Reason("remote", _("supports remotely")))
    for theme in needs.themes:
        if theme.code in liked:
            reasons.append(Reason("theme", _("likes to work with %(theme)s") % {"theme": theme}))
    if needs.gender and entry.gender == needs.gender:
        reasons.append(Reason("gender", _("gender as preferred")))
    reasons.append(Reason("room", _("has room for a client")))
    return reasons


# Pages


def search(
    query: str = "", municipality: Municipality | None = None, status: str | None = None
) -> QuerySet[RosterEntry]:
    """Entries for the coordinator's page: by name (any part) and municipality, any status; accents, case and
    Unicode composition do not matter ("maret" finds Máret, "sodankyla" Sodankylä)."""
    entries = roster_entries()
    for word in fold(query).split():
        entries = entries.filter(person__search_key__contains=word)
    if municipality:
        entries = entries.filter(person__municipality=municipality)
    if status:
        entries = entries.filter(status=status)
    return entries.order_by("person__last_name", "person__first_name", "person_id")


def status_history(entry: RosterEntry) -> QuerySet[StatusChange]:
    return StatusChange.objects.filter(entry=entry).order_by("-changed_at", "-pk")


def audit_entries(
    client: ApiClient | None = None, date_from: datetime.date | None = None, date_to: datetime.date | None = None
) -> QuerySet[AuditEntry]:
    """The audit log, newest first, each entry with the people its answer named in their order;
    optionally only one API client's, and only from and to a day (inclusive, in Linkki's time zone)."""
    returned = AuditedPerson.objects.select_related("person").order_by("position")
    entries = AuditEntry.objects.select_related("client", "user").prefetch_related(Prefetch("returned", returned))
    if client is not None:
        entries = entries.filter(client=client)
    if date_from is not None:
        entries = entries.filter(at__gte=_start_of(date_from))
    if date_to is not None:
        entries = entries.filter(at__lt=_start_of(date_to + datetime.timedelta(days=1)))
    return entries


def _start_of(day: datetime.date) -> datetime.datetime:
    # A range on the indexed column itself, rather than a date of it, which no index serves.
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def audit_trail(person: User) -> QuerySet[AuditEntry]:
    return audit_entries().filter(people=person)


def can_view_roster(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and user.has_role(Role.COORDINATOR, Role.ADMINISTRATOR)


def can_edit_entry(user: User | AnonymousUser, entry: RosterEntry) -> bool:
    """The worker themselves, and coordinators."""
    return user.is_authenticated and (user.pk == entry.person_id or can_view_roster(user))


def api_clients() -> QuerySet[ApiClient]:
    return ApiClient.objects.select_related("created_by").prefetch_related("tokens", "webhook_endpoints")


def recent_deliveries(limit: int = 50) -> QuerySet[WebhookDelivery]:
    """The newest deliveries with every attempt of each, newest attempt first."""
    return (
        WebhookDelivery.objects.select_related("event", "endpoint__client")
        .prefetch_related(Prefetch("tries", queryset=WebhookAttempt.objects.order_by("-number")))
        .order_by("-created_at", "-pk")[:limit]
    )
