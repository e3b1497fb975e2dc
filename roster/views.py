from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Role
from accounts.permissions import role_required
from common.exports import csv_streaming_response

from . import selectors, services
from .exports import roster_csv_rows
from .forms import (
    ApiClientForm,
    AuditFilterForm,
    SearchForm,
    TokenForm,
    WebhookEndpointForm,
    WebhookEventsForm,
    WorkerSettingsForm,
)
from .models import ApiClient, ApiToken, AuditEntry, RosterEntry, WebhookEndpoint

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
    return render(
        request,
        "roster/search.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "today": timezone.localdate(),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@role_required(Role.COORDINATOR)
def export(request):
    form, entries = _searched(request)
    return csv_streaming_response(f"roster-{timezone.localdate():%Y-%m-%d}.csv", roster_csv_rows(entries))


def _settings_form_page(request, entry, template, context):
    form = WorkerSettingsForm(request.POST or None, instance=entry)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.update_worker_settings(
                    entry,
                    by=request.user,
                    themes=data["themes"],
                    max_clients=data["max_clients"],
                    current_clients=data["current_clients"],
                    paused_until=data["paused_until"],
                    contract_municipalities=data["contract_municipalities"],
                    gender=data["gender"],
                )
            except ValidationError as error:
                for field, errors in error.error_dict.items():
                    form.add_error(field, errors)
            else:
                messages.success(request, _("The roster details are saved."))
                return redirect(request.path)
    return render(request, template, {**context, "entry": entry, "form": form}, status=400 if form.errors else 200)


@role_required(Role.COORDINATOR)
def person(request, pk):
    entry = get_object_or_404(selectors.roster_entries(), pk=pk)
    return _settings_form_page(
        request,
        entry,
        "roster/person.html",
        {
            "history": selectors.status_history(entry)[:50],
            "audit": selectors.audit_trail(entry.person)[:100],
            "today": timezone.localdate(),
        },
    )


@login_required
def mine(request):
    entry = RosterEntry.objects.filter(person=request.user).first()
    if entry is None:
        raise Http404(_("You are not on the roster: it lists people who have been certified."))
    return _settings_form_page(request, entry, "roster/mine.html", {"today": timezone.localdate()})


@role_required(Role.COORDINATOR)
def audit(request):
    form = AuditFilterForm(request.GET or None)
    entries = AuditEntry.objects.none()
    if not form.is_bound:
        entries = selectors.audit_entries()
    elif form.is_valid():
        entries = selectors.audit_entries(**form.cleaned_data)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "roster/audit.html",
        {"form": form, "page": page, "query": query.urlencode()},
        status=400 if form.errors else 200,
    )


# API clients and webhooks of the referral system


def _render_clients(request, client_form=None, endpoint_forms=None, token_forms=None, events_forms=None, status=200):
    clients = list(selectors.api_clients())
    endpoint_forms = endpoint_forms or {}
    token_forms = token_forms or {}
    events_forms = events_forms or {}
    for client in clients:
        client.endpoint_form = endpoint_forms.get(client.pk) or WebhookEndpointForm(prefix=f"c{client.pk}")
        client.token_form = token_forms.get(client.pk) or TokenForm(prefix=f"t{client.pk}")
        for endpoint in client.webhook_endpoints.all():
            endpoint.events_form = events_forms.get(endpoint.pk) or WebhookEventsForm(
                prefix=f"e{endpoint.pk}", initial={"event_types": endpoint.event_types}
            )
    return render(
        request,
        "roster/clients.html",
        {
            "clients": clients,
            "client_form": client_form or ApiClientForm(),
            "refused_forms": [
                form for forms in (token_forms, endpoint_forms, events_forms) for form in forms.values() if form.errors
            ],
            "deliveries": selectors.recent_deliveries(),
        },
        status=status,
    )


SHOWN_SECRET = "roster.shown_secret"


def _clients_at(client_pk):
    return reverse("roster:clients") + f"#client-{client_pk}"


def _show_once(request, label, value, client_pk):
    """Keep a new secret for the one page that shows it: the POST redirects there, so a reload posts nothing."""
    request.session[SHOWN_SECRET] = {"label": str(label), "value": value, "client": client_pk}
    return redirect("roster:secret")


@role_required(Role.COORDINATOR)
def secret(request):
    shown = request.session.pop(SHOWN_SECRET, None)
    back_url = _clients_at(shown["client"]) if shown else reverse("roster:clients")
    response = render(request, "roster/secret.html", {"shown": shown, "back_url": back_url})
    response["Cache-Control"] = "no-store"
    return response


@role_required(Role.COORDINATOR)
def clients(request):
    if request.method != "POST":
        return _render_clients(request)
    form = ApiClientForm(request.POST)
    if not form.is_valid():
        return _render_clients(request, client_form=form, status=400)
    data = form.cleaned_data
    client, raw = services.create_api_client(
        data["name"], scopes=data["scopes"], by=request.user, requests_per_minute=data["requests_per_minute"]
    )
    return _show_once(request, _("Token for %(client)s") % {"client": client}, raw, client.pk)


@role_required(Role.COORDINATOR)
@require_POST
def client_token(request, pk):
    client = get_object_or_404(ApiClient, pk=pk)
    form = TokenForm(request.POST, prefix=f"t{client.pk}")
    if not form.is_valid():
        return _render_clients(request, token_forms={client.pk: form}, status=400)
    _token, raw = services.issue_token(
        client,
        valid_days=form.cleaned_data["valid_days"],
        retire_others_in_days=form.cleaned_data["retire_current_in_days"],
    )
    return _show_once(request, _("Token for %(client)s") % {"client": client}, raw, client.pk)


@role_required(Role.COORDINATOR)
def token_revoke(request, pk):
    token = get_object_or_404(ApiToken.objects.select_related("client"), pk=pk)
    if request.method == "POST":
        services.revoke_token(token)
        messages.success(request, _("The token %(prefix)s… is revoked.") % {"prefix": token.prefix})
        return redirect(_clients_at(token.client_id))
    return render(
        request,
        "confirm.html",
        {
            "title": _("Revoke the token %(prefix)s… of %(client)s?")
            % {"prefix": token.prefix, "client": token.client},
            "consequences": [
                _("The referral system that uses this token is refused from the moment you revoke it."),
                _("Revoking cannot be undone; a new token can be made for the client afterwards."),
            ],
            "action": request.path,
            "button": _("Revoke the token"),
            "cancel_url": _clients_at(token.client_id),
        },
    )


@role_required(Role.COORDINATOR)
@require_POST
def client_webhook(request, pk):
    client = get_object_or_404(ApiClient, pk=pk)
    form = WebhookEndpointForm(request.POST, prefix=f"c{client.pk}")
    if form.is_valid():
        try:
            endpoint = services.add_webhook_endpoint(
                client, form.cleaned_data["url"], by=request.user, event_types=form.cleaned_data["event_types"]
            )
        except ValidationError as error:
            for field, errors in error.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            label = _("Signing secret for %(url)s") % {"url": endpoint.url}
            return _show_once(request, label, endpoint.secret, client.pk)
    return _render_clients(request, endpoint_forms={client.pk: form}, status=400)


@role_required(Role.COORDINATOR)
@require_POST
def webhook_events(request, pk):
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
    form = WebhookEventsForm(request.POST, prefix=f"e{endpoint.pk}")
    if form.is_valid():
        try:
            services.set_webhook_events(endpoint, form.cleaned_data["event_types"])
        except ValidationError as error:
            for errors in error.message_dict.values():
                form.add_error("event_types", errors)
        else:
            messages.success(request, _("%(url)s receives the chosen status changes.") % {"url": endpoint.url})
            return redirect(_clients_at(endpoint.client_id))
    return _render_clients(request, events_forms={endpoint.pk: form}, status=400)


@role_required(Role.COORDINATOR)
def webhook_deactivate(request, pk):
    endpoint = get_object_or_404(WebhookEndpoint.objects.select_related("client"), pk=pk)
    if request.method == "POST":
        services.deactivate_webhook_endpoint(endpoint)
        messages.success(request, _("Status changes are no longer sent to %(url)s.") % {"url": endpoint.url})
        return redirect(_clients_at(endpoint.client_id))
    return render(
        request,
        "confirm.html",
        {
            "title": _("Stop sending status changes to %(url)s?") % {"url": endpoint.url},
            "consequences": [
                _("%(client)s no longer hears of certifications, suspensions or revocations at this address.")
                % {"client": endpoint.client},
                _("Deliveries still waiting are not sent. To start again, add the address anew: it gets a new secret."),
            ],
            "action": request.path,
            "button": _("Stop sending"),
            "cancel_url": _clients_at(endpoint.client_id),
        },
    )
