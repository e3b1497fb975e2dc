"""What the referral system's API tells about a link worker's supervision: a due date, never the log's text."""

import datetime

import pytest
from rest_framework.test import APIClient

from tests import factories as f

from .conftest import SECRET

pytestmark = pytest.mark.django_db


def test_private_notes_and_session_texts_never_reach_the_api():
    entry = f.certified_worker()
    mentor = f.mentor()
    f.pair(entry.person, mentor)
    f.supervision_session(
        mentor,
        [entry.person],
        held_on=datetime.date.today() - datetime.timedelta(days=3),
        private_notes=SECRET,
        summary=f"{SECRET}-yhteenveto",
        action_points=f"{SECRET}-sovittua",
    )
    _client, raw = f.api_client()
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    for url in ("/api/v1/roster/", f"/api/v1/roster/{entry.pk}", f"/api/v1/roster/{entry.pk}/certification"):
        response = api.get(url)
        assert response.status_code == 200, (url, response.content)
        assert SECRET not in response.content.decode(), url
    assert "supervision_due" in api.get(f"/api/v1/roster/{entry.pk}").json()
