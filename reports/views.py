from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render

from accounts.models import Role
from accounts.permissions import role_required
from common.exports import csv_response, xlsx_response

from . import exports, selectors
from .forms import ReportForm


def _report(request):
    """(form, report): the report for valid input or an empty form, None when the input is refused."""
    form = ReportForm(
        request.GET,
        service_areas=selectors.followed_service_areas(request.user),
        municipalities=selectors.followed_municipalities(request.user),
    )
    if form.is_bound and not form.is_valid():
        return form, None
    start, end, area, place = form.scope()
    return form, selectors.programme_report(request.user, selectors.Period(start, end), area, place)


@role_required(Role.COORDINATOR)
def programme_report(request):
    form, report = _report(request)
    context = {"form": form, "report": report, "query": request.GET.urlencode()}
    return render(request, "reports/report.html", context, status=200 if report else 400)


@role_required(Role.COORDINATOR)
def export(request, table, extension):
    """One table of the report as CSV or XLSX; `all` as an XLSX workbook with a sheet per table."""
    if extension not in ("csv", "xlsx") or (table not in exports.TABLES and (table, extension) != ("all", "xlsx")):
        raise Http404
    if table == "comments" and not selectors.may_read_feedback_comments(request.user):
        raise PermissionDenied
    form, report = _report(request)
    if report is None:
        return render(request, "reports/report.html", {"form": form}, status=400)
    period = report.period
    filename = f"programme-report-{table}-{period.start:%Y-%m-%d}-{period.end:%Y-%m-%d}.{extension}"
    tables = exports.tables(report, exports.TABLES if table == "all" else [table])
    if extension == "xlsx":
        return xlsx_response(filename, tables)
    [only] = tables
    return csv_response(filename, only.header, only.rows)
