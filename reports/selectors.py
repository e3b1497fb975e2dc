"""The programme report, read in a fixed number of queries whatever the number of trainees and cohorts.

Scope: the cohorts the viewer follows (`courses.selectors.cohorts_visible_to`; administrators all)
that ran during the period (started on or before its last day and ended on or after its first), in the
chosen service area or municipality (the cohort's). Their trainees are counted by the end of the
period: trained (every required activity of the course done by then), certified (a certificate of the
course's programme issued by then and not revoked), in good standing on the roster on the period's
last day (today, if that is still to come), and the supervision hours they confirmed in the period.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from accounts.models import Municipality, ServiceArea, User
from certificates.models import Certificate
from certificates.selectors import valid_certificate_holders
from accounts.models import Role
from assessments.models import Assessment, Attempt, AttemptItem, Question
from courses.models import Activity, ActivityCompletion, Cohort, Course, CourseFeedback, Enrolment, Module
from courses.selectors import cohorts_visible_to
from mentoring.models import SessionAttendance
from mentoring.selectors import supervision_statuses

from .statistics import ItemStatistics, NetPromoterScore, item_statistics


@dataclass
class Period:
    start: datetime.date
    end: datetime.date

    @property
    def ends_before(self) -> datetime.datetime:
        """The first moment after the period, in the local time zone, for comparing times of day."""
        day = self.end + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

    @property
    def standing_on(self) -> datetime.date:
        return min(self.end, timezone.localdate())


@dataclass
class PlaceRow:
    """The figures for one municipality (or, with `municipality` None, for all of the scope)."""

    municipality: Municipality | None
    service_area: ServiceArea | None
    cohorts: int = 0
    enrolled: int = 0
    trained: int = 0
    certified: int = 0
    active: int = 0
    supervision_hours: Decimal = Decimal("0.0")


@dataclass
class ModuleRow:
    module: Module
    enrolled: int
    reached: int
    completed: int
    stopped_here: int

    @property
    def completion_percent(self) -> int | None:
        return round(100 * self.completed / self.enrolled) if self.enrolled else None

    @property
    def stopped_percent(self) -> int | None:
        return round(100 * self.stopped_here / self.enrolled) if self.enrolled else None


@dataclass
class CourseRows:
    course: Course
    enrolled: int
    not_started: int
    trained: int
    modules: list[ModuleRow] = field(default_factory=list)


@dataclass
class QuestionRow:
    question: Question
    statistics: ItemStatistics


@dataclass
class AssessmentRows:
    assessment: Assessment
    attempts: int
    questions: list[QuestionRow] = field(default_factory=list)


@dataclass
class CohortFeedback:
    cohort: Cohort
    enrolled: int
    nps: NetPromoterScore


@dataclass
class Comment:
    cohort: Cohort
    recommend: int
    text: str
    answered_at: datetime.datetime


@dataclass
class ProgrammeReport:
    period: Period
    cohorts: list[Cohort]
    places: list[PlaceRow]
    total: PlaceRow
    courses: list[CourseRows]
    assessments: list[AssessmentRows]
    feedback: list[CohortFeedback]
    feedback_total: NetPromoterScore
    comments: list[Comment] | None


def may_read_feedback_comments(viewer: User) -> bool:
    """The trainees' free text is for coordinators (and administrators) only."""
    return viewer.has_role(Role.COORDINATOR, Role.ADMINISTRATOR)


def followed_cohorts(viewer: User) -> QuerySet[Cohort]:
    return cohorts_visible_to(viewer)


def followed_service_areas(viewer: User) -> QuerySet[ServiceArea]:
    """Service areas in which the viewer follows a cohort (all of them for administrators)."""
    if viewer.is_administrator:
        return ServiceArea.objects.all()
    return ServiceArea.objects.filter(municipalities__cohorts__in=followed_cohorts(viewer)).distinct()


def followed_municipalities(viewer: User) -> QuerySet[Municipality]:
    if viewer.is_administrator:
        return Municipality.objects.select_related("service_area")
    return Municipality.objects.filter(cohorts__in=followed_cohorts(viewer)).select_related("service_area").distinct()


def cohorts_in_scope(
    viewer: User, period: Period, service_area: ServiceArea | None = None, municipality: Municipality | None = None
) -> QuerySet[Cohort]:
    cohorts = Cohort.objects.filter(
        pk__in=followed_cohorts(viewer).values("pk"), start_date__lte=period.end, end_date__gte=period.start
    )
    if service_area is not None:
        cohorts = cohorts.filter(municipality__service_area=service_area)
    if municipality is not None:
        cohorts = cohorts.filter(municipality=municipality)
    return cohorts.select_related("course", "municipality__service_area").order_by("start_date", "name", "pk")


def _hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"))


def programme_report(
    viewer: User, period: Period, service_area: ServiceArea | None = None, municipality: Municipality | None = None
) -> ProgrammeReport:
    cohorts = list(cohorts_in_scope(viewer, period, service_area, municipality))
    cohort_ids = [c.pk for c in cohorts]
    courses = {c.course_id: c.course for c in cohorts}
    people = Enrolment.objects.filter(cohort_id__in=cohort_ids).values("user_id")

    enrolled_in: defaultdict[int, set[int]] = defaultdict(set)  # cohort id -> trainee ids
    for user_id, cohort_id in Enrolment.objects.filter(cohort_id__in=cohort_ids).values_list("user_id", "cohort_id"):
        enrolled_in[cohort_id].add(user_id)

    modules = list(Module.objects.filter(course_id__in=courses).order_by("course_id", "order", "pk"))
    required: defaultdict[int, int] = defaultdict(int)  # module id -> required activities
    for module_id, count in (
        Activity.objects.filter(module__course_id__in=courses, is_required=True)
        .values("module_id")
        .annotate(count=Count("pk"))
        .values_list("module_id", "count")
    ):
        required[module_id] = count

    done: dict[tuple[int, int], tuple[int, int]] = {}  # (user id, module id) -> (activities done, required done)
    for user_id, module_id, any_done, required_done in (
        ActivityCompletion.objects.filter(
            user_id__in=people, activity__module__course_id__in=courses, completed_at__lt=period.ends_before
        )
        .values("user_id", "activity__module_id")
        .annotate(any_done=Count("pk"), required_done=Count("pk", filter=Q(activity__is_required=True)))
        .values_list("user_id", "activity__module_id", "any_done", "required_done")
    ):
        done[user_id, module_id] = (any_done, required_done)

    modules_of: defaultdict[int, list[Module]] = defaultdict(list)
    for module in modules:
        modules_of[module.course_id].append(module)

    # Per course, its required modules in order with what each asks: (module, its id, required activities).
    required_in: dict[int, list[tuple[Module, int, int]]] = {
        course_id: [(m, m.pk, required[m.pk]) for m in modules_of[course_id] if m.is_required] for course_id in courses
    }
    nothing_done = (0, 0)
    stopped_at: dict[tuple[int, int], Module | None] = {}

    def first_incomplete(user_id: int, course_id: int) -> Module | None:
        # Asked several times per trainee (per place, for the total, per course): worked out once.
        key = (user_id, course_id)
        if key not in stopped_at:
            stopped_at[key] = next(
                (m for m, pk, needed in required_in[course_id] if done.get((user_id, pk), nothing_done)[1] < needed),
                None,
            )
        return stopped_at[key]

    certified_in: set[tuple[int, str]] = set()  # (user id, programme)
    for holder_id, programme in (
        Certificate.objects.filter(
            holder_id__in=people, programme__in={c.code for c in courses.values()}, issued_on__lte=period.end
        )
        .exclude(status=Certificate.Status.REVOKED)
        .values_list("holder_id", "programme")
    ):
        certified_in.add((holder_id, programme))

    # In good standing (`certification_statuses`): the current certificate is active and in force, and
    # supervision is up to date. The database reads a row per certificate; supervision only for those.
    in_force = valid_certificate_holders(people, at=period.standing_on)
    # Supervision is read through a subquery of (at least) these people: those with a certificate in force.
    holding = Certificate.objects.filter(
        holder_id__in=people, status=Certificate.Status.ACTIVE, valid_until__gte=period.standing_on
    ).values("holder_id")
    supervision = supervision_statuses(sorted(in_force), on=period.standing_on, among=holding) if in_force else {}
    active = {pk for pk in in_force if supervision[pk].is_up_to_date}

    minutes = dict(
        SessionAttendance.objects.filter(
            mentee_id__in=people,
            confirmed_at__isnull=False,
            session__held_on__gte=period.start,
            session__held_on__lte=period.end,
        )
        .values("mentee_id")
        .annotate(minutes=Sum("session__duration_minutes"))
        .values_list("mentee_id", "minutes")
    )

    by_place: dict[int, PlaceRow] = {}
    place_people: defaultdict[int | None, dict[str, set[int]]] = defaultdict(
        lambda: {"enrolled": set(), "trained": set(), "certified": set()}
    )
    everyone = place_people[None]
    for cohort in cohorts:
        place = cohort.municipality
        if place.pk not in by_place:
            by_place[place.pk] = PlaceRow(municipality=place, service_area=place.service_area)
        by_place[place.pk].cohorts += 1
        course = cohort.course
        for user_id in enrolled_in[cohort.pk]:
            for bucket in (place_people[place.pk], everyone):
                bucket["enrolled"].add(user_id)
                if first_incomplete(user_id, course.pk) is None:
                    bucket["trained"].add(user_id)
                if (user_id, course.code) in certified_in:
                    bucket["certified"].add(user_id)

    def fill(row: PlaceRow, bucket: dict[str, set[int]]) -> PlaceRow:
        row.enrolled = len(bucket["enrolled"])
        row.trained = len(bucket["trained"])
        row.certified = len(bucket["certified"])
        row.active = len(bucket["enrolled"] & active)
        row.supervision_hours = _hours(sum(minutes.get(pk, 0) for pk in bucket["enrolled"]))
        return row

    places = sorted(
        (fill(row, place_people[pk]) for pk, row in by_place.items()),
        key=_place_order,
    )
    total = fill(PlaceRow(municipality=None, service_area=service_area, cohorts=len(cohorts)), everyone)

    # Each (trainee, module) with a completion, by module: counted once for every module's row, rather
    # than asking every trainee about every module.
    done_in: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)  # module id -> (user id, required done)
    for (user_id, module_id), (_any_done, required_done) in done.items():
        done_in[module_id].append((user_id, required_done))

    course_rows = []
    for course_id, course in sorted(courses.items(), key=lambda item: str(item[1])):
        trainees = {pk for cohort in cohorts if cohort.course_id == course_id for pk in enrolled_in[cohort.pk]}
        started = {pk for m in modules_of[course_id] for pk, _required_done in done_in[m.pk] if pk in trainees}
        stops: defaultdict[int, int] = defaultdict(int)
        trained = 0
        for pk in started:
            stop = first_incomplete(pk, course_id)
            if stop is None:
                trained += 1
            else:
                stops[stop.pk] += 1
        trained += sum(1 for pk in trainees - started if first_incomplete(pk, course_id) is None)
        rows = CourseRows(course=course, enrolled=len(trainees), not_started=len(trainees - started), trained=trained)
        for module in modules_of[course_id]:
            needed = required[module.pk]
            reached = [required_done for pk, required_done in done_in[module.pk] if pk in trainees]
            rows.modules.append(
                ModuleRow(
                    module=module,
                    enrolled=len(trainees),
                    reached=len(reached),
                    # With no required activity, a module is complete for everyone, started or not.
                    completed=sum(1 for n in reached if n >= needed) if needed else len(trainees),
                    stopped_here=stops[module.pk],
                )
            )
        course_rows.append(rows)

    feedback, feedback_total = _feedback(cohorts, enrolled_in)
    return ProgrammeReport(
        period=period,
        cohorts=cohorts,
        places=places,
        total=total,
        courses=course_rows,
        assessments=_assessments(people, courses, period),
        feedback=feedback,
        feedback_total=feedback_total,
        comments=_comments(cohorts) if may_read_feedback_comments(viewer) else None,
    )


def _place_order(row: PlaceRow) -> tuple[str, str]:
    """A municipality's row, which always names its municipality and service area, in the report's order."""
    assert row.service_area is not None and row.municipality is not None
    return row.service_area.name, row.municipality.name


def _assessments(people: QuerySet[Any, Any], courses: dict[int, Course], period: Period) -> list[AssessmentRows]:
    """Facility and discrimination per question, from each trainee's first attempt once it is graded, as
    Moodle's quiz statistics do by default (later attempts build on the first)."""
    first_attempts = Attempt.objects.filter(
        user_id__in=people,
        assessment__activity__module__course_id__in=courses,
        number=1,
        state=Attempt.State.GRADED,
        submitted_at__lt=period.ends_before,
    )
    scores: defaultdict[int, dict[int, Decimal | int]] = defaultdict(dict)  # attempt id -> question id -> points
    assessment_of: dict[int, int] = {}
    for attempt_id, assessment_id, question_id, points in AttemptItem.objects.filter(
        attempt__in=first_attempts
    ).values_list("attempt_id", "attempt__assessment_id", "question_id", "points"):
        scores[attempt_id][question_id] = points or 0
        assessment_of[attempt_id] = assessment_id
    # (assessment id, question id) -> [(points, attempt total)]
    per_question: defaultdict[tuple[int, int], list[tuple[Decimal | int, Decimal | int]]] = defaultdict(list)
    attempts: defaultdict[int, int] = defaultdict(int)
    for attempt_id, items in scores.items():
        total = sum(items.values())
        attempts[assessment_of[attempt_id]] += 1
        for question_id, earned in items.items():
            per_question[assessment_of[attempt_id], question_id].append((earned, total))
    questions = Question.objects.in_bulk({question_id for _assessment, question_id in per_question})
    assessments = Assessment.objects.select_related("activity__module").in_bulk(set(attempts))
    rows = {pk: AssessmentRows(assessment=assessment, attempts=attempts[pk]) for pk, assessment in assessments.items()}
    for (assessment_id, question_id), pairs in per_question.items():
        question = questions[question_id]
        rows[assessment_id].questions.append(QuestionRow(question, item_statistics(pairs, question.points)))
    for row in rows.values():
        row.questions.sort(key=lambda r: (r.question.bank_id, r.question.order, r.question.pk))
    return sorted(
        rows.values(),
        key=lambda r: (r.assessment.activity.module.course_id, r.assessment.activity.module.order, r.assessment.pk),
    )


def _feedback(cohorts: list[Cohort], enrolled_in: dict[int, set[int]]) -> tuple[list[CohortFeedback], NetPromoterScore]:
    counts = {
        cohort_id: NetPromoterScore(answers, promoters, detractors)
        for cohort_id, answers, promoters, detractors in CourseFeedback.objects.filter(cohort__in=cohorts)
        .values("cohort_id")
        .annotate(
            answers=Count("pk"),
            promoters=Count("pk", filter=Q(recommend__gte=9)),
            detractors=Count("pk", filter=Q(recommend__lte=6)),
        )
        .values_list("cohort_id", "answers", "promoters", "detractors")
    }
    rows = [
        CohortFeedback(cohort, len(enrolled_in[cohort.pk]), counts.get(cohort.pk, NetPromoterScore(0, 0, 0)))
        for cohort in cohorts
    ]
    total = NetPromoterScore(
        sum(r.nps.answers for r in rows), sum(r.nps.promoters for r in rows), sum(r.nps.detractors for r in rows)
    )
    return rows, total


def _comments(cohorts: list[Cohort]) -> list[Comment]:
    by_pk = {cohort.pk: cohort for cohort in cohorts}
    return [
        Comment(by_pk[cohort_id], recommend, text, answered_at)
        for cohort_id, recommend, text, answered_at in CourseFeedback.objects.filter(cohort__in=cohorts)
        .exclude(comment="")
        .order_by("cohort_id", "answered_at", "pk")
        .values_list("cohort_id", "recommend", "comment", "answered_at")
    ]
