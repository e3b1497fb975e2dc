"""Who is certified, and in what standing. The one place that answers "may this person take clients?"."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Role, User
from courses.models import Activity, ActivityCompletion, Cohort, Course, Module
from mentoring.certification import CertificationFacts
from mentoring.models import SessionAttendance
from mentoring.selectors import SupervisionStatus, supervision_statuses

from . import codes
from .models import Approval, Certificate, CertificateEvent, CertificationRule, StatusList

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise


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
    supervision: SupervisionStatus | None = None

    @property
    def is_in_good_standing(self) -> bool:
        return self.state == Standing.IN_GOOD_STANDING

    @property
    def holds_valid_certificate(self) -> bool:
        """Certified and in force today, whether or not supervision is up to date."""
        return self.state in (Standing.IN_GOOD_STANDING, Standing.SUPERVISION_OVERDUE)

    @property
    def label(self) -> "StrPromise":
        return Standing.LABELS[self.state]


def certification_facts(
    ids: Iterable[int], on: date, among: "Iterable[int] | QuerySet[Any] | None" = None
) -> dict[int, CertificationFacts]:
    """What supervision needs to know of each of `ids` on day `on`, in one query: the day they were first
    certified (their earliest certificate not revoked; superseded and expired ones count) and the course
    of their newest certificate not revoked issued on or before `on`. `among`, if given, is the same
    people as a subquery, read instead of the list."""
    first: dict[int, date] = {}
    newest: dict[int, tuple[date, int, int]] = {}
    for holder_id, course_id, issued_on, pk in (
        Certificate.objects.filter(holder_id__in=ids if among is None else among)
        .exclude(status=Certificate.Status.REVOKED)
        .values_list("holder_id", "course_id", "issued_on", "pk")
    ):
        if holder_id not in first or issued_on < first[holder_id]:
            first[holder_id] = issued_on
        if issued_on <= on and (holder_id not in newest or (issued_on, pk) > newest[holder_id][:2]):
            newest[holder_id] = (issued_on, pk, course_id)
    never = CertificationFacts(None, None)  # shared by everyone never certified: fewer objects for thousands
    return {
        person_id: (
            CertificationFacts(first.get(person_id), newest[person_id][2] if person_id in newest else None)
            if person_id in first
            else never
        )
        for person_id in ids
    }


def active_holder_ids() -> QuerySet[Certificate, Any]:
    """The ids of people holding an active certificate, as a subquery."""
    return Certificate.objects.filter(status=Certificate.Status.ACTIVE).values("holder_id")


def certification_statuses(
    people: Iterable[User | int],
    at: date | None = None,
    programme: str | None = None,
    supervision: dict[int, SupervisionStatus] | None = None,
) -> dict[int, CertificationStatus]:
    """`certification_status` for many people (or their ids) at once, keyed by person id, in a fixed
    number of queries. `supervision`, if given, is `supervision_statuses` of these people on `at`,
    already read by the caller."""
    at = at or timezone.localdate()
    ids = [person if isinstance(person, int) else person.pk for person in people]
    certificates = Certificate.objects.filter(holder_id__in=ids).exclude(status=Certificate.Status.SUPERSEDED)
    if programme:
        certificates = certificates.filter(programme=programme)
    current: dict[int, Certificate] = {}
    certificate: Certificate | None
    for certificate in certificates.select_related("course").order_by("holder_id", "-issued_on", "-pk"):
        current.setdefault(certificate.holder_id, certificate)
    in_force = [
        holder_id
        for holder_id, certificate in current.items()
        if certificate.status == Certificate.Status.ACTIVE and certificate.valid_until >= at
    ]
    if supervision is None:
        supervision = supervision_statuses(in_force, on=at)
    statuses: dict[int, CertificationStatus] = {}
    for person_id in ids:
        certificate = current.get(person_id)
        if certificate is None:
            statuses[person_id] = CertificationStatus(Standing.NOT_CERTIFIED, None, None)
        elif certificate.status == Certificate.Status.REVOKED:
            statuses[person_id] = CertificationStatus(Standing.REVOKED, certificate, certificate.valid_until)
        elif certificate.status == Certificate.Status.SUSPENDED:
            statuses[person_id] = CertificationStatus(Standing.SUSPENDED, certificate, certificate.valid_until)
        elif certificate.valid_until < at:
            statuses[person_id] = CertificationStatus(Standing.EXPIRED, certificate, certificate.valid_until)
        else:
            status = supervision[person_id]
            state = Standing.IN_GOOD_STANDING if status.is_up_to_date else Standing.SUPERVISION_OVERDUE
            statuses[person_id] = CertificationStatus(state, certificate, certificate.valid_until, status)
    return statuses


def valid_certificate_holders(people: QuerySet[Any], at: date | None = None) -> set[int]:
    """The ids of `people` (a queryset of users, or of their ids) whose `certification_statuses` on `at`
    `holds_valid_certificate`: the current certificate (the newest not superseded) is active and not past
    its end. One query that reads a row per certificate, not the certificates, so it suits thousands."""
    at = at or timezone.localdate()
    current: dict[int, tuple[str, date]] = {}
    for holder_id, status, valid_until in (
        Certificate.objects.filter(holder_id__in=people)
        .exclude(status=Certificate.Status.SUPERSEDED)
        .order_by("holder_id", "-issued_on", "-pk")
        .values_list("holder_id", "status", "valid_until")
    ):
        current.setdefault(holder_id, (status, valid_until))
    return {
        holder_id
        for holder_id, (status, valid_until) in current.items()
        if status == Certificate.Status.ACTIVE and valid_until >= at
    }


def certification_status(person: User, at: date | None = None, programme: str | None = None) -> CertificationStatus:
    """The person's standing on day `at` (today by default)."""
    return certification_statuses([person.pk], at, programme)[person.pk]


# Eligibility: what a course's rule asks, and how far a person is.


@dataclass
class Eligibility:
    """How far `person` is towards a certificate in `course`, by each part of the rule."""

    rule: CertificationRule | None
    modules_required: int = 0
    modules_done: int = 0
    assessments_required: int = 0
    assessments_passed: int = 0
    hours_required: Decimal = Decimal("0")
    hours_confirmed: Decimal = Decimal("0")
    needs_approval: bool = False
    is_approved: bool = False
    modules_missing: list[Module] = field(default_factory=list)  # required modules not yet complete, in order

    @property
    def has_rule(self) -> bool:
        return self.rule is not None

    @property
    def modules_complete(self) -> bool:
        return self.modules_done >= self.modules_required

    @property
    def assessments_complete(self) -> bool:
        return self.assessments_passed >= self.assessments_required

    @property
    def hours_complete(self) -> bool:
        return self.hours_confirmed >= self.hours_required

    @property
    def requirements_met(self) -> bool:
        """Modules, assessments and supervision: everything except the coordinator's approval."""
        return self.has_rule and self.modules_complete and self.assessments_complete and self.hours_complete

    @property
    def is_met(self) -> bool:
        return self.requirements_met and (self.is_approved or not self.needs_approval)


def _course_requirements(
    course_ids: Iterable[int],
) -> tuple[dict[int, dict[int, set[int]]], dict[int, set[int]], dict[int, list[Module]]]:
    """For each course: {module id: set of its required activity ids} of required modules, the set of
    required assessment activity ids anywhere in the course, and its required modules in order."""
    modules: dict[int, dict[int, set[int]]] = {course_id: {} for course_id in course_ids}
    assessments: dict[int, set[int]] = {course_id: set() for course_id in course_ids}
    for activity_id, module_id, course_id, module_required, kind in Activity.objects.filter(
        module__course_id__in=course_ids, is_required=True
    ).values_list("pk", "module_id", "module__course_id", "module__is_required", "kind"):
        if module_required:
            modules[course_id].setdefault(module_id, set()).add(activity_id)
        if kind == Activity.Kind.ASSESSMENT:
            assessments[course_id].add(activity_id)
    # A required module with no required activity counts as complete; keep it so it is counted.
    in_order: dict[int, list[Module]] = {course_id: [] for course_id in course_ids}
    required_modules = Module.objects.filter(course_id__in=course_ids, is_required=True).order_by("order", "pk")
    for module in required_modules.only("pk", "course_id", "title"):
        modules[module.course_id].setdefault(module.pk, set())
        in_order[module.course_id].append(module)
    return modules, assessments, in_order


def eligibilities(
    people: Iterable[User | int],
    course: Course,
    on: date | None = None,
    supervision: dict[int, SupervisionStatus] | None = None,
) -> dict[int, Eligibility]:
    """`Eligibility` of each of `people` (keyed by id) for `course`, in a constant number of queries
    (`supervision`, if given, is `supervision_statuses` of these people on `on`, already read).

    Required modules are complete when every required activity in them is completed; an assessment is
    passed when its activity is completed (passing completes it); supervision counts hours confirmed on
    or before `on`.
    """
    on = on or timezone.localdate()
    ids = [person if isinstance(person, int) else person.pk for person in people]
    rule = CertificationRule.objects.filter(course=course).first()
    if rule is None or not ids:
        return {person_id: Eligibility(rule) for person_id in ids}
    by_course, assessments_by_course, in_order = _course_requirements([course.pk])
    modules, assessments = by_course[course.pk], assessments_by_course[course.pk]
    wanted = set[int]().union(*modules.values(), assessments)
    done: dict[int, set[int]] = {person_id: set() for person_id in ids}
    for user_id, activity_id in ActivityCompletion.objects.filter(user_id__in=ids, activity_id__in=wanted).values_list(
        "user_id", "activity_id"
    ):
        done[user_id].add(activity_id)
    approved = set(Approval.objects.filter(person_id__in=ids, course=course).values_list("person_id", flat=True))
    statuses = supervision if supervision is not None else supervision_statuses(ids, on)
    return {
        person_id: Eligibility(
            rule,
            modules_required=len(modules),
            modules_done=sum(1 for required in modules.values() if required <= done[person_id]),
            assessments_required=len(assessments),
            assessments_passed=len(assessments & done[person_id]),
            hours_required=rule.required_supervision_hours,
            hours_confirmed=statuses[person_id].confirmed_hours,
            needs_approval=rule.requires_coordinator_approval,
            is_approved=person_id in approved,
            modules_missing=[module for module in in_order[course.pk] if not modules[module.pk] <= done[person_id]],
        )
        for person_id in ids
    }


@dataclass
class RequirementsReached:
    """Who has reached each part of a course's rule: the people whose `Eligibility` is
    `modules_complete`, `assessments_complete` and `hours_complete`."""

    modules: set[int]
    assessments: set[int]
    hours: set[int]


def requirements_reached(
    ids: Iterable[int],
    course: Course,
    on: date,
    supervision: dict[int, SupervisionStatus],
    among: QuerySet[Any] | None = None,
) -> RequirementsReached | None:
    """The people of `ids` who reached each part of `course`'s rule on `on`, as `eligibilities` decides
    it, or None when the course has no rule. The database counts each person's completions, so nothing
    is built per person: for a programme's thousands at once. `supervision` is `supervision_statuses` of
    these people on `on`; `among`, if given, is a subquery of (at least) these people, read instead of
    the list of ids."""
    rule = CertificationRule.objects.filter(course=course).first()
    if rule is None:
        return None
    ids = set(ids)
    by_course, assessments_by_course, _in_order = _course_requirements([course.pk])
    # Each required module is complete when all its required activities are, so all of them together are
    # complete exactly when every required activity of the required modules is (a completion is unique).
    modules = set[int]().union(*by_course[course.pk].values())
    assessments = assessments_by_course[course.pk]
    reached = RequirementsReached(
        set(ids) if not modules else set(),
        set(ids) if not assessments else set(),
        {pk for pk in ids if supervision[pk].confirmed_hours >= rule.required_supervision_hours},
    )
    counts: dict[str, Count] = {}
    if modules:
        counts["modules_done"] = Count("pk", filter=Q(activity_id__in=modules))
    if assessments:
        counts["assessments_done"] = Count("pk", filter=Q(activity_id__in=assessments))
    if not counts or not ids:
        return reached
    complete = Q(modules_done=len(modules)) if modules else Q(assessments_done=len(assessments))
    if modules and assessments:
        complete |= Q(assessments_done=len(assessments))
    rows = (
        ActivityCompletion.objects.filter(
            user_id__in=ids if among is None else among, activity_id__in=modules | assessments
        )
        .values("user_id")
        .annotate(**counts)
        .filter(complete)
        .values_list("user_id", *counts)
    )
    for user_id, *done in rows:
        if user_id not in ids:
            continue
        found = dict(zip(counts, done, strict=True))
        if modules and found["modules_done"] == len(modules):
            reached.modules.add(user_id)
        if assessments and found["assessments_done"] == len(assessments):
            reached.assessments.add(user_id)
    return reached


def eligibility(person: User, course: Course, on: date | None = None) -> Eligibility:
    return eligibilities([person], course, on)[person.pk]


@dataclass
class RenewalCheck:
    is_due: bool  # inside the renewal window and not yet expired
    supervision_up_to_date: bool
    hours_required: Decimal
    hours_since_issue: Decimal
    opens_on: date | None = None  # the first day of the renewal window (None without a rule)

    @property
    def is_met(self) -> bool:
        return self.is_due and self.supervision_up_to_date and self.hours_since_issue >= self.hours_required

    @property
    def hours_missing(self) -> Decimal:
        return max(self.hours_required - self.hours_since_issue, Decimal("0"))


def renewal_check(certificate: Certificate, on: date | None = None) -> RenewalCheck:
    """Whether an active certificate may be renewed on day `on`.

    Renewal is open in the rule's window before expiry (from valid_until minus the window up to and
    including valid_until). It needs supervision up to date on `on` and the rule's renewal hours of
    supervision confirmed in sessions held since the certificate was issued.
    """
    return renewal_checks([certificate], on)[certificate.pk]


def renewal_checks(certificates: Iterable[Certificate], on: date | None = None) -> dict[int, RenewalCheck]:
    """`renewal_check` of many certificates at once, keyed by certificate id, in a fixed number of queries."""
    on = on or timezone.localdate()
    certificates = list(certificates)
    if not certificates:
        return {}
    rules = {
        rule.course_id: rule
        for rule in CertificationRule.objects.filter(course_id__in={c.course_id for c in certificates})
    }
    holders = sorted({c.holder_id for c in certificates})
    supervision = supervision_statuses(holders, on)
    held: dict[int, list[tuple[date, int]]] = {holder_id: [] for holder_id in holders}
    for mentee_id, held_on, minutes in SessionAttendance.objects.filter(
        mentee_id__in=holders,
        confirmed_at__isnull=False,
        session__held_on__lte=on,
        session__held_on__gte=min(c.issued_on for c in certificates),
    ).values_list("mentee_id", "session__held_on", "session__duration_minutes"):
        held[mentee_id].append((held_on, minutes))
    checks = {}
    for certificate in certificates:
        rule = rules.get(certificate.course_id)
        window = rule.renewal_window_days if rule else 0
        opens_on = certificate.valid_until - timedelta(days=window)
        minutes = sum(m for held_on, m in held[certificate.holder_id] if held_on >= certificate.issued_on)
        checks[certificate.pk] = RenewalCheck(
            is_due=(
                rule is not None
                and certificate.status == Certificate.Status.ACTIVE
                and opens_on <= on <= certificate.valid_until
            ),
            supervision_up_to_date=supervision[certificate.holder_id].is_up_to_date,
            hours_required=rule.renewal_supervision_hours if rule else Decimal("0"),
            hours_since_issue=(Decimal(minutes) / 60).quantize(Decimal("0.01")),
            opens_on=opens_on if rule else None,
        )
    return checks


# Verification: what anyone may learn about a certificate from its code.


class Verification:
    VALID = "valid"
    EXPIRED = "expired"
    SUSPENDED = "suspended"
    REVOKED = "revoked"

    LABELS = {
        VALID: _("Valid"),
        EXPIRED: _("Expired"),
        SUSPENDED: _("Suspended"),
        REVOKED: _("Revoked"),
    }


def verification_state(certificate: Certificate, on: date | None = None) -> str:
    """The state a verifier sees: revoked and suspended first, then expired after `valid_until`.

    A renewed (superseded) certificate stays valid until its own end date; the renewal is shown beside it.
    """
    on = on or timezone.localdate()
    if certificate.status == Certificate.Status.REVOKED:
        return Verification.REVOKED
    if certificate.status == Certificate.Status.SUSPENDED:
        return Verification.SUSPENDED
    if certificate.valid_until < on:
        return Verification.EXPIRED
    return Verification.VALID


def may_have_badge(certificate: Certificate) -> bool:
    """A revoked or suspended certificate gets no newly signed Open Badge; an expired one may, as its
    credential carries its own end date."""
    return certificate.status not in (Certificate.Status.REVOKED, Certificate.Status.SUSPENDED)


def status_list(number: int) -> StatusList | None:
    return StatusList.objects.filter(number=number).first()


def certificate_by_code(code: str) -> Certificate | None:
    """The certificate a verification code names: exactly as given (a QR code, a link, an older code), or
    as a person typed it off the paper, in any case and with or without spaces and dashes.

    Only the random code finds a certificate; its sequential number never does, so counting numbers
    reveals no holder's name."""
    certificates = Certificate.objects.select_related("holder", "course", "renewal")
    found = certificates.filter(verification_code=code).first()
    meant = codes.typed(code)
    if found is None and meant is not None and meant != code:
        found = certificates.filter(verification_code=meant).first()
    return found


def status_changed_on(certificate: Certificate) -> date | None:
    """When the certificate was last suspended or revoked (shown on verification), or None."""
    return revoked_or_suspended_on([certificate]).get(certificate.pk)


def revoked_or_suspended_on(certificates: Iterable[Certificate]) -> dict[int, date]:
    """For each suspended or revoked certificate of `certificates`, the day it last was, in one query."""
    ids = [c.pk for c in certificates if c.status in (Certificate.Status.SUSPENDED, Certificate.Status.REVOKED)]
    found: dict[int, date] = {}
    if not ids:
        return found
    for certificate_id, at in (
        CertificateEvent.objects.filter(
            certificate_id__in=ids, action__in=[CertificateEvent.Action.SUSPENDED, CertificateEvent.Action.REVOKED]
        )
        .order_by("at", "pk")
        .values_list("certificate_id", "at")
    ):
        found[certificate_id] = timezone.localdate(at)
    return found


# Who sees what


def certificates_of(person: User) -> QuerySet[Certificate]:
    return (
        Certificate.objects.filter(holder=person)
        .select_related("course", "renewal", "document")
        .order_by("-issued_on", "-pk")
    )


def can_manage_certificates_of(user: User | AnonymousUser, person: User, course: Course) -> bool:
    """Coordinators of a cohort of the programme that `person` is enrolled in, and administrators."""
    if not user.is_authenticated or not user.has_role(Role.COORDINATOR, Role.ADMINISTRATOR):
        return False
    if user.has_role(Role.ADMINISTRATOR):
        return True
    return Cohort.objects.filter(coordinators=user, course__code=course.code, enrolments__user=person).exists()


def can_view_certificate(user: User | AnonymousUser, certificate: Certificate) -> bool:
    if not user.is_authenticated:
        return False
    if user.pk == certificate.holder_id:
        return True
    return can_manage_certificates_of(user, certificate.holder, certificate.course)


def can_manage_cohort_certificates(user: User, cohort: Cohort) -> bool:
    """Issuing, approving and bulk work: the cohort's coordinators and administrators."""
    if user.has_role(Role.ADMINISTRATOR):
        return True
    return user.has_role(Role.COORDINATOR) and cohort.coordinators.filter(pk=user.pk).exists()


def can_view_cohort_certification(user: User, cohort: Cohort) -> bool:
    """The overview: also the cohort's trainers, read only."""
    from courses.selectors import can_manage_cohort

    return user.has_role(Role.COORDINATOR, Role.TRAINER, Role.ADMINISTRATOR) and can_manage_cohort(user, cohort)


@dataclass
class CohortRow:
    person: User
    eligibility: Eligibility
    certificate: Certificate | None
    state: str | None
    changed_on: date | None = None  # when a suspended or revoked certificate was suspended or revoked

    @property
    def may_be_issued(self) -> bool:
        """Requirements met and nothing in force: never certified, expired, or revoked and since re-qualified."""
        return self.eligibility.requirements_met and self.state in (None, Verification.EXPIRED, Verification.REVOKED)


def cohort_certification(cohort: Cohort, on: date | None = None) -> list[CohortRow]:
    """Each trainee of `cohort` with their progress to certification, current certificate and its
    verification state, in a constant number of queries."""
    on = on or timezone.localdate()
    people = [
        e.user for e in cohort.enrolments.select_related("user").order_by("user__last_name", "user__first_name", "pk")
    ]
    found = eligibilities(people, cohort.course, on)
    current: dict[int, Certificate] = {}
    certificate: Certificate | None
    for certificate in (
        Certificate.objects.filter(holder__in=people, programme=cohort.course.code)
        .exclude(status=Certificate.Status.SUPERSEDED)
        .order_by("issued_on", "pk")
    ):
        current[certificate.holder_id] = certificate
    changed = revoked_or_suspended_on(current.values())
    rows = []
    for person in people:
        certificate = current.get(person.pk)
        state = verification_state(certificate, on) if certificate else None
        rows.append(
            CohortRow(
                person, found[person.pk], certificate, state, changed.get(certificate.pk) if certificate else None
            )
        )
    return rows


def audit_trail(certificate: Certificate) -> QuerySet[CertificateEvent]:
    return certificate.events.select_related("by")
