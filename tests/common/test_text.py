"""Every text that comes in is composed (NFC): forms, query strings, JSON bodies and CSV files."""

import io
import json
import unicodedata

import pytest
from django.urls import reverse
from rest_framework.parsers import JSONParser

from common.text import ComposedJSONParser, nfc
from courses.models import Enrolment
from tests import factories as f

pytestmark = pytest.mark.django_db

DECOMPOSED = unicodedata.normalize("NFD", "Máret Åberg")


def test_a_form_refused_for_another_field_shows_the_name_composed(client):
    client.force_login(f.trainee())
    response = client.post(
        reverse("profile"),
        {
            "first_name": DECOMPOSED,
            "last_name": "Aikio",
            "email": "maret@example.fi",
            "preferred_language": "fi",
            "other_languages": "russian",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="Máret Åberg"' in page and DECOMPOSED not in page


def test_a_search_typed_decomposed_is_shown_back_composed(client):
    client.force_login(f.coordinator())
    page = client.get("/roster/", {"q": DECOMPOSED}).content.decode()
    assert 'value="Máret Åberg"' in page and DECOMPOSED not in page


def test_the_api_reads_json_bodies_composed():
    body = json.dumps({"name": DECOMPOSED, "list": [DECOMPOSED], DECOMPOSED: 1}).encode()
    raw = JSONParser().parse(io.BytesIO(body))
    assert raw["name"] == DECOMPOSED  # the plain parser keeps what was sent
    parsed = ComposedJSONParser().parse(io.BytesIO(body))
    assert parsed == {"name": "Máret Åberg", "list": ["Máret Åberg"], "Máret Åberg": 1}


def test_names_in_an_enrolment_file_are_stored_composed(client):
    cohort = f.CohortFactory()
    trainer = f.trainer()
    cohort.trainers.add(trainer)
    client.force_login(trainer)
    first, last = unicodedata.normalize("NFD", "Ánde"), unicodedata.normalize("NFD", "Sárá")
    data = f"first_name,last_name,email\n{first},{last},ande@example.fi\n"
    upload = io.BytesIO(data.encode())
    upload.name = "people.csv"
    response = client.post(reverse("courses:cohort_enrol_csv", args=[cohort.pk]), {"file": upload})
    assert response.status_code in (200, 302)
    person = Enrolment.objects.get(cohort=cohort).user
    assert (person.first_name, person.last_name) == ("Ánde", "Sárá")


def test_values_that_are_not_text_are_kept():
    assert nfc(3) == 3 and nfc(None) is None and nfc([1, "a"]) == [1, "a"]
