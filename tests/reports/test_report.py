import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import ServiceArea
from certificates.models import Certificate
from courses.models import ActivityCompletion
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

URL = reverse("reports:programme")
PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}


def cohort_in(name, coordinator_user, course, **kwargs):
    return f.CohortFactory(
        course=course,
        municipality=f.municipality(name),
        coordinators=[coordinator_user],
        start_date=datetime.date(2026, 2, 1),
        end_date=datetime.date(2026, 6, 30),
        **kwargs,
    )


def finish(user, course, on=datetime.datetime(2026, 5, 1, 12, tzinfo=datetime.UTC)):
    for module in course.modules.all():
        for activity in module.activities.all():
            completion = ActivityCompletion.objects.create(user=user, activity=activity)
            ActivityCompletion.objects.filter(pk=completion.pk).update(completed_at=on)


def get_report(client, user, **params):
    client.force_login(user)
    return client.get(URL, {**PERIOD, **params})


@pytest.mark.parametrize("role", ["trainee", "mentor", "trainer"])
def test_the_report_is_refused_to_trainees_mentors_and_trainers(client, role):
    client.force_login(getattr(f, role)())
    assert client.get(URL).status_code == 403


def test_the_report_asks_a_visitor_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


@pytest.mark.parametrize("role", ["coordinator", "administrator"])
def test_coordinators_and_administrators_see_the_report(client, role):
    client.force_login(getattr(f, role)())
    response = client.get(URL)
    assert response.status_code == 200
    assert "Ohjelmaraportti" in response.content.decode()


def test_the_coordinator_navigation_links_to_the_report(client):
    client.force_login(f.coordinator())
    assert f'href="{URL}"' in client.get(reverse("dashboard")).content.decode()


def test_the_report_counts_the_people_trained_certified_active_and_their_supervision_hours(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=2, activities=2)
    cohort = cohort_in("Sodankylä", coordinator, course)
    done, certified, started, idle = (f.trainee() for _ in range(4))
    for person in (done, certified, started, idle):
        f.EnrolmentFactory(cohort=cohort, user=person)
    finish(done, course)
    finish(certified, course)
    ActivityCompletion.objects.create(user=started, activity=course.modules.first().activities.first())
    f.certificate(certified, course, issued_on=datetime.date(2026, 6, 1))
    f.certificate(done, course, issued_on=datetime.date(2026, 6, 1), status=Certificate.Status.REVOKED)
    mentor = f.mentor()
    f.supervision_session(mentor, [certified, started], held_on=datetime.date(2026, 3, 2), duration_minutes=90)
    f.supervision_session(mentor, [started], held_on=datetime.date(2025, 12, 1), duration_minutes=60)
    f.supervision_session(mentor, [idle], held_on=datetime.date(2026, 4, 1), confirmed=False)

    report = get_report(client, coordinator).context["report"]

    assert report.total.enrolled == 4
    assert report.total.trained == 2
    assert report.total.certified == 1
    assert report.total.active == 1
    assert report.total.supervision_hours == pytest.approx(3.0)
    [row] = report.places
    assert (row.municipality.name, row.service_area.code, row.cohorts) == ("Sodankylä", "north", 1)
    assert (row.enrolled, row.trained, row.certified, row.active) == (4, 2, 1, 1)


def test_completions_after_the_period_do_not_count_as_trained(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=1, activities=1)
    person = f.EnrolmentFactory(cohort=cohort_in("Inari", coordinator, course)).user
    finish(person, course, on=datetime.datetime(2027, 1, 2, 12, tzinfo=datetime.UTC))

    assert get_report(client, coordinator).context["report"].total.trained == 0
    assert get_report(client, coordinator, end="2027-01-31").context["report"].total.trained == 1


def test_module_rows_show_where_people_stop(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=3, activities=2)
    cohort = cohort_in("Rovaniemi", coordinator, course)
    first, second, third = course.modules.order_by("order")
    finished, stuck_in_second, stuck_in_first, never = (f.trainee() for _ in range(4))
    for person in (finished, stuck_in_second, stuck_in_first, never):
        f.EnrolmentFactory(cohort=cohort, user=person)
    finish(finished, course)
    for activity in first.activities.all():
        ActivityCompletion.objects.create(user=stuck_in_second, activity=activity)
    ActivityCompletion.objects.create(user=stuck_in_second, activity=second.activities.first())
    ActivityCompletion.objects.create(user=stuck_in_first, activity=first.activities.first())

    [course_rows] = get_report(client, coordinator).context["report"].courses

    assert (course_rows.enrolled, course_rows.trained, course_rows.not_started) == (4, 1, 1)
    rows = {row.module.pk: row for row in course_rows.modules}
    assert (rows[first.pk].reached, rows[first.pk].completed, rows[first.pk].stopped_here) == (3, 2, 1)
    assert (rows[second.pk].reached, rows[second.pk].completed, rows[second.pk].stopped_here) == (2, 1, 1)
    assert (rows[third.pk].reached, rows[third.pk].completed, rows[third.pk].stopped_here) == (1, 1, 0)
    assert rows[first.pk].completion_percent == 50
    assert rows[second.pk].stopped_percent == 25


def test_only_people_whose_current_certificate_is_in_force_with_supervision_up_to_date_are_in_good_standing(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=1, activities=1)
    f.supervision_requirement(course, sessions_per_period=1, period_months=3)
    cohort = cohort_in("Kittilä", coordinator, course)
    renewed, expired, suspended, overdue, supervised = people = [f.trainee() for _ in range(5)]
    for person in people:
        f.EnrolmentFactory(cohort=cohort, user=person)
    f.certificate(renewed, course, issued_on=datetime.date(2025, 12, 1), status=Certificate.Status.SUPERSEDED)
    f.certificate(renewed, course, issued_on=datetime.date(2026, 11, 1))
    f.certificate(expired, course, issued_on=datetime.date(2024, 1, 1), valid_for_days=365)
    f.certificate(suspended, course, issued_on=datetime.date(2026, 11, 1), status=Certificate.Status.SUSPENDED)
    f.certificate(overdue, course, issued_on=datetime.date(2026, 3, 1))
    f.certificate(supervised, course, issued_on=datetime.date(2026, 3, 1))
    f.supervision_session(f.mentor(), [renewed, supervised], held_on=datetime.date(2026, 10, 1))

    report = get_report(client, coordinator, end="2026-11-30").context["report"]

    assert (report.total.enrolled, report.total.certified, report.total.active) == (5, 5, 2)


def test_a_module_without_required_activities_counts_as_completed_by_everyone(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=2, activities=1)
    first, optional = course.modules.order_by("order")
    optional.activities.update(is_required=False)
    cohort = cohort_in("Kemi", coordinator, course)
    finished, never = f.trainee(), f.trainee()
    for person in (finished, never):
        f.EnrolmentFactory(cohort=cohort, user=person)
    finish(finished, course)

    [course_rows] = get_report(client, coordinator).context["report"].courses

    assert (course_rows.enrolled, course_rows.trained, course_rows.not_started) == (2, 1, 1)
    rows = {row.module.pk: row for row in course_rows.modules}
    assert (rows[first.pk].reached, rows[first.pk].completed, rows[first.pk].stopped_here) == (1, 1, 0)
    assert (rows[optional.pk].reached, rows[optional.pk].completed, rows[optional.pk].stopped_here) == (1, 2, 0)


def test_a_coordinator_sees_only_the_service_areas_of_the_cohorts_they_follow(client):
    coordinator, other = f.coordinator(), f.coordinator()
    course = f.course_with_modules(modules=1, activities=1)
    f.EnrolmentFactory(cohort=cohort_in("Inari", coordinator, course))
    f.EnrolmentFactory(cohort=cohort_in("Kemi", other, course))
    f.EnrolmentFactory(cohort=cohort_in("Kemi", other, course))

    response = get_report(client, coordinator)

    report = response.context["report"]
    assert [row.municipality.name for row in report.places] == ["Inari"]
    assert report.total.enrolled == 1
    offered = [str(choice[1]) for choice in response.context["form"].fields["service_area"].choices]
    assert "Pohjoinen palvelualue" in offered
    assert "Läntinen palvelualue" not in offered
    west = ServiceArea.objects.get(code="west")
    refused = get_report(client, coordinator, service_area=west.pk)
    assert refused.status_code == 400
    assert refused.context["report"] is None


def test_an_administrator_sees_every_area_and_can_narrow_to_one_municipality(client):
    course = f.course_with_modules(modules=1, activities=1)
    f.EnrolmentFactory(cohort=cohort_in("Inari", f.coordinator(), course))
    f.EnrolmentFactory(cohort=cohort_in("Kemi", f.coordinator(), course))
    admin = f.administrator()

    assert [r.municipality.name for r in get_report(client, admin).context["report"].places] == ["Kemi", "Inari"]
    kemi = f.municipality("Kemi")
    narrowed = get_report(client, admin, municipality=kemi.pk).context["report"]
    assert [r.municipality.name for r in narrowed.places] == ["Kemi"]


def test_cohorts_outside_the_period_are_left_out(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=1, activities=1)
    f.EnrolmentFactory(cohort=cohort_in("Inari", coordinator, course))

    report = get_report(client, coordinator, start="2027-01-01", end="2027-12-31").context["report"]
    assert report.places == []
    assert report.total.enrolled == 0


def test_the_report_without_parameters_covers_the_last_year(client):
    client.force_login(f.coordinator())
    period = client.get(URL).context["report"].period
    today = timezone.localdate()
    assert (period.start, period.end) == (today - datetime.timedelta(days=364), today)


@pytest.mark.parametrize(
    "params, field, message",
    [
        ({"start": "2026-12-31", "end": "2026-01-01"}, "end", "Jakson loppu ei voi olla ennen sen alkua."),
        ({"start": "31.2.2026"}, "start", "Syötä oikea päivämäärä."),
        ({"end": ""}, "end", "Tämä kenttä vaaditaan."),
        ({"start": "2000-01-01", "end": "2026-01-01"}, "end", "Raportti kattaa enintään kymmenen vuotta."),
    ],
)
def test_bad_periods_are_refused_with_a_message_in_finnish(client, params, field, message):
    response = get_report(client, f.coordinator(), **params)
    assert response.status_code == 400
    assert any(message in error for error in response.context["form"].errors[field])
    assert message in response.content.decode()


def test_a_municipality_outside_the_chosen_service_area_is_refused(client):
    admin = f.administrator()
    north = ServiceArea.objects.get(code="north")
    response = get_report(client, admin, service_area=north.pk, municipality=f.municipality("Kemi").pk)
    assert response.status_code == 400
    assert "Kemi ei ole alueella Pohjoinen palvelualue." in response.content.decode()


def test_the_report_is_in_swedish_for_a_swedish_speaker(client):
    coordinator = f.coordinator(preferred_language="sv")
    client.force_login(coordinator)
    response = client.get(URL, {**PERIOD, "end": "x"}, HTTP_ACCEPT_LANGUAGE="sv")
    assert "Programrapport" in response.content.decode()


def build(coordinator, cohorts, trainees_per_cohort, course):
    mentor = f.mentor()
    for index in range(cohorts):
        cohort = cohort_in(["Inari", "Kemi", "Rovaniemi"][index % 3], coordinator, course)
        for _ in range(trainees_per_cohort):
            person = f.trainee()
            f.EnrolmentFactory(cohort=cohort, user=person)
            ActivityCompletion.objects.create(user=person, activity=course.modules.first().activities.first())
            f.certificate(person, course, issued_on=datetime.date(2026, 6, 1))
            f.supervision_session(mentor, [person], held_on=datetime.date(2026, 3, 2))


def test_the_report_takes_the_same_number_of_queries_for_more_trainees_and_cohorts(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=2, activities=2)
    client.force_login(coordinator)
    build(coordinator, cohorts=1, trainees_per_cohort=2, course=course)
    few = count_queries(client.get, URL, PERIOD)
    build(coordinator, cohorts=4, trainees_per_cohort=5, course=f.course_with_modules(modules=3, activities=2))
    many = count_queries(client.get, URL, PERIOD)
    assert client.get(URL, PERIOD).context["report"].total.enrolled == 22
    assert many == few
