from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import i18n

from .forms import ProfileForm
from .models import User


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
    form = ProfileForm(instance=request.user, initial={
        # Until a person chooses, offer the language they are reading now, so saving does not switch it.
        "preferred_language": request.user.preferred_language or translation.get_language(),
    })
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
