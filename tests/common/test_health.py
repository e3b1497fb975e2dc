import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_broker_as_json(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert "mode" in body["broker"]


def test_healthz_reports_an_unreachable_broker(client, settings, monkeypatch):
    from linkki.celery import app

    unreachable = "redis://127.0.0.1:1/0"
    settings.CELERY_BROKER_URL = unreachable
    monkeypatch.setenv("CELERY_BROKER_URL", unreachable)  # Celery reads the environment first
    monkeypatch.setitem(app.conf, "broker_url", unreachable)
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["broker"]["ok"] is False
