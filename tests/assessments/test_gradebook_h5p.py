import csv
import io
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from courses.models import Activity, Enrolment
from h5p import services as h5p_services
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db


class _Table(HTMLParser):
    """The gradebook table as text: one list of cell texts per row, the header row first."""

    def __init__(self):
        super().__init__()
        self.rows, self._cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(" ".join(" ".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def table(response):
    parser = _Table()
    parser.feed(response.content.decode())
    return parser.rows


def page_rows(client, world):
    """{row heading: cells} of the gradebook page; the whole header row under ""."""
    header, *rows = table(client.get(reverse("assessments:gradebook", args=[world.cohort.pk])))
    return {"": header, **{row[0]: row[1:] for row in rows}}


def csv_rows(client, world):
    response = client.get(reverse("assessments:gradebook_csv", args=[world.cohort.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    return rows[0], {row[1]: row for row in rows[1:]}


def play(user, activity, *results):
    """Record one finished try per result, as the player reports it: a scaled score, or an xAPI verb."""
    for result in results:
        statement = (
            f.xapi_statement(verb=result, completion=True)
            if isinstance(result, str)
            else f.xapi_statement(scaled=result)
        )
        h5p_services.record_xapi_statement(user, activity, statement)


@pytest.fixture
def exercise(world):
    """A scored H5P activity after the quiz in the same module, pass mark 80 %."""
    return f.h5p_activity(
        module=world.assessment.activity.module,
        order=world.assessment.activity.order + 1,
        title={"fi": "Harjoitus", "en": "Exercise"},
    )


@pytest.fixture
def trainer_client(client, world):
    client.force_login(world.trainer)
    return client


def test_a_trainees_best_h5p_try_appears_in_the_gradebook_page(trainer_client, world, exercise):
    play(world.trainee, exercise, 0.4, 0.9, 0.6)
    rows = page_rows(trainer_client, world)
    assert rows[""] == ["Koulutettava", "Tietovisa", "Harjoitus H5P"]
    assert rows[str(world.trainee)][1] == "90 % Läpäisty 3 yritystä"


def test_a_trainees_best_h5p_try_appears_in_the_csv_export(trainer_client, world, exercise):
    play(world.trainee, exercise, 0.4, 0.9, 0.6)
    header, by_email = csv_rows(trainer_client, world)
    assert header[6:] == ["Harjoitus: paras tulos (%)", "Harjoitus: läpäisty", "Harjoitus: yrityksiä"]
    assert by_email[world.trainee.email][6:] == ["90", "kyllä", "3"]


def test_a_trainee_who_only_failed_the_h5p_content_has_not_passed(trainer_client, world, exercise):
    play(world.other_trainee, exercise, 0.5, 0.7)
    assert page_rows(trainer_client, world)[str(world.other_trainee)][1] == "70 % Ei läpäisty 2 yritystä"
    _header, by_email = csv_rows(trainer_client, world)
    assert by_email[world.other_trainee.email][6:] == ["70", "ei", "2"]


def test_a_trainee_without_h5p_tries_shows_no_result(trainer_client, world, exercise):
    play(world.trainee, exercise, 0.9)
    assert page_rows(trainer_client, world)[str(world.other_trainee)][1] == "Ei aloitettu"
    _header, by_email = csv_rows(trainer_client, world)
    assert by_email[world.other_trainee.email][6:] == ["", "", "0"]


def test_the_h5p_grade_is_a_passed_try_before_a_higher_failed_one(trainer_client, world, exercise):
    h5p_services.set_pass_threshold(exercise.h5p_content, Decimal("0.50"))
    play(world.trainee, exercise, 0.6)
    h5p_services.set_pass_threshold(exercise.h5p_content, Decimal("0.90"))
    play(world.trainee, exercise, 0.7)
    assert page_rows(trainer_client, world)[str(world.trainee)][1] == "60 % Läpäisty 2 yritystä"


def test_unscored_h5p_content_shows_done_or_not_done(trainer_client, world, exercise):
    play(world.trainee, exercise, "completed")
    play(world.other_trainee, exercise, "failed")
    rows = page_rows(trainer_client, world)
    assert rows[str(world.trainee)][1] == "Tehty 1 yritys"
    assert rows[str(world.other_trainee)][1] == "Ei tehty 1 yritys"
    _header, by_email = csv_rows(trainer_client, world)
    assert by_email[world.trainee.email][6:] == ["", "tehty", "1"]
    assert by_email[world.other_trainee.email][6:] == ["", "ei tehty", "1"]


def test_the_gradebook_lists_graded_activities_in_course_order(trainer_client, world, exercise):
    later = f.ModuleFactory(course=world.course, order=2)
    f.h5p_activity(module=later, order=0, title={"fi": "Loppuharjoitus"})
    f.ActivityFactory(module=later, order=1, kind=Activity.Kind.TEXT, title={"fi": "Lukemista"})
    first = f.ModuleFactory(course=world.course, order=0)
    f.h5p_activity(module=first, order=5, title={"fi": "Alkuharjoitus"})
    assert page_rows(trainer_client, world)[""] == [
        "Koulutettava",
        "Alkuharjoitus H5P",
        "Tietovisa",
        "Harjoitus H5P",
        "Loppuharjoitus H5P",
    ]
    header, _rows = csv_rows(trainer_client, world)
    assert [name for name in header if name.endswith(": yrityksiä")] == [
        "Alkuharjoitus: yrityksiä",
        "Tietovisa: yrityksiä",
        "Harjoitus: yrityksiä",
        "Loppuharjoitus: yrityksiä",
    ]


def test_an_h5p_activity_without_its_package_is_not_in_the_gradebook(trainer_client, world, exercise):
    f.ActivityFactory(module=exercise.module, kind=Activity.Kind.H5P, title={"fi": "Kesken"})
    assert page_rows(trainer_client, world)[""] == ["Koulutettava", "Tietovisa", "Harjoitus H5P"]


def test_h5p_tries_in_another_course_stay_out_of_the_gradebook(trainer_client, world, exercise):
    elsewhere = f.h5p_activity(title={"fi": "Muu kurssi"})
    play(world.trainee, elsewhere, 1.0)
    rows = page_rows(trainer_client, world)
    assert "Muu kurssi H5P" not in rows[""]
    assert rows[str(world.trainee)][1] == "Ei aloitettu"


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
        ("outsider", 403),
        (None, 302),
    ],
)
def test_h5p_results_in_the_gradebook_per_role(client, world, exercise, name, role, expected):
    play(world.trainee, exercise, 0.87)
    if role:
        client.force_login(getattr(world, role))
    response = client.get(reverse(name, args=[world.cohort.pk]))
    assert response.status_code == expected
    body = response.content.decode()
    assert ("87 %" in body or ";87;kyllä;" in body) is (expected == 200)


def add_trainees(world, exercises, count):
    for _ in range(count):
        person = f.trainee()
        f.EnrolmentFactory(cohort=world.cohort, user=person)
        for activity in exercises:
            play(person, activity, 0.5, "completed")


def test_the_gradebook_with_h5p_makes_the_same_queries_for_one_and_twenty_trainees(trainer_client, world, exercise):
    Enrolment.objects.filter(cohort=world.cohort).exclude(user=world.trainee).delete()
    play(world.trainee, exercise, 0.9)
    url = reverse("assessments:gradebook", args=[world.cohort.pk])
    csv_url = reverse("assessments:gradebook_csv", args=[world.cohort.pk])
    one, one_csv = count_queries(trainer_client.get, url), count_queries(trainer_client.get, csv_url)
    add_trainees(world, [exercise], 19)
    assert world.cohort.enrolments.count() == 20
    assert count_queries(trainer_client.get, url) == one
    assert count_queries(trainer_client.get, csv_url) == one_csv


def test_the_gradebook_makes_the_same_queries_for_one_and_several_h5p_activities(trainer_client, world, exercise):
    add_trainees(world, [exercise], 3)
    url = reverse("assessments:gradebook", args=[world.cohort.pk])
    csv_url = reverse("assessments:gradebook_csv", args=[world.cohort.pk])
    one, one_csv = count_queries(trainer_client.get, url), count_queries(trainer_client.get, csv_url)
    more = [f.h5p_activity(module=exercise.module) for _ in range(4)]
    for enrolment in world.cohort.enrolments.all():
        for activity in more:
            play(enrolment.user, activity, 0.85)
    assert len(page_rows(trainer_client, world)[""]) == 1 + 1 + 5
    assert count_queries(trainer_client.get, url) == one
    assert count_queries(trainer_client.get, csv_url) == one_csv


def test_the_gradebook_selector_reads_assessments_and_h5p_in_four_queries(world, exercise, django_assert_num_queries):
    from assessments.selectors import gradebook

    second = f.h5p_activity(module=exercise.module, title={"fi": "Toinen"})
    add_trainees(world, [exercise, second], 5)
    with django_assert_num_queries(4):
        book = gradebook(world.cohort)
    assert [str(column) for column in book.columns] == ["Tietovisa", "Harjoitus", "Toinen"]
    grades = [cell for row in book.rows for column, cell in row.entries if column.is_h5p]
    assert len(grades) == 14 and sum(grade.attempts for grade in grades) == 20
    assert sum(grade.is_passed for grade in grades) == 10
