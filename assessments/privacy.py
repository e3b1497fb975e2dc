"""A person's assessment attempts, their answers and grades; and the grades they gave as a trainer or mentor."""

from common.privacy import declare, rows

from .models import Attempt, AttemptItem, Grade


def export(person):
    return {
        "attempts": rows(
            Attempt.objects.filter(user=person).order_by("started_at", "pk"),
            "pk",
            "assessment_id",
            "assessment__activity__module__course__code",
            "number",
            "state",
            "started_at",
            "submitted_at",
            "was_submitted_automatically",
            "score",
            "max_score",
            "percent",
            "passed",
            "graded_at",
        ),
        "answers": rows(
            AttemptItem.objects.filter(attempt__user=person).order_by("attempt_id", "position"),
            "attempt_id",
            "position",
            "question_id",
            "answer",
            "answered_at",
            "points",
        ),
        "grades_received": rows(
            Grade.objects.filter(item__attempt__user=person).order_by("graded_at", "pk"),
            "item__attempt_id",
            "item__position",
            "points",
            "source",
            "comment",
            "is_regrade",
            "graded_at",
        ),
        "grades_given": rows(
            Grade.objects.filter(graded_by=person).order_by("graded_at", "pk"),
            "item__attempt_id",
            "item__position",
            "points",
            "comment",
            "graded_at",
        ),
    }


def erase(person, erasure):
    erasure.deleted(Attempt.objects.filter(user=person))
    # Grades this person gave stay with the trainees who earned them; only a mention of the grader goes.
    erasure.scrub(Grade.objects.filter(graded_by=person), "comment")


def seen_since(people, moment):
    return people.filter(pk__in=Attempt.objects.filter(started_at__gte=moment).values("user_id"))


declare(
    "assessments",
    models=["assessments.Attempt", "assessments.AttemptItem", "assessments.Grade"],
    export=export,
    erase=erase,
    erase_order=300,
    seen_since=seen_since,
)
