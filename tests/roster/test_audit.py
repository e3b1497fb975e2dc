import datetime

import pytest
from django.utils import timezone

from roster.models import AuditEntry
from tests import factories as f

from .conftest import token_client

pytestmark = pytest.mark.django_db

LIST = "/api/v1/roster/"
MATCH = "/api/v1/match/"
AUDIT = "/roster/audit/"


@pytest.fixture
def coordinator_client(client):
    client.force_login(f.coordinator())
    return client


def returned(audit):
    """(person id, score) of everyone an audited answer named, in the answer's order."""
    return [(row.person_id, row.score) for row in audit.returned.all()]


def test_reading_the_list_is_audited_with_the_query_and_the_people_in_the_order_returned(api):
    later, earlier = f.certified_worker(), f.certified_worker()
    f.certified_worker(municipality_name="Rovaniemi")
    response = api.get(LIST, {"municipality": "758", "remote": "false", "page_size": "5"})
    assert [row["id"] for row in response.json()["results"]] == [later.pk, earlier.pk]
    audit = AuditEntry.objects.get()
    assert audit.kind == "list" and audit.client == api.api_client and audit.user is None
    assert audit.query == {"municipality": ["758"], "remote": "false", "page_size": "5"}
    assert returned(audit) == [(later.pk, None), (earlier.pk, None)]


def test_the_list_audit_keeps_only_the_parameters_the_api_reads(api):
    f.certified_worker()
    api.get(
        LIST, {"status": ["in_good_standing", "expired"], "valid_until_after": "2020-01-01", "unrelated": "x" * 5000}
    )
    assert AuditEntry.objects.get().query == {
        "status": ["in_good_standing", "expired"],
        "valid_until_after": "2020-01-01",
    }


def test_each_page_of_the_list_is_audited_with_its_cursor(api):
    entries = [f.certified_worker() for _ in range(3)]
    second_page = api.get(api.get(LIST, {"page_size": 2}).json()["next"])
    assert second_page.status_code == 200
    audit = AuditEntry.objects.order_by("pk").last()
    assert set(audit.query) == {"page_size", "cursor"}
    assert returned(audit) == [(entries[2].pk, None)]


def test_reading_one_person_is_audited(api):
    entry = f.certified_worker()
    assert api.get(f"{LIST}{entry.pk}").status_code == 200
    audit = AuditEntry.objects.get()
    assert audit.kind == "retrieve" and audit.client == api.api_client
    assert audit.query == {"id": entry.pk}
    assert returned(audit) == [(entry.pk, None)]


def test_a_read_answered_with_304_is_audited_as_well(api):
    entry = f.certified_worker()
    etag = api.get(f"{LIST}{entry.pk}")["ETag"]
    assert api.get(f"{LIST}{entry.pk}", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert [returned(audit) for audit in AuditEntry.objects.all()] == [[(entry.pk, None)]] * 2


def test_a_match_is_audited_with_the_candidates_in_rank_order_and_their_scores(api):
    f.certified_worker(languages=["fi"])
    f.certified_worker(languages=["se"])
    f.certified_worker(languages=["se", "fi"])
    candidates = api.post(MATCH, {"municipality": "758", "languages": ["se", "fi"]}, format="json").json()["candidates"]
    assert len(candidates) == 3 and len({c["score"] for c in candidates}) == 3
    audit = AuditEntry.objects.get()
    assert audit.kind == "match"
    assert returned(audit) == [(c["id"], c["score"]) for c in candidates]


def test_refused_reads_are_not_audited(api):
    entry = f.certified_worker()
    _client, raw = f.api_client(scopes=["roster:match"])
    assert token_client(raw).get(LIST).status_code == 403
    assert token_client(raw).get(f"{LIST}{entry.pk}").status_code == 403
    assert api.get(LIST, {"municipality": "999"}).status_code == 400
    assert api.get(f"{LIST}{f.trainee().pk}").status_code == 404
    assert not AuditEntry.objects.exists()


def test_an_empty_answer_is_audited_with_its_query(api):
    assert api.get(LIST, {"municipality": "148"}).json()["results"] == []
    audit = AuditEntry.objects.get()
    assert audit.query == {"municipality": ["148"]} and returned(audit) == []


# The coordinator's audit page


def test_the_audit_page_shows_list_reads_and_match_scores_in_order(coordinator_client, api):
    first, second = f.certified_worker(languages=["se"]), f.certified_worker()
    api.get(LIST)
    scores = [
        c["score"]
        for c in api.post(MATCH, {"municipality": "758", "languages": ["se"]}, format="json").json()["candidates"]
    ]
    page = coordinator_client.get(AUDIT, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Roster list" in page and "Match" in page
    match_row = page[page.index("Match</td>") :]
    assert match_row.index(str(first.person)) < match_row.index(str(second.person))
    assert f"{first.person}</a> ({scores[0]})" in match_row


def test_the_audit_page_filters_by_client(coordinator_client, api):
    entry = f.certified_worker()
    other, raw = f.api_client()
    api.get(f"{LIST}{entry.pk}")
    token_client(raw).get(f"{LIST}{entry.pk}/certification")
    page = coordinator_client.get(AUDIT, {"client": other.pk}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Certification check" in page and "Roster record" not in page
    page = coordinator_client.get(AUDIT, {"client": api.api_client.pk}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Roster record" in page and "Certification check" not in page


def test_the_audit_page_filters_by_date(coordinator_client, api):
    entry = f.certified_worker()
    api.get(f"{LIST}{entry.pk}")
    api.get(f"{LIST}{entry.pk}/certification")
    old = AuditEntry.objects.get(kind="retrieve")
    # Just after midnight three days ago, Helsinki time: still the day before in UTC.
    three_days_ago = timezone.localdate() - datetime.timedelta(days=3)
    old.at = timezone.make_aware(datetime.datetime.combine(three_days_ago, datetime.time(0, 30)))
    old.save()

    def kinds(**query):
        response = coordinator_client.get(AUDIT, query, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200
        text = response.content.decode()
        return {kind for kind in ("Roster record", "Certification check") if kind in text}

    assert kinds(date_from=three_days_ago.isoformat(), date_to=three_days_ago.isoformat()) == {"Roster record"}
    assert kinds(date_from=(three_days_ago + datetime.timedelta(days=1)).isoformat()) == {"Certification check"}
    assert kinds(date_to=(three_days_ago - datetime.timedelta(days=1)).isoformat()) == set()
    assert kinds() == {"Roster record", "Certification check"}


def test_a_bad_audit_filter_gets_400_with_the_messages_and_keeps_what_was_typed(coordinator_client, api):
    entry = f.certified_worker()
    api.get(f"{LIST}{entry.pk}")
    response = coordinator_client.get(AUDIT, {"client": "abc", "date_from": "yesterday"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Select a valid choice" in page and "Enter a valid date" in page
    assert 'value="yesterday"' in page and "Roster record" not in page
    later_first = coordinator_client.get(
        AUDIT, {"date_from": "2026-05-02", "date_to": "2026-05-01"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert later_first.status_code == 400 and "The first day comes after the last" in later_first.content.decode()


def test_the_audit_page_reads_in_finnish_and_swedish(coordinator_client):
    assert "Rajaa" in coordinator_client.get(AUDIT, HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Avgränsa" in coordinator_client.get(AUDIT, HTTP_ACCEPT_LANGUAGE="sv").content.decode()


def test_the_filtered_audit_page_makes_the_same_number_of_queries_for_1_and_20_entries(
    coordinator_client, api, django_assert_num_queries
):
    from tests.utils import count_queries

    entries = [f.certified_worker(languages=["se"]) for _ in range(3)]
    query = {"client": api.api_client.pk, "date_from": timezone.localdate().isoformat()}
    api.get(LIST)
    coordinator_client.get(AUDIT, query)
    one = count_queries(coordinator_client.get, AUDIT, query)
    for _ in range(19):
        api.post(MATCH, {"municipality": "758", "languages": ["se"]}, format="json")
    with django_assert_num_queries(one):
        page = coordinator_client.get(AUDIT, query).content.decode()
    assert page.count("<tr>") == 21 and page.count(str(entries[0].person)) == 20
