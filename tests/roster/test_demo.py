import io

import pytest
from django.core.management import call_command

from roster.models import ApiToken, RosterEntry

from .conftest import token_client

pytestmark = pytest.mark.django_db


def test_demo_data_puts_three_workers_on_the_roster_and_prints_a_working_token_on_every_run():
    call_command("seed_demo", stdout=io.StringIO())
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert RosterEntry.objects.filter(status="in_good_standing").count() == 3
    assert ApiToken.objects.count() == 1
    raw = out.getvalue().split("API token for Lähetejärjestelmä (demo): ")[1].split()[0]
    response = token_client(raw).post("/api/v1/match/", {"municipality": "148", "languages": ["se"]}, format="json")
    assert response.json()["candidates"][0]["name"] == "Elle Magga"
