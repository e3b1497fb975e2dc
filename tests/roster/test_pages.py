import csv
import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from certificates.models import Certificate
from certificates.signals import certificate_changed
from roster import services
from tests import factories as f

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


@pytest.fixture
def coordinator_client(client):
    client.force_login(f.coordinator())
    return client


def suspend(entry, reason):
    certificate = entry.person.certificates.get()
    certificate.status = Certificate.Status.SUSPENDED
    certificate.status_reason = reason
    certificate.save()
    certificate_changed.send(sender=Certificate, certificate=certificate)
    entry.refresh_from_db()


@pytest.mark.parametrize(
    "role, expected",
    [
        ("trainee", 403),
        ("mentor", 403),
        ("trainer", 403),
        ("coordinator", 200),
        ("administrator", 200),
    ],
)
@pytest.mark.parametrize("page", ["search", "export", "audit", "person"])
def test_only_coordinators_and_administrators_see_the_roster_pages(client, role, expected, page):
    entry = f.certified_worker()
    client.force_login(getattr(f, role)())
    url = {
        "search": "/roster/",
        "export": "/roster/export.csv",
        "audit": "/roster/audit/",
        "person": f"/roster/people/{entry.pk}/",
    }[page]
    assert client.get(url).status_code == expected


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get("/roster/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_search_by_name_or_municipality(coordinator_client):
    aino = f.certified_worker(municipality_name="Muonio")
    aino.person.first_name, aino.person.last_name = "Aino", "Keskitalo"
    aino.person.save()
    other = f.certified_worker(municipality_name="Salla")
    other.person.first_name, other.person.last_name = "Veikko", "Ranta"
    other.person.save()
    by_name = coordinator_client.get("/roster/", {"q": "keskit"}).content.decode()
    assert "Aino Keskitalo" in by_name and "Veikko Ranta" not in by_name
    by_municipality = coordinator_client.get("/roster/", {"q": "salla"}).content.decode()
    assert "Veikko Ranta" in by_municipality and "Aino Keskitalo" not in by_municipality
    chosen = coordinator_client.get("/roster/", {"municipality": aino.person.municipality_id}).content.decode()
    assert "Aino Keskitalo" in chosen and "Veikko Ranta" not in chosen


def test_the_badge_shows_the_status_with_the_reason_and_dates(coordinator_client):
    entry = f.certified_worker()
    suspend(entry, "Selvitys kesken")
    page = coordinator_client.get(f"/roster/people/{entry.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'class="badge badge--error">Suspended</span>' in page
    assert f"Suspended since {TODAY:%-d.%-m.%Y}." in page and "Reason: Selvitys kesken" in page
    assert "In good standing → Suspended" in page


def test_the_badge_of_an_overdue_worker_gives_the_due_date(coordinator_client):
    course = f.CourseFactory()
    f.supervision_requirement(course, sessions_per_period=1, period_months=6)
    entry = f.certified_worker(course=course, issued_on=TODAY - datetime.timedelta(days=300))
    page = coordinator_client.get(f"/roster/people/{entry.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "badge--locked" in page
    assert f"Supervision was due by {entry.supervision_due:%-d.%-m.%Y}" in page


def test_the_person_page_shows_the_audit_trail(coordinator_client, api):
    entry = f.certified_worker()
    api.get(f"/api/v1/roster/{entry.pk}/certification")
    page = coordinator_client.get(f"/roster/people/{entry.pk}/").content.decode()
    assert api.api_client.name in page


def test_the_audit_log_lists_checks_and_matches(coordinator_client, api):
    entry = f.certified_worker()
    api.get(f"/api/v1/roster/{entry.pk}/certification")
    api.post("/api/v1/match/", {"municipality": "758"}, format="json")
    page = coordinator_client.get("/roster/audit/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert page.count(f"<td>{api.api_client.name}</td>") == 2
    assert "Certification check" in page and "Match" in page and "municipality=758" in page


def test_the_csv_export_has_a_row_per_person_searched(coordinator_client):
    good = f.certified_worker(languages=["fi", "se"], themes=["nature"])
    f.certified_worker(municipality_name="Salla")
    response = coordinator_client.get("/roster/export.csv", {"q": "Sodankylä"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Id", "Name", "E-mail"]
    assert [row[0] for row in rows[1:]] == [str(good.pk)]
    assert "In good standing" in rows[1] and "fi se" in rows[1]


def test_the_csv_export_keeps_spreadsheets_from_running_formulas(coordinator_client):
    entry = f.certified_worker()
    entry.person.first_name = "=HYPERLINK(1)"
    entry.person.save()
    body = b"".join(coordinator_client.get("/roster/export.csv").streaming_content).decode()
    assert "'=HYPERLINK(1)" in body


def test_the_search_page_makes_the_same_number_of_queries_for_1_and_20_people(
    coordinator_client, django_assert_num_queries
):
    f.certified_worker()
    coordinator_client.get("/roster/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        coordinator_client.get("/roster/")
    for _ in range(19):
        f.certified_worker(languages=["fi"])
    with django_assert_num_queries(len(one.captured_queries)):
        assert coordinator_client.get("/roster/").content.decode().count("badge--done") == 20


def test_a_bad_search_gets_400_with_the_message(coordinator_client):
    response = coordinator_client.get("/roster/", {"status": "nonsense"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_a_worker_sets_their_themes_capacity_and_pause(client):
    entry = f.certified_worker()
    client.force_login(entry.person)
    paused = (TODAY + datetime.timedelta(days=14)).isoformat()
    from roster.models import Theme

    nature = Theme.objects.get(code="nature")
    response = client.post(
        "/roster/mine/",
        {"themes": [nature.pk], "max_clients": 2, "current_clients": 1, "paused_until": paused, "gender": ""},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.max_clients, entry.current_clients, entry.paused_until.isoformat()) == (2, 1, paused)
    assert list(entry.themes.all()) == [nature]


def test_a_pause_in_the_past_is_refused_and_keeps_what_was_typed(client):
    entry = f.certified_worker()
    client.force_login(entry.person)
    yesterday = (TODAY - datetime.timedelta(days=1)).isoformat()
    response = client.post(
        "/roster/mine/", {"max_clients": 4, "current_clients": 0, "paused_until": yesterday}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose today or a later day" in page and f'value="{yesterday}"' in page and 'value="4"' in page
    entry.refresh_from_db()
    assert entry.paused_until is None and entry.max_clients == 3


def test_zero_clients_at_most_is_refused(client):
    entry = f.certified_worker()
    client.force_login(entry.person)
    response = client.post("/roster/mine/", {"max_clients": 0, "current_clients": 0}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400 and "pause instead" in response.content.decode()


def test_more_current_clients_than_the_maximum_is_refused_keeping_what_was_typed(client):
    entry = f.certified_worker()
    client.force_login(entry.person)
    response = client.post("/roster/mine/", {"max_clients": 3, "current_clients": 5})
    assert response.status_code == 400
    page = response.content.decode()
    assert "enemmän asiakkaita (5) kuin enimmäismääräsi (3)" in page and 'value="5"' in page
    entry.refresh_from_db()
    assert entry.current_clients == 0


def test_a_coordinator_cannot_set_more_current_clients_than_the_maximum(coordinator_client):
    entry = f.certified_worker()
    response = coordinator_client.post(
        f"/roster/people/{entry.pk}/", {"max_clients": 2, "current_clients": 3}, HTTP_ACCEPT_LANGUAGE="sv"
    )
    assert response.status_code == 400
    assert "fler klienter (3) än ditt högsta antal (2)" in response.content.decode()
    entry.refresh_from_db()
    assert entry.current_clients == 0


def test_a_coordinator_sets_a_workers_details_on_their_page(coordinator_client):
    entry = f.certified_worker()
    response = coordinator_client.post(f"/roster/people/{entry.pk}/", {"max_clients": 6, "current_clients": 2})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.max_clients, entry.current_clients) == (6, 2)


def test_people_not_on_the_roster_have_no_roster_details_page(client):
    client.force_login(f.trainee())
    assert client.get("/roster/mine/").status_code == 404


def test_a_worker_cannot_set_someone_elses_details():
    entry = f.certified_worker()
    other = f.certified_worker()
    with pytest.raises(PermissionDenied):
        services.update_worker_settings(entry, by=other.person, themes=[], max_clients=1, current_clients=0)


def test_the_main_navigation_links_to_the_roster_for_coordinators_only(client):
    client.force_login(f.coordinator())
    assert 'href="/roster/"' in client.get("/").content.decode()
    client.force_login(f.trainee())
    assert 'href="/roster/"' not in client.get("/").content.decode()


def test_the_roster_pages_read_in_finnish_and_swedish(coordinator_client):
    f.certified_worker()
    finnish = coordinator_client.get("/roster/", HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Linkkihenkilörekisteri" in finnish and "Voimassa, kaikki kunnossa" in finnish
    swedish = coordinator_client.get("/roster/", HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Register över länkpersoner" in swedish and "Giltigt, allt i ordning" in swedish


def test_the_audit_log_and_a_persons_trail_make_the_same_number_of_queries_for_1_and_20_entries(
    coordinator_client, api, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    entry = f.certified_worker()
    url = f"/api/v1/roster/{entry.pk}/certification"
    api.get(url)
    coordinator_client.get("/roster/audit/")
    with CaptureQueriesContext(connection) as audit_one:
        coordinator_client.get("/roster/audit/")
    with CaptureQueriesContext(connection) as person_one:
        coordinator_client.get(f"/roster/people/{entry.pk}/")
    # Counted now: the requests below reset the connection's query log the contexts read from.
    audit_queries, person_queries = len(audit_one.captured_queries), len(person_one.captured_queries)
    for _ in range(19):
        api.get(url)
        api.post("/api/v1/match/", {"municipality": "758"}, format="json")
    with django_assert_num_queries(audit_queries):
        assert coordinator_client.get("/roster/audit/").content.decode().count("<tr>") == 40
    with django_assert_num_queries(person_queries):
        coordinator_client.get(f"/roster/people/{entry.pk}/")
