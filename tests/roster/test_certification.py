import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from roster.models import AuditEntry
from tests import factories as f

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def url(entry):
    return f"/api/v1/roster/{entry.pk}/certification"


def test_the_certification_check_answers_the_standing_and_dates(api):
    entry = f.certified_worker()
    body = api.get(url(entry)).json()
    assert body["status"] == "in_good_standing" and body["is_in_good_standing"] is True
    assert body["valid_until"] == entry.valid_until.isoformat()
    assert body["id"] == entry.person_id and body["name"] == entry.person.get_full_name()


def test_the_check_computes_the_standing_afresh_on_the_expiry_date(api, monkeypatch):
    entry = f.certified_worker(issued_on=TODAY - datetime.timedelta(days=730))  # valid until today
    assert api.get(url(entry)).json()["status"] == "in_good_standing"
    tomorrow = TODAY + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)
    body = api.get(url(entry)).json()
    assert body["status"] == "expired" and body["is_in_good_standing"] is False
    entry.refresh_from_db()
    assert entry.status == "expired"


def test_each_check_is_written_to_the_audit_log(api):
    entry = f.certified_worker()
    api.get(url(entry))
    audit = AuditEntry.objects.get()
    assert audit.kind == "certification" and audit.client == api.api_client
    assert list(audit.people.all()) == [entry.person]
    assert audit.query == {"id": entry.pk}


def test_a_coordinators_check_is_logged_under_their_name():
    entry = f.certified_worker()
    coordinator = f.coordinator()
    http = APIClient()
    http.force_login(coordinator)
    assert http.get(url(entry)).status_code == 200
    audit = AuditEntry.objects.get()
    assert audit.user == coordinator and audit.client is None


def test_someone_not_on_the_roster_is_404(api):
    assert api.get(f"/api/v1/roster/{f.trainee().pk}/certification").status_code == 404
    assert api.get("/api/v1/roster/0/certification").status_code == 404
