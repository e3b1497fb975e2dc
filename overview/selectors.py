"""Reads with a rule for the home pages: what a coordinator follows, and the figures of their home.

A coordinator follows the cohorts they coordinate (`courses.selectors.cohorts_visible_to`) and the
service areas those cohorts are in, with their own service area; an administrator follows everything.
Every figure of the coordinator's home is a set of people, so that the number on the page and the list
behind it are the same answer. Each standing comes from the app that owns its rule: supervision from
`mentoring.selectors.supervision_statuses`, certification from `certificates.selectors`, the roster's
standing from its entries. The whole home takes a fixed number of queries, however many people.
"""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Municipality, Role, ServiceArea, User
from assessments.models import AttemptItem, Question
from assessments.selectors import grading_queue
from certificates.models import Certificate
from certificates.selectors import (
    CertificationStatus,
    Eligibility,
    RenewalCheck,
    certification_statuses,
    eligibilities,
    renewal_checks,
    requirements_reached,
    valid_certificate_holders,
)
from courses.models import Activity, ActivityCompletion, Cohort, Course, Enrolment, Module
from courses.selectors import CourseProgress, cohorts_visible_to
from mentoring.models import SessionAttendance
from mentoring.selectors import (
    MenteeRow,
    SupervisionStatus,
    declined_attendances,
    mentor_overview,
    open_pairings,
    supervision_statuses,
)
from roster.models import RosterEntry, Status

from .models import Population

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

STALE_DAYS = 30
EXPIRY_WINDOWS = (30, 60, 90)
EXPIRING_SHOWN = 20  # certificates listed with their renewal on the home; the rest are behind the figure
MENTORS_CHARTED = 12  # the busiest mentors drawn on the home, so the chart stays readable on a phone

PIPELINE = [
    ("enrolled", _("Enrolled")),
    ("modules", _("Modules done")),
    ("assessments", _("Assessments passed")),
    ("hours", _("Supervision hours confirmed")),
    ("certified", _("Certified")),
]


def follows_programme(user: User) -> bool:
    """Whether `user` has a coordinator's home: coordinators and administrators."""
    return user.is_authenticated and user.has_role(Role.COORDINATOR, Role.ADMINISTRATOR)


def followed_cohorts(user: User) -> QuerySet[Cohort]:
    return cohorts_visible_to(user).select_related("course", "municipality__service_area").order_by("name", "pk")


def followed_areas(user: User) -> QuerySet[ServiceArea]:
    """Service areas `user` follows: those of the cohorts they follow, and their own."""
    if user.has_role(Role.ADMINISTRATOR):
        return ServiceArea.objects.order_by("name")
    in_cohorts = cohorts_visible_to(user).values("municipality__service_area_id")
    return ServiceArea.objects.filter(Q(pk__in=in_cohorts) | Q(pk=user.service_area_id or 0)).order_by("name")


@dataclass
class Scope:
    """The cohorts and service areas one coordinator's home is about, after its filter."""

    cohort_ids: list[int]
    areas: list[ServiceArea]
    cohort: Cohort | None = None
    area: ServiceArea | None = None

    @property
    def query(self) -> str:
        """The filter as the address's query, for the links to the people behind a figure."""
        if self.cohort is not None:
            return f"?cohort={self.cohort.pk}"
        if self.area is not None:
            return f"?area={self.area.code}"
        return ""


def scope_for(user: User, cohort: Cohort | None = None, area: ServiceArea | None = None) -> Scope:
    """What `user` follows, narrowed to one of their cohorts or service areas (already checked as theirs)."""
    cohorts = cohorts_visible_to(user)
    if cohort is not None:
        return Scope([cohort.pk], [cohort.municipality.service_area], cohort=cohort)
    if area is not None:
        ids = list(cohorts.filter(municipality__service_area=area).values_list("pk", flat=True))
        return Scope(ids, [area], area=area)
    return Scope(list(cohorts.values_list("pk", flat=True)), list(followed_areas(user)))


@dataclass
class Figure:
    """A number on the home page and the people behind it."""

    key: str
    label: "str | StrPromise"
    person_ids: set[int] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.person_ids)


@dataclass
class ExpiringCertificate:
    certificate: Certificate
    days_left: int
    renewal: RenewalCheck | None = None  # for the first EXPIRING_SHOWN, soonest first


@dataclass
class MentorLoad:
    mentor: User
    figure: Figure  # mentees in the coordinator's scope
    overdue_figure: Figure  # of those, the ones whose supervision is overdue
    all_mentees: int  # every current mentee, followed or not

    @property
    def overdue(self) -> int:
        return self.overdue_figure.count


@dataclass
class Capacity:
    municipality: Municipality
    residents: int | None
    year: int | None
    source: str
    figure: Figure  # link workers in good standing living there
    places: int  # clients they can take at once
    clients_a_year: Decimal  # places turned into clients a year at the average length of support
    referrals_a_year: Decimal | None  # residents x the planning rate

    @property
    def shortfall(self) -> Decimal | None:
        if self.referrals_a_year is None:
            return None
        return max(self.referrals_a_year - self.clients_a_year, Decimal("0"))


@dataclass
class CoordinatorHome:
    scope: Scope
    on: date
    pipeline: list[Figure]
    stale: Figure
    expiring: list[Figure]  # a Figure per window
    expiring_certificates: list[ExpiringCertificate]  # the soonest EXPIRING_SHOWN, with their renewal
    expiring_count: int  # every certificate expiring in the next 90 days
    overdue: Figure
    mentors: list[MentorLoad]
    capacity: list[Capacity]
    rate: Decimal
    support_months: Decimal
    courses_without_rule: list[Course]

    def figures(self) -> Iterator[Figure]:
        yield from self.pipeline
        yield self.stale
        yield from self.expiring
        yield self.expiring_all
        yield self.overdue
        for load in self.mentors:
            yield load.figure
            yield load.overdue_figure
        for row in self.capacity:
            yield row.figure

    @property
    def expiring_all(self) -> Figure:
        """Everyone whose certificate expires in the next 90 days, all windows together."""
        ids = set().union(*(figure.person_ids for figure in self.expiring))
        return Figure("expiring", _("Certificates expiring in the next 90 days"), ids)

    def figure(self, key: str) -> Figure | None:
        return next((figure for figure in self.figures() if figure.key == key), None)

    @property
    def charted_mentors(self) -> list[MentorLoad]:
        """The busiest mentors, drawn on the home; every mentor is on the mentors' page."""
        return self.mentors[:MENTORS_CHARTED]

    @property
    def population_sources(self) -> list[tuple[str, int]]:
        """Each (source, year) the residents on the home come from, newest year first."""
        found = {(row.source, row.year) for row in self.capacity if row.year is not None}
        return sorted(found, key=lambda pair: (-pair[1], pair[0]))

    @property
    def municipalities_without_population(self) -> list[Municipality]:
        return [row.municipality for row in self.capacity if row.residents is None]


def _pipeline(
    enrolled: list[tuple[int, int]], on: date, supervision: dict[int, SupervisionStatus], among: QuerySet[Any]
) -> tuple[list[Figure], list[Course]]:
    """The five stages, each as the set of people who reached it in a course they are enrolled in
    (`supervision`: the supervision status of every one of them, read once for the whole home; `among`:
    the same people as a subquery, for the reads)."""
    by_course: defaultdict[int, set[int]] = defaultdict(set)
    for user_id, course_id in enrolled:
        by_course[course_id].add(user_id)
    stages = {key: Figure(f"pipeline-{key}", label) for key, label in PIPELINE}
    people: set[int] = set().union(*by_course.values()) if by_course else set()
    stages["enrolled"].person_ids = set(people)
    courses = Course.objects.in_bulk(list(by_course))
    without_rule = []
    for course_id, ids in sorted(by_course.items()):
        reached = requirements_reached(ids, courses[course_id], on, supervision, among=among)
        if reached is None:
            without_rule.append(courses[course_id])
            continue
        stages["modules"].person_ids |= reached.modules
        stages["assessments"].person_ids |= reached.assessments
        stages["hours"].person_ids |= reached.hours
    stages["certified"].person_ids = valid_certificate_holders(among, on) if people else set()
    return [stages[key] for key, _label in PIPELINE], without_rule


def _stale(in_scope: QuerySet[Enrolment], certified_ids: set[int], now: datetime) -> Figure:
    """Trainees enrolled over 30 days ago, not certified, with nothing completed or confirmed since."""
    since = now - timedelta(days=STALE_DAYS)
    idle = (
        in_scope.filter(enrolled_at__lte=since)
        .exclude(Exists(ActivityCompletion.objects.filter(user_id=OuterRef("user_id"), completed_at__gte=since)))
        .exclude(Exists(SessionAttendance.objects.filter(mentee_id=OuterRef("user_id"), confirmed_at__gte=since)))
        .order_by()
        .values_list("user_id", flat=True)
        .distinct()
    )
    return Figure("stale", _("No progress in 30 days"), set(idle) - certified_ids)


def _expiring(among: QuerySet[Any], on: date) -> tuple[list[Figure], list[ExpiringCertificate], int]:
    """A figure per window, the soonest EXPIRING_SHOWN certificates with their renewal, and how many expire."""
    last = on + timedelta(days=EXPIRY_WINDOWS[-1])
    expiring = Certificate.objects.filter(
        holder_id__in=among, status=Certificate.Status.ACTIVE, valid_until__gte=on, valid_until__lte=last
    ).order_by("valid_until", "pk")
    rows = list(expiring.values_list("holder_id", "valid_until"))
    figures = []
    start = 0
    for days in EXPIRY_WINDOWS:
        label = _("Expiring in %(first)s–%(last)s days") % {"first": start, "last": days}
        ids = {holder_id for holder_id, valid_until in rows if start <= (valid_until - on).days <= days}
        figures.append(Figure(f"expiring-{days}", label, ids))
        start = days + 1
    shown = list(expiring.select_related("holder", "course")[:EXPIRING_SHOWN]) if rows else []
    checks = renewal_checks(shown, on)
    return figures, [ExpiringCertificate(c, (c.valid_until - on).days, checks.get(c.pk)) for c in shown], len(rows)


def _mentors(among: QuerySet[Any], overdue_ids: set[int], on: date) -> list[MentorLoad]:
    in_scope: defaultdict[int, set[int]] = defaultdict(set)
    for mentor_id, mentee_id in open_pairings(on).filter(mentee_id__in=among).values_list("mentor_id", "mentee_id"):
        in_scope[mentor_id].add(mentee_id)
    if not in_scope:
        return []
    totals = dict(
        open_pairings(on)
        .filter(mentor_id__in=list(in_scope))
        .values("mentor_id")
        .annotate(n=Count("pk"))
        .values_list("mentor_id", "n")
    )
    mentors = get_user_model().objects.in_bulk(list(in_scope))
    loads = [
        MentorLoad(
            mentors[mentor_id],
            Figure(f"mentor-{mentor_id}", str(mentors[mentor_id]), ids),
            Figure(
                f"mentor-{mentor_id}-overdue",
                _("Supervision overdue: mentees of %(mentor)s") % {"mentor": mentors[mentor_id]},
                ids & overdue_ids,
            ),
            totals.get(mentor_id, 0),
        )
        for mentor_id, ids in in_scope.items()
    ]
    return sorted(loads, key=lambda load: (-load.all_mentees, str(load.mentor)))


def _capacity(areas: list[ServiceArea], rate: Decimal, support_months: Decimal) -> list[Capacity]:
    municipalities = list(Municipality.objects.filter(service_area__in=areas).order_by("name"))
    newest: dict[int, Population] = {}
    for counted in Population.objects.filter(municipality__in=municipalities).order_by("municipality_id", "-year"):
        newest.setdefault(counted.municipality_id, counted)
    workers: defaultdict[int, set[int]] = defaultdict(set)
    places: defaultdict[int, int] = defaultdict(int)
    for person_id, municipality_id, max_clients in RosterEntry.objects.filter(
        status=Status.IN_GOOD_STANDING, person__municipality__in=municipalities
    ).values_list("person_id", "person__municipality_id", "max_clients"):
        workers[municipality_id].add(person_id)
        places[municipality_id] += max_clients
    rows = []
    for municipality in municipalities:
        population = newest.get(municipality.pk)
        rows.append(
            Capacity(
                municipality,
                population.residents if population else None,
                population.year if population else None,
                population.source if population else "",
                Figure(f"capacity-{municipality.code}", str(municipality), workers[municipality.pk]),
                places[municipality.pk],
                (Decimal(places[municipality.pk]) * 12 / support_months).quantize(Decimal("0.1")),
                (Decimal(population.residents) * rate / 1000).quantize(Decimal("0.1")) if population else None,
            )
        )
    return rows


def coordinator_home(scope: Scope, on: date | None = None) -> CoordinatorHome:
    """Every figure of the coordinator's home for `scope`, in a fixed number of queries.

    The people followed go to every read as a subquery on their enrolments, never as a list of ids, and
    the pipeline is counted by the database, so the home stays quick with thousands of trainees."""
    now = timezone.now()
    on = on or timezone.localdate()
    in_scope = Enrolment.objects.filter(cohort_id__in=scope.cohort_ids)
    among = in_scope.values("user_id")
    enrolments = list(in_scope.values_list("user_id", "cohort__course_id"))
    people = {user_id for user_id, _course in enrolments}
    statuses = supervision_statuses(sorted(people), on, among=among) if people else {}
    pipeline, without_rule = _pipeline(enrolments, on, statuses, among)
    stale = _stale(in_scope, pipeline[-1].person_ids, now)
    expiring, expiring_certificates, expiring_count = _expiring(among, on)
    overdue = Figure("overdue", _("Supervision overdue"), {pk for pk, s in statuses.items() if s.is_overdue})
    rate = settings.REFERRALS_PER_1000_RESIDENTS
    support_months = settings.REFERRAL_SUPPORT_MONTHS
    return CoordinatorHome(
        scope=scope,
        on=on,
        pipeline=pipeline,
        stale=stale,
        expiring=expiring,
        expiring_certificates=expiring_certificates,
        expiring_count=expiring_count,
        overdue=overdue,
        mentors=_mentors(among, overdue.person_ids, on) if people else [],
        capacity=_capacity(scope.areas, rate, support_months),
        rate=rate,
        support_months=support_months,
        courses_without_rule=without_rule,
    )


def people_behind(figure: Figure) -> QuerySet[User]:
    """The people of a figure, in name order, with what their list shows."""
    return (
        get_user_model()
        .objects.filter(pk__in=sorted(figure.person_ids))
        .select_related("municipality")
        .order_by("last_name", "first_name", "username")
    )


# The mentor's home

DUE_SOON_DAYS = 30


@dataclass
class MentorHome:
    due: list[MenteeRow]  # mentees overdue or due within 30 days, soonest first
    unconfirmed: list[SessionAttendance]  # waiting for the mentee's confirmation
    declined: list[SessionAttendance]  # declined by the mentee, for the mentor to correct
    sign_offs: list[AttemptItem]  # competency items of mentees waiting for the mentor's sign-off


def mentor_home(mentor: User, on: date | None = None) -> MentorHome:
    """What a mentor should act on, in a fixed number of queries however many mentees."""
    on = on or timezone.localdate()
    horizon = on + timedelta(days=DUE_SOON_DAYS)
    due = [row for row in mentor_overview(mentor, on) if row.status.next_due and row.status.next_due <= horizon]
    due.sort(key=lambda row: (row.status.next_due, str(row.person)))
    unconfirmed = list(
        SessionAttendance.objects.filter(session__mentor=mentor, confirmed_at__isnull=True, declined_at__isnull=True)
        .select_related("mentee", "session")
        .defer("session__private_notes", "session__summary", "session__action_points")
        .order_by("session__held_on", "session_id", "mentee__last_name")
    )
    sign_offs: list[AttemptItem] = []
    if mentor.has_role(Role.MENTOR):
        sign_offs = list(
            grading_queue(mentor).filter(
                question__kind=Question.Kind.COMPETENCY,
                attempt__user_id__in=open_pairings(on).filter(mentor=mentor).values("mentee_id"),
            )
        )
    return MentorHome(due, unconfirmed, list(declined_attendances(mentor)), sign_offs)


# The trainee's home


@dataclass
class TraineeCourse:
    progress: CourseProgress
    eligibility: Eligibility
    missing_modules: list[Module]  # required modules not complete
    missing_assessments: list[Activity]  # required assessment activities not passed

    @property
    def is_certifiable(self) -> bool:
        return self.eligibility.has_rule


@dataclass
class TraineeHome:
    courses: list[TraineeCourse]
    supervision: SupervisionStatus
    certification: CertificationStatus


def trainee_home(user: User, progresses: list[CourseProgress], on: date | None = None) -> TraineeHome:
    """For each course of `progresses` (from `courses.selectors.trainee_dashboard`), how far the
    trainee is towards its certificate and what is missing, with their supervision standing."""
    on = on or timezone.localdate()
    courses = []
    for progress in progresses:
        eligibility = eligibilities([user.pk], progress.course, on)[user.pk]
        modules = [m.module for m in progress.modules if m.module.is_required and not m.is_complete]
        assessments = [
            activity
            for m in progress.modules
            for activity in m.activities
            if activity.is_required and activity.kind == Activity.Kind.ASSESSMENT and activity.pk not in m.done_ids
        ]
        courses.append(TraineeCourse(progress, eligibility, modules, assessments))
    supervision = supervision_statuses([user.pk], on)[user.pk]
    certification = certification_statuses([user.pk], on)[user.pk]
    return TraineeHome(courses, supervision, certification)
