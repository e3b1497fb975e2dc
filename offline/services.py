"""Writes for offline use: keeping a module on the phone, and taking the changes made without a connection."""

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from accounts.models import User
from assessments import services as assessment_services
from assessments.models import Attempt
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import Activity, ActivityCompletion, Module
from courses.selectors import CourseProgress
from h5p import selectors as h5p_selectors
from h5p import services as h5p_services
from h5p.xapi import ParsedStatement, StatementInvalid, parse_statement
from mentoring import services as mentoring_services
from mentoring.models import SessionAttendance

from .models import SyncedChange
from .selectors import KeptModule, keepable_module

ACCEPTED = SyncedChange.Status.ACCEPTED.value
REFUSED = SyncedChange.Status.REFUSED.value


def keep_module(user: User, module: Module) -> KeptModule:
    """What the phone keeps of `module`; untimed assessments are opened now, so they can be answered offline.

    A timed assessment is not: its time would run while the phone is away from the server.
    """
    kept = keepable_module(user, module)
    for assessment in kept.untimed_assessments:
        try:
            attempt = assessment_services.start_attempt(assessment, user)
        except assessment_services.AttemptRefused:
            continue  # passed, waiting for grading or out of attempts: nothing to answer
        kept.pages.append(attempt.get_absolute_url())
    return kept


# Changes made offline


MAX_CHANGES = 50
MAX_REFLECTION = SessionAttendance._meta.get_field("reflection").max_length or 4000
KINDS = ("complete", "answers", "reflection", "statement")


class BatchRefused(Exception):
    """The batch as a whole cannot be read; nothing of it was taken."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Change:
    id: uuid.UUID
    kind: str
    data: dict[str, Any]
    made_at: datetime | None


@dataclass
class Outcome:
    id: uuid.UUID
    status: str
    reason: str = ""

    def as_json(self) -> dict[str, str]:
        return {"id": str(self.id), "status": self.status, "reason": self.reason}


def read_changes(payload: object) -> list[Change]:
    """The changes of a batch as the phone sent them ({"changes": [{id, kind, data, made_at}, ...]}).

    A batch that is not of that shape, is too long or repeats an id is refused whole; a change of an
    unknown kind or with data that does not fit is refused on its own, when it is taken.
    """
    if not isinstance(payload, dict) or not isinstance(payload.get("changes"), list):
        raise BatchRefused(_("Send the changes as a JSON object with a list named “changes”."))
    items = payload["changes"]
    if len(items) > MAX_CHANGES:
        raise BatchRefused(_("Send at most %(max)d changes at a time.") % {"max": MAX_CHANGES})
    changes: list[Change] = []
    seen: set[uuid.UUID] = set()
    for number, item in enumerate(items, start=1):
        try:
            change_id = (
                uuid.UUID(str(item["id"])) if isinstance(item, dict) and isinstance(item.get("id"), str) else None
            )
        except ValueError:
            change_id = None
        if change_id is None:
            raise BatchRefused(_("Change %(number)d has no valid id.") % {"number": number})
        if change_id in seen:
            raise BatchRefused(_("Change %(number)d repeats the id of an earlier one.") % {"number": number})
        seen.add(change_id)
        made_at = parse_datetime(item["made_at"]) if isinstance(item.get("made_at"), str) else None
        data = item.get("data")
        changes.append(
            Change(
                id=change_id,
                kind=str(item.get("kind", ""))[:20],
                data=data if isinstance(data, dict) else {},
                made_at=made_at if made_at is not None and made_at.tzinfo is not None else None,
            )
        )
    return changes


class _Access:
    """Whether a change to an activity may still count: enrolled in its published course, module open.

    The progress of each course is read once per batch.
    """

    def __init__(self, user: User) -> None:
        self.user = user
        self.progress: dict[int, CourseProgress | None] = {}

    def refusal(self, activity: Activity) -> str | None:
        course = activity.module.course
        if course.pk not in self.progress:
            self.progress[course.pk] = (
                course_selectors.course_progress(self.user, course) if course.is_published else None
            )
        progress = self.progress[course.pk]
        if progress is None or progress.enrolment is None:
            return _("You are no longer enrolled in the course of “%(activity)s”, so this change was not saved.") % {
                "activity": activity.title
            }
        if progress.module(activity.module_id).is_locked:
            return _("The module of “%(activity)s” is locked, so this change was not saved.") % {
                "activity": activity.title
            }
        return None


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _take_completions(user: User, changes: list[Change], access: _Access) -> dict[uuid.UUID, Outcome]:
    outcomes: dict[uuid.UUID, Outcome] = {}
    wanted = {change.id: _int(change.data.get("activity")) for change in changes}
    activities = Activity.objects.filter(pk__in=[pk for pk in wanted.values() if pk]).select_related("module__course")
    by_pk = {activity.pk: activity for activity in activities}
    to_complete: list[Activity] = []
    for change in changes:
        activity = by_pk.get(wanted[change.id] or 0)
        if activity is None:
            outcomes[change.id] = Outcome(change.id, REFUSED, _("There is no such activity."))
            continue
        reason = access.refusal(activity)
        if reason is None and not activity.is_marked_done_by_trainee:
            reason = _("“%(activity)s” is done by doing it, not by marking it done.") % {"activity": activity.title}
        if reason:
            outcomes[change.id] = Outcome(change.id, REFUSED, reason)
        else:
            to_complete.append(activity)
            outcomes[change.id] = Outcome(change.id, ACCEPTED)
    course_services.complete_activities(user, to_complete)
    return outcomes


def _save_answers(attempt: Attempt, user: User, answers: dict[str, Any]) -> str | None:
    """Save answers to an attempt; the reason when they are refused."""
    try:
        assessment_services.save_answers(attempt, user, answers)
    except assessment_services.AttemptRefused as refusal:
        details = [message for messages in refusal.errors.values() for message in messages]
        return " ".join([refusal.message, *details])
    return None


def _take_answers(user: User, changes: list[Change], access: _Access) -> dict[uuid.UUID, Outcome]:
    """Answers to an attempt, in the order they were given: one save per attempt, the last answer to a
    question winning; when the server refuses the whole, each change is tried on its own."""
    outcomes: dict[uuid.UUID, Outcome] = {}
    wanted = {change.id: _int(change.data.get("attempt")) for change in changes}
    attempts = Attempt.objects.filter(pk__in=[pk for pk in wanted.values() if pk], user=user).select_related(
        "assessment__activity__module__course"
    )
    by_pk = {attempt.pk: attempt for attempt in attempts}
    per_attempt: dict[int, list[Change]] = {}
    for change in changes:
        attempt = by_pk.get(wanted[change.id] or 0)
        answers = change.data.get("answers", {})
        if attempt is None:
            outcomes[change.id] = Outcome(change.id, REFUSED, _("There is no such attempt of yours."))
        elif not isinstance(answers, dict):
            outcomes[change.id] = Outcome(change.id, REFUSED, _("The answers could not be read."))
        elif reason := access.refusal(attempt.assessment.activity):
            outcomes[change.id] = Outcome(change.id, REFUSED, reason)
        else:
            per_attempt.setdefault(attempt.pk, []).append(change)
    for attempt_pk, group in per_attempt.items():
        attempt = by_pk[attempt_pk]
        merged: dict[str, Any] = {}
        for change in group:
            merged.update({str(key): value for key, value in change.data["answers"].items()})
        reason = _save_answers(attempt, user, merged) if merged else None
        if (
            reason is not None
            and attempt.pk
            and Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).exists()
        ):
            # Refused for a bad answer, not for time: each change on its own, so the good ones count.
            for change in group:
                one = _save_answers(attempt, user, change.data["answers"])
                outcomes[change.id] = Outcome(change.id, REFUSED, one) if one else Outcome(change.id, ACCEPTED)
        else:
            for change in group:
                outcomes[change.id] = Outcome(change.id, REFUSED, reason) if reason else Outcome(change.id, ACCEPTED)
        submitting = [c for c in group if c.data.get("submit") is True and outcomes[c.id].status == ACCEPTED]
        if submitting:
            assessment_services.submit_attempt(attempt, user)
    return outcomes


def _take_reflections(user: User, changes: list[Change]) -> dict[uuid.UUID, Outcome]:
    """Reflection drafts: the last draft of a session's reflection is the one kept."""
    outcomes: dict[uuid.UUID, Outcome] = {}
    wanted = {change.id: _int(change.data.get("attendance")) for change in changes}
    attendances = {
        attendance.pk: attendance
        for attendance in SessionAttendance.objects.filter(pk__in=[pk for pk in wanted.values() if pk], mentee=user)
    }
    last: dict[int, Change] = {}
    for change in changes:
        text = change.data.get("reflection")
        attendance = attendances.get(wanted[change.id] or 0)
        if attendance is None:
            outcomes[change.id] = Outcome(change.id, REFUSED, _("There is no such supervision session of yours."))
        elif not isinstance(text, str):
            outcomes[change.id] = Outcome(change.id, REFUSED, _("The reflection could not be read."))
        elif len(text) > MAX_REFLECTION:
            outcomes[change.id] = Outcome(
                change.id,
                REFUSED,
                _("The reflection is %(length)d characters long; at most %(limit)d fit.")
                % {"length": len(text), "limit": MAX_REFLECTION},
            )
        else:
            last[attendance.pk] = change
            outcomes[change.id] = Outcome(change.id, ACCEPTED)
    for attendance_pk, change in last.items():
        attendance = attendances[attendance_pk]
        try:
            with transaction.atomic():
                if change.data.get("confirm") is True and not attendance.is_confirmed:
                    mentoring_services.confirm_attendance(attendance, by=user, reflection=change.data["reflection"])
                else:
                    mentoring_services.save_reflection(attendance, change.data["reflection"])
        except ValidationError as error:
            reason = " ".join(error.messages)
            for other in changes:
                if wanted[other.id] == attendance_pk and outcomes[other.id].status == ACCEPTED:
                    outcomes[other.id] = Outcome(other.id, REFUSED, reason)
    return outcomes


def _take_statements(user: User, changes: list[Change], access: _Access) -> dict[uuid.UUID, Outcome]:
    """xAPI statements from kept H5P content, each stored once by its own id."""
    outcomes: dict[uuid.UUID, Outcome] = {}
    wanted = {change.id: _int(change.data.get("activity")) for change in changes}
    activities = {
        activity.pk: activity
        for activity in h5p_selectors.playable_activities().filter(pk__in=[pk for pk in wanted.values() if pk])
    }
    per_activity: dict[int, list[ParsedStatement]] = {}
    for change in changes:
        activity = activities.get(wanted[change.id] or 0)
        statement = change.data.get("statement")
        if activity is None or not hasattr(activity, "h5p_content"):
            outcomes[change.id] = Outcome(change.id, REFUSED, _("There is no interactive content here."))
            continue
        if len(json.dumps(statement)) > settings.H5P_MAX_STATEMENT_BYTES:
            outcomes[change.id] = Outcome(change.id, REFUSED, _("The statement is too large."))
            continue
        if reason := access.refusal(activity):
            outcomes[change.id] = Outcome(change.id, REFUSED, reason)
            continue
        try:
            parsed = parse_statement(statement)
        except StatementInvalid as invalid:
            details = [str(message) for messages in invalid.errors.values() for message in messages]
            outcomes[change.id] = Outcome(change.id, REFUSED, " ".join([_("The statement is not valid."), *details]))
            continue
        per_activity.setdefault(activity.pk, []).append(parsed)
        outcomes[change.id] = Outcome(change.id, ACCEPTED)
    for activity_pk, parsed_statements in per_activity.items():
        h5p_services.record_xapi_statements(user, activities[activity_pk], parsed_statements)
    return outcomes


@transaction.atomic
def take_changes(user: User, changes: list[Change]) -> list[Outcome]:
    """Take the changes a trainee made offline, each exactly once, and answer each: accepted or refused.

    The server decides as it would have online: an answer after its attempt's deadline, or a change to
    an activity whose module is locked or whose course the trainee left, is refused with a reason the
    trainee reads. A change already taken (the same id) is answered as it was the first time. Changes
    to one activity, attempt or session are taken in the order they were made; the queries are a fixed
    number for each kind, however many changes wait.
    """
    # One batch of a person at a time: the page and the service worker may send the same batch at once.
    get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk").first()
    known = {
        synced.change_id: Outcome(synced.change_id, synced.status, synced.reason)
        for synced in SyncedChange.objects.filter(user=user, change_id__in=[change.id for change in changes])
    }
    fresh = [change for change in changes if change.id not in known]
    outcomes: dict[uuid.UUID, Outcome] = dict(known)
    access = _Access(user)
    by_kind: dict[str, list[Change]] = {}
    for change in fresh:
        if change.kind in KINDS:
            by_kind.setdefault(change.kind, []).append(change)
        else:
            outcomes[change.id] = Outcome(change.id, REFUSED, _("Linkki does not know this kind of change."))
    if by_kind.get("complete"):
        outcomes.update(_take_completions(user, by_kind["complete"], access))
    if by_kind.get("answers"):
        outcomes.update(_take_answers(user, by_kind["answers"], access))
    if by_kind.get("reflection"):
        outcomes.update(_take_reflections(user, by_kind["reflection"]))
    if by_kind.get("statement"):
        outcomes.update(_take_statements(user, by_kind["statement"], access))
    SyncedChange.objects.bulk_create(
        [
            SyncedChange(
                user=user,
                change_id=change.id,
                kind=change.kind,
                status=outcomes[change.id].status,
                reason=outcomes[change.id].reason[:500],
                made_at=change.made_at,
            )
            for change in fresh
        ],
        ignore_conflicts=True,
    )
    return [outcomes[change.id] for change in changes]


# The same changes sent as a plain form


FORM_CHANGE_FIELD = "offline_change"


def record_form_change(user: User, change_id: uuid.UUID, kind: str, target: int, data: dict[str, Any]) -> bool:
    """Remember that the change `change_id`, posted by the page's form, took effect; True if recorded.

    The page queues the same change under the same id when the form's answer is lost, so the copy
    that reaches the sync endpoint later is answered as taken, not taken again. Only a change the
    server really took is recorded: one it refused (a locked module, a form with errors) is not.
    """
    if kind == "complete":
        taken = ActivityCompletion.objects.filter(user=user, activity_id=target).exists()
    elif kind == "reflection":
        attendance = SessionAttendance.objects.filter(pk=target, mentee=user).first()
        text = data.get("reflection")
        taken = (
            attendance is not None
            and attendance.is_confirmed
            and isinstance(text, str)
            and attendance.reflection == text.strip()
        )
    else:
        return False
    if not taken:
        return False
    SyncedChange.objects.bulk_create(
        [SyncedChange(user=user, change_id=change_id, kind=kind, status=ACCEPTED)], ignore_conflicts=True
    )
    return True
