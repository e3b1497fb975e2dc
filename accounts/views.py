from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views import i18n
from django.views.decorators.http import require_POST

from common import ratelimit

from . import selectors, services
from .forms import ProfileForm, UnlockForm
from .models import Role, User
from .permissions import role_required


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
        return render(request, "accounts/profile.html", {"form": form}, status=400)
    form = ProfileForm(
        instance=request.user,
        initial={
            # Until a person chooses, offer the language they are reading now, so saving does not switch it.
            "preferred_language": request.user.preferred_language or translation.get_language(),
        },
    )
    return render(request, "accounts/profile.html", {"form": form})


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
