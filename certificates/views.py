from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts.models import Role
from accounts.permissions import role_required
from courses.models import Cohort
from courses.selectors import cohorts_visible_to
from common.ratelimit import client_ip, hit, too_many_requests

from . import badges, selectors, services
from . import status_list as status_list_module
from .forms import BulkForm, ReasonForm, VerifyForm
from .models import BulkJob, Certificate


# The holder


@login_required
def mine(request):
    person = request.user
    courses = list(services.courses_with_rules_of(person))
    progress = [(course, selectors.eligibility(person, course)) for course in courses]
    certificates = list(selectors.certificates_of(person))
    changed = selectors.revoked_or_suspended_on(certificates)
    for certificate in certificates:
        certificate.state = selectors.verification_state(certificate)
        certificate.changed_on = changed.get(certificate.pk)
        certificate.may_have_badge = selectors.may_have_badge(certificate)
    return render(
        request,
        "certificates/mine.html",
        {
            "certificates": certificates,
            "progress": progress,
            "status": selectors.certification_status(person),
            "today": timezone.localdate(),
        },
    )


def _visible_certificate(request, pk):
    certificate = get_object_or_404(Certificate.objects.select_related("holder", "course"), pk=pk)
    if not selectors.can_view_certificate(request.user, certificate):
        raise Http404
    return certificate


@login_required
def certificate_pdf(request, pk):
    certificate = _visible_certificate(request, pk)
    response = HttpResponse(services.certificate_pdf_bytes(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}.pdf"'
    return response


@login_required
def certificate_badge(request, pk):
    certificate = _visible_certificate(request, pk)
    if not selectors.may_have_badge(certificate):
        # A freshly signed credential would still read as valid to a verifier who checks only the signature.
        return JsonResponse(
            {
                "error": certificate.status,
                "detail": _("Certificate %(number)s is %(status)s, so no Open Badge is issued for it.")
                % {"number": certificate.number, "status": certificate.get_status_display().lower()},
            },
            status=409,
        )
    response = JsonResponse(badges.open_badge_credential(certificate), json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = f'attachment; filename="{certificate.number}-open-badge.json"'
    return response


# Coordinators: one certificate


def _managed_certificate(request, pk):
    certificate = get_object_or_404(Certificate.objects.select_related("holder", "course"), pk=pk)
    if not selectors.can_manage_certificates_of(request.user, certificate.holder, certificate.course):
        raise Http404
    return certificate


def _render_certificate(request, certificate, forms=None, status=200):
    forms = forms or {}
    return render(
        request,
        "certificates/certificate.html",
        {
            "certificate": certificate,
            "state": selectors.verification_state(certificate),
            "changed_on": selectors.status_changed_on(certificate),
            "events": selectors.audit_trail(certificate),
            "suspend_form": forms.get("suspend") or ReasonForm(prefix="suspend"),
            "reinstate_form": forms.get("reinstate") or ReasonForm(prefix="reinstate"),
            "renewal": selectors.renewal_check(certificate)
            if certificate.status == Certificate.Status.ACTIVE
            else None,
            "renewal_error": forms.get("renewal_error"),
        },
        status=status,
    )


@role_required(Role.COORDINATOR)
def certificate_detail(request, pk):
    return _render_certificate(request, _managed_certificate(request, pk))


ACTIONS = {
    "suspend": (services.suspend_certificate, gettext_lazy("Certificate %(number)s is suspended.")),
    "reinstate": (services.reinstate_certificate, gettext_lazy("Certificate %(number)s is valid again.")),
    "revoke": (services.revoke_certificate, gettext_lazy("Certificate %(number)s is revoked.")),
}


@role_required(Role.COORDINATOR)
@require_POST
def certificate_action(request, pk, action):
    certificate = _managed_certificate(request, pk)
    change, done = ACTIONS[action]
    form = ReasonForm(request.POST, prefix=action)
    if form.is_valid():
        try:
            change(certificate, by=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, str(done) % {"number": certificate.number})
            return redirect("certificates:certificate", pk=certificate.pk)
        except ValidationError as error:
            form.add_error(None, error)
    return _render_certificate(request, certificate, {action: form}, status=400)


@role_required(Role.COORDINATOR)
@require_POST
def certificate_renew(request, pk):
    """Renew now a certificate whose renewal is met, rather than waiting for the night's run."""
    certificate = _managed_certificate(request, pk)
    try:
        renewed = services.renew_certificate(certificate, by=request.user)
    except ValidationError as error:
        return _render_certificate(request, certificate, {"renewal_error": error.messages[0]}, status=400)
    messages.success(
        request,
        _("Certificate %(old)s is renewed as %(new)s, valid until %(date)s.")
        % {"old": certificate.number, "new": renewed.number, "date": date_format(renewed.valid_until, "j.n.Y")},
    )
    return redirect("certificates:certificate", pk=renewed.pk)


@role_required(Role.COORDINATOR)
def certificate_revoke(request, pk):
    """Revoking cannot be undone, so it is a page of its own that says so, reached before anything changes."""
    certificate = _managed_certificate(request, pk)
    form = ReasonForm(request.POST if request.method == "POST" else None, prefix="revoke")
    if form.is_valid():
        try:
            services.revoke_certificate(certificate, by=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, str(ACTIONS["revoke"][1]) % {"number": certificate.number})
            return redirect("certificates:certificate", pk=certificate.pk)
        except ValidationError as error:
            form.add_error(None, error)
    holder = certificate.holder.get_full_name() or certificate.holder.username
    return render(
        request,
        "confirm.html",
        {
            "title": _("Revoke certificate %(number)s of %(holder)s?")
            % {"number": certificate.number, "holder": holder},
            "consequences": [
                _("Revoking cannot be undone. The certificate shows as revoked on verification at once."),
                _(
                    "%(holder)s is no longer in good standing on the roster, and the referral systems that follow it are told."
                )
                % {"holder": holder},
            ],
            "form": form,
            "action": request.path,
            "button": _("Revoke the certificate"),
            "cancel_url": reverse("certificates:certificate", args=[certificate.pk]),
        },
        status=400 if form.errors else 200,
    )


# Coordinators: cohorts


@role_required(Role.COORDINATOR, Role.TRAINER)
def cohorts(request):
    visible = cohorts_visible_to(request.user).select_related("course", "municipality")
    return render(request, "certificates/cohorts.html", {"cohorts": visible})


def _visible_cohort(request, pk):
    cohort = get_object_or_404(Cohort.objects.select_related("course", "municipality"), pk=pk)
    if not selectors.can_view_cohort_certification(request.user, cohort):
        raise Http404
    return cohort


def _managed_cohort(request, pk):
    cohort = _visible_cohort(request, pk)
    if not selectors.can_manage_cohort_certificates(request.user, cohort):
        raise Http404
    return cohort


def _render_cohort(request, cohort, bulk_form=None, status=200):
    return render(
        request,
        "certificates/cohort.html",
        {
            "cohort": cohort,
            "rows": selectors.cohort_certification(cohort),
            "can_manage": selectors.can_manage_cohort_certificates(request.user, cohort),
            "bulk_form": bulk_form or BulkForm(),
            "jobs": cohort.certificate_jobs.all()[:5],
        },
        status=status,
    )


@role_required(Role.COORDINATOR, Role.TRAINER)
def cohort(request, pk):
    return _render_cohort(request, _visible_cohort(request, pk))


@role_required(Role.COORDINATOR)
@require_POST
def cohort_issue(request, pk, person_pk):
    cohort = _managed_cohort(request, pk)
    person = get_object_or_404(get_user_model(), pk=person_pk, enrolments__cohort=cohort)
    try:
        certificate = services.issue_certificate(person, cohort.course, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _render_cohort(request, cohort, status=400)
    messages.success(
        request, _("Certificate %(number)s is issued to %(person)s.") % {"number": certificate.number, "person": person}
    )
    return redirect(reverse("certificates:cohort", args=[cohort.pk]) + f"#person-{person.pk}")


@role_required(Role.COORDINATOR)
@require_POST
def cohort_bulk(request, pk):
    cohort = _managed_cohort(request, pk)
    form = BulkForm(request.POST)
    if not form.is_valid():
        return _render_cohort(request, cohort, form, status=400)
    job = services.start_bulk_job(cohort, form.cleaned_data["action"], by=request.user)
    return redirect("certificates:job", pk=job.pk)  # the job page says if no worker could be reached


def _managed_job(request, pk):
    job = get_object_or_404(BulkJob.objects.select_related("cohort__course", "created_by"), pk=pk)
    if not selectors.can_manage_cohort_certificates(request.user, job.cohort):
        raise Http404
    return job


@role_required(Role.COORDINATOR)
def job(request, pk):
    job = _managed_job(request, pk)
    return render(request, "certificates/job.html", {"job": job, "job_is_stale": job.is_stale()})


@role_required(Role.COORDINATOR)
@require_POST
def job_retry(request, pk):
    job = _managed_job(request, pk)
    if job.state == BulkJob.State.DONE:
        messages.info(request, _("This work is already done."))
    elif services.retry_bulk_job(job):
        messages.success(request, _("The work starts again; nobody gets a second certificate."))
    else:
        messages.info(request, _("This work is already under way; it was not started a second time."))
    return redirect("certificates:job", pk=job.pk)


# Public verification


def _limited(request, page=True):
    """None within the verification rate; otherwise a 429, as a page in the reader's language for the pages."""
    verdict = hit(f"certificates.verify:{client_ip(request)}", settings.CERTIFICATE_VERIFY_RATE, 60)
    if verdict.allowed:
        return None
    if not page:
        return too_many_requests(verdict)
    response = render(request, "certificates/rate_limited.html", {"seconds": verdict.retry_after}, status=429)
    response["Retry-After"] = str(verdict.retry_after)
    return response


def _holder_name(holder):
    if holder.is_erased:
        # The number and validity still verify; the person is no longer named anywhere.
        return _("issued to a person whose data has been erased")
    return holder.get_full_name() or holder.username


def _public_facts(certificate):
    """Everything a verifier learns: the state, the name, the programme and the dates; nothing else."""
    state = selectors.verification_state(certificate)
    facts = {
        "state": state,
        "state_label": str(selectors.Verification.LABELS[state]),
        "number": certificate.number,
        "holder": _holder_name(certificate.holder),
        "programme": certificate.course.title.text(),
        "programme_code": certificate.programme,
        "issued_on": certificate.issued_on.isoformat(),
        "valid_until": certificate.valid_until.isoformat(),
        "issuer": settings.CERTIFICATE_ISSUER_NAME,
        "status_changed_on": None,
        "renewed_by": None,
    }
    if state in (selectors.Verification.SUSPENDED, selectors.Verification.REVOKED):
        changed = selectors.status_changed_on(certificate)
        facts["status_changed_on"] = changed.isoformat() if changed else None
    renewal = getattr(certificate, "renewal", None)
    if certificate.status == Certificate.Status.SUPERSEDED and renewal is not None:
        facts["renewed_by"] = {
            "number": renewal.number,
            "url": reverse("certificates:verify", args=[renewal.verification_code]),
        }
    return facts


def verify_form(request):
    if limited := _limited(request):
        return limited
    form = VerifyForm(request.GET or None)
    if request.GET and form.is_valid():
        if selectors.certificate_by_code(form.cleaned_data["code"]) is not None:
            return redirect("certificates:verify", code=form.cleaned_data["code"])
        form.add_error("code", _("No certificate has this verification code."))
    status = 400 if request.GET and form.errors else 200
    return render(request, "certificates/verify_form.html", {"form": form}, status=status)


def verify(request, code):
    if limited := _limited(request):
        return limited
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        return render(request, "certificates/verify_form.html", {"form": VerifyForm(), "not_found": True}, status=404)
    facts = _public_facts(certificate)
    return render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "facts": facts,
            "changed_on": selectors.status_changed_on(certificate) if facts["status_changed_on"] else None,
        },
    )


def verify_json(request, code):
    if limited := _limited(request, page=False):
        return limited
    form = VerifyForm({"code": code})
    if not form.is_valid():
        return JsonResponse({"error": "invalid", "errors": form.errors.get_json_data()}, status=400)
    certificate = selectors.certificate_by_code(form.cleaned_data["code"])
    if certificate is None:
        return JsonResponse(
            {"error": "not_found", "detail": _("No certificate has this verification code.")}, status=404
        )
    return JsonResponse(_public_facts(certificate), json_dumps_params={"ensure_ascii": False})


def issuer(request):
    return JsonResponse(
        badges.issuer_profile(), json_dumps_params={"ensure_ascii": False}, content_type="application/ld+json"
    )


def status_list(request, number):
    """A published status list: public, as verifiers fetch it without logging in."""
    listed = selectors.status_list(number)
    if listed is None:
        return JsonResponse({"error": "not_found", "detail": _("No status list has this number.")}, status=404)
    response = JsonResponse(
        badges.status_list_credential(listed),
        json_dumps_params={"ensure_ascii": False},
        content_type="application/ld+json",
    )
    # Aligned with the list's ttl: a change reaches a verifier within minutes.
    response["Cache-Control"] = f"public, max-age={status_list_module.TTL_SECONDS}"
    return response
