"""Open Badges against the 1EdTech OB 3.0 AchievementCredential JSON schema.

The schema's licence does not let us keep a copy here: tests/certificates/schemas/README.md says where
to put it (or set OPEN_BADGES_SCHEMA). Without it these tests are skipped.
"""

import json
import os
from pathlib import Path

import jsonschema
import pytest
from django.urls import reverse

from certificates import services

from .conftest import TODAY

pytestmark = pytest.mark.django_db

SCHEMA = Path(
    os.environ.get("OPEN_BADGES_SCHEMA")
    or Path(__file__).parent / "schemas" / "ob_v3p0_achievementcredential_schema.json"
)


@pytest.fixture
def validator():
    if not SCHEMA.is_file():
        pytest.skip(f"the 1EdTech OB 3.0 schema is not at {SCHEMA} (see tests/certificates/schemas/README.md)")
    schema = json.loads(SCHEMA.read_text())
    return jsonschema.Draft201909Validator(schema, format_checker=jsonschema.Draft201909Validator.FORMAT_CHECKER)


@pytest.fixture
def badge(client, world):
    certificate = services.issue_certificate(world.ready, world.course, on=TODAY)
    client.force_login(world.ready)
    return client.get(reverse("certificates:badge", args=[certificate.pk])).json()


def test_badge_is_valid_against_the_1edtech_schema(validator, badge):
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(badge)]
    assert errors == []


def test_the_schema_refuses_a_proof_that_is_not_a_list(validator, badge):
    assert not validator.is_valid({**badge, "proof": badge["proof"][0]})
