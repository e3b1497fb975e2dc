"""The gradebook as CSV: one row per trainee, three columns per assessment."""

import csv
import io

from django.utils.translation import gettext as _

from mentoring.exports import _csv_safe


def _percent(attempt):
    return "" if attempt is None else f"{attempt.percent:.1f}"


def gradebook_csv(book):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = [_("Trainee"), _("E-mail")]
    for assessment in book.assessments:
        title = str(assessment)
        header += [
            _("%(assessment)s: best result (%%)") % {"assessment": title},
            _("%(assessment)s: passed") % {"assessment": title},
            _("%(assessment)s: attempts") % {"assessment": title},
            _("%(assessment)s: awaiting grading") % {"assessment": title},
        ]
    writer.writerow([_csv_safe(value) for value in header])
    for row in book.rows:
        user = row.enrolment.user
        values = [user.get_full_name() or user.username, user.email]
        for cell in row.cells:
            values += [_percent(cell.best), _("yes") if cell.passed else _("no"), cell.attempts, cell.pending]
        writer.writerow([_csv_safe(value) for value in values])
    return buffer.getvalue()
