"""Every table of the programme report downloads as CSV and as XLSX with the same rows, for the roles and
service areas that may see it only, refuses bad filters with the form's message, and takes the same
number of queries however many people it counts."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from accounts.models import ServiceArea
from courses.models import CourseFeedback
from reports.exports import TABLES
from tests import factories as f
from tests.reports.test_feedback import graduate
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}
FORMATS = ("csv", "xlsx")


def url(table, extension):
    return reverse("reports:export", args=[table, extension])


def cohort_in(place, coordinator, course):
    return f.CohortFactory(
        course=course,
        municipality=f.municipality(place),
        coordinators=[coordinator],
        start_date=datetime.date(2026, 2, 1),
        end_date=datetime.date(2026, 6, 30),
    )


def people_in(cohort, count, mentor):
    from assessments.models import Assessment
    from assessments.services import save_answers, start_attempt, submit_attempt

    assessment = Assessment.objects.filter(activity__module__course=cohort.course).first()
    for number in range(count):
        person = graduate(cohort)
        if assessment is not None:
            question = assessment.bank.questions.get()
            attempt = start_attempt(assessment, person)
            options = list(question.options.order_by("pk"))
            save_answers(attempt, person, {question.pk: options[number % len(options)].pk})
            submit_attempt(attempt, person)
        CourseFeedback.objects.create(
            user=person, course=cohort.course, cohort=cohort, recommend=number % 11, comment=f"Palaute {number}"
        )
        f.supervision_session(mentor, [person], held_on=datetime.date(2026, 3, 2), duration_minutes=60)
        f.certificate(person, cohort.course, issued_on=datetime.date(2026, 6, 1))


def with_assessment(course):
    """A course whose one module has an assessment with a question, so the question table has a row."""
    module = course.modules.first()
    bank = f.QuestionBankFactory(module=module)
    f.choice_question(bank)
    return f.assessment(module=module, bank=bank)


@pytest.fixture
def followed(db):
    """A coordinator following a cohort in Inari (north); another coordinator's cohort in Kemi (west)."""
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=2, activities=1)
    with_assessment(course)
    mentor = f.mentor()
    people_in(cohort_in("Inari", coordinator, course), 3, mentor)
    people_in(cohort_in("Kemi", f.coordinator(), course), 2, mentor)
    return coordinator


def csv_rows(response):
    data = response.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def xlsx_rows(response):
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    return [["" if cell.value is None else cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("table", TABLES)
def test_each_table_has_the_same_rows_in_csv_and_xlsx(client, followed, table):
    client.force_login(followed)
    from_csv = csv_rows(client.get(url(table, "csv"), PERIOD))
    from_xlsx = xlsx_rows(client.get(url(table, "xlsx"), PERIOD))
    assert len(from_csv) >= 2, "a header and at least one row"
    assert from_csv[0] == [str(value) for value in from_xlsx[0]]
    assert len(from_csv) == len(from_xlsx)
    for text_row, typed_row in zip(from_csv[1:], from_xlsx[1:], strict=True):
        assert text_row[0] == str(typed_row[0])
        assert len(text_row) == len(typed_row)


def test_the_places_table_counts_only_what_the_coordinator_follows(client, followed):
    client.force_login(followed)
    rows = csv_rows(client.get(url("places", "csv"), PERIOD))
    assert [row[1] for row in rows[1:]] == ["Inari", ""]
    assert rows[1][2:8] == ["1", "3", "3", "3", "3", "3,0"]
    sheet = xlsx_rows(client.get(url("places", "xlsx"), PERIOD))
    assert [row[1] for row in sheet[1:]] == ["Inari", ""]
    assert sheet[1][2:8] == [1, 3, 3, 3, 3, pytest.approx(3.0)]


def test_the_written_feedback_download_holds_only_followed_cohorts(client, followed):
    client.force_login(followed)
    texts = {row[3] for row in csv_rows(client.get(url("comments", "csv"), PERIOD))[1:]}
    assert texts == {"Palaute 0", "Palaute 1", "Palaute 2"}


def test_an_administrator_downloads_every_area(client, followed):
    client.force_login(f.administrator())
    rows = csv_rows(client.get(url("places", "csv"), PERIOD))
    assert sorted(row[1] for row in rows[1:-1]) == ["Inari", "Kemi"]


def test_a_coordinator_following_nothing_downloads_empty_tables(client, followed):
    client.force_login(f.coordinator())
    rows = csv_rows(client.get(url("places", "csv"), PERIOD))
    assert rows[1:] == [["Yhteensä", "", "0", "0", "0", "0", "0", "0,0"]]
    assert csv_rows(client.get(url("comments", "csv"), PERIOD))[1:] == []


@pytest.mark.parametrize("role", ["trainee", "mentor", "trainer"])
@pytest.mark.parametrize("table", [*TABLES, "all"])
def test_trainees_mentors_and_trainers_download_no_table(client, followed, role, table):
    client.force_login(getattr(f, role)())
    for extension in FORMATS if table != "all" else ("xlsx",):
        response = client.get(url(table, extension), PERIOD)
        assert response.status_code == 403
        assert b"Inari" not in response.content


def test_a_visitor_is_asked_to_log_in_before_a_download(client, followed):
    response = client.get(url("places", "csv"), PERIOD)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


@pytest.mark.parametrize("extension", FORMATS)
def test_a_service_area_or_municipality_not_followed_is_refused(client, followed, extension):
    client.force_login(followed)
    west = ServiceArea.objects.get(code="west")
    for params in ({"service_area": west.pk}, {"municipality": f.municipality("Kemi").pk}):
        response = client.get(url("places", extension), {**PERIOD, **params})
        assert response.status_code == 400
        assert "Valitse oikea vaihtoehto." in response.content.decode()
        assert "Kemi</td>" not in response.content.decode()


@pytest.mark.parametrize(
    "params, message",
    [
        ({"service_area": "pohjoinen"}, "Valitse oikea vaihtoehto."),
        ({"municipality": "999999"}, "Valitse oikea vaihtoehto."),
        ({"municipality": "1 OR 1=1"}, "Valitse oikea vaihtoehto."),
        ({"start": "2026-02-30"}, "Syötä oikea päivämäärä."),
        ({"start": "x" * 5000}, "Syötä oikea päivämäärä."),
        ({"end": ""}, "Tämä kenttä vaaditaan."),
        ({"start": "2026-12-31", "end": "2026-01-01"}, "Jakson loppu ei voi olla ennen sen alkua."),
        ({"start": "1990-01-01", "end": "2026-12-31"}, "Raportti kattaa enintään kymmenen vuotta."),
    ],
)
def test_bad_filters_on_a_download_are_refused_with_a_message(client, followed, params, message):
    client.force_login(followed)
    for extension in FORMATS:
        response = client.get(url("modules", extension), {**PERIOD, **params})
        assert response.status_code == 400
        assert response["Content-Type"].startswith("text/html")
        assert message in response.content.decode()


def test_a_municipality_the_coordinator_follows_narrows_the_download(client, followed):
    client.force_login(followed)
    inari = f.municipality("Inari")
    rows = csv_rows(client.get(url("places", "csv"), {**PERIOD, "municipality": inari.pk}))
    assert [row[1] for row in rows[1:]] == ["Inari", ""]


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("extension", FORMATS)
def test_a_download_takes_the_same_number_of_queries_for_more_people(client, table, extension):
    coordinator = f.coordinator()
    course = f.course_with_modules(modules=2, activities=1)
    with_assessment(course)
    mentor = f.mentor()
    client.force_login(coordinator)
    people_in(cohort_in("Inari", coordinator, course), 2, mentor)
    few = count_queries(client.get, url(table, extension), PERIOD)
    people_in(cohort_in("Inari", coordinator, course), 6, mentor)
    people_in(cohort_in("Sodankylä", coordinator, course), 4, mentor)
    assert count_queries(client.get, url(table, extension), PERIOD) == few
