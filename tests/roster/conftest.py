import pytest
from rest_framework.test import APIClient

from tests import factories as f


@pytest.fixture
def api(db):
    """An API client holding a token with both scopes."""
    client, raw = f.api_client()
    http = APIClient()
    http.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    http.api_client = client
    return http


def token_client(raw):
    http = APIClient()
    http.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    return http
