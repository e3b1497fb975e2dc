import csv
import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from courses.models import CourseFeedback
from tests import factories as f
from tests.reports.test_feedback import cohort_for, graduate
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

PERIOD = {"start": "2026-01-01", "end": "2026-12-31"}


def url(table, extension):
    return reverse("reports:export", args=[table, extension])


@pytest.fixture
def coordinator_with_data(client):
    coordinator = f.coordinator()
    cohort = cohort_for(coordinator)
    for score in (10, 3):
        person = graduate(cohort)
        CourseFeedback.objects.create(
            user=person, course=cohort.course, cohort=cohort, recommend=score, comment=f"=1+{score}"
        )
    f.supervision_session(f.mentor(), [person], held_on=datetime.date(2026, 3, 2), duration_minutes=90)
    client.force_login(coordinator)
    return coordinator


def read_csv(response):
    data = response.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_the_municipality_table_downloads_as_csv_for_finnish_excel(client, coordinator_with_data):
    response = client.get(url("places", "csv"), PERIOD)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="programme-report-places-2026-01-01-2026-12-31.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0][:4] == ["Palvelualue", "Kunta", "Koulutusryhmät", "Ilmoittautuneet"]
    assert rows[1] == ["Pohjoinen palvelualue", "Sodankylä", "1", "2", "2", "0", "0", "1,5"]
    assert rows[2][0] == "Yhteensä"


def test_written_feedback_downloads_with_formulas_kept_as_text(client, coordinator_with_data):
    rows = read_csv(client.get(url("comments", "csv"), PERIOD))
    assert sorted(row[3] for row in rows[1:]) == ["'=1+10", "'=1+3"]


def test_the_whole_report_downloads_as_an_xlsx_workbook(client, coordinator_with_data):
    response = client.get(url("all", "xlsx"), PERIOD)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Kunnat", "Moduulit", "Kysymykset", "Palaute", "Kirjallinen palaute"]
    places = [[cell.value for cell in row] for row in workbook["Kunnat"].iter_rows()]
    assert places[1][:4] == ["Pohjoinen palvelualue", "Sodankylä", 1, 2]
    assert places[1][7] == pytest.approx(1.5)
    feedback = [[cell.value for cell in row] for row in workbook["Palaute"].iter_rows()]
    assert feedback[1][2:7] == [2, 1, 0, 1, 0]
    comments = workbook["Kirjallinen palaute"]
    assert {row[3].value for row in comments.iter_rows(min_row=2)} == {"'=1+10", "'=1+3"}
    assert {row[3].data_type for row in comments.iter_rows(min_row=2)} == {"s"}


@pytest.mark.parametrize("table", ["places", "modules", "questions", "feedback", "comments"])
def test_every_table_downloads_as_csv_and_xlsx(client, coordinator_with_data, table):
    assert read_csv(client.get(url(table, "csv"), PERIOD))
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(url(table, "xlsx"), PERIOD).content)).active
    assert sheet.max_row >= 1


def test_an_unknown_table_or_format_is_not_found(client, coordinator_with_data):
    assert client.get(url("people", "csv"), PERIOD).status_code == 404
    assert client.get(url("places", "pdf"), PERIOD).status_code == 404
    assert client.get(url("all", "csv"), PERIOD).status_code == 404


def test_a_download_with_a_bad_period_is_refused_with_the_form(client, coordinator_with_data):
    response = client.get(url("places", "csv"), {"start": "2026-12-31", "end": "2026-01-01"})
    assert response.status_code == 400
    assert "Jakson loppu ei voi olla ennen sen alkua." in response.content.decode()


def test_a_download_takes_the_same_number_of_queries_for_more_cohorts(client, coordinator_with_data):
    few = count_queries(client.get, url("all", "xlsx"), PERIOD)
    for _ in range(3):
        cohort = cohort_for(coordinator_with_data)
        for _ in range(3):
            graduate(cohort)
    assert count_queries(client.get, url("all", "xlsx"), PERIOD) == few
