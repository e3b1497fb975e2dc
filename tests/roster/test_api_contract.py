"""What a client generated from the OpenAPI schema relies on: the schema says what the API does."""

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from tests import factories as f

pytestmark = pytest.mark.django_db

LIST = "/api/v1/roster/"
MATCH = "/api/v1/match/"
TODAY = timezone.localdate()


def schema(client=None, **headers):
    response = (client or APIClient()).get("/api/schema/", {"format": "json"}, **headers)
    assert response.status_code == 200
    return response


def operation(document, path, method="get"):
    return document["paths"][path][method]


def component(document, reference):
    return document["components"]["schemas"][reference.rsplit("/", 1)[-1]]


def test_the_match_body_is_advertised_and_read_as_json_only(api):
    document = schema().json()
    assert list(operation(document, MATCH, "post")["requestBody"]["content"]) == ["application/json"]
    f.certified_worker()
    form = api.post(MATCH, {"municipality": "758"})  # the test client's default: multipart
    assert form.status_code == 415 and "detail" in form.json()
    assert api.post(MATCH, {"municipality": "758"}, format="json").status_code == 200


@pytest.mark.parametrize(
    "name, fields",
    [
        ("RosterEntry", ["valid_until", "supervision_due", "paused_until", "municipality", "service_area"]),
        ("Certification", ["valid_until", "supervision_due"]),
        ("Candidate", ["valid_until", "municipality"]),
    ],
)
def test_every_field_that_may_be_null_is_declared_nullable(name, fields):
    properties = schema().json()["components"]["schemas"][name]["properties"]
    assert {field for field in fields if properties[field].get("nullable")} == set(fields)
    assert not [field for field, spec in properties.items() if field not in fields and spec.get("nullable")]


def test_a_worker_with_no_dates_reads_as_nulls(api):
    entry = f.certified_worker()
    entry.valid_until = entry.supervision_due = entry.paused_until = None
    entry.save()
    row = api.get(LIST).json()["results"][0]
    assert (row["valid_until"], row["supervision_due"], row["paused_until"]) == (None, None, None)


@pytest.mark.parametrize(
    "path, method, codes",
    [
        (LIST, "get", {"200", "304", "400", "401", "403", "429"}),
        ("/api/v1/roster/{id}", "get", {"200", "304", "401", "403", "404", "429"}),
        ("/api/v1/roster/{id}/certification", "get", {"200", "401", "403", "404", "429"}),
        (MATCH, "post", {"200", "400", "401", "403", "415", "429"}),
    ],
)
def test_each_operation_documents_its_errors_with_the_error_body(path, method, codes):
    document = schema().json()
    responses = operation(document, path, method)["responses"]
    assert set(responses) == codes
    for code in codes - {"200", "304"}:
        body = responses[code]["content"]["application/json"]["schema"]
        assert body["$ref"].endswith("/ValidationError" if code == "400" else "/Error")
        assert responses[code]["description"]
    error = component(document, "Error")
    assert error["properties"]["detail"]["type"] == "string" and error["required"] == ["detail"]
    field_errors = component(document, "ValidationError")
    assert field_errors["additionalProperties"]


def test_the_etag_and_retry_after_headers_are_documented():
    responses = operation(schema().json(), LIST)["responses"]
    assert "ETag" in responses["200"]["headers"] and "ETag" in responses["304"]["headers"]
    assert "Retry-After" in responses["429"]["headers"]
    parameters = {parameter["name"]: parameter for parameter in operation(schema().json(), LIST)["parameters"]}
    assert parameters["If-None-Match"]["in"] == "header"


def test_a_bad_cursor_answers_400_with_the_fields_error(api):
    f.certified_worker()
    response = api.get(LIST, {"cursor": "not-a-cursor"})
    assert response.status_code == 400
    assert response.json() == {"cursor": ["Invalid cursor"]}


@pytest.mark.parametrize("size", ["0", "201", "-1", "ten", "1.5"])
def test_a_page_size_out_of_range_or_not_a_number_answers_400(api, size):
    response = api.get(LIST, {"page_size": size})
    assert response.status_code == 400 and list(response.json()) == ["page_size"]


def test_the_documented_page_sizes_are_the_accepted_ones(api):
    parameters = {parameter["name"]: parameter for parameter in operation(schema().json(), LIST)["parameters"]}
    assert parameters["page_size"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 200}
    assert api.get(LIST, {"page_size": 200}).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/roster/abc",
        "/api/v1/roster/1.5",
        "/api/v1/roster/abc/certification",
        "/api/v1/roster/-1",
        "/api/v1/nothing-here",
        "/api/v1/roster",
        "/api/v1/roster/99999999999999999999999",
    ],
)
def test_a_non_integer_id_or_an_unknown_path_answers_json_404(api, path):
    response = api.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Not found."}


def test_an_unknown_id_answers_json_404_in_the_readers_language(api):
    nobody = f.trainee().pk
    for path in (f"{LIST}{nobody}", f"{LIST}{nobody}/certification"):
        assert api.get(path).json() == {"detail": "Nobody with this id is on the roster."}
        finnish = api.get(path, HTTP_ACCEPT_LANGUAGE="fi").json()
        assert finnish == {"detail": "Rekisterissä ei ole ketään tällä tunnisteella."}


@pytest.mark.parametrize(
    "query, field",
    [
        ({"remote": "maybe"}, "remote"),
        ({"sami": "yes"}, "sami"),
        ({"has_room": "2"}, "has_room"),
        ({"available": "True"}, "available"),
        ({"paused": "0"}, "paused"),
        ({"max_clients_min": "1.5"}, "max_clients_min"),
        ({"max_clients_min": "-1"}, "max_clients_min"),
        ({"max_clients_min": "100000"}, "max_clients_min"),
        ({"valid_until_before": "2026-02-30"}, "valid_until"),
    ],
)
def test_a_malformed_filter_value_answers_400_with_the_fields_error(api, query, field):
    f.certified_worker()
    response = api.get(LIST, query, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400, response.content
    assert list(response.json()) == [field]


def test_boolean_filters_read_true_and_false(api):
    remote = f.certified_worker(remote=True)
    local = f.certified_worker(remote=False)
    assert [row["id"] for row in api.get(LIST, {"remote": "true"}).json()["results"]] == [remote.pk]
    assert [row["id"] for row in api.get(LIST, {"remote": "false"}).json()["results"]] == [local.pk]


@pytest.mark.parametrize(
    "body, field",
    [
        ({"municipality": "758", "remote_acceptable": 1}, "remote_acceptable"),
        ({"municipality": "758", "remote_acceptable": "true"}, "remote_acceptable"),
        ({"municipality": "758", "limit": "5"}, "limit"),
        ({"municipality": "758", "limit": 5.5}, "limit"),
        ({"municipality": "758", "limit": True}, "limit"),
        ({"municipality": 758}, "municipality"),
        ({"municipality": "758", "languages": ["se", "se"]}, "languages"),
    ],
)
def test_the_match_body_is_read_with_the_types_the_schema_gives(api, body, field):
    response = api.post(MATCH, body, format="json")
    assert response.status_code == 400, response.content
    assert list(response.json()) == [field]


def test_the_match_body_that_is_not_an_object_or_not_json_answers_400(api):
    assert api.post(MATCH, [1, 2], format="json").status_code == 400
    broken = api.post(MATCH, "{not json", content_type="application/json")
    assert broken.status_code == 400 and "detail" in broken.json()


def test_the_schema_is_the_same_whatever_the_language_asked_for(client):
    english = schema(client).content
    assert schema(client, HTTP_ACCEPT_LANGUAGE="fi").content == english
    assert schema(client, HTTP_ACCEPT_LANGUAGE="sv").content == english
    assert schema(client, HTTP_ACCEPT_LANGUAGE="en").content == english
    client.cookies["django_language"] = "sv"
    assert schema(client).content == english
    client.force_login(f.coordinator(preferred_language="fi"))
    assert schema(client).content == english
    text = english.decode()
    assert "Speaks a Sámi language." in text and "Puhuu" not in text and "Tala" not in text


def test_the_schemas_component_names_and_titles_are_english():
    document = schema(HTTP_ACCEPT_LANGUAGE="fi").json()
    names = set(document["components"]["schemas"])
    assert {"RosterEntry", "Certification", "MatchRequest", "Candidate", "Error", "ValidationError"} <= names
    titles = []

    def collect(node):
        if isinstance(node, dict):
            titles.extend([node["title"]] if isinstance(node.get("title"), str) else [])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(document)
    assert "Tila" not in titles and all(title.isascii() for title in titles)


def test_api_errors_are_english_when_no_language_is_asked_for():
    response = APIClient().get(LIST)
    assert response.status_code == 401
    assert response.json() == {"detail": "Authentication credentials were not provided."}
    assert response["Content-Language"] == "en"


def test_api_errors_follow_accept_language(api):
    assert APIClient().get(LIST, HTTP_ACCEPT_LANGUAGE="fi").json() == {"detail": "Autentikaatiotunnuksia ei annettu."}
    assert APIClient().get(LIST, HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9").json() == {
        "detail": "Autentiseringsuppgifter ej tillhandahållna."
    }
    finnish = api.post(MATCH, {"municipality": "000"}, format="json", HTTP_ACCEPT_LANGUAGE="fi").json()
    assert finnish == {"municipality": ["Tuntematon koodi: 000"]}
    english = api.post(MATCH, {"municipality": "000"}, format="json").json()
    assert english == {"municipality": ["Unknown code: 000"]}


def test_a_coordinators_language_cookie_does_not_change_the_api_language():
    entry = f.certified_worker()
    http = APIClient()
    http.force_login(f.coordinator())
    http.cookies["django_language"] = "fi"
    assert http.get(f"{LIST}{entry.pk}/certification").json()["status_label"] == "In good standing"


def test_labels_are_english_for_a_client_that_asks_for_no_language(api):
    f.certified_worker()
    assert api.get(LIST).json()["results"][0]["status_label"] == "In good standing"


@pytest.mark.parametrize("path", ["list", "detail"])
def test_a_weak_etag_or_a_star_answers_304(api, path):
    entry = f.certified_worker()
    url = LIST if path == "list" else f"{LIST}{entry.pk}"
    etag = api.get(url)["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    for given in (etag, f"W/{etag}", "*", f'"something-else", W/{etag}'):
        response = api.get(url, HTTP_IF_NONE_MATCH=given)
        assert response.status_code == 304, given
        assert response["ETag"] == etag and not response.content
    assert api.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200
    assert api.get(url, HTTP_IF_NONE_MATCH='W/"something-else"').status_code == 200


def test_an_etag_changes_with_the_language_of_the_answer(api):
    f.certified_worker()
    english = api.get(LIST)
    finnish = api.get(LIST, HTTP_ACCEPT_LANGUAGE="fi")
    assert english["ETag"] != finnish["ETag"]
    assert "Accept-Language" in english["Vary"]
    assert api.get(LIST, HTTP_ACCEPT_LANGUAGE="fi", HTTP_IF_NONE_MATCH=english["ETag"]).status_code == 200


def test_a_list_past_its_last_page_still_answers_with_an_etag(api):
    f.certified_worker(issued_on=TODAY - datetime.timedelta(days=30))
    response = api.get(LIST, {"municipality": "148"})
    assert response.status_code == 200 and response["ETag"]
