"""Demo supervision: the demo mentor mentors both demo trainees, with a few sessions, some confirmed."""

import datetime
from decimal import Decimal

from django.utils import timezone

from .models import Pairing, SessionAttendance, SupervisionRequirement, SupervisionSession, Topic

SESSIONS = [
    # days ago, minutes, format, kind, mentees, topic orders, summary, action points, confirmed by
    (
        40,
        60,
        SupervisionSession.Format.IN_PERSON,
        SupervisionSession.Kind.ONE_TO_ONE,
        ["trainee"],
        [0, 3],
        "Käytiin läpi ensimmäiset viikot linkkityössä ja omat voimavarat.",
        "Kirjoita ylös kolme omaa jaksamisen keinoa.",
        ["trainee"],
    ),
    (
        21,
        90,
        SupervisionSession.Format.VIDEO,
        SupervisionSession.Kind.GROUP,
        ["trainee", "trainee2"],
        [1, 2],
        "Ryhmätyönohjaus: vaikeat tilanteet ja alueen järjestöjen palvelut.",
        "Tutustu kahden paikallisen järjestön toimintaan.",
        ["trainee", "trainee2"],
    ),
    (
        7,
        45,
        SupervisionSession.Format.PHONE,
        SupervisionSession.Kind.ONE_TO_ONE,
        ["trainee2"],
        [5],
        "Kulttuuriset kysymykset saamenkielisessä työssä.",
        "",
        [],
    ),
]


def seed(context, stdout):
    course, people = context["course"], context["people"]
    mentor = people["mentor"]
    SupervisionRequirement.objects.get_or_create(
        course=course, defaults={"training_hours": Decimal("10"), "sessions_per_period": 2, "period_months": 6}
    )
    today = timezone.localdate()
    for username in ("trainee", "trainee2"):
        mentee = people[username]
        if not Pairing.objects.filter(mentee=mentee, ended_on__isnull=True).exists():
            Pairing.objects.create(
                mentor=mentor,
                mentee=mentee,
                started_on=today - datetime.timedelta(days=60),
                created_by=people["coordinator"],
            )
    topics = list(Topic.objects.order_by("order", "pk"))
    for days_ago, minutes, format_, kind, mentees, topic_indexes, summary, actions, confirmed in SESSIONS:
        session, created = SupervisionSession.objects.get_or_create(
            mentor=mentor,
            summary=summary,
            defaults={
                "held_on": today - datetime.timedelta(days=days_ago),
                "duration_minutes": minutes,
                "format": format_,
                "kind": kind,
                "action_points": actions,
                "private_notes": "Omat muistiinpanot: seuraa jaksamista.",
            },
        )
        if not created:
            continue
        session.topics.set([topics[i] for i in topic_indexes if i < len(topics)])
        for username in mentees:
            mentee = people[username]
            SessionAttendance.objects.create(
                session=session,
                mentee=mentee,
                confirmed_at=timezone.now() if username in confirmed else None,
                confirmed_by=mentee if username in confirmed else None,
            )
    stdout.write(
        f"Supervision: {mentor.username} mentors trainee and trainee2, "
        f"{SupervisionSession.objects.filter(mentor=mentor).count()} sessions logged."
    )
