"""Schemathesis against the API served on loopback: every check, a few hundred cases, no failure."""

import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests import factories as f

from .conftest import token_client

pytestmark = [pytest.mark.contract, pytest.mark.django_db(transaction=True)]

SCHEMATHESIS = Path(sys.executable).with_name("st")
# With the coverage and stateful phases, about 900 cases in all.
CASES_PER_OPERATION = 40


def test_schemathesis_with_every_check_finds_nothing_wrong(live_server, tmp_path):
    for municipality in ("Sodankylä", "Inari", "Rovaniemi"):
        f.certified_worker(municipality_name=municipality, languages=["fi", "se"], themes=["nature"])
    f.certified_worker(municipality_name="Inari", remote=True, contracts=["Sodankylä"])
    _client, raw = f.api_client(requests_per_minute=1_000_000)
    # A cursor is opaque: one drawn at random is almost never valid, and a 400 for it is right (see
    # test_api_contract). The run uses a real one, so that valid requests are tried with it.
    first_page = token_client(raw).get("/api/v1/roster/", {"page_size": 1}).json()
    cursor = parse_qs(urlparse(first_page["next"]).query)["cursor"][0]
    (tmp_path / "schemathesis.toml").write_text(f'[parameters]\n"query.cursor" = "{cursor}"\n')

    run = subprocess.run(
        [
            SCHEMATHESIS,
            "--config-file",
            tmp_path / "schemathesis.toml",
            "run",
            f"{live_server.url}/api/schema/?format=json",
            "--checks",
            "all",
            "--max-examples",
            str(CASES_PER_OPERATION),
            "--seed",
            "20261203",
            "--workers",
            "1",
            "--header",
            f"Authorization: Bearer {raw}",
            "--request-timeout",
            "30",
            "--no-color",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-5000:]
