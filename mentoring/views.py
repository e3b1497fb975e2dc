from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import Role
from accounts.permissions import role_required
from common.offline import may_keep
from courses.models import Cohort
from courses.selectors import can_manage_cohort, cohorts_visible_to

from . import exports, panels, selectors, services
from .forms import ConfirmOnBehalfForm, DeclineForm, EndPairingForm, GroupForm, PairingForm, ReflectionForm, SessionForm
from .models import MentoringGroup, Pairing, SessionAttendance, SupervisionSession


def _apply_errors(form, error):
    """Show a service's ValidationError on the form, by field where it names one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
def home(request):
    user = request.user
    if user.has_role(Role.MENTOR):
        return redirect("mentoring:mentees")
    if user.has_role(Role.COORDINATOR, Role.TRAINER, Role.ADMINISTRATOR):
        return redirect("mentoring:cohorts")
    return redirect("mentoring:mine")


# The mentee's side


def _render_mine(request, bound_form=None, bound_id=None, status=200):
    person = request.user
    attendances = list(selectors.attendances_of(person))
    for attendance in attendances:
        attendance.form = ReflectionForm(instance=attendance, prefix=f"a{attendance.pk}")
        may_decline = not attendance.is_confirmed and not attendance.is_declined
        attendance.decline_form = DeclineForm(prefix=f"d{attendance.pk}") if may_decline else None
        if attendance.pk == bound_id:
            if isinstance(bound_form, DeclineForm):
                attendance.decline_form = bound_form
            else:
                attendance.form = bound_form
    return render(
        request,
        "mentoring/mine.html",
        {
            "person": person,
            "status": selectors.supervision_status(person),
            "pairing": selectors.current_pairing(person),
            "attendances": attendances,
            "refused_forms": [bound_form] if bound_form is not None else [],
        },
        status=status,
    )


@login_required
def mine(request):
    response = _render_mine(request)
    # A trainee's own supervision log may be kept on their phone, to draft reflections offline.
    return may_keep(response) if request.user.has_role(Role.TRAINEE) else response


@login_required
@require_POST
def attendance_confirm(request, pk):
    attendance = get_object_or_404(SessionAttendance, pk=pk, mentee=request.user)
    form = ReflectionForm(request.POST, instance=attendance, prefix=f"a{attendance.pk}")
    if not form.is_valid():
        return _render_mine(request, form, attendance.pk, status=400)
    try:
        if attendance.is_confirmed:
            services.save_reflection(attendance, form.cleaned_data["reflection"])
            messages.success(request, _("Your reflection is saved."))
        else:
            services.confirm_attendance(attendance, by=request.user, reflection=form.cleaned_data["reflection"])
            messages.success(request, _("Thank you: your attendance is confirmed."))
    except ValidationError as error:
        _apply_errors(form, error)
        return _render_mine(request, form, attendance.pk, status=400)
    return redirect(reverse("mentoring:mine") + f"#session-{attendance.pk}")


@login_required
@require_POST
def attendance_decline(request, pk):
    """The mentee says they did not take part, with a reason the mentor reads."""
    attendance = get_object_or_404(SessionAttendance, pk=pk, mentee=request.user)
    form = DeclineForm(request.POST, prefix=f"d{attendance.pk}")
    if not form.is_valid():
        return _render_mine(request, form, attendance.pk, status=400)
    try:
        services.decline_attendance(attendance, by=request.user, reason=form.cleaned_data["decline_reason"])
    except ValidationError as error:
        _apply_errors(form, error)
        return _render_mine(request, form, attendance.pk, status=400)
    messages.success(request, _("You said that you did not take part. Your mentor sees your reason."))
    return redirect(reverse("mentoring:mine") + f"#session-{attendance.pk}")


# The mentor's side


@role_required(Role.MENTOR)
def mentees(request):
    mentor = request.user
    return render(
        request,
        "mentoring/mentees.html",
        {
            "rows": selectors.mentor_overview(mentor),
            "declined": list(selectors.declined_attendances(mentor)),
            "panels": panels.panels_for(mentor),
            "groups": selectors.groups_of(mentor),
            "sessions": selectors.sessions_by(mentor)[:20],
        },
    )


def _own_session(request, pk):
    session = get_object_or_404(SupervisionSession, pk=pk)
    if session.mentor_id != request.user.pk:
        raise Http404
    return session


def _session_form_page(request, session=None):
    mentor = request.user
    instance = session or SupervisionSession(mentor=mentor)
    allowed = services.allowed_mentees(mentor, session)
    form = SessionForm(request.POST or None, instance=instance, mentor=mentor, allowed_mentees=allowed)
    if request.method == "POST":
        if form.is_valid():
            data = dict(form.cleaned_data)
            people, topics = data.pop("mentees"), data.pop("topics")
            try:
                if session is None:
                    session = services.record_session(mentor, mentees=people, topics=topics, **data)
                    messages.success(request, _("The session is logged. Your mentees are asked to confirm it."))
                else:
                    session = services.update_session(session, mentees=people, topics=topics, **data)
                    messages.success(request, _("The session is saved."))
                return redirect(session)
            except ValidationError as error:
                _apply_errors(form, error)
                if form.has_error("allow_duplicate", code="duplicate"):
                    form.ask_about_duplicates(
                        selectors.duplicate_sessions(
                            mentor, people, data["held_on"], data["duration_minutes"], exclude=session
                        )
                    )
        status = 400
    else:
        status = 200
    if not allowed.exists() and session is None:
        messages.info(request, _("You have no mentees yet. A coordinator pairs mentees with you."))
    return render(request, "mentoring/session_form.html", {"form": form, "session": session}, status=status)


@role_required(Role.MENTOR)
def session_create(request):
    return _session_form_page(request)


@role_required(Role.MENTOR)
def session_edit(request, pk):
    return _session_form_page(request, _own_session(request, pk))


@role_required(Role.MENTOR)
def session_delete(request, pk):
    session = _own_session(request, pk)
    if request.method == "POST":
        services.delete_session(session)
        messages.success(request, _("The session is deleted."))
        return redirect("mentoring:mentees")
    return render(
        request,
        "confirm.html",
        {
            "title": _("Delete the session of %(date)s?") % {"date": date_format(session.held_on, "j.n.Y")},
            "consequences": [
                _("The session, its summary and its notes are deleted, and its hours no longer count for the mentees."),
                _("Deleting cannot be undone."),
            ],
            "action": request.path,
            "button": _("Delete the session"),
            "cancel_url": session.get_absolute_url(),
        },
    )


@login_required
def session_detail(request, pk):
    # Private notes are the mentor's alone: they are read only for the mentor who wrote them.
    session = get_object_or_404(selectors.sessions_with_details().defer("private_notes"), pk=pk)
    if not selectors.can_view_session(request.user, session):
        raise Http404
    is_author = session.mentor_id == request.user.pk
    private_notes = (
        SupervisionSession.objects.filter(pk=pk).values_list("private_notes", flat=True).get() if is_author else None
    )
    return render(
        request,
        "mentoring/session.html",
        {
            "session": session,
            "is_author": is_author,
            "private_notes": private_notes,
        },
    )


def _group_form_page(request, group=None):
    mentor = request.user
    allowed = get_user_model().objects.filter(pk__in=selectors.mentees_of(mentor).values("pk"))
    if group is not None:
        allowed = allowed | get_user_model().objects.filter(pk__in=group.members.values("pk"))
    allowed = allowed.distinct().order_by("last_name", "first_name")
    initial = {"name": group.name, "members": list(group.members.all())} if group else None
    form = GroupForm(request.POST or None, initial=initial, allowed_members=allowed)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.save_group(mentor, group=group, **form.cleaned_data)
                messages.success(request, _("The group is saved."))
                return redirect("mentoring:mentees")
            except ValidationError as error:
                _apply_errors(form, error)
        status = 400
    return render(request, "mentoring/group_form.html", {"form": form, "group": group}, status=status)


@role_required(Role.MENTOR)
def group_create(request):
    return _group_form_page(request)


@role_required(Role.MENTOR)
def group_edit(request, pk):
    return _group_form_page(request, get_object_or_404(MentoringGroup, pk=pk, mentor=request.user))


# A mentee's record (mentee, mentor, coordinators)


def _visible_person(request, pk):
    person = get_object_or_404(get_user_model(), pk=pk)
    if not selectors.can_view_record(request.user, person):
        raise Http404
    return person


def _render_record(request, person, bound_form=None, bound_id=None, status=200):
    may_confirm = request.user.pk != person.pk and selectors.can_confirm_for(request.user, person)
    attendances = list(selectors.attendances_of(person))
    for attendance in attendances:
        if may_confirm and not attendance.is_confirmed:
            attendance.form = (
                bound_form if attendance.pk == bound_id else ConfirmOnBehalfForm(prefix=f"c{attendance.pk}")
            )
    return render(
        request,
        "mentoring/record.html",
        {
            "person": person,
            "status": selectors.supervision_status(person),
            "pairings": selectors.pairing_history(person),
            "attendances": attendances,
            "may_confirm": may_confirm,
            "refused_forms": [bound_form] if bound_form is not None else [],
        },
        status=status,
    )


@login_required
def record(request, pk):
    return _render_record(request, _visible_person(request, pk))


@login_required
def record_pdf(request, pk):
    person = _visible_person(request, pk)
    response = HttpResponse(exports.supervision_record_pdf(person), content_type="application/pdf")
    name = slugify(person.get_full_name() or person.username) or "record"
    response["Content-Disposition"] = f'attachment; filename="supervision-{name}.pdf"'
    return response


@role_required(Role.COORDINATOR)
@require_POST
def confirm_on_behalf(request, pk):
    attendance = get_object_or_404(SessionAttendance.objects.select_related("mentee"), pk=pk)
    person = attendance.mentee
    if not selectors.can_confirm_for(request.user, person):
        raise Http404
    form = ConfirmOnBehalfForm(request.POST, prefix=f"c{attendance.pk}")
    if form.is_valid():
        try:
            services.confirm_attendance(attendance, by=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, _("The attendance is confirmed, with your reason recorded."))
            return redirect(reverse("mentoring:record", args=[person.pk]) + f"#attendance-{attendance.pk}")
        except ValidationError as error:
            _apply_errors(form, error)
    return _render_record(request, person, form, attendance.pk, status=400)


# Coordinators


@role_required(Role.COORDINATOR, Role.TRAINER)
def cohorts(request):
    visible = cohorts_visible_to(request.user).select_related("course", "municipality")
    return render(request, "mentoring/cohorts.html", {"cohorts": visible})


def _managed_cohort(request, pk):
    cohort = get_object_or_404(Cohort.objects.select_related("course", "municipality"), pk=pk)
    if not can_manage_cohort(request.user, cohort):
        raise Http404
    return cohort


def _render_cohort(request, cohort, pairing_form=None, status=200):
    may_pair = selectors.can_manage_pairings(request.user, cohort)
    return render(
        request,
        "mentoring/cohort.html",
        {
            "cohort": cohort,
            "rows": selectors.cohort_overview(cohort),
            "may_pair": may_pair,
            "pairing_form": (pairing_form or PairingForm(cohort=cohort)) if may_pair else None,
            "today": timezone.localdate(),
        },
        status=status,
    )


@role_required(Role.COORDINATOR, Role.TRAINER)
def cohort_overview(request, pk):
    return _render_cohort(request, _managed_cohort(request, pk))


@role_required(Role.COORDINATOR)
@require_POST
def cohort_pair(request, pk):
    cohort = _managed_cohort(request, pk)
    if not selectors.can_manage_pairings(request.user, cohort):
        raise Http404
    form = PairingForm(request.POST, cohort=cohort)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.assign_mentor(data["mentee"], data["mentor"], by=request.user, on=data["started_on"])
            messages.success(
                request,
                _("%(mentee)s is now mentored by %(mentor)s.") % {"mentee": data["mentee"], "mentor": data["mentor"]},
            )
            return redirect(reverse("mentoring:cohort", args=[cohort.pk]) + f"#trainee-{data['mentee'].pk}")
        except ValidationError as error:
            _apply_errors(form, error)
    return _render_cohort(request, cohort, form, status=400)


@role_required(Role.COORDINATOR)
def pairing_end(request, pk, pairing_pk):
    """Ending a pairing asks first, on a page of its own that names both people and takes the end date."""
    cohort = _managed_cohort(request, pk)
    pairing = get_object_or_404(
        Pairing.objects.select_related("mentee", "mentor"), pk=pairing_pk, mentee__enrolments__cohort=cohort
    )
    if not selectors.can_manage_pairings(request.user, cohort):
        raise Http404
    back = reverse("mentoring:cohort", args=[cohort.pk]) + f"#trainee-{pairing.mentee_id}"
    if request.method == "POST":
        form = EndPairingForm(request.POST)
        if form.is_valid():
            try:
                services.end_pairing(pairing, on=form.cleaned_data["ended_on"])
                messages.success(request, _("The pairing has ended."))
                return redirect(back)
            except ValidationError as error:
                _apply_errors(form, error)
    else:
        form = EndPairingForm(initial={"ended_on": timezone.localdate()})
    names = {"mentee": pairing.mentee, "mentor": pairing.mentor}
    return render(
        request,
        "confirm.html",
        {
            "title": _("End the pairing of %(mentee)s with %(mentor)s?") % names,
            "consequences": [
                _("%(mentor)s no longer mentors %(mentee)s from the end date; sessions logged so far are kept.")
                % names,
                _("%(mentee)s has no mentor until a coordinator assigns a new one.") % names,
            ],
            "form": form,
            "action": request.path,
            "button": _("End the pairing"),
            "cancel_url": back,
        },
        status=400 if form.errors else 200,
    )


@role_required(Role.COORDINATOR, Role.TRAINER)
def cohort_export(request, pk):
    cohort = _managed_cohort(request, pk)
    response = HttpResponse(exports.cohort_csv(cohort), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="supervision-{slugify(cohort.name) or cohort.pk}.csv"'
    return response
