import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Role
from accounts.permissions import role_required
from courses import selectors as course_selectors
from courses.models import Cohort
from mentoring.panels import Panel
from common.offline import may_keep
from common.ratelimit import ratelimit, user_key
from common.text import nfc

from . import exports, selectors, services
from .forms import GradeForm, SignOffForm, answers_from_post
from .models import Assessment, Attempt, AttemptItem, Grade, Question


def may_take(user, activity):
    """Enrolled in the published course, with the activity's module open."""
    course = activity.module.course
    if not (course.is_published and course_selectors.is_enrolled(user, course)):
        return False
    return not course_selectors.course_progress(user, course).module(activity.module_id).is_locked


def render_assessment(request, activity, context):
    """The activity page of an assessment: its rules, the trainee's attempts and a start button."""
    assessment = selectors.assessment_of(activity)
    context["assessment"] = assessment
    if assessment is not None and not context["is_preview"]:
        # Opening the page is a touch: an attempt whose time ran out is submitted now.
        services.submit_expired_attempts(users=[request.user])
        context["standing"] = selectors.standing(assessment, request.user)
    if assessment is not None and context["is_preview"]:
        context["question_count"] = assessment.bank.questions.filter(is_active=True).count()
    return render(request, "assessments/activity.html", context)


@login_required
@require_POST
def start(request, pk):
    assessment = get_object_or_404(Assessment.objects.select_related("activity__module__course"), pk=pk)
    if not may_take(request.user, assessment.activity):
        raise PermissionDenied
    try:
        attempt = services.start_attempt(assessment, request.user)
    except services.AttemptRefused as refusal:
        messages.error(request, refusal.message)
        return redirect(assessment.activity)
    return redirect(attempt)


def _attempt_or_404(pk):
    try:
        return selectors.attempt_with_assessment(pk)
    except Attempt.DoesNotExist:
        raise Http404 from None


def _own_attempt(request, pk):
    attempt = _attempt_or_404(pk)
    if attempt.user_id != request.user.pk:
        raise PermissionDenied(_("This attempt belongs to someone else."))
    return attempt


def _overlay(views, raw):
    """Show what the person sent (not what is stored) after a refused save, so nothing typed is lost."""
    for view in views:
        key = str(view.question.pk)
        if key not in raw:
            continue
        value = raw[key]
        if view.question.kind == Question.Kind.MATCHING:
            for prompt in view.prompts:
                chosen = (value or {}).get(str(prompt.pair.pk), "")
                prompt.chosen_index = int(chosen) if str(chosen).isdigit() else None
        elif view.choices:
            sent = {str(v) for v in (value if isinstance(value, list) else [value])}
            for choice in view.choices:
                choice.is_chosen = str(choice.value) in sent
        else:
            view.text_answer = value


def _render_attempt(request, attempt, raw=None, errors=None, status=200):
    standing = selectors.standing(attempt.assessment, attempt.user)
    is_owner = attempt.user_id == request.user.pk
    # Graders see the correct answers of a submitted attempt; the trainee as the assessment allows.
    reveal = selectors.may_show_answers(attempt, standing) if is_owner else not attempt.is_open
    views = selectors.attempt_items(attempt, reveal=reveal)
    if raw:
        _overlay(views, raw)
    for view in views:
        view.errors = (errors or {}).get(str(view.question.pk), [])
    if not is_owner and views:
        # Whether one may grade depends only on the trainee and on competency or not: two checks per page.
        may_grade = {}
        for view in views:
            key = view.question.kind == Question.Kind.COMPETENCY
            if key not in may_grade:
                may_grade[key] = selectors.can_grade(request.user, view.item)
            view.may_grade = may_grade[key]
    remaining = None
    if attempt.is_open and attempt.deadline:
        remaining = max(int((attempt.deadline - timezone.now()).total_seconds()), 0)
    return render(
        request,
        "assessments/attempt.html",
        {
            "attempt": attempt,
            "assessment": attempt.assessment,
            "activity": attempt.assessment.activity,
            "items": views,
            "standing": standing,
            "reveal": reveal,
            "is_owner": is_owner,
            "remaining_seconds": remaining,
            "errors": errors,
            "error_links": [
                {
                    "href": f"#question-{view.question.pk}",
                    "text": _("Question %(number)s: %(error)s") % {"number": number, "error": error},
                }
                for number, view in enumerate(views, start=1)
                for error in view.errors
            ],
            "unanswered": sum(1 for v in views if not v.is_answered),
            "tally": None if attempt.is_open else selectors.tally(views),
        },
        status=status,
    )


@login_required
def attempt_detail(request, pk):
    attempt = _attempt_or_404(pk)
    is_owner = attempt.user_id == request.user.pk
    if not is_owner and not selectors.can_view_attempt(request.user, attempt):
        raise Http404
    if attempt.is_open and attempt.is_expired(timezone.now()):
        # Opening the page is a touch: an attempt whose time ran out is submitted now, whoever looks.
        services.submit_attempt(attempt)
        attempt = selectors.attempt_with_assessment(attempt.pk)
        if is_owner:
            messages.info(
                request,
                _("The time ran out, so your attempt was submitted with the answers saved before the deadline."),
            )
    response = _render_attempt(request, attempt)
    # The trainee's own attempt may be kept on their phone and answered there; a grader's view never is.
    return may_keep(response) if is_owner else response


@login_required
@require_POST
def attempt_save(request, pk):
    """The form without JavaScript: save every answer on the page, and submit when asked to."""
    attempt = _own_attempt(request, pk)
    items = {str(i.question_id): i for i in AttemptItem.objects.filter(attempt=attempt).select_related("question")}
    raw = answers_from_post(request.POST, items)
    try:
        services.save_answers(attempt, request.user, raw)
    except services.AttemptRefused as refusal:
        if refusal.code == "invalid":
            messages.error(request, refusal.message)
            return _render_attempt(request, attempt, raw=raw, errors=refusal.errors, status=400)
        messages.info(request, refusal.message)
        return redirect(attempt)
    if request.POST.get("action") == "submit":
        if selectors.has_unanswered(attempt):
            # Submitting spends an attempt: questions left without an answer are named first.
            messages.success(request, _("Your answers are saved."))
            return redirect("assessments:attempt_submit", pk=attempt.pk)
        return _submit(request, attempt)
    messages.success(request, _("Your answers are saved."))
    return redirect(attempt)


def _submit(request, attempt):
    _attempt, submitted = services.submit_attempt(attempt, request.user)
    if submitted:
        messages.success(request, _("Your answers are submitted."))
    else:
        messages.info(request, _("This attempt has already been submitted."))
    return redirect(attempt)


@login_required
def attempt_submit(request, pk):
    """The confirmation before submitting: which questions have no answer yet. Works without JavaScript."""
    attempt = _own_attempt(request, pk)
    if not attempt.is_open or attempt.is_expired(timezone.now()):
        # The attempt page submits an attempt whose time ran out and shows the result.
        return redirect(attempt)
    if request.method == "POST":
        return _submit(request, attempt)
    views = selectors.attempt_items(attempt)
    remaining = None
    if attempt.deadline:
        remaining = max(int((attempt.deadline - timezone.now()).total_seconds()), 0)
    return render(
        request,
        "assessments/submit.html",
        {
            "attempt": attempt,
            "activity": attempt.assessment.activity,
            "unanswered": selectors.unanswered(views),
            "total": len(views),
            "standing": selectors.standing(attempt.assessment, attempt.user),
            "remaining_seconds": remaining,
        },
    )


def _json_error(code, detail, status, **extra):
    return JsonResponse({"error": code, "detail": detail, **extra}, status=status)


@login_required
@require_POST
@ratelimit(240, 60, key=user_key, scope="assessments.autosave")
def attempt_answers(request, pk):
    """Autosave: {"answers": {"<question id>": answer}} as JSON (or, from a beacon, an `answers` form field
    holding that object); answers the saved question ids."""
    try:
        attempt = selectors.attempt_with_assessment(pk)
    except Attempt.DoesNotExist:
        return _json_error("not_found", _("There is no such attempt."), 404)
    if attempt.user_id != request.user.pk:
        return _json_error("forbidden", _("This attempt belongs to someone else."), 403)
    try:
        if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            # A beacon sent as the page closes carries the CSRF token and the answers as form fields.
            body = {"answers": nfc(json.loads(request.POST.get("answers", "")))}
        else:
            body = nfc(json.loads(request.body or b"{}"))
    except (ValueError, UnicodeDecodeError):
        return _json_error("invalid", _("The request is not valid JSON."), 400)
    answers = body.get("answers") if isinstance(body, dict) else None
    if not isinstance(answers, dict):
        return _json_error(
            "invalid",
            _("Send the answers as an object keyed by question."),
            400,
            errors={"answers": [_("This field is required.")]},
        )
    try:
        saved = services.save_answers(attempt, request.user, answers)
    except services.AttemptRefused as refusal:
        if refusal.code == "invalid":
            return _json_error("invalid", refusal.message, 400, errors=refusal.errors)
        return _json_error(refusal.code, refusal.message, 409, result_url=attempt.get_absolute_url())
    remaining = None
    if attempt.deadline:
        remaining = max(int((attempt.deadline - timezone.now()).total_seconds()), 0)
    return JsonResponse(
        {
            "saved": [item.question_id for item in saved],
            "saved_at": timezone.now().isoformat(),
            "remaining_seconds": remaining,
        }
    )


@role_required(Role.TRAINER, Role.MENTOR)
def grading_queue(request):
    items = list(selectors.grading_queue(request.user)[:200])
    # A mentor only signs off competencies, so their queue says so instead of speaking of grades.
    signs_off_only = not request.user.has_role(Role.TRAINER, Role.ADMINISTRATOR)
    return render(request, "assessments/grading_queue.html", {"items": items, "signs_off_only": signs_off_only})


def mentee_sign_offs(mentor):
    """The mentor's mentees page shows the competencies waiting for a sign-off and those signed off."""
    return Panel(
        "assessments/includes/mentee_sign_offs.html",
        {"waiting": list(selectors.sign_offs_waiting(mentor)), "given": selectors.sign_offs_given(mentor)},
    )


def _gradable_item(request, pk):
    item = get_object_or_404(
        AttemptItem.objects.select_related("question", "attempt__user", "attempt__assessment__activity__module"),
        pk=pk,
    )
    if item.attempt.is_open or not selectors.can_grade(request.user, item):
        raise Http404
    return item


@role_required(Role.TRAINER, Role.MENTOR)
def grade(request, pk):
    item = _gradable_item(request, pk)
    is_sign_off = item.question.kind == Question.Kind.COMPETENCY
    grades_before = item.points is not None
    if is_sign_off:
        form = SignOffForm(request.POST or None)
    else:
        form = GradeForm(request.POST or None, maximum=item.question.points)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                if is_sign_off:
                    services.sign_off_competency(item, request.user, data["achieved"], data["comment"])
                else:
                    services.grade_item(item, request.user, data["points"], data["comment"])
            except ValidationError as error:
                form.add_error("points" if not is_sign_off else None, error.messages)
            except services.AttemptRefused as refusal:
                form.add_error(None, refusal.message)
            else:
                saved = _("The sign-off is saved.") if is_sign_off else _("The grade is saved.")
                if grades_before:
                    # A regrade returns to the attempt it corrected.
                    messages.success(request, saved)
                    return redirect(item.attempt)
                # A first grade goes on to the queue's next item, so a grader works through it in a row.
                following = selectors.next_in_queue(request.user, item)
                if following is None:
                    done = _("Nothing else is waiting for you.")
                    messages.success(request, f"{saved} {done}")
                    return redirect("assessments:grading")
                next_one = _("Here is the next one.")
                messages.success(request, f"{saved} {next_one}")
                return redirect("assessments:grade", following.pk)
        status = 400
    views = [v for v in selectors.attempt_items(item.attempt, reveal=True) if v.item.pk == item.pk]
    return render(
        request,
        "assessments/grade.html",
        {
            "item": item,
            "view": views[0],
            "form": form,
            "is_sign_off": is_sign_off,
            "grades": list(Grade.objects.filter(item=item).select_related("graded_by").order_by("graded_at", "pk")),
        },
        status=status,
    )


def _gradebook_cohort(request, pk):
    cohort = get_object_or_404(Cohort.objects.select_related("course", "municipality"), pk=pk)
    if not course_selectors.can_manage_cohort(request.user, cohort):
        raise Http404
    # Looking at the gradebook is a touch too: expired attempts of the cohort are submitted first.
    services.submit_expired_attempts(users=cohort.enrolments.values("user_id"))
    return cohort


@role_required(Role.TRAINER, Role.COORDINATOR)
def gradebook(request, pk):
    cohort = _gradebook_cohort(request, pk)
    return render(request, "assessments/gradebook.html", {"book": selectors.gradebook(cohort), "cohort": cohort})


@role_required(Role.TRAINER, Role.COORDINATOR)
def gradebook_csv(request, pk):
    cohort = _gradebook_cohort(request, pk)
    response = HttpResponse(exports.gradebook_csv(selectors.gradebook(cohort)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="gradebook-{slugify(cohort.name) or cohort.pk}.csv"'
    return response
