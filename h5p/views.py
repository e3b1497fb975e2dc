"""LMS pages for H5P: the player inside the activity page, the trainer's upload page and the attempts."""

import json

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Role
from accounts.permissions import role_required
from courses.models import Activity
from common.ratelimit import ratelimit, user_key

from . import selectors, services
from .access import content_url
from .content import libraries_base, player_base
from .forms import LanguageVersionForm, PackageForm
from .models import LanguageVersion
from .packages import PackageRejected
from .video import video_hosts
from .xapi import StatementInvalid, decode_json

# A player sends a statement for each interaction; this is far above what a person produces by hand,
# and stops a script from flooding the statement table.
STATEMENTS_PER_MINUTE = 300


def render_h5p(request, activity, context):
    """The activity page of an H5P activity: the sandboxed player, and the trainee's best try."""
    content = selectors.content_of(activity)
    user = request.user
    context.update(
        {
            "content": content,
            "can_upload": user.has_role(Role.TRAINER, Role.ADMINISTRATOR),
            "can_see_attempts": selectors.can_see_attempts(user),
        }
    )
    if content is not None:
        played = selectors.played_package(content)
        context["played"] = played
        context["player_url"] = content_url(request, user, activity, "" if played is content else played.language)
        # Where the page may fetch files for the sandboxed frame (player.js): nowhere else.
        context["relay_prefixes"] = json.dumps(
            [player_base(request), libraries_base(request) + "/", context["player_url"]]
        )
        context["start_error_url"] = reverse("h5p:start_error", args=[activity.pk])
        context["video_hosts"] = video_hosts()
        if not context["is_preview"]:
            best, count = selectors.grade_of(user, activity)
            context.update(
                {
                    "best": best,
                    "attempt_count": count,
                    "xapi_url": reverse("h5p:statements", args=[activity.pk]),
                    "state_url": reverse("h5p:state", args=[activity.pk]),
                    "viewed_url": reverse("h5p:viewed", args=[activity.pk])
                    if content.completion_rule == content.CompletionRule.VIEWED
                    else "",
                }
            )
    return render(request, "h5p/activity.html", context)


def _h5p_activity(pk):
    activity = get_object_or_404(Activity.objects.select_related("module__course"), pk=pk)
    if activity.kind != Activity.Kind.H5P:
        raise Http404
    return activity


@role_required(Role.TRAINER)
def package(request, pk):
    """Upload or replace an activity's package, and set its pass mark."""
    activity = _h5p_activity(pk)
    content = selectors.content_of(activity)
    form = PackageForm(request.POST or None, request.FILES or None, content=content)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            upload = form.cleaned_data["package"]
            try:
                if upload:
                    content = services.import_package(
                        activity,
                        upload,
                        by=request.user,
                        file_name=upload.name,
                        pass_threshold=form.threshold,
                    )
                services.set_completion_rule(content, form.rule, form.threshold)
            except PackageRejected as rejected:
                form.add_error("package", rejected.messages)
            else:
                messages.success(
                    request, _("The H5P content is saved.") if upload else _("How the activity is done is saved.")
                )
                return redirect("h5p:package", pk=activity.pk)
        status = 400
    return _package_page(request, activity, content, form, LanguageVersionForm(content=content), status)


def _package_page(request, activity, content, form, version_form, status=200):
    return render(
        request,
        "h5p/package.html",
        {
            "activity": activity,
            "content": content,
            "form": form,
            "version_form": version_form,
            "versions": content.language_versions.all() if content else [],
            "video_hosts": video_hosts(),
            "libraries": content.libraries.all() if content else [],
        },
        status=status,
    )


@role_required(Role.TRAINER)
@require_POST
def language_version(request, pk):
    """Upload or replace the activity's content in another language."""
    activity = _h5p_activity(pk)
    content = selectors.content_of(activity)
    if content is None:
        raise Http404
    form = LanguageVersionForm(request.POST, request.FILES, content=content)
    if form.is_valid():
        upload = form.cleaned_data["package"]
        try:
            version = services.import_language_version(
                content, upload, form.cleaned_data["language"], by=request.user, file_name=upload.name
            )
        except PackageRejected as rejected:
            form.add_error("package", rejected.messages)
        else:
            messages.success(
                request,
                _("The language version (%(language)s) is saved.") % {"language": version.get_language_display()},
            )
            return redirect("h5p:package", pk=activity.pk)
    return _package_page(request, activity, content, PackageForm(content=content), form, status=400)


@role_required(Role.TRAINER)
@require_POST
def remove_language_version(request, pk, language):
    activity = _h5p_activity(pk)
    content = selectors.content_of(activity)
    version = get_object_or_404(LanguageVersion, content=content, language=language) if content else None
    if version is None:
        raise Http404
    services.remove_language_version(version)
    messages.success(
        request,
        _("The language version (%(language)s) is removed; its trainees see the package again.")
        % {"language": version.get_language_display()},
    )
    return redirect("h5p:package", pk=activity.pk)


@role_required(Role.TRAINER, Role.COORDINATOR)
def attempts(request, pk):
    activity = _h5p_activity(pk)
    return render(
        request,
        "h5p/attempts.html",
        {
            "activity": activity,
            "content": selectors.content_of(activity),
            "rows": selectors.attempts_visible_to(request.user, activity),
        },
    )


def _error(status, detail, **extra):
    return JsonResponse({"detail": detail, **extra}, status=status)


def _too_large(request, limit):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > limit
    except ValueError:
        return True


def _read_body(request, field):
    """The posted JSON: a JSON body, or one form field holding JSON (navigator.sendBeacon posts a form)."""
    if request.content_type == "application/json":
        text = request.body.decode("utf-8")
    else:
        text = request.POST.get(field, "")
    return decode_json(text)


def _playable(request, pk):
    """The activity, if the logged-in trainee's results may count for it; else an error answer."""
    if not request.user.is_authenticated:
        return None, _error(403, _("Log in to save your answers."))
    activity = selectors.playable_activities().filter(pk=pk).first()
    if activity is None or not hasattr(activity, "h5p_content"):
        return None, _error(404, _("There is no interactive content here."))
    if not selectors.can_play(request.user, activity):
        return None, _error(403, _("You are not enrolled in this content's course, or its module is locked."))
    return activity, None


@require_POST
@ratelimit(STATEMENTS_PER_MINUTE, 60, key=user_key, scope="h5p.statements")
def statements(request, pk):
    """Store one xAPI statement for the logged-in trainee (the actor is never read from the body)."""
    if _too_large(request, settings.H5P_MAX_STATEMENT_BYTES):
        return _error(413, _("The statement is too large."))
    activity, refusal = _playable(request, pk)
    if refusal:
        return refusal
    try:
        statement = _read_body(request, "statement")
    except (ValueError, RecursionError):
        return _error(400, _("The statement is not valid JSON."))
    try:
        recorded = services.record_xapi_statement(request.user, activity, statement)
    except StatementInvalid as invalid:
        return _error(400, _("The statement is not valid."), errors=invalid.errors)
    attempt = recorded.attempt
    return JsonResponse(
        {
            "id": recorded.statement.pk,
            "attempt": None
            if attempt is None
            else {
                "score": attempt.percent,
                "passed": attempt.is_passed,
            },
            "activity_done": recorded.completed_activity,
            "message": _message_for(attempt, recorded.completed_activity),
        },
        status=201 if recorded.is_new else 200,
    )


def _message_for(attempt, completed):
    if attempt is None:
        return ""
    if completed:
        return _("Well done: the activity is done.")
    if attempt.is_passed:
        return _("Your result is saved.")
    if attempt.percent is not None:
        return _(
            "Your score %(score)d %% is saved. You need a higher score to complete the activity; you can try again."
        ) % {"score": attempt.percent}
    return _("Your result is saved.")


@require_POST
@ratelimit(STATEMENTS_PER_MINUTE, 60, key=user_key, scope="h5p.state")
def state(request, pk):
    """Save the player's state for the logged-in trainee, to resume on any device."""
    if _too_large(request, settings.H5P_MAX_STATE_BYTES + 1024):
        return _error(413, _("The saved state is too large."))
    activity, refusal = _playable(request, pk)
    if refusal:
        return refusal
    try:
        body = _read_body(request, "state")
    except (ValueError, RecursionError):
        return _error(400, _("The saved state is not valid JSON."))
    if not isinstance(body, dict) or "data" not in body:
        return _error(400, _("The saved state is not valid."), errors={"data": [_("This field is required.")]})
    try:
        services.save_user_data(request.user, activity, body["data"])
    except ValidationError as invalid:
        return _error(400, _("The saved state is not valid."), errors=invalid.message_dict)
    return JsonResponse({"saved": True})


@require_POST
@ratelimit(STATEMENTS_PER_MINUTE, 60, key=user_key, scope="h5p.viewed")
def viewed(request, pk):
    """The player started for the logged-in trainee: under the "viewed" rule the activity is done."""
    activity, refusal = _playable(request, pk)
    if refusal:
        return refusal
    done = services.record_view(request.user, activity)
    return JsonResponse({"activity_done": done, "message": _("Well done: the activity is done.") if done else ""})


START_ERROR_REPORTS_PER_MINUTE = 20


@require_POST
@ratelimit(START_ERROR_REPORTS_PER_MINUTE, 60, key=user_key, scope="h5p.start_error")
def start_error(request, pk):
    """The player could not start the content in this person's browser; the trainer is shown why."""
    if not request.user.is_authenticated:
        return _error(403, _("Log in to report a problem."))
    if _too_large(request, 4096):
        return _error(413, _("The report is too large."))
    activity = selectors.playable_activities().filter(pk=pk).first()
    if activity is None or not hasattr(activity, "h5p_content"):
        return _error(404, _("There is no interactive content here."))
    if not (selectors.can_play(request.user, activity) or selectors.can_see_attempts(request.user)):
        return _error(403, _("You cannot open this content."))
    try:
        body = _read_body(request, "report")
    except (ValueError, RecursionError):
        return _error(400, _("The report is not valid JSON."))
    errors = {}
    if not isinstance(body, dict):
        body = {}
        errors["message"] = [_("This field is required.")]
    for name in ("message", "package"):
        if not isinstance(body.get(name), str) or not body[name]:
            errors[name] = [_("This field is required.")]
    if errors:
        return _error(400, _("The report is not valid."), errors=errors)
    kept = services.report_start_error(activity.h5p_content, body["message"], body["package"])
    return JsonResponse({"kept": kept})
