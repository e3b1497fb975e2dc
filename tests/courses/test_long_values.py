"""Values longer than their column, and NUL characters, get a row or field error and nothing is stored.

SQLite keeps any length, so these hold there only because the forms and the CSV reader check; on
PostgreSQL each of them was a server error before those checks.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.validators import validate_email
from django.urls import reverse

from courses.models import Enrolment
from tests import factories as f

pytestmark = pytest.mark.django_db


def address(length):
    """A valid e-mail address exactly `length` characters long (labels of at most 63 characters)."""
    local = "a" * 64
    domain_length = length - len(local) - 1 - len(".fi")
    labels = []
    while domain_length > 0:
        label = min(63, domain_length)
        if domain_length - label == 1:  # a lone character would be left for a label and its dot
            label -= 2
        labels.append("d" * label)
        domain_length -= label + 1
    email = f"{local}@{'.'.join(labels)}.fi"
    assert len(email) == length, (len(email), length)
    validate_email(email)
    return email


@pytest.fixture
def trainer_client(client):
    cohort = f.CohortFactory(course=f.course_with_modules(modules=1))
    user = f.trainer()
    cohort.trainers.add(user)
    client.force_login(user)
    client.cohort = cohort
    return client


def upload(client, text):
    return client.post(
        reverse("courses:cohort_enrol_csv", args=[client.cohort.pk]),
        {"file": SimpleUploadedFile("people.csv", text.encode("utf-8"), content_type="text/csv")},
    )


def enrol_one(client, **data):
    return client.post(reverse("courses:cohort_enrol", args=[client.cohort.pk]), data)


@pytest.mark.parametrize(
    "row, message",
    [
        (f"long@example.fi,{'N' * 300},Nimi,", "first_name"),
        (f"long@example.fi,Nimi,{'N' * 300},", "last_name"),
        ("long@example.fi,Nimi,Nimi," + "4" * 100, "phone"),
        ("nul@example.fi,Ni\x00mi,Nimi,", "NUL"),
        (f"{'a' * 64}@{'d' * 63}.{'d' * 63}.{'d' * 63}.{'d' * 63}.fi", "email"),
    ],
)
def test_csv_row_with_a_value_the_database_cannot_keep_is_refused_with_its_line(trainer_client, row, message):
    people_before = get_user_model().objects.count()
    response = upload(trainer_client, f"email,first_name,last_name,phone\nok@example.fi,Oona,Ok,\n{row}\n")
    assert response.status_code == 400
    page = response.content.decode()
    assert "3:" in page and message in page
    assert Enrolment.objects.count() == 0
    assert get_user_model().objects.count() == people_before


@pytest.mark.parametrize("length", [186, 254])
def test_csv_enrols_an_address_of_any_valid_length(trainer_client, length):
    email = address(length)
    response = upload(trainer_client, f"email,first_name,last_name\n{email},Pitkä,Osoite\n")
    assert response.status_code == 302
    person = get_user_model().objects.get(email=email)
    assert person.username == email
    assert trainer_client.cohort.enrolments.get().user == person


@pytest.mark.parametrize("length", [186, 254])
def test_one_person_form_enrols_an_address_of_any_valid_length(trainer_client, length):
    email = address(length)
    response = enrol_one(trainer_client, email=email, first_name="Pitkä", last_name="Osoite")
    assert response.status_code == 302
    assert trainer_client.cohort.enrolments.get().user.username == email


def test_one_person_form_refuses_an_address_too_long_to_keep(trainer_client):
    response = enrol_one(
        trainer_client, email="a" * 64 + "@" + ".".join(["d" * 63] * 4) + ".fi", first_name="Liian", last_name="Pitkä"
    )
    assert response.status_code == 400
    assert "254" in response.content.decode()
    assert Enrolment.objects.count() == 0


def test_one_person_form_refuses_a_300_character_name_with_a_field_error(trainer_client):
    response = enrol_one(trainer_client, email="uusi@example.fi", first_name="N" * 300, last_name="Nimi")
    assert response.status_code == 400
    assert "150" in response.content.decode()
    assert not get_user_model().objects.filter(email="uusi@example.fi").exists()


def test_one_person_form_refuses_a_nul_character_in_a_name(trainer_client):
    response = enrol_one(trainer_client, email="uusi@example.fi", first_name="Ni\x00mi", last_name="Nimi")
    assert response.status_code == 400
    assert "Tyhjiä merkkejä (null) ei sallita" in response.content.decode()
    assert not get_user_model().objects.filter(email="uusi@example.fi").exists()


def test_profile_refuses_a_100_digit_phone_number_with_a_field_error(client):
    person = f.trainee(email="p@example.fi")
    client.force_login(person)
    response = client.post(
        reverse("profile"),
        {"first_name": "P", "last_name": "P", "email": "p@example.fi", "phone": "4" * 100, "preferred_language": "fi"},
    )
    assert response.status_code == 400
    assert "40" in response.content.decode()
    person.refresh_from_db()
    assert person.phone == ""
