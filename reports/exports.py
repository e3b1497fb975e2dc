"""The report's tables as rows for CSV and XLSX downloads, in the viewer's language."""

from django.utils.translation import gettext as _, pgettext

from common.exports import Table

TABLES = ("places", "modules", "questions", "feedback", "comments")


def _round(value, digits=1):
    return None if value is None else round(value, digits)


def places(report):
    rows = [
        [
            str(row.service_area),
            str(row.municipality),
            row.cohorts,
            row.enrolled,
            row.trained,
            row.certified,
            row.active,
            row.supervision_hours,
        ]
        for row in report.places
    ]
    total = report.total
    rows.append(
        [
            _("All together"),
            "",
            total.cohorts,
            total.enrolled,
            total.trained,
            total.certified,
            total.active,
            total.supervision_hours,
        ]
    )
    header = [
        _("Service area"),
        _("Municipality"),
        _("Cohorts"),
        _("Enrolled"),
        _("Trained"),
        pgettext("people", "Certified"),
        _("In good standing on the roster"),
        _("Confirmed supervision hours"),
    ]
    return Table(_("Municipalities"), header, rows)


def modules(report):
    header = [
        _("Course"),
        _("Module"),
        _("Enrolled"),
        _("Started"),
        pgettext("people", "Completed"),
        _("Completed (%)"),
        _("Stopped here"),
        _("Stopped here (%)"),
    ]
    rows = [
        [
            str(course.course),
            str(row.module),
            row.enrolled,
            row.reached,
            row.completed,
            row.completion_percent,
            row.stopped_here,
            row.stopped_percent,
        ]
        for course in report.courses
        for row in course.modules
    ]
    return Table(_("Modules"), header, rows)


def questions(report):
    header = [
        _("Assessment"),
        _("Question"),
        _("Attempts"),
        _("Facility index (%)"),
        _("Discrimination index (%)"),
    ]
    rows = [
        [
            str(assessment.assessment),
            str(row.question),
            row.statistics.attempts,
            _round(row.statistics.facility),
            _round(row.statistics.discrimination),
        ]
        for assessment in report.assessments
        for row in assessment.questions
    ]
    return Table(_("Questions"), header, rows)


def feedback(report):
    header = [
        _("Cohort"),
        _("Enrolled"),
        _("Answers"),
        _("Promoters"),
        _("Passives"),
        _("Detractors"),
        _("NPS"),
    ]
    rows = [
        [
            str(row.cohort),
            row.enrolled,
            row.nps.answers,
            row.nps.promoters,
            row.nps.passives,
            row.nps.detractors,
            _round(row.nps.score, 0),
        ]
        for row in report.feedback
    ]
    total = report.feedback_total
    rows.append(
        [
            _("All together"),
            sum(row.enrolled for row in report.feedback),
            total.answers,
            total.promoters,
            total.passives,
            total.detractors,
            _round(total.score, 0),
        ]
    )
    return Table(_("Feedback"), header, rows)


def comments(report):
    header = [_("Cohort"), _("Recommendation (0-10)"), _("Answered"), _("Feedback")]
    rows = [
        [str(comment.cohort), comment.recommend, comment.answered_at, comment.text] for comment in report.comments or []
    ]
    return Table(_("Written feedback"), header, rows)


BUILDERS = {"places": places, "modules": modules, "questions": questions, "feedback": feedback, "comments": comments}


def tables(report, names=TABLES):
    """The named tables; the trainees' written feedback only when the viewer may read it."""
    return [BUILDERS[name](report) for name in names if name != "comments" or report.comments is not None]
