"""A person's supervision: pairings, sessions attended and led, groups and reminders, with the record PDF.

Erasure keeps every session and attendance, so a mentor's hours and group sessions stay as they were
and the hours still count where a certificate relied on them; what the erased mentee wrote, and what
was written about them (a one-to-one session's summary, action points and the mentor's private notes),
goes. In a group session's private notes every sentence naming the person goes; its summary and action
points, which the other members read, keep their text with the person's name replaced by the pseudonym.
"""

from django.db.models import Count, Q
from django.utils import timezone

from common.privacy import ExportedFile, declare, rows

from . import exports
from .models import MentoringGroup, Pairing, ReminderSent, SessionAttendance, SupervisionSession


def export(person):
    topics = SupervisionSession.topics.through.objects
    return {
        "pairings_as_mentee": rows(
            Pairing.objects.filter(mentee=person).order_by("started_on", "pk"), "started_on", "ended_on"
        ),
        "sessions_attended": rows(
            SessionAttendance.objects.filter(mentee=person).order_by("session__held_on", "session_id"),
            "session_id",
            "session__held_on",
            "session__duration_minutes",
            "session__format",
            "session__kind",
            "session__summary",
            "session__action_points",
            "confirmed_at",
            "confirmation_reason",
            "reflection",
            "declined_at",
            "decline_reason",
        ),
        "session_topics": rows(
            topics.filter(supervisionsession__attendances__mentee=person).order_by("supervisionsession_id", "topic_id"),
            "supervisionsession_id",
            "topic_id",
        ),
        "groups": rows(MentoringGroup.objects.filter(members=person).order_by("pk"), "pk", "name"),
        "sessions_led": rows(
            SupervisionSession.objects.filter(mentor=person)
            .annotate(mentee_count=Count("attendances"))
            .order_by("held_on", "pk"),
            "pk",
            "held_on",
            "duration_minutes",
            "format",
            "kind",
            "summary",
            "private_notes",
            "action_points",
            "mentee_count",
        ),
        "groups_led": rows(MentoringGroup.objects.filter(mentor=person).order_by("pk"), "pk", "name", "is_active"),
        "mentees_paired": Pairing.objects.filter(mentor=person).count(),
        "reminders": rows(
            ReminderSent.objects.filter(person=person).order_by("sent_at", "pk"), "kind", "due_date", "sent_at"
        ),
    }


def files(person):
    if Pairing.objects.filter(mentee=person).exists() or SessionAttendance.objects.filter(mentee=person).exists():
        yield ExportedFile("supervision-record.pdf", exports.supervision_record_pdf(person))


def erase(person, erasure):
    attended = SupervisionSession.objects.filter(attendances__mentee=person)
    one_to_one = SupervisionSession.objects.filter(pk__in=attended.filter(kind=SupervisionSession.Kind.ONE_TO_ONE))
    erasure.count("mentoring.SupervisionSession", one_to_one.update(summary="", private_notes="", action_points=""))
    # A group's notes and texts stay for its other members: what names the person goes from the mentor's
    # private notes, and their name is replaced by the pseudonym in what the members read.
    erasure.drop_passages(SupervisionSession.objects.filter(pk__in=attended), "private_notes")
    erasure.scrub(SupervisionSession.objects.filter(pk__in=attended), "summary", "action_points")
    # An erased mentor's own notes go; what the mentees saw stays, without the mentor's name.
    SupervisionSession.objects.filter(mentor=person).update(private_notes="")
    erasure.scrub(SupervisionSession.objects.filter(mentor=person), "summary", "action_points")
    erasure.count(
        "mentoring.SessionAttendance",
        SessionAttendance.objects.filter(mentee=person).update(
            reflection="", confirmation_reason="", decline_reason=""
        ),
    )
    erasure.scrub(SessionAttendance.objects.filter(confirmed_by=person), "confirmation_reason")
    erasure.deleted(Pairing.objects.filter(mentee=person))
    person.mentoring_group_memberships.clear()
    erasure.scrub(MentoringGroup.objects.filter(mentor=person), "name")
    erasure.deleted(ReminderSent.objects.filter(person=person))


def seen_since(people, moment):
    """Paired with a mentor now, or in a supervision session held since `moment`: someone follows them
    even if they never log in."""
    day = timezone.localdate(moment)
    paired = Pairing.objects.filter(Q(ended_on__isnull=True) | Q(ended_on__gte=day)).values("mentee_id")
    supervised = SessionAttendance.objects.filter(session__held_on__gte=day).values("mentee_id")
    return people.filter(Q(pk__in=paired) | Q(pk__in=supervised))


declare(
    "mentoring",
    models=[
        "mentoring.Pairing",
        "mentoring.MentoringGroup",
        "mentoring.SupervisionSession",
        "mentoring.SessionAttendance",
        "mentoring.ReminderSent",
    ],
    export=export,
    files=files,
    erase=erase,
    erase_order=200,
    seen_since=seen_since,
)
