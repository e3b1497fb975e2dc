import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_anonymous_verification_of_a_nul_code_is_a_clear_400(client):
    response = client.get("/certificates/verify/%00/")
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_nul_in_a_json_verification_path_answers_json(client):
    response = client.get("/certificates/verify/%00.json")
    assert response.status_code == 400
    assert "NUL" in response.json()["detail"]


@pytest.mark.parametrize("query", ["q=%00", "q=Aino%00", "%00=1"])
def test_nul_in_a_query_is_refused(client, query):
    client.force_login(f.coordinator())
    response = client.get(f"{reverse('roster:search')}?{query}")
    assert response.status_code == 400


def test_nul_in_a_form_field_is_refused_and_nothing_changes(client):
    person = f.trainee(first_name="Aino", email="aino@example.fi")
    client.force_login(person)
    response = client.post(
        reverse("profile"),
        {"first_name": "Ai\x00no", "last_name": "A", "email": "aino@example.fi", "preferred_language": "fi"},
    )
    assert response.status_code == 400
    person.refresh_from_db()
    assert person.first_name == "Aino"


@pytest.mark.parametrize("body", ['{"name": "a\\u0000b"}', '{"a\\u0000": 1}'])
def test_nul_in_a_json_body_is_refused_with_json(client, body):
    response = client.post("/api/v1/match/", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "The request contains a NUL character, which no text in Linkki may contain. Remove it and try again."
    }


def test_the_refusal_is_in_the_readers_language(client):
    response = client.get("/certificates/verify/%00/", HTTP_ACCEPT_LANGUAGE="sv")
    assert response.status_code == 400
    assert "NUL-tecken" in response.content.decode()


def test_ordinary_requests_pass(client):
    assert client.get("/certificates/verify/").status_code == 200
