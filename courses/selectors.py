"""Reads of the curriculum with a rule: what a trainee has done, what is locked, what comes next.

Progress is computed in Python from a fixed number of queries, whatever the number of modules.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, Q, QuerySet
from django.db.models.functions import Lower

from accounts.models import Role, User

from .models import Activity, ActivityCompletion, Cohort, Course, CourseFeedback, Enrolment, Module


@dataclass
class ModuleProgress:
    module: Module
    activities: list[Activity]
    done_ids: set[int]
    is_locked: bool = False
    locked_by: list[Module] = field(default_factory=list)

    @property
    def required_activities(self) -> list[Activity]:
        return [a for a in self.activities if a.is_required]

    @property
    def required_count(self) -> int:
        return len(self.required_activities)

    @property
    def required_done_count(self) -> int:
        return sum(1 for a in self.required_activities if a.pk in self.done_ids)

    @property
    def done_count(self) -> int:
        return sum(1 for a in self.activities if a.pk in self.done_ids)

    @property
    def is_complete(self) -> bool:
        return self.required_done_count == self.required_count

    @property
    def percent(self) -> int:
        return 100 if not self.required_count else round(100 * self.required_done_count / self.required_count)

    def activity_rows(self) -> list[tuple[Activity, bool]]:
        return [(activity, activity.pk in self.done_ids) for activity in self.activities]

    def first_open_activity(self) -> Activity | None:
        return next((a for a in self.activities if a.pk not in self.done_ids), None)


@dataclass
class CourseProgress:
    course: Course
    modules: list[ModuleProgress]
    enrolment: Enrolment | None = None

    @property
    def required_modules(self) -> list[ModuleProgress]:
        return [m for m in self.modules if m.module.is_required]

    @property
    def required_count(self) -> int:
        return sum(m.required_count for m in self.required_modules)

    @property
    def required_done_count(self) -> int:
        return sum(m.required_done_count for m in self.required_modules)

    @property
    def percent(self) -> int:
        total = self.required_count
        return 100 if not total else round(100 * self.required_done_count / total)

    @property
    def is_complete(self) -> bool:
        return all(m.is_complete for m in self.required_modules)

    def module(self, module_id: int) -> ModuleProgress:
        return next(m for m in self.modules if m.module.pk == module_id)

    def continue_activity(self) -> Activity | None:
        """Where the trainee left off, or else the first activity not yet done in an open module."""
        last = self.enrolment.last_activity_id if self.enrolment else None
        for progress in self.modules:
            if last and not progress.is_locked and any(a.pk == last for a in progress.activities):
                return next(a for a in progress.activities if a.pk == last)
        for progress in self.modules:
            if not progress.is_locked and (activity := progress.first_open_activity()):
                return activity
        return None


def _modules_with_activities(course_ids: Iterable[int]) -> QuerySet[Module]:
    return (
        Module.objects.filter(course_id__in=course_ids)
        .prefetch_related(
            Prefetch("activities", queryset=Activity.objects.order_by("order", "pk")),
            Prefetch("prerequisites", queryset=Module.objects.only("pk", "title", "course_id")),
        )
        .order_by("course_id", "order", "pk")
    )


def _progresses(
    course: Course, modules: list[Module], done_ids: set[int], enrolment: Enrolment | None
) -> CourseProgress:
    """One person's progress in `course`, from its modules (activities prefetched) and what they have done."""
    progresses = [
        ModuleProgress(module=m, activities=list(m.activities.all()), done_ids=done_ids)
        for m in modules
        if m.course_id == course.pk
    ]
    by_id = {p.module.pk: p for p in progresses}
    for progress in progresses:
        blockers = [
            pre for pre in progress.module.prerequisites.all() if pre.pk in by_id and not by_id[pre.pk].is_complete
        ]
        progress.is_locked = bool(blockers)
        progress.locked_by = blockers
    return CourseProgress(course=course, modules=progresses, enrolment=enrolment)


def course_progress_for(
    user: User, courses: Iterable[Course], enrolments: dict[int, Enrolment] | None = None
) -> list[CourseProgress]:
    """Progress of `user` in each of `courses`, in five queries however long the courses are."""
    course_list = list(courses)
    modules = list(_modules_with_activities([c.pk for c in course_list]))
    activity_ids = [a.pk for m in modules for a in m.activities.all()]
    done_ids = set(
        ActivityCompletion.objects.filter(user=user, activity_id__in=activity_ids).values_list("activity_id", flat=True)
    )
    enrolments = enrolments or {}
    return [_progresses(course, modules, done_ids, enrolments.get(course.pk)) for course in course_list]


def course_progress(user: User, course: Course) -> CourseProgress:
    enrolment = latest_enrolment(user, course)
    return course_progress_for(user, [course], {course.pk: enrolment} if enrolment else None)[0]


def trainee_dashboard(user: User) -> list[CourseProgress]:
    """The courses `user` is enrolled in, with progress, most recently used first."""
    enrolments = list(
        Enrolment.objects.filter(user=user, cohort__course__is_published=True)
        .select_related("cohort__course", "last_activity")
        .order_by("-last_seen_at", "-enrolled_at")
    )
    by_course: dict[int, Enrolment] = {}
    for enrolment in enrolments:
        by_course.setdefault(enrolment.cohort.course_id, enrolment)
    courses = [e.cohort.course for e in by_course.values()]
    return course_progress_for(user, courses, by_course)


def latest_enrolment(user: User, course: Course) -> Enrolment | None:
    return (
        Enrolment.objects.filter(user=user, cohort__course=course)
        .select_related("cohort")
        .order_by("-last_seen_at", "-enrolled_at")
        .first()
    )


def is_enrolled(user: User, course: Course) -> bool:
    return Enrolment.objects.filter(user=user, cohort__course=course).exists()


def can_preview_curriculum(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and user.has_role(Role.TRAINER, Role.ADMINISTRATOR)


def cohorts_visible_to(user: User) -> QuerySet[Cohort]:
    """Cohorts a person follows: trainers and coordinators their own, administrators all."""
    if user.has_role(Role.ADMINISTRATOR):
        return Cohort.objects.all()
    conditions = Q(pk__in=[])
    if user.has_role(Role.TRAINER):
        conditions |= Q(trainers=user)
    if user.has_role(Role.COORDINATOR):
        conditions |= Q(coordinators=user)
    return Cohort.objects.filter(conditions).distinct()


def can_manage_cohort(user: User, cohort: Cohort) -> bool:
    return cohorts_visible_to(user).filter(pk=cohort.pk).exists()


def cohort_progress(cohort: Cohort) -> list[tuple[Enrolment, int]]:
    """Each trainee of `cohort` with their progress percentage, in a constant number of queries.

    The percentage is `CourseProgress.percent`, the same that the trainee's own course page shows."""
    enrolments = list(
        cohort.enrolments.select_related("user", "user__municipality").order_by("user__last_name", "user__first_name")
    )
    modules = list(_modules_with_activities([cohort.course_id]))
    activity_ids = [a.pk for m in modules for a in m.activities.all()]
    done: dict[int, set[int]] = {e.user_id: set() for e in enrolments}
    for user_id, activity_id in ActivityCompletion.objects.filter(
        user_id__in=list(done), activity_id__in=activity_ids
    ).values_list("user_id", "activity_id"):
        done[user_id].add(activity_id)
    return [(e, _progresses(cohort.course, modules, done[e.user_id], e).percent) for e in enrolments]


def people_by_email(emails: Iterable[str]) -> dict[str, User]:
    """Existing people whose e-mail address or user name is one of `emails`, keyed by that address in lower case.

    Addresses are compared without case: "Aino@Example.fi" and "aino@example.fi" are one person, and
    an account made from an address has that address as its user name.
    """
    wanted = {email.lower() for email in emails}
    found: dict[str, User] = {}
    people = (
        get_user_model()
        .objects.annotate(email_lower=Lower("email"), username_lower=Lower("username"))
        .filter(Q(email_lower__in=wanted) | Q(username_lower__in=wanted))
        .order_by("pk")
    )
    for person in people:
        for key in (person.username_lower, person.email_lower):
            if key in wanted:
                found.setdefault(key, person)
    return found


def feedback_of(user: User, course: Course) -> CourseFeedback | None:
    """The trainee's answer to the course's feedback survey, or None."""
    return CourseFeedback.objects.filter(user=user, course=course).first()
