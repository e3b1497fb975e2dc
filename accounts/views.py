from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from .forms import ProfileForm


@login_required
def profile(request):
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=request.user)
        if form.is_valid():
            user = form.save()
            translation.activate(user.preferred_language)
            messages.success(request, _("Your profile is saved."))
            response = redirect("profile")
            response.set_cookie("django_language", user.preferred_language, samesite="Lax")
            return response
        return render(request, "accounts/profile.html", {"form": form}, status=400)
    form = ProfileForm(instance=request.user, initial={
        # Until a person chooses, offer the language they are reading now, so saving does not switch it.
        "preferred_language": request.user.preferred_language or translation.get_language(),
    })
    return render(request, "accounts/profile.html", {"form": form})
