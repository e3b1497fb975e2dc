from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Role
from accounts.permissions import role_required
from common.offline import may_keep

from . import kinds, selectors, services
from .forms import CourseFeedbackForm, CsvEnrolmentForm, EnrolPersonForm
from .models import Activity, Cohort, Course, Module


def _course_access(request, course):
    """Return (progress, is_preview) for a course page, or refuse."""
    user = request.user
    if selectors.is_enrolled(user, course) and course.is_published:
        return selectors.course_progress(user, course), False
    if selectors.can_preview_curriculum(user) or user.has_role(Role.COORDINATOR):
        return selectors.course_progress(user, course), True
    raise PermissionDenied


def _render_course(request, course, feedback_form=None, status=200):
    progress, is_preview = _course_access(request, course)
    context = {
        "course": course,
        "progress": progress,
        "is_preview": is_preview,
        "continue_activity": progress.continue_activity(),
    }
    if progress.is_complete and not is_preview:
        context["feedback"] = selectors.feedback_of(request.user, course)
        if context["feedback"] is None:
            context["feedback_form"] = feedback_form or CourseFeedbackForm()
    response = render(request, "courses/course.html", context, status=status)
    # A trainee's own page (never a preview, nor a locked module) may be kept on their phone.
    return response if is_preview else may_keep(response)


@login_required
def course_detail(request, pk):
    return _render_course(request, get_object_or_404(Course, pk=pk))


@login_required
@require_POST
def course_feedback(request, pk):
    """The feedback survey, answered once after the course is completed."""
    course = get_object_or_404(Course, pk=pk)
    _course_access(request, course)
    form = CourseFeedbackForm(request.POST)
    if form.is_valid():
        try:
            services.give_feedback(
                request.user, course, recommend=form.cleaned_data["recommend"], comment=form.cleaned_data["comment"]
            )
        except ValidationError as error:
            # Not done yet, or answered already: no form to show the reason beside, so it comes as a message.
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Thank you for your feedback."))
            return redirect(course)
    return _render_course(request, course, feedback_form=form, status=400)


@login_required
def module_detail(request, pk):
    module = get_object_or_404(Module.objects.select_related("course"), pk=pk)
    progress, is_preview = _course_access(request, module.course)
    module_progress = progress.module(module.pk)
    response = render(
        request,
        "courses/module.html",
        {
            "course": module.course,
            "module": module,
            "progress": progress,
            "module_progress": module_progress,
            "is_preview": is_preview,
            "is_locked": module_progress.is_locked and not is_preview,
        },
    )
    return response if is_preview or module_progress.is_locked else may_keep(response)


def _neighbours(progress, activity):
    ordered = [a for m in progress.modules if not m.is_locked for a in m.activities]
    ids = [a.pk for a in ordered]
    if activity.pk not in ids:
        return None, None
    index = ids.index(activity.pk)
    previous = ordered[index - 1] if index > 0 else None
    following = ordered[index + 1] if index + 1 < len(ordered) else None
    return previous, following


@login_required
def activity_detail(request, pk):
    activity = get_object_or_404(Activity.objects.select_related("module__course"), pk=pk)
    progress, is_preview = _course_access(request, activity.module.course)
    module_progress = progress.module(activity.module_id)
    if module_progress.is_locked and not is_preview:
        messages.info(request, _("This module is locked until you complete the modules before it."))
        return redirect(activity.module)
    if not is_preview:
        services.record_visit(request.user, activity)
    previous, following = _neighbours(progress, activity)
    context = {
        "course": activity.module.course,
        "module": activity.module,
        "activity": activity,
        "progress": progress,
        "module_progress": module_progress,
        "is_preview": is_preview,
        "is_done": activity.pk in module_progress.done_ids,
        "previous": previous,
        "next": following,
    }
    response = kinds.render_activity(request, activity, context)
    return response if is_preview else may_keep(response)


@login_required
@require_POST
def activity_done(request, pk):
    activity = get_object_or_404(Activity.objects.select_related("module__course"), pk=pk)
    course = activity.module.course
    if not (course.is_published and selectors.is_enrolled(request.user, course)):
        raise PermissionDenied
    if not activity.is_marked_done_by_trainee:
        raise PermissionDenied
    progress = selectors.course_progress(request.user, course)
    if progress.module(activity.module_id).is_locked:
        messages.error(request, _("This module is locked until you complete the modules before it."))
        return redirect(activity.module)
    services.complete_activity(request.user, activity)
    messages.success(request, _("Marked as done."))
    _previous, following = _neighbours(selectors.course_progress(request.user, course), activity)
    return redirect(following or activity.module)


@role_required(Role.TRAINER, Role.COORDINATOR)
def cohort_list(request):
    cohorts = (
        selectors.cohorts_visible_to(request.user)
        .select_related("course", "municipality")
        .annotate(trainee_count=Count("enrolments", distinct=True))
    )
    return render(request, "courses/cohort_list.html", {"cohorts": cohorts})


def _managed_cohort(request, pk):
    cohort = get_object_or_404(Cohort.objects.select_related("course", "municipality"), pk=pk)
    if not selectors.can_manage_cohort(request.user, cohort):
        raise Http404
    return cohort


@role_required(Role.TRAINER, Role.COORDINATOR)
def cohort_detail(request, pk):
    cohort = _managed_cohort(request, pk)
    return _render_cohort(request, cohort)


def _render_cohort(request, cohort, enrol_form=None, csv_form=None, csv_errors=None, status=200):
    return render(
        request,
        "courses/cohort.html",
        {
            "cohort": cohort,
            "rows": selectors.cohort_progress(cohort),
            "enrol_form": enrol_form or EnrolPersonForm(),
            "csv_form": csv_form or CsvEnrolmentForm(),
            "csv_errors": csv_errors,
            "error_links": [
                {
                    "href": "#id_file",
                    "text": (_("Line %(line)s: %(error)s") % {"line": error.line, "error": error.message})
                    if error.line
                    else error.message,
                }
                for error in csv_errors or []
            ],
        },
        status=status,
    )


@role_required(Role.TRAINER, Role.COORDINATOR)
@require_POST
def cohort_enrol(request, pk):
    cohort = _managed_cohort(request, pk)
    form = EnrolPersonForm(request.POST)
    if not form.is_valid():
        return _render_cohort(request, cohort, enrol_form=form, status=400)
    enrolment = services.enrol_by_email(
        cohort,
        form.cleaned_data["email"],
        form.cleaned_data["first_name"],
        form.cleaned_data["last_name"],
        by=request.user,
    )
    messages.success(request, _("%(name)s is enrolled.") % {"name": enrolment.user})
    return redirect(cohort.get_absolute_url() + f"#trainee-{enrolment.user_id}")


@role_required(Role.TRAINER, Role.COORDINATOR)
@require_POST
def cohort_enrol_csv(request, pk):
    cohort = _managed_cohort(request, pk)
    form = CsvEnrolmentForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_cohort(request, cohort, csv_form=form, status=400)
    try:
        enrolments = services.enrol_from_csv(cohort, form.cleaned_data["file"], by=request.user)
    except services.CsvEnrolmentError as error:
        return _render_cohort(request, cohort, csv_errors=error.errors, status=400)
    messages.success(request, _("%(count)d people enrolled.") % {"count": len(enrolments)})
    return redirect(cohort)
