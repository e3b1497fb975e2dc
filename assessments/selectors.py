"""Reads with a rule: where a trainee stands on an assessment, what an attempt page shows, who grades
what, and the cohort's gradebook of assessments and H5P content. Each read makes a fixed number of
queries whatever the list sizes."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from accounts.models import Role, User
from courses.models import Activity, Cohort, Enrolment
from courses.selectors import cohorts_visible_to
from h5p.models import Content as H5PContent
from h5p.selectors import Grade as H5PGrade
from h5p.selectors import grades_of

from .models import Assessment, Attempt, AttemptItem, Grade, MatchPair, Option, Question


def assessment_of(activity: Activity) -> Assessment | None:
    return Assessment.objects.filter(activity=activity).select_related("activity", "bank").first()


@dataclass
class Standing:
    """Where one trainee stands on one assessment."""

    assessment: Assessment
    attempts: list[Attempt]

    @property
    def open_attempt(self) -> Attempt | None:
        return next((a for a in self.attempts if a.is_open), None)

    @property
    def submitted(self) -> list[Attempt]:
        return [a for a in self.attempts if not a.is_open]

    @property
    def has_passed(self) -> bool:
        return any(a.passed for a in self.attempts)

    @property
    def is_awaiting_grading(self) -> bool:
        return any(a.state == Attempt.State.AWAITING_GRADING for a in self.attempts)

    @property
    def best(self) -> Attempt | None:
        graded = [a for a in self.attempts if a.state == Attempt.State.GRADED]
        return max(graded, key=lambda a: (a.percent, -a.number), default=None)

    @property
    def attempts_left(self) -> int | None:
        """None when the number of attempts is not limited."""
        if not self.assessment.max_attempts:
            return None
        return max(self.assessment.max_attempts - len(self.attempts), 0)

    @property
    def refusal(self) -> str:
        """Why a new attempt cannot start, or "" when it can (an open attempt is resumed instead)."""
        if self.open_attempt:
            return ""
        if self.has_passed:
            return _("You have passed this assessment.")
        if self.is_awaiting_grading:
            return _("Your attempt is waiting for grading.")
        if self.attempts_left == 0:
            return _("You have used all your attempts.")
        return ""

    @property
    def is_finished(self) -> bool:
        """No more attempts will come: passed, or none left."""
        return self.has_passed or self.attempts_left == 0


def standing(assessment: Assessment, user: User) -> Standing:
    attempts = list(Attempt.objects.filter(assessment=assessment, user=user).order_by("number"))
    return Standing(assessment, attempts)


def may_show_answers(attempt: Attempt, standing_: Standing) -> bool:
    """Correct answers appear only on a graded attempt, and then as the assessment says."""
    if attempt.state != Attempt.State.GRADED:
        return False
    policy = attempt.assessment.show_answers
    if policy == Assessment.ShowAnswers.AFTER_EACH:
        return True
    if policy == Assessment.ShowAnswers.AFTER_LAST:
        return standing_.is_finished
    return False


@dataclass
class Choice:
    value: object
    text: object
    is_chosen: bool = False
    is_correct: bool = False
    feedback: object = ""


@dataclass
class Prompt:
    pair: MatchPair
    chosen_index: int | None
    chosen_text: object = ""
    correct_text: object = ""
    is_right: bool = False


@dataclass
class ItemView:
    """What the attempt page shows of one item. Correctness is filled in only for a graded review."""

    item: AttemptItem
    question: Question
    choices: list[Choice] = field(default_factory=list)
    prompts: list[Prompt] = field(default_factory=list)
    text_answer: str = ""
    grade: Grade | None = None
    number: int = 0  # its place on the page, set where a list names questions by number

    @property
    def field_name(self) -> str:
        return f"q{self.question.pk}"

    @property
    def is_full_marks(self) -> bool:
        return self.item.points is not None and self.item.points >= self.question.points

    @property
    def outcome_feedback(self) -> str:
        """The question's feedback for a right or a not-right answer (automatically graded types)."""
        if self.item.points is None or self.question.is_graded_by_hand:
            return ""
        return self.question.feedback_correct if self.is_full_marks else self.question.feedback_incorrect

    @property
    def accepted_answers(self) -> list[str]:
        return self.question.accepted_answer_list()

    @property
    def is_answered(self) -> bool:
        return is_an_answer(self.item.answer)


def is_an_answer(answer: Any) -> bool:
    """A stored answer that says something: not empty, no box ticked or nothing matched counts as none."""
    return answer not in (None, "", [], {})


def has_unanswered(attempt: Attempt) -> bool:
    """Whether a question of `attempt` has no saved answer, in one query."""
    answers = AttemptItem.objects.filter(attempt=attempt).values_list("answer", flat=True)
    return not all(is_an_answer(answer) for answer in answers)


def _item_queryset() -> QuerySet[AttemptItem]:
    return AttemptItem.objects.select_related("question").prefetch_related(
        Prefetch("question__options", queryset=Option.objects.order_by("order", "pk")),
        Prefetch("question__pairs", queryset=MatchPair.objects.order_by("order", "pk")),
        Prefetch("grades", queryset=Grade.objects.select_related("graded_by").order_by("graded_at", "pk")),
    )


def attempt_items(attempt: Attempt, reveal: bool = False) -> list[ItemView]:
    """The items of `attempt` ready to render, in the order drawn. With `reveal`, which answers are correct."""
    views = []
    for item in _item_queryset().filter(attempt=attempt).order_by("position"):
        item.attempt = attempt
        question = item.question
        answer = item.answer
        view = ItemView(item=item, question=question)
        grades = list(item.grades.all())
        view.grade = grades[-1] if grades else None
        if question.has_options:
            options = {o.pk: o for o in question.options.all()}
            chosen = set(answer if isinstance(answer, list) else [answer])
            for pk in item.choice_order:
                option = options.get(pk)
                if option is None:
                    continue
                is_chosen = pk in chosen
                view.choices.append(
                    Choice(
                        value=pk,
                        text=option.text,
                        is_chosen=is_chosen,
                        is_correct=reveal and option.is_correct,
                        feedback=option.feedback if (is_chosen and not attempt.is_open) else "",
                    )
                )
        elif question.kind == Question.Kind.TRUE_FALSE:
            for value, text in (("true", _("True")), ("false", _("False"))):
                as_bool = value == "true"
                view.choices.append(
                    Choice(
                        value=value,
                        text=text,
                        is_chosen=answer is as_bool,
                        is_correct=reveal and question.correct_statement is as_bool,
                    )
                )
        elif question.kind == Question.Kind.MATCHING:
            pairs = {p.pk: p for p in question.pairs.all()}
            column = [pairs[pk] for pk in item.choice_order if pk in pairs]
            view.choices = [Choice(value=index, text=pair.answer) for index, pair in enumerate(column)]
            answer = answer or {}
            for pair in question.pairs.all():
                chosen_pk = answer.get(str(pair.pk))
                index = item.choice_order.index(chosen_pk) if chosen_pk in item.choice_order else None
                view.prompts.append(
                    Prompt(
                        pair=pair,
                        chosen_index=index,
                        chosen_text=pairs[chosen_pk].answer if chosen_pk in pairs else "",
                        correct_text=pair.answer if reveal else "",
                        is_right=reveal and chosen_pk == pair.pk,
                    )
                )
        else:
            view.text_answer = "" if answer is None else str(answer)
        views.append(view)
    return views


@dataclass
class Tally:
    """A submitted attempt's points so far: what was graded automatically, and what still waits for a person."""

    graded_points: Decimal
    graded_max: Decimal
    waiting_points: Decimal
    waiting_count: int
    waiting_for_trainer: int
    waiting_for_mentor: int

    @property
    def is_complete(self) -> bool:
        return self.waiting_count == 0


def tally(views: list[ItemView]) -> Tally:
    """The points of `views` (from `attempt_items`) that have a grade, and those still waiting for one."""
    graded = [(v, v.item.points) for v in views if v.item.points is not None]
    waiting = [v for v in views if v.item.points is None]
    competency = sum(1 for v in waiting if v.question.kind == Question.Kind.COMPETENCY)
    return Tally(
        graded_points=sum((points for _v, points in graded), Decimal("0")),
        graded_max=sum((v.question.points for v, _points in graded), Decimal("0")),
        waiting_points=sum((v.question.points for v in waiting), Decimal("0")),
        waiting_count=len(waiting),
        waiting_for_trainer=len(waiting) - competency,
        waiting_for_mentor=competency,
    )


def unanswered(views: list[ItemView]) -> list[ItemView]:
    """The views of questions with no saved answer, in the order drawn, numbered as on the page."""
    found = []
    for number, view in enumerate(views, start=1):
        if not view.is_answered:
            view.number = number
            found.append(view)
    return found


def attempt_with_assessment(pk: int) -> Attempt:
    return Attempt.objects.select_related("assessment__activity__module__course", "user").get(pk=pk)


def _mentee_ids(user: User) -> QuerySet[User, Any]:
    from mentoring.selectors import mentees_of

    return mentees_of(user).values("pk")


def can_grade(user: User, item: AttemptItem) -> bool:
    """Mentors sign off their own mentees' competency items; trainers grade everything else of their trainees."""
    from mentoring.selectors import is_mentor_of

    trainee = item.attempt.user
    if user.pk == trainee.pk:
        return False
    if item.question.kind == Question.Kind.COMPETENCY:
        return user.has_role(Role.ADMINISTRATOR) or (user.has_role(Role.MENTOR) and is_mentor_of(user, trainee))
    if user.has_role(Role.ADMINISTRATOR):
        return True
    return (
        user.has_role(Role.TRAINER)
        and Enrolment.objects.filter(
            cohort__trainers=user, user=trainee, cohort__course_id=item.attempt.assessment.activity.module.course_id
        ).exists()
    )


def can_view_attempt(user: User, attempt: Attempt) -> bool:
    """The trainee, the trainers and coordinators of their cohorts in the course, and their mentor."""
    from mentoring.selectors import is_mentor_of

    if user.pk == attempt.user_id or user.has_role(Role.ADMINISTRATOR):
        return True
    course_id = attempt.assessment.activity.module.course_id
    if (
        user.has_role(Role.TRAINER, Role.COORDINATOR)
        and cohorts_visible_to(user).filter(course_id=course_id, enrolments__user_id=attempt.user_id).exists()
    ):
        return True
    return user.has_role(Role.MENTOR) and is_mentor_of(user, attempt.user)


def grading_queue(user: User) -> QuerySet[AttemptItem]:
    """Items waiting for `user`'s grade: essays for trainers, competency items for mentors, oldest first."""
    base = (
        AttemptItem.objects.filter(points__isnull=True, attempt__state=Attempt.State.AWAITING_GRADING)
        .select_related("question", "attempt__user", "attempt__assessment__activity")
        .order_by("attempt__submitted_at", "attempt_id", "position")
    )
    if user.has_role(Role.ADMINISTRATOR):
        # Administrators see everything, so a competency item of a trainee without a mentor is not stranded.
        return base
    queues = AttemptItem.objects.none()
    if user.has_role(Role.TRAINER):
        essays = base.exclude(question__kind=Question.Kind.COMPETENCY)
        queues = essays.filter(attempt__user_id__in=Enrolment.objects.filter(cohort__trainers=user).values("user_id"))
    if user.has_role(Role.MENTOR):
        competency = base.filter(question__kind=Question.Kind.COMPETENCY, attempt__user_id__in=_mentee_ids(user))
        queues = queues | competency
    return queues


def next_in_queue(user: User, after: AttemptItem) -> AttemptItem | None:
    """The item after `after` in `user`'s grading queue, starting over from the oldest at its end.

    `after` has just been graded, so it has left the queue; its place in the order still tells
    which item comes next.
    """
    queue = grading_queue(user).exclude(pk=after.pk)
    submitted_at, attempt_id = after.attempt.submitted_at, after.attempt_id
    later = (
        Q(attempt__submitted_at__gt=submitted_at)
        | Q(attempt__submitted_at=submitted_at, attempt_id__gt=attempt_id)
        | Q(attempt__submitted_at=submitted_at, attempt_id=attempt_id, position__gt=after.position)
    )
    return queue.filter(later).first() or queue.first()


def sign_offs_waiting(mentor: User) -> QuerySet[AttemptItem]:
    """Practical competency items of `mentor`'s current mentees waiting for the mentor's sign-off."""
    return grading_queue(mentor).filter(
        question__kind=Question.Kind.COMPETENCY, attempt__user_id__in=_mentee_ids(mentor)
    )


def sign_offs_given(mentor: User, limit: int = 20) -> list[Grade]:
    """The sign-offs `mentor` has given, newest first."""
    return list(
        Grade.objects.filter(graded_by=mentor, source=Grade.Source.MENTOR)
        .select_related("item__question", "item__attempt__user", "item__attempt__assessment__activity")
        .order_by("-graded_at", "-pk")[:limit]
    )


@dataclass
class Cell:
    """One trainee on one assessment in the gradebook."""

    best: Attempt | None = None
    attempts: int = 0
    pending: int = 0
    in_progress: bool = False
    passed: bool = False


@dataclass
class Column:
    """One graded activity of the course: an assessment, or H5P content with its pass mark."""

    activity: Activity
    assessment: Assessment | None = None
    content: H5PContent | None = None

    @property
    def is_h5p(self) -> bool:
        return self.content is not None

    def __str__(self) -> str:
        return str(self.activity.title)


@dataclass
class GradebookRow:
    enrolment: Enrolment
    cells: list[Cell | H5PGrade]
    columns: list[Column]

    @property
    def entries(self) -> list[tuple[Column, Cell | H5PGrade]]:
        """(column, cell) pairs: a Cell for an assessment, an `h5p.selectors.Grade` for H5P content."""
        return list(zip(self.columns, self.cells))


@dataclass
class Gradebook:
    cohort: Cohort
    columns: list[Column]
    rows: list[GradebookRow]


def _graded_columns(course_id: int) -> list[Column]:
    activities = (
        Activity.objects.filter(module__course_id=course_id, kind__in=[Activity.Kind.ASSESSMENT, Activity.Kind.H5P])
        .select_related("module", "assessment", "h5p_content")
        .defer("h5p_content__metadata", "h5p_content__files")
        .order_by("module__order", "module_id", "order", "pk")
    )
    columns: list[Column] = []
    for activity in activities:
        # An activity counts once its assessment or its H5P package is there; until then nobody can score.
        if activity.kind == Activity.Kind.ASSESSMENT and hasattr(activity, "assessment"):
            columns.append(Column(activity, assessment=activity.assessment))
        elif activity.kind == Activity.Kind.H5P and hasattr(activity, "h5p_content"):
            columns.append(Column(activity, content=activity.h5p_content))
    return columns


def _result(attempt: Attempt) -> Decimal:
    """A graded attempt's result; grading always sets it."""
    assert attempt.percent is not None
    return attempt.percent


def gradebook(cohort: Cohort) -> Gradebook:
    """Each trainee's result on every graded activity of the cohort's course, in course order: the best
    result, attempts and pending grading of an assessment, the grade of H5P content as the H5P app keeps it.

    At most four queries whatever the number of trainees, activities and attempts.
    """
    columns = _graded_columns(cohort.course_id)
    enrolments = list(
        cohort.enrolments.select_related("user").order_by("user__last_name", "user__first_name", "user_id")
    )
    user_ids = [e.user_id for e in enrolments]
    cells: dict[tuple[int, int], Cell] = {}
    attempts = Attempt.objects.filter(
        assessment__in=[c.assessment.pk for c in columns if c.assessment], user_id__in=user_ids
    ).order_by("number")
    for attempt in attempts:
        cell = cells.setdefault((attempt.user_id, attempt.assessment_id), Cell())
        cell.attempts += 1
        if attempt.state == Attempt.State.AWAITING_GRADING:
            cell.pending += 1
        elif attempt.state == Attempt.State.IN_PROGRESS:
            cell.in_progress = True
        elif cell.best is None or _result(attempt) > _result(cell.best):
            cell.best = attempt
        cell.passed = cell.passed or bool(attempt.passed)
    h5p_grades = grades_of(user_ids, [c.activity.pk for c in columns if c.is_h5p])

    def cell_of(user_id: int, column: Column) -> Cell | H5PGrade:
        if column.is_h5p:
            return h5p_grades.get((user_id, column.activity.pk), H5PGrade())
        assert column.assessment is not None  # a column is either H5P content or an assessment
        return cells.get((user_id, column.assessment.pk), Cell())

    rows = [GradebookRow(e, [cell_of(e.user_id, c) for c in columns], columns) for e in enrolments]
    return Gradebook(cohort, columns, rows)
