from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address
from django.http import FileResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views import i18n
from django.views.decorators.http import require_POST

from common import ratelimit

from . import selectors, services
from .forms import ErasureForm, ProfileForm, UnlockForm
from .models import DataExport, Role, User
from .permissions import role_required


def _render_profile(request, form, status=200):
    context = {
        "form": form,
        "data_exports": selectors.data_exports_of(request.user),
        "export_hours": settings.DATA_EXPORT_HOURS,
    }
    return render(request, "accounts/profile.html", context, status=status)


@login_required
def profile(request):
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=request.user)
        if form.is_valid():
            user = form.save()
            translation.activate(user.preferred_language)
            messages.success(request, _("Your profile is saved."))
            response = redirect("profile")
            _remember_language(response, user.preferred_language)
            return response
        return _render_profile(request, form, status=400)
    return _render_profile(request, _unsaved_profile_form(request))


def _unsaved_profile_form(request):
    return ProfileForm(
        instance=request.user,
        initial={
            # Until a person chooses, offer the language they are reading now, so saving does not switch it.
            "preferred_language": request.user.preferred_language or translation.get_language(),
        },
    )


@login_required
@require_POST
def data_export_request(request):
    try:
        data_export = services.request_data_export(request.user)
    except services.DataExportRefused as refused:
        messages.error(request, refused.message)
        return _render_profile(request, _unsaved_profile_form(request), status=429)
    # Without a broker the export is built in-process as soon as it is asked for.
    data_export.refresh_from_db(fields=["state"])
    if data_export.state == DataExport.State.READY:
        messages.success(request, _("Your data is ready to download below."))
    elif data_export.state == DataExport.State.FAILED:
        messages.error(request, _("Your data could not be gathered. Please try again later."))
    else:
        messages.success(
            request,
            _("Your data is being gathered. We will e-mail you when it is ready to download on this page.")
            if request.user.email
            else _("Your data is being gathered. Come back to this page in a moment to download it."),
        )
    return redirect(reverse("profile") + "#your-data")


@login_required
def data_export_download(request, pk):
    # Another person's export answers exactly as one that does not exist.
    data_export = get_object_or_404(DataExport, pk=pk, person=request.user)
    if not data_export.is_available():
        return render(request, "accounts/data_export_gone.html", {"data_export": data_export}, status=410)
    name = f"linkki-{timezone.localdate(data_export.finished_at):%Y-%m-%d}.zip"
    response = FileResponse(data_export.archive.open("rb"), as_attachment=True, filename=name)
    response["Content-Type"] = "application/zip"
    response["Cache-Control"] = "private, no-store"
    return response


@role_required()
def erase(request, pk):
    """An administrator erases a person: a page saying what goes and what stays, then a typed confirmation."""
    person = get_object_or_404(User, pk=pk)
    form = ErasureForm(request.POST if request.method == "POST" else None, person=person)
    refusal = None
    if person.is_erased:
        refusal = _("This person's data has already been erased.")
    elif person.pk == request.user.pk:
        refusal = _("You cannot erase your own account. Ask another administrator.")
    if request.method == "POST" and refusal is None and form.is_valid():
        try:
            record = services.erase_person(person, by=request.user)
        except services.ErasureRefused as refused:
            refusal = refused.message
        else:
            messages.success(
                request,
                _("The person's data has been erased. They are now known as %(pseudonym)s.")
                % {"pseudonym": record.pseudonym},
            )
            return redirect("erase_done", pk=person.pk)
    status = 400 if request.method == "POST" else (409 if refusal else 200)
    context = {"person": person, "form": form, "refusal": refusal}
    return render(request, "accounts/erase.html", context, status=status)


@role_required()
def erase_done(request, pk):
    person = get_object_or_404(User, pk=pk, erased_at__isnull=False)
    return render(request, "accounts/erase_done.html", {"person": person})


def _remember_language(response, code):
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, code, samesite="Lax")


class LoginView(auth_views.LoginView):
    """Logging in on a new phone opens Linkki in the language the person chose in their profile."""

    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        code = form.get_user().preferred_language
        if code in dict(settings.LANGUAGES):
            translation.activate(code)
            _remember_language(response, code)
        return response


class LogoutView(auth_views.LogoutView):
    """Logging out also empties the phone: the pages kept for offline use, waiting changes, the worker."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response


def set_language(request):
    """The language switcher; for a logged-in person the choice also becomes their e-mail and document language."""
    response = i18n.set_language(request)
    code = request.POST.get("language", "")
    if request.method == "POST" and request.user.is_authenticated and code in dict(settings.LANGUAGES):
        User.objects.filter(pk=request.user.pk).update(preferred_language=code)
    return response


def login_name(request, credentials=None):
    """The login name failed attempts are counted under: one count whatever the letter case."""
    name = (credentials or {}).get("username") or request.POST.get("username", "")
    return name.strip().lower() or None


def login_client_address(request):
    """The client's address for counting failed logins, or None when it is not an IP address."""
    address = ratelimit.client_ip(request)
    try:
        validate_ipv46_address(address)
    except ValidationError:
        return None
    return address


def locked_out(request, original_response=None, credentials=None):
    """The answer to a login refused for too many failures: when to try again, in the reader's language."""
    retry_at = timezone.localtime(timezone.now() + settings.AXES_COOLOFF_TIME)
    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    response = render(request, "registration/locked_out.html", {"retry_at": retry_at, "minutes": minutes}, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response


class PasswordResetView(auth_views.PasswordResetView):
    """Sends at most a few reset e-mails per address and per client an hour; the page answers the same either way."""

    def form_valid(self, form):
        if services.password_reset_may_be_sent(form.cleaned_data["email"], ratelimit.client_ip(self.request)):
            return super().form_valid(form)
        return HttpResponseRedirect(self.get_success_url())


@role_required(Role.COORDINATOR)
def lockouts(request):
    return render(
        request,
        "accounts/lockouts.html",
        {
            "accounts": selectors.locked_accounts(),
            "addresses": selectors.locked_addresses(),
            "failure_limit": settings.AXES_FAILURE_LIMIT,
        },
    )


@role_required(Role.COORDINATOR)
@require_POST
def unlock(request):
    form = UnlockForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "accounts/lockouts.html",
            {
                "accounts": selectors.locked_accounts(),
                "addresses": selectors.locked_addresses(),
                "form": form,
                "failure_limit": settings.AXES_FAILURE_LIMIT,
            },
            status=400,
        )
    if form.cleaned_data["username"]:
        services.unlock_account(form.cleaned_data["username"])
        messages.success(request, _("%(name)s can log in again.") % {"name": form.cleaned_data["username"]})
    else:
        services.unlock_address(form.cleaned_data["address"])
        messages.success(
            request, _("Logins from %(address)s are allowed again.") % {"address": form.cleaned_data["address"]}
        )
    return redirect("lockouts")
