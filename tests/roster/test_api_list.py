import datetime

import pytest
from django.db import connection
from django.utils import timezone

from tests import factories as f

pytestmark = pytest.mark.django_db

URL = "/api/v1/roster/"
TODAY = timezone.localdate()


def ids(response):
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def suspend(entry):
    from certificates.models import Certificate
    from certificates.signals import certificate_changed

    certificate = entry.person.certificates.get()
    certificate.status = Certificate.Status.SUSPENDED
    certificate.save()
    certificate_changed.send(sender=Certificate, certificate=certificate)
    entry.refresh_from_db()
    return entry


def test_the_list_shows_only_people_in_good_standing_by_default(api):
    good = f.certified_worker()
    suspended = suspend(f.certified_worker())
    expired = f.certified_worker(issued_on=TODAY - datetime.timedelta(days=800))
    assert ids(api.get(URL)) == [good.pk]
    assert set(ids(api.get(URL, {"status": ["suspended", "expired"]}))) == {suspended.pk, expired.pk}


def test_a_listed_person_has_every_roster_field(api):
    entry = f.certified_worker(
        languages=["fi", "se"], remote=True, themes=["nature"], contracts=["Inari"], max_clients=4, current_clients=1
    )
    row = api.get(URL).json()["results"][0]
    assert row["status"] == "in_good_standing"
    assert row["valid_until"] == entry.valid_until.isoformat()
    assert row["municipality"] == {"code": "758", "name": "Sodankylä"}
    assert row["service_area"]["code"] == "north"
    assert {language["code"]: language["is_sami"] for language in row["languages"]} == {"fi": False, "se": True}
    assert row["supports_remotely"] is True
    assert row["themes"] == ["nature"]
    assert row["contract_municipalities"] == ["148"]
    assert (row["max_clients"], row["current_clients"], row["free_places"]) == (4, 1, 3)
    assert row["paused_until"] is None and row["is_available"] is True


def test_a_listed_person_reads_in_full_in_the_readers_language(api):
    from accounts.models import Language

    entry = f.certified_worker(
        languages=["se", "fi"],
        themes=["nature", "culture"],
        contracts=["Salla", "Inari"],
        paused_until=TODAY + datetime.timedelta(days=3),
    )
    person = entry.person
    person.phone = "040 123 4567"
    person.save()
    row = api.get(URL, HTTP_ACCEPT_LANGUAGE="en").json()["results"][0]
    assert (row["id"], row["name"], row["email"], row["phone"]) == (
        person.pk,
        person.get_full_name(),
        person.email,
        "040 123 4567",
    )
    assert (row["status_label"], row["reason"]) == ("In good standing", "")
    described = {
        "fi": {"code": "fi", "name": "Finnish", "is_sami": False},
        "se": {"code": "se", "name": "North Sámi", "is_sami": True},
    }
    by_name = Language.objects.filter(code__in=described).values_list("code", flat=True)  # as everywhere
    assert row["languages"] == [described[code] for code in by_name]
    assert row["themes"] == ["culture", "nature"]
    assert row["contract_municipalities"] == ["148", "732"]  # Inari, Salla
    assert row["paused_until"] == (TODAY + datetime.timedelta(days=3)).isoformat() and row["is_available"] is False
    assert row["supervision_due"] is None or datetime.date.fromisoformat(row["supervision_due"])
    for moment in ("status_since", "updated_at"):
        assert datetime.datetime.fromisoformat(row[moment]).utcoffset() == timezone.localtime().utcoffset()
    finnish = api.get(URL, HTTP_ACCEPT_LANGUAGE="fi").json()["results"][0]
    assert finnish["status_label"] == "Voimassa, kaikki kunnossa"


def test_a_listed_person_has_exactly_the_documented_fields(api):
    from roster.serializers import RosterEntrySerializer

    f.certified_worker()
    assert list(api.get(URL).json()["results"][0]) == list(RosterEntrySerializer().fields)


def test_one_person_reads_the_same_alone_as_in_the_list(api):
    entry = f.certified_worker(languages=["fi", "sms"], themes=["culture"], contracts=["Muonio"])
    assert api.get(f"/api/v1/roster/{entry.pk}").json() == api.get(URL).json()["results"][0]


def test_filter_by_municipality_and_service_area(api):
    sodankyla = f.certified_worker(municipality_name="Sodankylä")
    rovaniemi = f.certified_worker(municipality_name="Rovaniemi")
    inari = f.certified_worker(municipality_name="Inari")
    assert ids(api.get(URL, {"municipality": "698"})) == [rovaniemi.pk]
    assert ids(api.get(URL, {"municipality": ["698", "148"]})) == [rovaniemi.pk, inari.pk]
    assert ids(api.get(URL, {"service_area": "north"})) == [sodankyla.pk, inari.pk]


def test_filter_by_language_asks_for_every_language_given(api):
    both = f.certified_worker(languages=["fi", "se"])
    finnish = f.certified_worker(languages=["fi"])
    skolt = f.certified_worker(languages=["sms"])
    assert ids(api.get(URL, {"language": "fi"})) == [both.pk, finnish.pk]
    assert ids(api.get(URL, {"language": ["fi", "se"]})) == [both.pk]
    assert ids(api.get(URL, {"sami": "true"})) == [both.pk, skolt.pk]
    assert ids(api.get(URL, {"sami": "false"})) == [finnish.pk]


def test_filter_by_remote_support(api):
    remote = f.certified_worker(remote=True)
    local = f.certified_worker(remote=False)
    assert ids(api.get(URL, {"remote": "true"})) == [remote.pk]
    assert ids(api.get(URL, {"remote": "false"})) == [local.pk]


def test_filter_by_theme(api):
    nature = f.certified_worker(themes=["nature", "culture"])
    money = f.certified_worker(themes=["debt-and-money"])
    assert ids(api.get(URL, {"theme": "nature"})) == [nature.pk]
    assert ids(api.get(URL, {"theme": ["nature", "culture"]})) == [nature.pk]
    assert ids(api.get(URL, {"theme": ["nature", "debt-and-money"]})) == []
    assert ids(api.get(URL, {"theme": "debt-and-money"})) == [money.pk]


def test_filter_by_capacity_room_and_availability(api):
    roomy = f.certified_worker(max_clients=5, current_clients=1)
    full = f.certified_worker(max_clients=2, current_clients=2)
    paused = f.certified_worker(max_clients=3, paused_until=TODAY + datetime.timedelta(days=10))
    assert ids(api.get(URL, {"max_clients_min": 3})) == [roomy.pk, paused.pk]
    assert ids(api.get(URL, {"has_room": "true"})) == [roomy.pk, paused.pk]
    assert ids(api.get(URL, {"has_room": "false"})) == [full.pk]
    assert ids(api.get(URL, {"available": "true"})) == [roomy.pk]
    assert ids(api.get(URL, {"paused": "true"})) == [paused.pk]


def test_a_pause_that_has_ended_does_not_count():
    entry = f.certified_worker(paused_until=TODAY)
    from roster.selectors import is_available

    assert is_available(entry)


def test_filter_by_contract_municipality(api):
    contract = f.certified_worker(contracts=["Muonio", "Enontekiö"])
    f.certified_worker(contracts=["Kemijärvi"])
    assert ids(api.get(URL, {"contract_municipality": "498"})) == [contract.pk]


def test_filter_by_valid_until(api):
    soon = f.certified_worker(issued_on=TODAY - datetime.timedelta(days=700))
    later = f.certified_worker(issued_on=TODAY - datetime.timedelta(days=10))
    cutoff = (TODAY + datetime.timedelta(days=60)).isoformat()
    assert ids(api.get(URL, {"valid_until_before": cutoff})) == [soon.pk]
    assert ids(api.get(URL, {"valid_until_after": cutoff})) == [later.pk]


def test_bad_filter_values_get_400_with_field_errors(api):
    response = api.get(
        URL,
        {"status": "certified-ish", "municipality": "999", "valid_until_after": "tomorrow", "max_clients_min": "many"},
    )
    assert response.status_code == 400
    assert set(response.json()) >= {"status", "municipality", "valid_until", "max_clients_min"}


def test_pages_follow_a_stable_order_by_id_with_cursor_links(api):
    entries = [f.certified_worker() for _ in range(5)]
    first = api.get(URL, {"page_size": 2}).json()
    assert [row["id"] for row in first["results"]] == [e.pk for e in entries[:2]]
    second = api.get(first["next"]).json()
    assert [row["id"] for row in second["results"]] == [e.pk for e in entries[2:4]]
    third = api.get(second["next"]).json()
    assert [row["id"] for row in third["results"]] == [entries[4].pk] and third["next"] is None


def test_the_list_answers_304_when_the_etag_still_matches(api):
    entry = f.certified_worker()
    first = api.get(URL)
    etag = first["ETag"]
    assert etag
    assert api.get(URL, HTTP_IF_NONE_MATCH=etag).status_code == 304
    entry.max_clients = 9
    entry.save()
    changed = api.get(URL, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_retrieve_one_with_etag(api):
    entry = f.certified_worker()
    response = api.get(f"/api/v1/roster/{entry.pk}")
    assert response.status_code == 200 and response.json()["id"] == entry.pk
    assert api.get(f"/api/v1/roster/{entry.pk}", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    assert api.get(f"/api/v1/roster/{f.trainee().pk}").status_code == 404


def test_the_list_makes_the_same_number_of_queries_for_1_and_20_people(api, django_assert_num_queries):
    f.certified_worker(languages=["fi"], themes=["nature"], contracts=["Inari"])
    api.get(URL)  # warm the caches of reference data
    # The token, the page and its audit (the entry and whom it named, in one statement); where the page
    # cannot carry arrays, also languages, themes and contracts, and the audit is two inserts in a savepoint.
    with django_assert_num_queries(3 if connection.vendor == "postgresql" else 9) as one:
        assert len(ids(api.get(URL))) == 1
    for _ in range(19):
        f.certified_worker(languages=["fi", "se"], themes=["nature", "culture"], contracts=["Inari", "Salla"])
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(ids(api.get(URL))) == 20


def test_the_schema_and_its_docs_page_are_served(client):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200
    text = schema.content.decode()
    assert "/api/v1/roster/{id}/certification" in text and "/api/v1/match/" in text and "bearer" in text
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    page = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in page and "cdn" not in page.lower()


def test_filters_by_code_add_no_queries(api):
    from tests.utils import count_queries

    f.certified_worker(languages=["se", "fi"], themes=["nature"], contracts=["Inari"])
    query = {
        "municipality": "758",
        "language": ["se", "fi"],
        "theme": "nature",
        "service_area": "north",
        "contract_municipality": "148",
    }
    assert len(ids(api.get(URL, query))) == 1  # the first request reads the reference tables into the cache
    assert count_queries(api.get, URL) == count_queries(api.get, URL, query)


def test_a_new_theme_can_be_filtered_on_at_once(api):
    from roster.models import Theme

    assert api.get(URL, {"theme": "reindeer"}).status_code == 400
    theme = Theme.objects.create(code="reindeer", name="reindeer herding")
    entry = f.certified_worker()
    entry.themes.add(theme)
    assert ids(api.get(URL, {"theme": "reindeer"})) == [entry.pk]
