"""Reads with a rule: who may play an activity, a trainee's best try, the attempts a trainer may see."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet

from accounts.models import Role, User
from courses.models import Activity, Enrolment, Module
from courses.selectors import cohorts_visible_to, course_progress, is_enrolled

from common.translated import fallback_order

from .models import Attempt, Content, LanguageVersion


def content_of(activity: Activity) -> Content | None:
    return Content.objects.filter(activity=activity).first()


def played_package(content: Content, language: str | None = None) -> Content | LanguageVersion:
    """What a trainee in `language` (the active one) plays: the activity's package or one of its language
    versions, the first in that language's fallback order; the package itself when none is in it."""
    versions = {version.language: version for version in content.language_versions.all()}
    if not versions:
        return content
    own = content.language.split("-")[0].lower()
    for code in fallback_order(language):
        if code == own:
            return content
        if code in versions:
            return versions[code]
    return content


def granted_package(content: Content, language: str) -> Content | LanguageVersion:
    """The package a content token names: its language version, or the package itself."""
    if not language:
        return content
    return LanguageVersion.objects.filter(content=content, language=language).first() or content


def playable_activities() -> QuerySet[Activity]:
    """H5P activities with what `can_play` needs, in one query."""
    return (
        Activity.objects.filter(kind=Activity.Kind.H5P)
        .select_related("module__course", "h5p_content")
        .annotate(
            has_prerequisites=Exists(Module.prerequisites.through.objects.filter(from_module_id=OuterRef("module_id")))
        )
    )


def can_play(user: User | AnonymousUser, activity: Activity) -> bool:
    """May `user`'s results count for `activity`? Enrolled in its published course, with the module open."""
    course = activity.module.course
    if not (user.is_authenticated and course.is_published and is_enrolled(user, course)):
        return False
    has_prerequisites = getattr(activity, "has_prerequisites", None)
    if has_prerequisites is None:
        has_prerequisites = activity.module.prerequisites.exists()
    if not has_prerequisites:  # the common case, without working out the whole course
        return True
    return not course_progress(user, course).module(activity.module_id).is_locked


def attempts_of(user: User, activity: Activity) -> QuerySet[Attempt]:
    return Attempt.objects.filter(user=user, activity=activity).order_by("-finished_at", "-pk")


@dataclass
class Grade:
    """A trainee's grade on one H5P activity: the best try and how many tries they made."""

    best: Attempt | None = None
    attempts: int = 0

    @property
    def is_passed(self) -> bool:
        """Passed tries rank first, so the best one has passed when any has: the activity is done."""
        return self.best is not None and self.best.is_passed

    @property
    def is_scored(self) -> bool:
        """False for content that only reports completion; its grade is done or not done."""
        return self.best is not None and self.best.score_scaled is not None


def grades_of(user_ids: Iterable[int], activity_ids: Iterable[int]) -> dict[tuple[int, int], Grade]:
    """Each trainee's grade on each activity, keyed by (user id, activity id), in one query whatever
    their numbers. Pairs without an attempt are left out."""
    tries: defaultdict[tuple[int, int], list[Attempt]] = defaultdict(list)
    for attempt in Attempt.objects.filter(user_id__in=user_ids, activity_id__in=activity_ids).order_by():
        tries[(attempt.user_id, attempt.activity_id)].append(attempt)
    return {key: Grade(best_attempt(attempts), len(attempts)) for key, attempts in tries.items()}


def grade_of(user: User, activity: Activity) -> tuple[Attempt | None, int]:
    """The trainee's best attempt at `activity` (the activity's grade) and how many they made, in one query."""
    grade = grades_of([user.pk], [activity.pk]).get((user.pk, activity.pk), Grade())
    return grade.best, grade.attempts


def best_attempt(attempts: Iterable[Attempt]) -> Attempt | None:
    """The activity's grade is the best try: passed before failed, then the highest score, then the latest."""

    def rank(attempt: Attempt) -> tuple[bool, float, datetime, int]:
        return (
            attempt.is_passed,
            attempt.score_scaled if attempt.score_scaled is not None else -2,
            attempt.finished_at,
            attempt.pk,
        )

    return max(attempts, key=rank, default=None)


def can_see_attempts(user: User | AnonymousUser) -> bool:
    return user.is_authenticated and user.has_role(Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR)


@dataclass
class TraineeAttempts:
    user: User
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def best(self) -> Attempt | None:
        return best_attempt(self.attempts)


def attempts_visible_to(viewer: User, activity: Activity) -> list[TraineeAttempts]:
    """Each trainee's attempts at `activity` that `viewer` may see, in two queries whatever their number.

    Administrators see everyone; trainers and coordinators the trainees of the cohorts they follow.
    """
    attempts = (
        Attempt.objects.filter(activity=activity)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user_id", "-finished_at", "-pk")
    )
    if not viewer.has_role(Role.ADMINISTRATOR):
        followed = Enrolment.objects.filter(
            cohort__in=cohorts_visible_to(viewer), cohort__course_id=activity.module.course_id
        ).values("user_id")
        attempts = attempts.filter(Q(user_id__in=followed))
    rows: dict[int, TraineeAttempts] = {}
    for attempt in attempts:
        rows.setdefault(attempt.user_id, TraineeAttempts(attempt.user)).attempts.append(attempt)
    return list(rows.values())
