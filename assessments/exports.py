"""The gradebook as CSV: one row per trainee; per assessment the best result, passed, attempts and
attempts awaiting grading; per H5P activity the best score, passed (or done), and attempts."""

from decimal import Decimal

from django.utils.translation import gettext as _

from common.exports import csv_text


def _percent(attempt):
    return None if attempt is None else attempt.percent.quantize(Decimal("0.1"))


def _header(column):
    title = str(column)
    header = [
        _("%(assessment)s: best result (%%)") % {"assessment": title},
        _("%(assessment)s: passed") % {"assessment": title},
        _("%(assessment)s: attempts") % {"assessment": title},
    ]
    if not column.is_h5p:
        header.append(_("%(assessment)s: awaiting grading") % {"assessment": title})
    return header


def _h5p_values(grade):
    """Nothing for a trainee without a try; content without a score is done or not done."""
    if not grade.attempts:
        return ["", "", 0]
    if not grade.is_scored:
        return ["", _("done") if grade.is_passed else _("not done"), grade.attempts]
    return [grade.best.percent, _("yes") if grade.is_passed else _("no"), grade.attempts]


def gradebook_csv(book):
    header = [_("Trainee"), _("E-mail")]
    for column in book.columns:
        header += _header(column)
    rows = []
    for row in book.rows:
        user = row.enrolment.user
        values = [user.get_full_name() or user.username, user.email]
        for column, cell in row.entries:
            if column.is_h5p:
                values += _h5p_values(cell)
            else:
                values += [_percent(cell.best), _("yes") if cell.passed else _("no"), cell.attempts, cell.pending]
        rows.append(values)
    return csv_text(header, rows)
