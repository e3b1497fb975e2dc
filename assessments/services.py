"""Writes with a rule: starting an attempt, saving answers, submitting, grading and regrading.

Every write to an attempt first locks the attempt's row, so a save racing a submit, or two submits
from two tabs, run one after the other: the second submit finds the attempt submitted and changes
nothing. The deadline is checked under the same lock: an answer saved after it does not count and
the attempt is submitted as it stood.
"""

import random
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import ActivityCompletion
from courses.services import complete_activity

from . import scoring
from .models import Assessment, Attempt, AttemptItem, Grade, MatchPair, Option, Question

MAX_ESSAY = 10000
MAX_NUMBER = 50

# An answer as an attempt item stores it (`AttemptItem.answer`): an option id, option ids, true or false,
# {prompt pair id: chosen pair id}, or text.
StoredAnswer = int | list[int] | bool | dict[str, int] | str | None


class AttemptRefused(Exception):
    """A request about an attempt that was refused whole; nothing was changed.

    `code` is "invalid" (bad answers, `errors` maps question ids to messages), "closed" (already
    submitted), "expired" (the time ran out and the attempt has now been submitted) or "not_allowed".
    """

    def __init__(
        self,
        message: str,
        code: str = "invalid",
        errors: dict[str, list[str]] | None = None,
        attempt: Attempt | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.errors = errors or {}
        self.attempt = attempt


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _lock(attempt_id: int) -> Attempt:
    return Attempt.objects.select_for_update(of=("self",)).select_related("assessment__activity").get(pk=attempt_id)


def _check_owner(attempt: Attempt, user: User) -> None:
    if attempt.user_id != user.pk:
        raise PermissionDenied(_("This attempt belongs to someone else."))


def _questions_for(assessment: Assessment) -> list[Question]:
    return list(
        Question.objects.filter(bank_id=assessment.bank_id, is_active=True)
        .prefetch_related(
            Prefetch("options", queryset=Option.objects.order_by("order", "pk")),
            Prefetch("pairs", queryset=MatchPair.objects.order_by("order", "pk")),
        )
        .order_by("order", "pk")
    )


@transaction.atomic
def start_attempt(
    assessment: Assessment, user: User, now: datetime | None = None, rng: random.Random | None = None
) -> Attempt:
    """The person's open attempt on `assessment`, or a new one with a fresh draw of questions."""
    now = _now(now)
    rng = rng or random.SystemRandom()
    attempts = list(Attempt.objects.select_for_update().filter(assessment=assessment, user=user).order_by("number"))
    open_attempt = next((a for a in attempts if a.is_open), None)
    if open_attempt is not None:
        if not open_attempt.is_expired(now):
            return open_attempt
        _submit_locked(open_attempt, now)
    if any(a.passed for a in attempts):
        raise AttemptRefused(_("You have already passed this assessment."), code="not_allowed")
    if any(a.state == Attempt.State.AWAITING_GRADING for a in attempts):
        raise AttemptRefused(
            _("Your previous attempt is waiting for grading. You can try again once it is graded."), code="not_allowed"
        )
    if assessment.max_attempts and len(attempts) >= assessment.max_attempts:
        raise AttemptRefused(_("You have used all your attempts."), code="not_allowed")
    questions = _questions_for(assessment)
    if not questions:
        raise AttemptRefused(_("This assessment has no questions yet."), code="not_allowed")
    if assessment.draw_count and assessment.draw_count < len(questions):
        questions = rng.sample(questions, assessment.draw_count)
    deadline = now + timedelta(minutes=assessment.time_limit_minutes) if assessment.time_limit_minutes else None
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                assessment=assessment,
                user=user,
                number=len(attempts) + 1,
                started_at=now,
                deadline=deadline,
                max_score=sum((q.points for q in questions), Decimal("0")),
            )
    except IntegrityError:
        # Another tab started an attempt at the same moment; carry on with that one.
        return Attempt.objects.get(assessment=assessment, user=user, submitted_at__isnull=True)
    items = []
    for position, question in enumerate(questions, start=1):
        if question.kind == Question.Kind.MATCHING:
            order = [pair.pk for pair in question.pairs.all()]
            rng.shuffle(order)  # the answer column is always shuffled, or matching would be trivial
        elif question.has_options:
            order = [option.pk for option in question.options.all()]
            if assessment.shuffle_options:
                rng.shuffle(order)
        else:
            order = []
        items.append(AttemptItem(attempt=attempt, question=question, position=position, choice_order=order))
    AttemptItem.objects.bulk_create(items)
    return attempt


def _as_int(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise ValueError


def _blank(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def clean_answer(item: AttemptItem, raw: object) -> StoredAnswer:
    """The stored form of `raw` for `item`, or ValidationError with a message for the trainee."""
    kind = item.question.kind
    not_an_option = _("That option does not belong to this question.")
    if kind == Question.Kind.SINGLE:
        if _blank(raw):
            return None
        try:
            value = _as_int(raw)
        except ValueError:
            raise ValidationError(not_an_option) from None
        if value not in item.choice_order:
            raise ValidationError(not_an_option)
        return value
    if kind == Question.Kind.MULTIPLE:
        values = raw if isinstance(raw, list) else ([] if _blank(raw) else [raw])
        try:
            chosen = sorted({_as_int(v) for v in values})
        except ValueError:
            raise ValidationError(not_an_option) from None
        if any(value not in item.choice_order for value in chosen):
            raise ValidationError(not_an_option)
        return chosen
    if kind == Question.Kind.TRUE_FALSE:
        if _blank(raw):
            return None
        if raw in (True, "true", "1"):
            return True
        if raw in (False, "false", "0"):
            return False
        raise ValidationError(_("Answer true or false."))
    if kind == Question.Kind.MATCHING:
        if _blank(raw):
            return {}
        if not isinstance(raw, dict):
            raise ValidationError(not_an_option)
        answer: dict[str, int] = {}
        for prompt, choice in raw.items():
            try:
                prompt_id = _as_int(prompt)
            except ValueError:
                raise ValidationError(not_an_option) from None
            if prompt_id not in item.choice_order:
                raise ValidationError(not_an_option)
            if _blank(choice):
                continue
            try:
                index = _as_int(choice)
            except ValueError:
                raise ValidationError(not_an_option) from None
            # The page sends positions in the shuffled answer column, never pair ids, so the pairing stays hidden.
            if not 0 <= index < len(item.choice_order):
                raise ValidationError(not_an_option)
            answer[str(prompt_id)] = item.choice_order[index]
        return answer
    if not isinstance(raw, (str, int, float)) and raw is not None:
        raise ValidationError(_("Write your answer as text."))
    text = "" if raw is None else str(raw)
    if kind == Question.Kind.NUMERIC:
        text = text.strip()
        if len(text) > MAX_NUMBER or (text and scoring.parse_number(text) is None):
            raise ValidationError(_("Write a number, for example 12 or 3,5."))
        return text
    limit = scoring.MAX_TEXT if kind == Question.Kind.SHORT_TEXT else MAX_ESSAY
    if len(text) > limit:
        raise ValidationError(_("The answer is too long: at most %(limit)d characters.") % {"limit": limit})
    return text


def save_answers(
    attempt: Attempt, user: User, answers: Mapping[Any, object], now: datetime | None = None
) -> list[AttemptItem]:
    """Save `answers` ({question id: raw answer}) to the person's open attempt, all or none.

    Returns the saved items. Raises AttemptRefused when an answer is not valid or the attempt is
    closed; when the time has run out the attempt is submitted as it stood and "expired" is raised.
    """
    now = _now(now)
    with transaction.atomic():
        attempt = _lock(attempt.pk)
        _check_owner(attempt, user)
        if not attempt.is_open:
            raise AttemptRefused(_("This attempt has already been submitted."), code="closed", attempt=attempt)
        expired = attempt.is_expired(now)
        if expired:
            _submit_locked(attempt, now)
        else:
            saved = _write_answers(attempt, answers, now)
    if expired:
        raise AttemptRefused(
            _("The time ran out, so your attempt was submitted with the answers saved before the deadline."),
            code="expired",
            attempt=attempt,
        )
    return saved


def _write_answers(attempt: Attempt, answers: Mapping[object, object], now: datetime) -> list[AttemptItem]:
    items: dict[int | None, AttemptItem] = {
        item.question_id: item for item in AttemptItem.objects.filter(attempt=attempt).select_related("question")
    }
    errors: dict[str, list[str]] = {}
    cleaned: list[tuple[AttemptItem, StoredAnswer]] = []
    for key, raw in answers.items():
        question_id: int | None
        try:
            question_id = _as_int(key)
        except ValueError:
            question_id = None
        item = items.get(question_id)
        if item is None:
            errors[str(key)] = [_("This question is not part of your attempt.")]
            continue
        try:
            cleaned.append((item, clean_answer(item, raw)))
        except ValidationError as error:
            errors[str(key)] = error.messages
    if errors:
        raise AttemptRefused(_("Some answers could not be saved. Check the marked questions."), errors=errors)
    for item, value in cleaned:
        item.answer, item.answered_at = value, now
    AttemptItem.objects.bulk_update([item for item, _value in cleaned], ["answer", "answered_at"])
    return [item for item, _value in cleaned]


def submit_attempt(attempt: Attempt, user: User | None = None, now: datetime | None = None) -> tuple[Attempt, bool]:
    """Submit and grade the attempt once. A second submit returns it unchanged. (attempt, was it new)."""
    now = _now(now)
    with transaction.atomic():
        attempt = _lock(attempt.pk)
        if user is not None:
            _check_owner(attempt, user)
        if not attempt.is_open:
            return attempt, False
        _submit_locked(attempt, now)
    return attempt, True


def _submit_locked(attempt: Attempt, now: datetime) -> None:
    expired = attempt.is_expired(now)
    attempt.submitted_at = min(now, attempt.deadline) if expired and attempt.deadline is not None else now
    attempt.was_submitted_automatically = expired
    items = list(attempt.items.select_related("question").prefetch_related("question__options", "question__pairs"))
    grades = []
    for item in items:
        points = scoring.points(item.question, item.answer)
        if points is not None:
            item.points = points
            grades.append(Grade(item=item, points=points, source=Grade.Source.AUTOMATIC))
    AttemptItem.objects.bulk_update(items, ["points"])
    Grade.objects.bulk_create(grades)
    _settle(attempt, items, now)


def _settle(attempt: Attempt, items: list[AttemptItem], now: datetime) -> None:
    """Total the attempt once every item has a grade, and complete the activity when it passes."""
    was_passed = attempt.passed
    if any(item.points is None for item in items):
        attempt.state = Attempt.State.AWAITING_GRADING
        attempt.save()
        return
    attempt.score = sum((item.points for item in items if item.points is not None), Decimal("0"))
    attempt.max_score = sum((item.question.points for item in items), Decimal("0"))
    percent = Decimal("100") if not attempt.max_score else attempt.score * 100 / attempt.max_score
    # Rounded down, so 69.97 % shows as 69.9 % and does not pass a 70 % mark that it has not reached.
    attempt.percent = percent.quantize(Decimal("0.1"), rounding=ROUND_DOWN)
    attempt.passed = attempt.percent >= attempt.assessment.pass_mark
    attempt.state = Attempt.State.GRADED
    attempt.graded_at = now
    attempt.save()
    activity = attempt.assessment.activity
    if attempt.passed:
        complete_activity(attempt.user, activity)
    elif (
        was_passed
        and not Attempt.objects.filter(assessment=attempt.assessment, user=attempt.user, passed=True).exists()
    ):
        # A regrade took away the only pass: the activity is no longer done.
        ActivityCompletion.objects.filter(user=attempt.user, activity=activity).delete()


def grade_item(
    item: AttemptItem,
    by: User,
    points: Decimal | None,
    comment: str = "",
    source: str = Grade.Source.TRAINER,
    now: datetime | None = None,
) -> Attempt:
    """Record a grade for one item of a submitted attempt; an earlier grade stays beside it."""
    now = _now(now)
    with transaction.atomic():
        attempt = _lock(item.attempt_id)
        if attempt.is_open:
            raise AttemptRefused(_("The attempt has not been submitted yet."), code="not_allowed")
        items = list(attempt.items.select_related("question"))
        item = next(i for i in items if i.pk == item.pk)
        maximum = item.question.points
        if points is None or points < 0 or points > maximum:
            raise ValidationError({"points": _("Give points from 0 to %(max)s.") % {"max": maximum.normalize()}})
        Grade.objects.create(
            item=item,
            points=points,
            source=source,
            graded_by=by,
            comment=comment.strip(),
            is_regrade=item.points is not None,
        )
        item.points = points
        item.save(update_fields=["points"])
        _settle(attempt, items, now)
    return attempt


def sign_off_competency(
    item: AttemptItem, by: User, achieved: bool, comment: str = "", now: datetime | None = None
) -> Attempt:
    """The mentor's sign-off of a practical competency item: all its points when achieved, none otherwise."""
    if item.question.kind != Question.Kind.COMPETENCY:
        raise AttemptRefused(_("Only practical competency items are signed off."), code="not_allowed")
    points = item.question.points if achieved else Decimal("0")
    return grade_item(item, by, points, comment=comment, source=Grade.Source.MENTOR, now=now)


def submit_expired_attempts(
    now: datetime | None = None, users: Iterable[User] | QuerySet[Any, Any] | None = None
) -> int:
    """Submit every open attempt whose time has run out (of `users` only, if given). Returns how many."""
    now = _now(now)
    expired = Attempt.objects.filter(submitted_at__isnull=True, deadline__lte=now)
    if users is not None:
        expired = expired.filter(user__in=users)
    count = 0
    for attempt in expired.only("pk"):
        _attempt, submitted = submit_attempt(attempt, now=now)
        count += submitted
    return count
