from django.shortcuts import render

from accounts.models import Role
from accounts.permissions import role_required

from . import selectors
from .forms import ReportForm


def _report_form(request):
    return ReportForm(
        request.GET,
        service_areas=selectors.followed_service_areas(request.user),
        municipalities=selectors.followed_municipalities(request.user),
    )


@role_required(Role.COORDINATOR)
def programme_report(request):
    form = _report_form(request)
    if form.is_bound and not form.is_valid():
        return render(request, "reports/report.html", {"form": form}, status=400)
    start, end, area, place = form.scope()
    report = selectors.programme_report(request.user, selectors.Period(start, end), area, place)
    return render(request, "reports/report.html", {"form": form, "report": report, "query": request.GET.urlencode()})
