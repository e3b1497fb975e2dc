import datetime

import pytest
from django.urls import reverse

from courses.models import ActivityCompletion, CourseFeedback
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

REPORT = reverse("reports:programme")
PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}


def cohort_for(coordinator=None, course=None):
    return f.CohortFactory(
        course=course or f.course_with_modules(modules=1, activities=2),
        coordinators=[coordinator] if coordinator else [],
        start_date=datetime.date(2026, 2, 1),
        end_date=datetime.date(2026, 6, 30),
    )


def graduate(cohort):
    person = f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=person)
    for module in cohort.course.modules.all():
        for activity in module.activities.all():
            ActivityCompletion.objects.create(user=person, activity=activity)
    return person


def answer(client, person, course, **data):
    client.force_login(person)
    return client.post(reverse("courses:course_feedback", args=[course.pk]), data)


def test_the_course_page_offers_the_survey_once_the_course_is_done(client):
    cohort = cohort_for()
    person = graduate(cohort)
    client.force_login(person)
    page = client.get(reverse("courses:course", args=[cohort.course.pk])).content.decode()
    assert "Millainen koulutus oli?" in page
    assert 'name="recommend"' in page
    assert 'maxlength="2000"' in page


def test_the_survey_is_not_offered_before_the_course_is_done(client):
    cohort = cohort_for()
    person = f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=person)
    client.force_login(person)
    page = client.get(reverse("courses:course", args=[cohort.course.pk])).content.decode()
    assert "Millainen koulutus oli?" not in page
    response = answer(client, person, cohort.course, recommend=9)
    assert response.status_code == 400
    assert "Palautekysely avautuu, kun olet suorittanut kurssin." in response.content.decode()
    assert not CourseFeedback.objects.exists()


def test_a_trainee_answers_once_and_the_page_thanks_them(client):
    cohort = cohort_for()
    person = graduate(cohort)

    response = answer(client, person, cohort.course, recommend=9, comment="Hyvä koulutus.")
    assert response.status_code == 302
    feedback = CourseFeedback.objects.get()
    assert (feedback.user, feedback.cohort, feedback.recommend, feedback.comment) == (
        person,
        cohort,
        9,
        "Hyvä koulutus.",
    )
    page = client.get(response["Location"]).content.decode()
    assert "Kiitos palautteestasi." in page
    assert "Kiitos: vastasit palautekyselyyn" in page
    assert 'name="recommend"' not in page

    again = answer(client, person, cohort.course, recommend=0, comment="Toinen kerta")
    assert again.status_code == 400
    assert CourseFeedback.objects.get().recommend == 9


@pytest.mark.parametrize(
    "data, message",
    [
        ({"recommend": "11"}, "Valitse oikea vaihtoehto."),
        ({"recommend": "-1"}, "Valitse oikea vaihtoehto."),
        ({"recommend": "kymmenen"}, "Valitse oikea vaihtoehto."),
        ({}, "Tämä kenttä vaaditaan."),
        ({"recommend": "8", "comment": "a" * 2001}, "Tämän arvon tulee olla enintään 2000 merkkiä pitkä"),
    ],
)
def test_bad_answers_are_refused_with_a_message_and_the_text_is_kept(client, data, message):
    cohort = cohort_for()
    person = graduate(cohort)
    response = answer(client, person, cohort.course, **data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    if "comment" in data:
        assert data["comment"] in page
    assert not CourseFeedback.objects.exists()


def test_a_person_not_enrolled_cannot_answer(client):
    cohort = cohort_for()
    response = answer(client, f.trainee(), cohort.course, recommend=10)
    assert response.status_code == 403
    assert not CourseFeedback.objects.exists()


def give(cohort, recommend, comment=""):
    CourseFeedback.objects.create(
        user=graduate(cohort), course=cohort.course, cohort=cohort, recommend=recommend, comment=comment
    )


def test_the_report_counts_nps_per_cohort(client):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=1, activities=1)
    first, second = cohort_for(coordinator, course), cohort_for(coordinator, course)
    for score in (10, 9, 9, 8, 7, 6, 3, 0):
        give(first, score)
    for score in (10, 9, 9, 2):
        give(second, score)
    graduate(second)  # enrolled, no answer
    client.force_login(coordinator)

    report = client.get(REPORT, PERIOD).context["report"]

    rows = {row.cohort: row for row in report.feedback}
    assert (rows[first].nps.answers, rows[first].nps.score) == (8, 0)
    assert (rows[second].enrolled, rows[second].nps.answers) == (5, 4)
    assert rows[second].nps.score == pytest.approx(100 * (3 - 1) / 4)
    assert report.feedback_total.score == pytest.approx(100 * (6 - 4) / 12)


def test_coordinators_read_the_written_feedback_without_names(client):
    coordinator = f.coordinator()
    cohort = cohort_for(coordinator)
    give(cohort, 8, "Enemmän harjoituksia, kiitos.")
    client.force_login(coordinator)
    response = client.get(REPORT, PERIOD)
    page = response.content.decode()
    assert "Enemmän harjoituksia, kiitos." in page
    feedback = CourseFeedback.objects.get()
    assert feedback.user.last_name not in page


def test_written_feedback_of_cohorts_a_coordinator_does_not_follow_stays_hidden(client):
    give(cohort_for(f.coordinator()), 2, "Salainen palaute.")
    client.force_login(f.coordinator())
    assert "Salainen palaute." not in client.get(REPORT, PERIOD).content.decode()


@pytest.mark.parametrize("role", ["trainee", "mentor", "trainer"])
def test_trainees_mentors_and_trainers_cannot_read_the_written_feedback(client, role):
    cohort = cohort_for()
    give(cohort, 2, "Salainen palaute.")
    person = getattr(f, role)()
    if role == "trainer":
        cohort.trainers.add(person)
    client.force_login(person)
    for url in (
        REPORT,
        reverse("reports:export", args=["comments", "csv"]),
        reverse("reports:export", args=["all", "xlsx"]),
    ):
        response = client.get(url, PERIOD)
        assert response.status_code == 403
        assert "Salainen palaute." not in response.content.decode()


def test_feedback_takes_the_same_number_of_queries_for_more_cohorts_and_answers(client):
    coordinator = f.coordinator()
    client.force_login(coordinator)
    give(cohort_for(coordinator), 9, "Yksi")
    few = count_queries(client.get, REPORT, PERIOD)
    for _ in range(3):
        cohort = cohort_for(coordinator)
        for score in (1, 5, 10):
            give(cohort, score, f"Palaute {score}")
    assert count_queries(client.get, REPORT, PERIOD) == few
