from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Role
from accounts.permissions import role_required

from . import selectors, services
from .exports import roster_csv_rows
from .forms import SearchForm, WorkerSettingsForm
from .models import RosterEntry

PAGE_SIZE = 50


def _searched(request):
    form = SearchForm(request.GET or None)
    entries = RosterEntry.objects.none()
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        entries = selectors.search(data["q"], data["municipality"], data["status"])
    elif not form.is_bound:
        entries = selectors.search()
    return form, entries


@role_required(Role.COORDINATOR)
def search(request):
    form, entries = _searched(request)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "roster/search.html", {
        "form": form, "page": page, "query": query.urlencode(), "today": timezone.localdate(),
    }, status=400 if form.is_bound and not form.is_valid() else 200)


@role_required(Role.COORDINATOR)
def export(request):
    form, entries = _searched(request)
    response = StreamingHttpResponse(roster_csv_rows(entries), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="roster-{timezone.localdate():%Y-%m-%d}.csv"'
    return response


def _settings_form_page(request, entry, template, context):
    form = WorkerSettingsForm(request.POST or None, instance=entry)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.update_worker_settings(
                    entry, by=request.user, themes=data["themes"], max_clients=data["max_clients"],
                    current_clients=data["current_clients"], paused_until=data["paused_until"],
                    contract_municipalities=data["contract_municipalities"], gender=data["gender"],
                )
            except ValidationError as error:
                for field, errors in error.error_dict.items():
                    form.add_error(field, errors)
            else:
                messages.success(request, _("The roster details are saved."))
                return redirect(request.path)
    return render(request, template, {**context, "entry": entry, "form": form},
                  status=400 if form.errors else 200)


@role_required(Role.COORDINATOR)
def person(request, pk):
    entry = get_object_or_404(selectors.roster_entries(), pk=pk)
    return _settings_form_page(request, entry, "roster/person.html", {
        "history": selectors.status_history(entry)[:50],
        "audit": selectors.audit_trail(entry.person)[:100],
        "today": timezone.localdate(),
    })


@login_required
def mine(request):
    entry = RosterEntry.objects.filter(person=request.user).first()
    if entry is None:
        raise Http404(_("You are not on the roster: it lists people who have been certified."))
    return _settings_form_page(request, entry, "roster/mine.html", {"today": timezone.localdate()})


@role_required(Role.COORDINATOR)
def audit(request):
    page = Paginator(selectors.audit_entries(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "roster/audit.html", {"page": page})
