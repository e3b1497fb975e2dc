"""A person's enrolments and completed activities, and the cohorts they teach or coordinate."""

from django.db.models import Q

from common.privacy import declare, rows

from .models import ActivityCompletion, Cohort, CourseFeedback, Enrolment


def export(person):
    return {
        "enrolments": rows(
            Enrolment.objects.filter(user=person).order_by("enrolled_at", "pk"),
            "cohort__name",
            "cohort__course__code",
            "enrolled_at",
            "last_seen_at",
            "last_activity_id",
        ),
        "completed_activities": rows(
            ActivityCompletion.objects.filter(user=person).order_by("completed_at", "pk"),
            "activity_id",
            "activity__module__course__code",
            "completed_at",
        ),
        "training_feedback": rows(
            CourseFeedback.objects.filter(user=person).order_by("answered_at", "pk"),
            "course__code",
            "cohort__name",
            "recommend",
            "comment",
            "answered_at",
        ),
        "cohorts_as_trainer": rows(Cohort.objects.filter(trainers=person).order_by("pk"), "pk", "name"),
        "cohorts_as_coordinator": rows(Cohort.objects.filter(coordinators=person).order_by("pk"), "pk", "name"),
    }


def erase(person, erasure):
    # The survey answer is the person's own words; the cohort's NPS is counted from those who remain.
    erasure.deleted(CourseFeedback.objects.filter(user=person))
    erasure.deleted(ActivityCompletion.objects.filter(user=person))
    erasure.deleted(Enrolment.objects.filter(user=person))
    person.cohorts_as_trainer.clear()
    person.cohorts_as_coordinator.clear()


def seen_since(people, moment):
    """Enrolled, or learning, since `moment`."""
    recent = Enrolment.objects.filter(Q(enrolled_at__gte=moment) | Q(last_seen_at__gte=moment)).values("user_id")
    completed = ActivityCompletion.objects.filter(completed_at__gte=moment).values("user_id")
    return people.filter(Q(pk__in=recent) | Q(pk__in=completed))


declare(
    "courses",
    models=["courses.Cohort", "courses.Enrolment", "courses.ActivityCompletion", "courses.CourseFeedback"],
    export=export,
    erase=erase,
    erase_order=400,
    seen_since=seen_since,
)
