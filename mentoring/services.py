"""Writes with a rule: pairing mentees with mentors, logging sessions, confirming attendance, reminding."""

import logging
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import Role, User

from . import certification, selectors
from .models import MentoringGroup, Pairing, ReminderSent, SessionAttendance, SupervisionSession, Topic
from .signals import supervision_changed

logger = logging.getLogger(__name__)

REMIND_DAYS_BEFORE = 14
SESSION_FIELDS = ["held_on", "duration_minutes", "format", "kind", "group", "summary", "private_notes", "action_points"]
# Changing these changes what the mentee confirmed, so they are asked to confirm again.
CONFIRMED_FACTS = {"held_on", "duration_minutes"}


def _changed(people: Iterable[User]) -> None:
    for person in people:
        supervision_changed.send(sender=SupervisionSession, person=person)


# Pairings


@transaction.atomic
def assign_mentor(mentee: User, mentor: User, *, by: User | None, on: date | None = None) -> Pairing:
    """Pair `mentee` with `mentor` from day `on`, ending the mentee's previous pairing that day."""
    on = on or timezone.localdate()
    if not mentor.has_role(Role.MENTOR):
        raise ValidationError(_("%(name)s is not a mentor.") % {"name": mentor})
    if mentor.pk == mentee.pk:
        raise ValidationError(_("Nobody can mentor themselves."))
    current = Pairing.objects.select_for_update().filter(mentee=mentee, ended_on__isnull=True).first()
    if current is not None:
        if current.mentor_id == mentor.pk:
            raise ValidationError(_("%(mentor)s already mentors %(mentee)s.") % {"mentor": mentor, "mentee": mentee})
        if on < current.started_on:
            raise ValidationError(
                _("The new pairing cannot start before the current one, which started on %(date)s.")
                % {"date": current.started_on.strftime("%d.%m.%Y")}
            )
        current.ended_on = on
        current.save(update_fields=["ended_on"])
    return Pairing.objects.create(mentor=mentor, mentee=mentee, started_on=on, created_by=by)


def end_pairing(pairing: Pairing, *, on: date | None = None) -> Pairing:
    on = on or timezone.localdate()
    if pairing.ended_on is not None:
        raise ValidationError(_("This pairing has already ended."))
    if on < pairing.started_on:
        raise ValidationError(_("A pairing cannot end before it started."))
    pairing.ended_on = on
    pairing.save(update_fields=["ended_on"])
    return pairing


# Groups


@transaction.atomic
def save_group(
    mentor: User, *, name: str, members: Sequence[User], group: MentoringGroup | None = None
) -> MentoringGroup:
    allowed = set(selectors.mentees_of(mentor).values_list("pk", flat=True))
    if group is not None:
        allowed |= {m.pk for m in group.members.all()}
    outsiders = [m for m in members if m.pk not in allowed]
    if outsiders:
        raise ValidationError(_("Only your own mentees can be members of your group."))
    if group is None:
        group = MentoringGroup(mentor=mentor)
    group.name = name
    group.full_clean(exclude=["mentor"])
    group.save()
    group.members.set(members)
    return group


# Sessions


def allowed_mentees(mentor: User, session: SupervisionSession | None = None) -> QuerySet[User]:
    """Who `mentor` may log a session for: current mentees, plus those already on `session`."""
    people = Q(pk__in=selectors.mentees_of(mentor).values("pk"))
    if session is not None and session.pk:
        people |= Q(pk__in=session.attendances.values("mentee_id"))
    return get_user_model().objects.filter(people).order_by("last_name", "first_name", "username")


def _check_session(mentor: User, session: SupervisionSession, mentees: Sequence[User]) -> None:
    if not mentees:
        raise ValidationError({"mentees": _("Choose at least one mentee.")})
    allowed = set(allowed_mentees(mentor, session).values_list("pk", flat=True))
    if any(m.pk not in allowed for m in mentees):
        raise ValidationError({"mentees": _("You can log sessions only for your own mentees.")})
    if session.kind == SupervisionSession.Kind.ONE_TO_ONE and len(mentees) != 1:
        raise ValidationError({"mentees": _("A one-to-one session has exactly one mentee.")})
    if session.group is not None and session.group.mentor_id != mentor.pk:
        raise ValidationError({"group": _("Choose one of your own groups.")})
    if session.held_on and session.held_on > timezone.localdate():
        raise ValidationError({"held_on": _("Log a session once it has been held; this date is in the future.")})


def _check_duplicate(session: SupervisionSession, mentees: Sequence[User]) -> None:
    if selectors.duplicate_sessions(
        session.mentor, mentees, session.held_on, session.duration_minutes, exclude=session
    ).exists():
        raise ValidationError(
            {
                "allow_duplicate": ValidationError(
                    _(
                        "This session is already logged: the same mentee, date and length. "
                        "If you held another one, tick the box and save again."
                    ),
                    code="duplicate",
                )
            }
        )


@transaction.atomic
def record_session(
    mentor: User,
    *,
    mentees: Sequence[User],
    topics: Iterable[Topic] = (),
    allow_duplicate: bool = False,
    **fields: Any,
) -> SupervisionSession:
    """Log a session `mentor` held with `mentees`; each mentee then confirms their attendance.

    A session with the same mentee, date and length as one logged before is refused unless
    `allow_duplicate` says the mentor means it.
    """
    session = SupervisionSession(mentor=mentor, **fields)
    session.full_clean(exclude=["mentor"])
    _check_session(mentor, session, mentees)
    if not allow_duplicate:
        _check_duplicate(session, mentees)
    session.save()
    session.topics.set(topics)
    SessionAttendance.objects.bulk_create([SessionAttendance(session=session, mentee=m) for m in mentees])
    return session


@transaction.atomic
def update_session(
    session: SupervisionSession,
    *,
    mentees: Sequence[User],
    topics: Iterable[Topic] = (),
    allow_duplicate: bool = False,
    **fields: Any,
) -> SupervisionSession:
    """Change a logged session. A changed date or duration asks the mentees to confirm again.

    A change that makes it the same as another session (mentee, date and length) is refused unless
    `allow_duplicate`; editing only its texts never asks.
    """
    session = SupervisionSession.objects.select_for_update().get(pk=session.pk)
    before = {name: getattr(session, name) for name in CONFIRMED_FACTS}
    mentees_before = set(session.attendances.values_list("mentee_id", flat=True))
    for name, value in fields.items():
        setattr(session, name, value)
    session.full_clean(exclude=["mentor"])
    _check_session(session.mentor, session, mentees)
    facts_changed = any(getattr(session, name) != value for name, value in before.items())
    added = [m for m in mentees if m.pk not in mentees_before]
    if not allow_duplicate and (facts_changed or added):
        _check_duplicate(session, mentees if facts_changed else added)
    session.save()
    session.topics.set(topics)

    attendances = {a.mentee_id: a for a in session.attendances.select_related("mentee")}
    wanted = {m.pk: m for m in mentees}
    confirmed = [a.mentee for a in attendances.values() if a.is_confirmed]
    SessionAttendance.objects.filter(session=session).exclude(mentee_id__in=wanted).delete()
    SessionAttendance.objects.bulk_create(
        [SessionAttendance(session=session, mentee=m) for pk, m in wanted.items() if pk not in attendances]
    )
    if facts_changed:
        # A corrected date or duration is a new question to each mentee, whatever they answered before.
        session.attendances.update(
            confirmed_at=None, confirmed_by=None, confirmation_reason="", declined_at=None, decline_reason=""
        )
    transaction.on_commit(lambda: _changed(confirmed))
    return session


@transaction.atomic
def delete_session(session: SupervisionSession) -> None:
    confirmed = [a.mentee for a in session.attendances.select_related("mentee") if a.is_confirmed]
    session.delete()
    transaction.on_commit(lambda: _changed(confirmed))


# Attendance


@transaction.atomic
def confirm_attendance(
    attendance: SessionAttendance, *, by: User, reason: str = "", reflection: str | None = None
) -> SessionAttendance:
    """Confirm that the mentee took part: by the mentee, or by a coordinator who gives a reason."""
    attendance = SessionAttendance.objects.select_for_update().select_related("mentee").get(pk=attendance.pk)
    on_behalf = by.pk != attendance.mentee_id
    if on_behalf:
        if not selectors.can_confirm_for(by, attendance.mentee):
            raise ValidationError(_("You cannot confirm this attendance."))
        if attendance.is_confirmed:
            raise ValidationError(_("This attendance is already confirmed."))
        if attendance.is_declined:
            raise ValidationError(
                _("%(mentee)s declined this session (“%(reason)s”); the mentor corrects or deletes it.")
                % {"mentee": attendance.mentee, "reason": attendance.decline_reason}
            )
        if not reason.strip():
            raise ValidationError({"confirmation_reason": _("Say why you confirm this for the mentee.")})
        attendance.confirmation_reason = reason.strip()
    if reflection is not None:
        attendance.reflection = reflection.strip()
    newly_confirmed = not attendance.is_confirmed
    if newly_confirmed:
        attendance.confirmed_at = timezone.now()
        attendance.confirmed_by = by
        # A mentee who declined and then remembers confirms after all.
        attendance.declined_at = None
        attendance.decline_reason = ""
    attendance.full_clean(exclude=["session", "mentee", "confirmed_by"])
    attendance.save()
    if newly_confirmed:
        mentee = attendance.mentee
        transaction.on_commit(lambda: _changed([mentee]))
    return attendance


@transaction.atomic
def decline_attendance(attendance: SessionAttendance, *, by: User, reason: str) -> SessionAttendance:
    """The mentee says they did not take part, and why; the mentor sees it and the session never counts."""
    attendance = SessionAttendance.objects.select_for_update().get(pk=attendance.pk)
    if by.pk != attendance.mentee_id:
        raise ValidationError(_("Only the mentee of this session can decline it."))
    if attendance.is_confirmed:
        raise ValidationError(
            _("You have confirmed this session. If it was logged wrongly, ask your mentor to correct it.")
        )
    reason = reason.strip()
    if not reason:
        raise ValidationError({"decline_reason": _("Say why, so that your mentor can correct the log.")})
    attendance.declined_at = timezone.now()
    attendance.decline_reason = reason
    attendance.full_clean(exclude=["session", "mentee", "confirmed_by"])
    attendance.save(update_fields=["declined_at", "decline_reason"])
    return attendance


def save_reflection(attendance: SessionAttendance, reflection: str) -> SessionAttendance:
    attendance.reflection = reflection.strip()
    attendance.full_clean(exclude=["session", "mentee", "confirmed_by"])
    attendance.save(update_fields=["reflection"])
    return attendance


# Reminders


def _reminder_population() -> QuerySet[User]:
    """People whose supervision is followed: anyone currently paired, and holders of a current certificate."""
    paired = Pairing.objects.filter(ended_on__isnull=True).values("mentee_id")
    certified = certification.holder_ids()
    return get_user_model().objects.filter(Q(pk__in=paired) | Q(pk__in=certified), is_active=True)


def _email(recipient: User, template: str, context: dict[str, Any]) -> None:
    language = recipient.preferred_language or "fi"
    with translation.override(language):
        subject = " ".join(render_to_string(f"mentoring/email/{template}_subject.txt", context).split())
        body = render_to_string(f"mentoring/email/{template}.txt", {**context, "recipient": recipient})
    send_mail(subject, body, None, [recipient.email])


def send_supervision_reminders(today: date | None = None) -> int:
    """E-mail mentee and mentor when supervision falls due within 14 days, and again when it is overdue.

    Each kind of reminder goes out once per due date, however often this runs. Returns how many
    reminders (mentee and mentor together counting as one) were sent.
    """
    today = today or timezone.localdate()
    base_url = settings.SITE_URL.rstrip("/")
    people = list(_reminder_population())
    statuses = selectors.supervision_statuses(people, today)
    mentors = {
        p.mentee_id: p.mentor for p in selectors._pairings_on(today).filter(mentee__in=people).select_related("mentor")
    }
    sent = 0
    for person in people:
        status = statuses[person.pk]
        if status.next_due is None:
            continue
        if today > status.next_due:
            kind = ReminderSent.Kind.OVERDUE
        elif (status.next_due - today).days <= REMIND_DAYS_BEFORE:
            kind = ReminderSent.Kind.DUE_SOON
        else:
            continue
        try:
            with transaction.atomic():
                _record, created = ReminderSent.objects.get_or_create(
                    person=person, kind=kind, due_date=status.next_due
                )
                if not created:
                    continue
                context = {
                    "person": person,
                    "status": status,
                    "kind": kind,
                    "mentor": mentors.get(person.pk),
                    "url": base_url + reverse("mentoring:mine"),
                }
                if person.email:
                    _email(person, "reminder_mentee", context)
                mentor = mentors.get(person.pk)
                if mentor is not None and mentor.email:
                    _email(
                        mentor,
                        "reminder_mentor",
                        {**context, "url": base_url + reverse("mentoring:record", args=[person.pk])},
                    )
        except IntegrityError:
            continue  # another run sent it at the same moment
        except Exception:
            # Nothing is recorded for a reminder that could not be sent, so the next run tries again.
            logger.exception("Supervision reminder to %s failed", person.pk)
            continue
        sent += 1
    return sent
