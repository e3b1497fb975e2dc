import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certificates.models import Certificate
from certificates.signals import certificate_changed
from roster.models import AuditEntry
from tests import factories as f

pytestmark = pytest.mark.django_db

URL = "/api/v1/match/"
TODAY = timezone.localdate()


def match(api, **needs):
    response = api.post(URL, needs, format="json", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200, response.content
    return response.json()["candidates"]


def test_a_north_sami_speaker_in_the_same_municipality_ranks_first_with_the_reasons(api):
    local_sami = f.certified_worker(municipality_name="Inari", languages=["fi", "se"])
    local_finnish = f.certified_worker(municipality_name="Inari", languages=["fi"])
    remote_sami = f.certified_worker(municipality_name="Rovaniemi", languages=["se"], remote=True)
    candidates = match(api, municipality="148", languages=["se"], remote_acceptable=True)
    assert [c["id"] for c in candidates] == [local_sami.pk, remote_sami.pk, local_finnish.pk]
    best = candidates[0]
    assert [r["text"] for r in best["reasons"]] == ["same municipality", "speaks North Sámi", "has room for a client"]
    assert [r["code"] for r in candidates[1]["reasons"]] == ["language", "remote", "room"]
    assert best["score"] > candidates[1]["score"] > candidates[2]["score"]


def test_the_reasons_are_in_the_language_asked_for(api):
    f.certified_worker(municipality_name="Inari", languages=["se"])
    response = api.post(URL, {"municipality": "148", "languages": ["se"]}, format="json", HTTP_ACCEPT_LANGUAGE="fi")
    texts = [r["text"] for r in response.json()["candidates"][0]["reasons"]]
    assert "sama kunta" in texts and "kielitaito: pohjoissaame" in texts


def test_a_candidate_comes_with_the_languages_they_speak_in_the_readers_language(api):
    entry = f.certified_worker(municipality_name="Inari", languages=["sms", "fi"])
    best = match(api, municipality="148")[0]
    assert best["id"] == entry.pk
    assert sorted(best["languages"], key=lambda language: language["code"]) == [
        {"code": "fi", "name": "Finnish", "is_sami": False},
        {"code": "sms", "name": "Skolt Sámi", "is_sami": True},
    ]
    assert (best["name"], best["municipality"]) == (entry.person.get_full_name(), {"code": "148", "name": "Inari"})


def test_contract_theme_and_gender_preferences_add_points_and_reasons(api):
    contract = f.certified_worker(municipality_name="Kittilä", contracts=["Muonio"], themes=["nature"], gender="female")
    plain = f.certified_worker(municipality_name="Kittilä")
    candidates = match(api, municipality="498", themes=["nature", "culture"], gender="female")
    assert [c["id"] for c in candidates] == [contract.pk, plain.pk]
    codes = [r["code"] for r in candidates[0]["reasons"]]
    assert codes == ["contract", "theme", "gender", "room"]
    assert [r["code"] for r in candidates[1]["reasons"]] == ["same_service_area", "room"]


def test_more_room_ranks_higher_and_fewer_clients_break_ties(api):
    busy = f.certified_worker(max_clients=3, current_clients=2)
    free = f.certified_worker(max_clients=3, current_clients=0)
    assert [c["id"] for c in match(api, municipality="758")] == [free.pk, busy.pk]


def test_never_a_person_who_is_not_in_good_standing(api):
    course = f.CourseFactory()
    f.supervision_requirement(course, sessions_per_period=1, period_months=6)
    good = f.certified_worker()
    f.certified_worker(course=course, issued_on=TODAY - datetime.timedelta(days=300))  # supervision overdue
    f.certified_worker(issued_on=TODAY - datetime.timedelta(days=800))  # expired
    suspended = f.certified_worker()
    certificate = suspended.person.certificates.get()
    certificate.status = Certificate.Status.SUSPENDED
    certificate.save()
    certificate_changed.send(sender=Certificate, certificate=certificate)
    assert [c["id"] for c in match(api, municipality="758")] == [good.pk]


def test_paused_and_full_workers_are_not_offered(api):
    f.certified_worker(paused_until=TODAY + datetime.timedelta(days=3))
    f.certified_worker(max_clients=2, current_clients=2)
    available = f.certified_worker()
    assert [c["id"] for c in match(api, municipality="758")] == [available.pk]


def test_people_out_of_reach_are_not_offered_unless_remote_support_is_acceptable(api):
    far_remote = f.certified_worker(municipality_name="Tornio", remote=True)
    assert match(api, municipality="758") == []
    assert [c["id"] for c in match(api, municipality="758", remote_acceptable=True)] == [far_remote.pk]


def another_county_place():
    """A municipality of a service area in another wellbeing services county."""
    from accounts.models import Municipality, ServiceArea

    area = ServiceArea.objects.create(
        code="oulu-north", name="Pohjois-Pohjanmaa, pohjoinen", county="pohjois-pohjanmaa"
    )
    return Municipality.objects.create(code="X01", name="Pudasjärvi", service_area=area).name


def test_remote_support_reaches_only_clients_in_the_workers_own_county(api):
    elsewhere = f.certified_worker(municipality_name=another_county_place(), remote=True, languages=["se"])
    same_county = f.certified_worker(municipality_name="Tornio", remote=True)
    found = [c["id"] for c in match(api, municipality="758", languages=["se"], remote_acceptable=True)]
    assert found == [same_county.pk]
    assert elsewhere.pk not in found


def test_a_contract_holder_living_in_another_county_is_offered_and_ranked_among_the_rest(api):
    contractor = f.certified_worker(
        municipality_name=another_county_place(), languages=["se"], contracts=["Sodankylä"], themes=["nature"]
    )
    local = f.certified_worker(municipality_name="Sodankylä")
    area = f.certified_worker(municipality_name="Kittilä")
    candidates = match(api, municipality="758", languages=["se"], themes=["nature"])
    # contract 20 + language 30 + theme 5 beats the same municipality's 30, which beats the area's 10
    assert [c["id"] for c in candidates] == [contractor.pk, local.pk, area.pk]
    assert candidates[0]["score"] > candidates[1]["score"] > candidates[2]["score"]


def test_the_limit_applies_across_neighbours_and_contract_holders(api):
    place = another_county_place()
    for _ in range(3):
        f.certified_worker(municipality_name=place, contracts=["Sodankylä"])
    for _ in range(3):
        f.certified_worker(municipality_name="Sodankylä")
    assert len(match(api, municipality="758", limit=4)) == 4


def test_the_limit_caps_the_candidates(api):
    for _ in range(4):
        f.certified_worker()
    assert len(match(api, municipality="758", limit=2)) == 2


def test_each_match_is_written_to_the_audit_log(api):
    first, second = f.certified_worker(languages=["se"]), f.certified_worker()
    match(api, municipality="758", languages=["se"], limit=5)
    audit = AuditEntry.objects.get()
    assert audit.kind == "match" and audit.client == api.api_client
    assert audit.query == {
        "municipality": "758",
        "languages": ["se"],
        "remote_acceptable": False,
        "themes": [],
        "gender": "",
        "limit": 5,
    }
    assert set(audit.people.all()) == {first.person, second.person}


def test_bad_needs_get_400_with_field_errors(api):
    response = api.post(
        URL,
        {
            "municipality": "000",
            "languages": ["xx"],
            "themes": ["knitting"],
            "gender": "any",
            "limit": 0,
            "remote_acceptable": "perhaps",
        },
        format="json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    errors = response.json()
    assert set(errors) == {"municipality", "languages", "themes", "gender", "limit", "remote_acceptable"}
    assert errors["municipality"] == ["Unknown code: 000"]
    assert errors["languages"] == {"0": ["Unknown code: xx"]}
    assert list(api.post(URL, {}, format="json").json()) == ["municipality"]
    assert not AuditEntry.objects.exists()


def test_a_match_makes_the_same_number_of_queries_for_1_and_10_candidates(api, django_assert_num_queries):
    f.certified_worker(languages=["se"], themes=["nature"])
    needs = {"municipality": "758", "languages": ["se", "fi"], "themes": ["nature"], "remote_acceptable": True}
    api.post(URL, needs, format="json")
    with CaptureQueriesContext(connection) as one:
        assert len(api.post(URL, needs, format="json").json()["candidates"]) == 1
    for _ in range(9):
        f.certified_worker(languages=["se", "fi"], themes=["nature", "culture"], contracts=["Inari"])
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(api.post(URL, needs, format="json").json()["candidates"]) == 10


def test_a_field_the_match_does_not_know_is_refused_by_name(api):
    response = api.post(URL, {"municipality": "758", "langauges": ["se"]}, format="json")
    assert response.status_code == 400
    assert response.json() == {"langauges": ["Unknown field."]}
