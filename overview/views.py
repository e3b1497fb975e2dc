from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from accounts.models import Role
from courses.selectors import cohorts_visible_to, trainee_dashboard

from common.charts import bar_chart

from . import charts, selectors
from .forms import ScopeForm

PEOPLE_PER_PAGE = 50


def _scope(request):
    """The coordinator's scope from the filter in the address, and the form (with its errors, if any)."""
    form = ScopeForm(request.user, request.GET if ("cohort" in request.GET or "area" in request.GET) else None)
    if form.is_bound and form.is_valid():
        return selectors.scope_for(request.user, form.cleaned_data["cohort"], form.cleaned_data["area"]), form
    return selectors.scope_for(request.user), form


@login_required
def home(request):
    """Each role's home: a section per role the person holds (someone with several sees each)."""
    user = request.user
    progresses = trainee_dashboard(user)
    context = {"progresses": progresses}
    status = 200
    if progresses:
        context["trainee_home"] = selectors.trainee_home(user, progresses)
    if user.has_role(Role.MENTOR):
        context["mentor_home"] = selectors.mentor_home(user)
    if user.has_role(Role.TRAINER, Role.COORDINATOR, Role.ADMINISTRATOR):
        context["cohorts"] = (
            cohorts_visible_to(user)
            .select_related("course", "municipality")
            .annotate(trainee_count=Count("enrolments", distinct=True))[:20]
        )
    if selectors.follows_programme(user):
        scope, form = _scope(request)
        if form.errors:
            status = 400
        home = selectors.coordinator_home(scope)
        context.update(
            form=form,
            home=home,
            pipeline_chart=charts.pipeline_chart(home),
            expiring_chart=charts.expiring_chart(home),
            mentor_chart=charts.mentor_chart(home),
            capacity_chart=charts.capacity_chart(home),
            # The figures the page links by key; the charts link their own.
            links={f.key: charts.people_url(f, scope) for f in (home.stale, home.overdue, home.expiring_all)},
        )
    return render(request, "overview/home.html", context, status=status)


@login_required
def people(request, key):
    """The people behind one figure of the coordinator's home, in the same scope."""
    if not selectors.follows_programme(request.user):
        raise PermissionDenied
    scope, form = _scope(request)
    if form.errors:
        return render(request, "overview/people.html", {"form": form, "figure": None}, status=400)
    figure = selectors.coordinator_home(scope).figure(key)
    if figure is None:
        raise Http404
    page = Paginator(selectors.people_behind(figure), PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "overview/people.html",
        {"form": form, "figure": figure, "page": page, "scope": scope, "is_roster": key.startswith("capacity-")},
    )


@login_required
def mentors(request):
    """Every mentor of the people the coordinator follows, with their load, in the home's scope."""
    if not selectors.follows_programme(request.user):
        raise PermissionDenied
    scope, form = _scope(request)
    if form.errors:
        return render(request, "overview/mentors.html", {"form": form, "chart": None}, status=400)
    home = selectors.coordinator_home(scope)
    page = Paginator(home.mentors, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    chart = bar_chart(
        _("Mentors' load"),
        charts.mentor_rows(page.object_list, scope),
        charts.mentor_series(),
        description=_("Current mentees of each mentor among the people you follow."),
    )
    return render(request, "overview/mentors.html", {"form": form, "chart": chart, "page": page, "scope": scope})
