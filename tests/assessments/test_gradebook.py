import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import services
from assessments.models import Attempt
from tests import factories as f
from tests.utils import count_queries

from .conftest import all_right

pytestmark = pytest.mark.django_db


def graded(world, user, answers):
    attempt = services.start_attempt(world.assessment, user)
    services.save_answers(attempt, user, answers(attempt))
    attempt, _ = services.submit_attempt(attempt, user)
    for item in attempt.items.filter(question__kind__in=["essay", "competency"]):
        services.grade_item(item, world.administrator, item.question.points)
    attempt.refresh_from_db()
    return attempt


def test_the_gradebook_shows_the_best_result_attempts_and_pending_grading(client, world):
    graded(world, world.trainee, lambda attempt: {})
    best = graded(world, world.trainee, lambda attempt: all_right(world, attempt))
    services.submit_attempt(services.start_attempt(world.assessment, world.other_trainee))
    client.force_login(world.trainer)
    response = client.get(reverse("assessments:gradebook", args=[world.cohort.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<a href="{best.get_absolute_url()}">100,0 %</a>' in page
    assert "2 yritystä" in page and "1 odottaa arviointia" in page and "Läpäisty" in page


def test_the_cohort_page_links_to_the_gradebook(client, world):
    client.force_login(world.coordinator)
    page = client.get(reverse("courses:cohort", args=[world.cohort.pk])).content.decode()
    assert reverse("assessments:gradebook", args=[world.cohort.pk]) in page


def test_the_gradebook_submits_attempts_whose_time_ran_out(client, world):
    attempt = services.start_attempt(world.assessment, world.trainee)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    client.force_login(world.coordinator)
    client.get(reverse("assessments:gradebook", args=[world.cohort.pk]))
    attempt.refresh_from_db()
    assert not attempt.is_open and attempt.was_submitted_automatically


def test_the_csv_export_has_a_row_per_trainee_with_the_best_result(client, world):
    graded(world, world.trainee, lambda attempt: all_right(world, attempt))
    client.force_login(world.coordinator)
    response = client.get(reverse("assessments:gradebook_csv", args=[world.cohort.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Koulutettava",
        "Sähköposti",
        "Tietovisa: paras tulos (%)",
        "Tietovisa: läpäisty",
        "Tietovisa: yrityksiä",
        "Tietovisa: odottaa arviointia",
    ]
    by_email = {row[1]: row for row in rows[1:]}
    assert by_email[world.trainee.email][2:] == ["100,0", "kyllä", "1", "0"]
    assert by_email[world.other_trainee.email][2:] == ["", "ei", "0", "0"]


def test_the_csv_export_neutralises_formulas_in_names(client, world):
    world.trainee.first_name = "=HYPERLINK(1)"
    world.trainee.save()
    client.force_login(world.coordinator)
    content = client.get(reverse("assessments:gradebook_csv", args=[world.cohort.pk])).content.decode()
    assert "'=HYPERLINK(1)" in content


@pytest.mark.parametrize("name", ["assessments:gradebook", "assessments:gradebook_csv"])
@pytest.mark.parametrize(
    "role, expected",
    [
        ("trainer", 200),
        ("coordinator", 200),
        ("administrator", 200),
        ("other_trainer", 404),
        ("mentor", 403),
        ("trainee", 403),
        (None, 302),
    ],
)
def test_gradebook_access_per_role(client, world, name, role, expected):
    if role:
        client.force_login(getattr(world, role))
    assert client.get(reverse(name, args=[world.cohort.pk])).status_code == expected


def test_the_gradebook_makes_the_same_number_of_queries_for_one_and_twenty_trainees(client, world):
    for _index in range(2):
        f.assessment(module=world.assessment.activity.module, bank=world.assessment.bank)
    graded(world, world.trainee, lambda attempt: all_right(world, attempt))
    client.force_login(world.trainer)
    url = reverse("assessments:gradebook", args=[world.cohort.pk])
    csv_url = reverse("assessments:gradebook_csv", args=[world.cohort.pk])
    few, few_csv = count_queries(client.get, url), count_queries(client.get, csv_url)
    for _ in range(20):
        person = f.trainee()
        f.EnrolmentFactory(cohort=world.cohort, user=person)
        graded(world, person, lambda attempt: {})
    assert count_queries(client.get, url) == few
    assert count_queries(client.get, csv_url) == few_csv


def test_the_gradebook_selector_reads_in_three_queries(world, django_assert_num_queries):
    from assessments.selectors import gradebook

    for _ in range(5):
        person = f.trainee()
        f.EnrolmentFactory(cohort=world.cohort, user=person)
        graded(world, person, lambda attempt: {})
    with django_assert_num_queries(3):
        book = gradebook(world.cohort)
    assert len(book.rows) == 7 and book.rows[0].cells[0].attempts in (0, 1)
    assert sum(cell.attempts for row in book.rows for cell in row.cells) == 5
    assert all(isinstance(row.cells[0].best.percent, Decimal) for row in book.rows if row.cells[0].best)
