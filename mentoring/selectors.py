"""Reads with a rule: whose mentor is who, what counts as confirmed supervision, and what is due.

`supervision_status` is the one answer to "is this person's supervision up to date on day D, and when
is the next session due?". Pages, reminders, the roster and certificates all call it (or its bulk
form `supervision_statuses`, which makes the same decision for many people in four queries).
"""

import calendar
import functools
import itertools
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, Q, QuerySet, Sum
from django.utils import timezone

from accounts.models import Role, User
from courses.models import Cohort

from . import certification
from .models import MentoringGroup, Pairing, SessionAttendance, SupervisionRequirement, SupervisionSession

TRAINING = "training"
CERTIFIED = "certified"
DEFAULT_PERIOD_MONTHS = 6
HOURS = Decimal("0.01")


@dataclass
class SupervisionStatus:
    phase: str  # "training" or "certified"
    is_up_to_date: bool
    next_due: date | None  # the date by which the next confirmed session is needed (None if nothing is due)
    confirmed_hours: Decimal  # confirmed hours in total up to `on`
    required_hours: Decimal  # training requirement N (0 if none configured)
    sessions_in_period: int  # confirmed sessions in the current period (certified phase)
    required_sessions: int  # M
    period_months: int = (
        DEFAULT_PERIOD_MONTHS  # the period in which M sessions keep a certified person in good standing
    )

    @property
    def is_overdue(self) -> bool:
        return not self.is_up_to_date

    @property
    def hours_missing(self) -> Decimal:
        return max(self.required_hours - self.confirmed_hours, Decimal("0"))


@functools.lru_cache(maxsize=4096)  # the rule asks it of every person, mostly for the same few days
def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, kept inside the month it lands in (31 Aug + 6 months = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@functools.lru_cache(maxsize=4096)  # a Decimal division is slow, and people share a few session lengths
def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(HOURS)


def _decide(
    on: date,
    certified_on: date | None,
    certificate_course_id: int | None,
    enrolment: tuple[int, date] | None,
    requirements: dict[int | None, SupervisionRequirement],
    session_dates: Sequence[date],
    minutes: int,
) -> SupervisionStatus:
    """The rule itself, for one person, from facts already read.

    `session_dates` are the days of the person's confirmed sessions held on or before `on`, newest first;
    `enrolment` is (course id, cohort end date) of their most recent enrolment, or None.
    """
    confirmed = _hours(minutes)
    if certified_on is not None and certified_on <= on:
        requirement = requirements.get(certificate_course_id)
        required_hours = requirement.training_hours if requirement else Decimal("0")
        required = requirement.sessions_per_period if requirement else 0
        period = requirement.period_months if requirement else DEFAULT_PERIOD_MONTHS
        window_start = add_months(on, -period)
        in_period = sum(1 for held_on in session_dates if held_on >= window_start)
        if required == 0:
            return SupervisionStatus(CERTIFIED, True, None, confirmed, required_hours, in_period, 0, period)
        next_due = add_months(certified_on, period)
        if len(session_dates) >= required:
            next_due = max(next_due, add_months(session_dates[required - 1], period))
        return SupervisionStatus(
            CERTIFIED, on <= next_due, next_due, confirmed, required_hours, in_period, required, period
        )

    course_id, cohort_ends_on = enrolment if enrolment else (None, None)
    requirement = requirements.get(course_id)
    required_hours = requirement.training_hours if requirement else Decimal("0")
    required = requirement.sessions_per_period if requirement else 0
    if confirmed >= required_hours:
        return SupervisionStatus(TRAINING, True, None, confirmed, required_hours, 0, required)
    assert cohort_ends_on is not None  # hours are required only by a course, so there is an enrolment
    return SupervisionStatus(TRAINING, on <= cohort_ends_on, cohort_ends_on, confirmed, required_hours, 0, required)


def _person_ids(people: Iterable[User | int]) -> list[int]:
    if isinstance(people, QuerySet):
        return list(people.values_list("pk", flat=True))
    return [person if isinstance(person, int) else person.pk for person in people]


def _statuses(ids: list[int], on: date, among: "list[int] | QuerySet[Any]") -> dict[int, SupervisionStatus]:
    """The statuses of `ids`; `among` is the same people as the reads' filter (the list, or a subquery)."""
    facts = certification.facts_for(ids, on, among)

    from courses.models import Enrolment

    enrolments: dict[int, tuple[int, date]] = {}
    for user_id, course_id, ends_on in (
        Enrolment.objects.filter(user_id__in=among)
        .order_by("enrolled_at", "pk")
        .values_list("user_id", "cohort__course_id", "cohort__end_date")
    ):
        enrolments[user_id] = (course_id, ends_on)

    course_ids = {f.course_id for f in facts.values() if f.course_id is not None}
    course_ids |= {course_id for course_id, _ends in enrolments.values()}
    requirements: dict[int | None, SupervisionRequirement] = {
        r.course_id: r for r in SupervisionRequirement.objects.filter(course_id__in=course_ids)
    }

    # Each person's session days as a tuple, newest first: for thousands of people, tuples of dates are
    # objects the garbage collector stops tracking, where lists would make it walk them again and again.
    dates: dict[int, tuple[date, ...]] = {}
    minutes: dict[int, int] = {}
    attended = (
        SessionAttendance.objects.filter(mentee_id__in=among, confirmed_at__isnull=False, session__held_on__lte=on)
        .order_by("mentee_id", "-session__held_on")
        .values_list("mentee_id", "session__held_on", "session__duration_minutes")
    )
    for mentee_id, rows in itertools.groupby(attended, key=operator.itemgetter(0)):
        held = tuple(rows)
        dates[mentee_id] = tuple(held_on for _mentee, held_on, _duration in held)
        minutes[mentee_id] = sum(duration for _mentee, _held_on, duration in held)
    return {
        person_id: _decide(
            on,
            facts[person_id].first_certified_on,
            facts[person_id].course_id,
            enrolments.get(person_id),
            requirements,
            dates.get(person_id, ()),
            minutes.get(person_id, 0),
        )
        for person_id in ids
    }


def supervision_status(person: User, on: date | None = None) -> SupervisionStatus:
    """Whether `person`'s supervision is up to date on day `on` (today by default), and when it is next due.

    Only sessions the mentee confirmed (or a coordinator confirmed for them, with a reason) and held on
    or before `on` count.

    Training phase (before the first certificate, `certificates.selectors.certification_facts`): the
    requirement is that of the course of the person's most recent enrolment. Up to date while the
    confirmed hours reach its `training_hours`, or while the cohort has not ended (`on` is on or before
    the cohort's end date). While hours are short, `next_due` is the cohort's end date; once they are
    reached, nothing is due (`None`).

    Certified phase (from the first certification day): the requirement is that of the course of the
    newest certificate issued on or before `on`. With M = `sessions_per_period` and P = `period_months`,
    a session is needed by `next_due` = the later of (first certification + P months) and (the M-th most
    recent confirmed session + P months). The person is up to date on `on` exactly when `on <= next_due`:
    on the due date itself they still are, from the next day they are overdue. The first P months after
    certification are a grace period. `sessions_in_period` counts confirmed sessions held in the P months
    up to and including `on` (from `on` minus P months). With M = 0 nothing is ever due.

    With no requirement configured for the course (or no course at all), N = 0 hours and M = 0 sessions.
    """
    on = on or timezone.localdate()
    return _statuses([person.pk], on, [person.pk])[person.pk]


def supervision_statuses(
    people: Iterable[User | int], on: date | None = None, among: QuerySet[Any] | None = None
) -> dict[int, SupervisionStatus]:
    """`supervision_status` for many people at once, keyed by person id, in a constant number of queries.

    For thousands of people, a subquery costs the reads far less than a list of their ids in every query:
    `people` may be a queryset of users (read once for the ids, then sent as a subquery), or `among` a
    subquery of the ids of the same people."""
    on = on or timezone.localdate()
    ids = _person_ids(people)
    if not ids:
        return {}
    if among is None:
        among = people.values("pk") if isinstance(people, QuerySet) else None
    return _statuses(ids, on, ids if among is None else among)


def confirmed_hours(person: User, until: date | None = None) -> Decimal:
    """Confirmed supervision hours of `person` in sessions held up to and including `until` (all if None)."""
    attendances = SessionAttendance.objects.filter(mentee=person, confirmed_at__isnull=False)
    if until is not None:
        attendances = attendances.filter(session__held_on__lte=until)
    return _hours(attendances.aggregate(minutes=Sum("session__duration_minutes"))["minutes"] or 0)


def _pairings_on(on: date) -> QuerySet[Pairing]:
    return Pairing.objects.filter(started_on__lte=on).filter(Q(ended_on__isnull=True) | Q(ended_on__gt=on))


def open_pairings(on: date | None = None) -> QuerySet[Pairing]:
    """Pairings in force on day `on` (today by default): started on or before it and not yet ended."""
    return _pairings_on(on or timezone.localdate())


def mentees_of(mentor: User, on: date | None = None) -> QuerySet[User]:
    """People paired with `mentor` on day `on` (today by default): started on or before it and not yet ended."""
    on = on or timezone.localdate()
    return get_user_model().objects.filter(pk__in=_pairings_on(on).filter(mentor=mentor).values("mentee_id"))


def current_pairing(person: User, on: date | None = None) -> Pairing | None:
    on = on or timezone.localdate()
    return _pairings_on(on).filter(mentee=person).select_related("mentor").first()


def is_mentor_of(mentor: User, person: User, on: date | None = None) -> bool:
    on = on or timezone.localdate()
    return _pairings_on(on).filter(mentor=mentor, mentee=person).exists()


def coordinates(viewer: User, person: User) -> bool:
    """True when `viewer` follows a cohort `person` is enrolled in (administrators follow everyone)."""
    from courses.selectors import cohorts_visible_to

    if viewer.has_role(Role.ADMINISTRATOR):
        return True
    return cohorts_visible_to(viewer).filter(enrolments__user=person).exists()


def can_view_record(viewer: User | AnonymousUser, person: User) -> bool:
    """The mentee, their current mentor, and the coordinators and trainers of their cohorts."""
    if not viewer.is_authenticated:
        return False
    if viewer.pk == person.pk:
        return True
    if viewer.has_role(Role.MENTOR) and is_mentor_of(viewer, person):
        return True
    return viewer.has_role(Role.COORDINATOR, Role.TRAINER, Role.ADMINISTRATOR) and coordinates(viewer, person)


def can_confirm_for(viewer: User, person: User) -> bool:
    """Coordinators may confirm a mentee's attendance for them, with a reason."""
    return viewer.has_role(Role.COORDINATOR, Role.ADMINISTRATOR) and coordinates(viewer, person)


def can_manage_pairings(viewer: User, cohort: Cohort) -> bool:
    from courses.selectors import can_manage_cohort

    return viewer.has_role(Role.COORDINATOR, Role.ADMINISTRATOR) and can_manage_cohort(viewer, cohort)


def can_view_session(viewer: User, session: SupervisionSession) -> bool:
    """The mentor who wrote it, its mentees, and those who may see one of its mentees' records."""
    if viewer.pk == session.mentor_id:
        return True
    mentee_ids = [a.mentee_id for a in session.attendances.all()]
    if viewer.pk in mentee_ids:
        return True
    if viewer.has_role(Role.COORDINATOR, Role.TRAINER, Role.ADMINISTRATOR):
        from courses.selectors import cohorts_visible_to

        if viewer.has_role(Role.ADMINISTRATOR):
            return True
        return cohorts_visible_to(viewer).filter(enrolments__user_id__in=mentee_ids).exists()
    return False


def sessions_with_details() -> QuerySet[SupervisionSession]:
    return SupervisionSession.objects.select_related("mentor", "group").prefetch_related(
        "topics", Prefetch("attendances", queryset=SessionAttendance.objects.select_related("mentee", "confirmed_by"))
    )


def sessions_by(mentor: User) -> QuerySet[SupervisionSession]:
    return sessions_with_details().filter(mentor=mentor)


def attendances_of(person: User) -> QuerySet[SessionAttendance]:
    """A mentee's sessions, newest first, without anything private to the mentor."""
    return (
        SessionAttendance.objects.filter(mentee=person)
        .select_related("session__mentor", "session__group", "confirmed_by")
        .prefetch_related("session__topics")
        .defer("session__private_notes")
        .order_by("-session__held_on", "-session_id")
    )


def duplicate_sessions(
    mentor: User,
    mentees: Iterable[User],
    held_on: date,
    duration_minutes: int,
    exclude: SupervisionSession | None = None,
) -> QuerySet[SupervisionSession]:
    """Sessions `mentor` already logged on `held_on` with the same length and one of `mentees` in them.

    Logging one of these again is most often a double tap or a form sent twice, so the mentor is asked
    before it counts twice; two sessions in a day do happen, so the mentor may still log it.
    """
    found = SupervisionSession.objects.filter(
        mentor=mentor,
        held_on=held_on,
        duration_minutes=duration_minutes,
        attendances__mentee__in=[person.pk for person in mentees],
    )
    if exclude is not None and exclude.pk:
        found = found.exclude(pk=exclude.pk)
    ids = found.values("pk")
    return (
        SupervisionSession.objects.filter(pk__in=ids)
        .defer("private_notes")
        .prefetch_related(Prefetch("attendances", queryset=SessionAttendance.objects.select_related("mentee")))
        .order_by("created_at", "pk")
    )


def declined_attendances(mentor: User) -> QuerySet[SessionAttendance]:
    """Attendances of `mentor`'s sessions that the mentee declined, oldest session first."""
    return (
        SessionAttendance.objects.filter(session__mentor=mentor, declined_at__isnull=False, confirmed_at__isnull=True)
        .select_related("mentee", "session")
        .defer("session__private_notes", "session__summary", "session__action_points")
        .order_by("session__held_on", "session_id", "mentee__last_name")
    )


def groups_of(mentor: User) -> QuerySet[MentoringGroup]:
    return MentoringGroup.objects.filter(mentor=mentor, is_active=True).prefetch_related("members")


@dataclass
class MenteeRow:
    person: User
    status: SupervisionStatus
    pairing: Pairing | None = None


def mentor_overview(mentor: User, on: date | None = None) -> list[MenteeRow]:
    """The mentor's current mentees with their standing, in a constant number of queries."""
    on = on or timezone.localdate()
    mentees = list(mentees_of(mentor, on).order_by("last_name", "first_name", "username"))
    statuses = supervision_statuses(mentees, on)
    return [MenteeRow(person, statuses[person.pk]) for person in mentees]


def cohort_overview(cohort: Cohort, on: date | None = None) -> list[MenteeRow]:
    """Each trainee of `cohort` with their current mentor and supervision standing, in constant queries."""
    on = on or timezone.localdate()
    people = [e.user for e in cohort.enrolments.select_related("user").order_by("user__last_name", "user__first_name")]
    pairings = {p.mentee_id: p for p in _pairings_on(on).filter(mentee__in=people).select_related("mentor")}
    statuses = supervision_statuses(people, on)
    return [MenteeRow(person, statuses[person.pk], pairings.get(person.pk)) for person in people]


def pairing_history(person: User) -> QuerySet[Pairing]:
    return Pairing.objects.filter(mentee=person).select_related("mentor", "created_by").order_by("-started_on", "-pk")


def mentors() -> QuerySet[User]:
    return get_user_model().objects.filter(role_grants__role=Role.MENTOR).order_by("last_name", "first_name")


def cohort_attendances(cohort: Cohort) -> QuerySet[SessionAttendance]:
    """Every attendance of the cohort's trainees, for the export; private notes are never read."""
    return (
        SessionAttendance.objects.filter(mentee__enrolments__cohort=cohort)
        .select_related("mentee", "session__mentor", "confirmed_by")
        .prefetch_related("session__topics")
        .defer("session__private_notes", "session__summary", "session__action_points", "reflection")
        .order_by("mentee__last_name", "mentee__first_name", "session__held_on", "session_id")
    )
