"""The cohort's supervision log as CSV and a mentee's supervision record as PDF; private notes never appear."""

import io
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common.exports import csv_text
from common.pdf import register_fonts

from . import selectors


def _yes_no(value):
    return _("yes") if value else _("no")


def cohort_csv(cohort, on=None):
    """One row per mentee per session: facts and topics only, no free text."""
    on = on or timezone.localdate()
    rows = selectors.cohort_overview(cohort, on)
    statuses = {row.person.pk: row.status for row in rows}
    header = [
        _("Trainee"),
        _("E-mail"),
        _("Mentor"),
        _("Date"),
        _("Minutes"),
        _("Format"),
        _("One-to-one or group"),
        _("Topics"),
        _("Confirmed"),
        _("Confirmed by"),
        _("Reason for confirming on the mentee's behalf"),
        _("Confirmed hours in total"),
        _("Next session due"),
    ]
    rows = []
    for attendance in selectors.cohort_attendances(cohort):
        session = attendance.session
        status = statuses.get(attendance.mentee_id)
        rows.append(
            [
                str(attendance.mentee),
                attendance.mentee.email,
                str(session.mentor),
                session.held_on,
                session.duration_minutes,
                session.get_format_display(),
                session.get_kind_display(),
                "; ".join(str(topic) for topic in session.topics.all()),
                _yes_no(attendance.is_confirmed),
                str(attendance.confirmed_by or ""),
                attendance.confirmation_reason,
                status.confirmed_hours if status else None,
                status.next_due if status else None,
            ]
        )
    return csv_text(header, rows)


def _paragraph(text, style):
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def supervision_record_pdf(person, on=None):
    """A mentee's supervision record: standing, pairings and every session with what the mentee may see."""
    on = on or timezone.localdate()
    regular, bold = register_fonts()
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName=regular, fontSize=10, leading=13)
    heading = ParagraphStyle("heading", parent=styles["Heading2"], fontName=bold)
    title = ParagraphStyle("title", parent=styles["Title"], fontName=bold)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))

    status = selectors.supervision_status(person, on)
    story = [
        _paragraph(_("Supervision record"), title),
        _paragraph(f"{person} · {date_format(on, 'SHORT_DATE_FORMAT')}", body),
        Spacer(1, 4 * mm),
        _paragraph(_("Standing"), heading),
        _paragraph(
            _("Confirmed hours: %(hours)s / required %(required)s")
            % {"hours": status.confirmed_hours, "required": status.required_hours},
            body,
        ),
        _paragraph(_("Up to date") if status.is_up_to_date else _("Overdue"), body),
    ]
    if status.next_due:
        story.append(
            _paragraph(
                _("Next session due by %(date)s") % {"date": date_format(status.next_due, "SHORT_DATE_FORMAT")}, body
            )
        )

    pairings = list(selectors.pairing_history(person))
    if pairings:
        story += [Spacer(1, 3 * mm), _paragraph(_("Mentors"), heading)]
        for pairing in pairings:
            until = date_format(pairing.ended_on, "SHORT_DATE_FORMAT") if pairing.ended_on else _("until now")
            story.append(
                _paragraph(f"{pairing.mentor}: {date_format(pairing.started_on, 'SHORT_DATE_FORMAT')} – {until}", body)
            )

    story += [Spacer(1, 3 * mm), _paragraph(_("Sessions"), heading)]
    attendances = list(selectors.attendances_of(person))
    if not attendances:
        story.append(_paragraph(_("No sessions yet."), body))
    rows = [[_paragraph(h, small) for h in (_("Date"), _("Minutes"), _("Format"), _("Mentor"), _("Confirmed"))]]
    details = []
    for attendance in attendances:
        session = attendance.session
        rows.append(
            [
                _paragraph(v, small)
                for v in (
                    date_format(session.held_on, "SHORT_DATE_FORMAT"),
                    session.duration_minutes,
                    f"{session.get_format_display()}, {session.get_kind_display()}",
                    session.mentor,
                    _yes_no(attendance.is_confirmed),
                )
            ]
        )
        details.append((attendance, session))
    if attendances:
        table = Table(rows, colWidths=[25 * mm, 18 * mm, 45 * mm, 50 * mm, 25 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
        story += [Spacer(1, 3 * mm), _paragraph(_("Session notes"), heading)]
        for attendance, session in details:
            story.append(
                _paragraph(
                    date_format(session.held_on, "SHORT_DATE_FORMAT"),
                    ParagraphStyle("date", parent=body, fontName=bold),
                )
            )
            topics = ", ".join(str(topic) for topic in session.topics.all())
            for label, text in (
                (_("Topics"), topics),
                (_("Summary"), session.summary),
                (_("Agreed action points"), session.action_points),
                (_("Reflection"), attendance.reflection),
            ):
                if text:
                    story.append(_paragraph(f"{label}: {text}", body))
            story.append(Spacer(1, 2 * mm))

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=str(_("Supervision record")),
        author="Linkki",
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
    )
    document.build(story)
    return buffer.getvalue()
