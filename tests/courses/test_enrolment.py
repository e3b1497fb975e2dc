import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.models import Enrolment
from tests import factories as f
from tests.utils import count_queries

pytestmark = pytest.mark.django_db

GOOD_CSV = (
    "email,first_name,last_name,municipality,phone\n"
    "aino.aikio@example.fi,Aino,Aikio,Inari,\n"
    "matti.magga@example.fi,Matti,Magga,758,040 1234567\n"
)


@pytest.fixture
def cohort():
    return f.CohortFactory(course=f.course_with_modules(modules=2))


def upload(client, cohort, text, name="people.csv"):
    return client.post(
        reverse("courses:cohort_enrol_csv", args=[cohort.pk]),
        {"file": SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")},
    )


def test_trainer_enrols_a_cohort_from_csv(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    client.force_login(user)
    response = upload(client, cohort, GOOD_CSV)
    assert response.status_code == 302
    enrolled = Enrolment.objects.filter(cohort=cohort).select_related("user")
    assert sorted(e.user.email for e in enrolled) == ["aino.aikio@example.fi", "matti.magga@example.fi"]
    matti = get_user_model().objects.get(email="matti.magga@example.fi")
    assert matti.municipality.name == "Sodankylä"
    assert matti.has_role("trainee")
    assert not matti.has_usable_password()


def test_csv_with_semicolons_from_a_spreadsheet_is_read(client, cohort):
    user = f.coordinator()
    cohort.coordinators.add(user)
    client.force_login(user)
    response = upload(client, cohort, "\ufeffemail;first_name;last_name\nsaara@example.fi;Saara;Sara\n")
    assert response.status_code == 302
    assert cohort.enrolments.count() == 1


def test_csv_with_bad_rows_is_refused_whole_with_an_error_per_row(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    client.force_login(user)
    people_before = get_user_model().objects.count()
    text = (
        "email,first_name,last_name,municipality\n"
        "ok@example.fi,Oona,Ok,Kemi\n"
        "not-an-address,Bad,Mail,\n"
        "ok@example.fi,Oona,Twice,\n"
        "noname@example.fi,,,\n"
        "where@example.fi,Wilma,Where,Atlantis\n"
    )
    response = upload(client, cohort, text)
    assert response.status_code == 400
    page = response.content.decode()
    for line in (3, 4, 5, 6):
        assert f"{line}:" in page
    assert "Atlantis" in page and "not-an-address" in page
    assert cohort.enrolments.count() == 0
    assert get_user_model().objects.count() == people_before


def test_csv_without_the_required_columns_is_refused(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    client.force_login(user)
    response = upload(client, cohort, "name,mail\nAino,aino@example.fi\n")
    assert response.status_code == 400
    assert "first_name" in response.content.decode()
    assert cohort.enrolments.count() == 0


def test_csv_that_is_not_utf8_is_refused(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    client.force_login(user)
    response = client.post(
        reverse("courses:cohort_enrol_csv", args=[cohort.pk]),
        {"file": SimpleUploadedFile("p.csv", "email,first_name,last_name\nä@x.fi,Ä,Ö\n".encode("utf-16"))},
    )
    assert response.status_code == 400
    assert cohort.enrolments.count() == 0


def test_enrolling_an_existing_person_again_changes_nothing(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    client.force_login(user)
    upload(client, cohort, GOOD_CSV)
    upload(client, cohort, GOOD_CSV)
    assert cohort.enrolments.count() == 2


def test_csv_finds_an_existing_person_whatever_the_case_of_their_address(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    existing = f.UserFactory(email="Aino.Aikio@Example.fi")
    people_before = get_user_model().objects.count()
    client.force_login(user)
    response = upload(client, cohort, GOOD_CSV)
    assert response.status_code == 302
    assert get_user_model().objects.count() == people_before + 1  # only Matti is new
    assert cohort.enrolments.filter(user=existing).exists()


def test_csv_finds_a_person_whose_user_name_is_the_address(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    existing = f.UserFactory(username="matti.magga@example.fi", email="")
    client.force_login(user)
    response = upload(client, cohort, GOOD_CSV)
    assert response.status_code == 302
    assert cohort.enrolments.filter(user=existing).exists()
    assert cohort.enrolments.count() == 2


def test_enrolling_by_an_address_that_is_a_user_name_uses_that_account(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    existing = f.UserFactory(username="pekka@example.fi", email="")
    client.force_login(user)
    response = client.post(reverse("courses:cohort_enrol", args=[cohort.pk]), {"email": "Pekka@example.fi"})
    assert response.status_code == 302
    assert cohort.enrolments.get().user == existing


def test_trainer_enrols_one_person_by_email(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    existing = f.UserFactory(email="kaisa@example.fi")
    client.force_login(user)
    response = client.post(reverse("courses:cohort_enrol", args=[cohort.pk]), {"email": "KAISA@example.fi"})
    assert response.status_code == 302
    assert cohort.enrolments.get().user == existing


def test_enrolling_a_new_address_without_a_name_is_refused_and_keeps_the_input(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    client.force_login(user)
    response = client.post(reverse("courses:cohort_enrol", args=[cohort.pk]), {"email": "uusi@example.fi"})
    assert response.status_code == 400
    assert 'value="uusi@example.fi"' in response.content.decode()
    assert cohort.enrolments.count() == 0


def test_enrol_form_refuses_a_malformed_address(client, cohort):
    user = f.trainer()
    cohort.trainers.add(user)
    client.force_login(user)
    response = client.post(
        reverse("courses:cohort_enrol", args=[cohort.pk]), {"email": "nope", "first_name": "A", "last_name": "B"}
    )
    assert response.status_code == 400
    assert cohort.enrolments.count() == 0


@pytest.mark.parametrize(
    "make_user,status",
    [
        (f.trainee, 403),
        (f.mentor, 403),
        (f.trainer, 404),
        (f.coordinator, 404),
        (f.administrator, 200),
    ],
)
def test_cohort_page_is_for_its_own_trainers_and_coordinators(client, cohort, make_user, status):
    client.force_login(make_user())
    assert client.get(reverse("courses:cohort", args=[cohort.pk])).status_code == status


@pytest.mark.parametrize("make_user,status", [(f.trainee, 403), (f.mentor, 403), (f.trainer, 404)])
def test_people_outside_the_cohort_cannot_enrol_into_it(client, cohort, make_user, status):
    client.force_login(make_user())
    response = upload(client, cohort, GOOD_CSV)
    assert response.status_code == status
    assert cohort.enrolments.count() == 0


@pytest.mark.parametrize(
    "make_user,status",
    [
        (f.trainee, 403),
        (f.mentor, 403),
        (f.trainer, 200),
        (f.coordinator, 200),
        (f.administrator, 200),
    ],
)
def test_cohort_list_per_role(client, make_user, status):
    client.force_login(make_user())
    assert client.get(reverse("courses:cohorts")).status_code == status


def test_cohort_list_shows_only_my_cohorts(client, cohort):
    mine = f.CohortFactory(name="Muonio kevät")
    user = f.coordinator()
    mine.coordinators.add(user)
    client.force_login(user)
    page = client.get(reverse("courses:cohorts")).content.decode()
    assert "Muonio kevät" in page and cohort.name not in page


def test_cohort_page_query_count_does_not_grow_with_trainees(client):
    counts = []
    for size in (1, 30):
        cohort = f.CohortFactory(course=f.course_with_modules(modules=3))
        for _ in range(size):
            f.EnrolmentFactory(cohort=cohort)
        user = f.trainer()
        cohort.trainers.add(user)
        client.force_login(user)
        url = reverse("courses:cohort", args=[cohort.pk])
        client.get(url)
        counts.append(count_queries(client.get, url))
    assert counts[0] == counts[1], counts
