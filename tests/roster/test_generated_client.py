"""A client generated from the live schema with openapi-python-client, used as the referral system
would use it, against Linkki served on loopback."""

import importlib
import json
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests import factories as f

pytestmark = [pytest.mark.contract, pytest.mark.django_db(transaction=True)]

GENERATOR = Path(sys.executable).with_name("openapi-python-client")


@pytest.fixture
def generated(live_server, tmp_path, monkeypatch):
    """The package openapi-python-client writes for the schema the server serves now."""
    with urllib.request.urlopen(f"{live_server.url}/api/schema/?format=json", timeout=30) as response:
        (tmp_path / "schema.json").write_bytes(response.read())
    (tmp_path / "config.yaml").write_text("post_hooks: []\n")  # no formatter: the code only has to run
    subprocess.run(
        [
            GENERATOR,
            "generate",
            "--path",
            tmp_path / "schema.json",
            "--output-path",
            tmp_path / "linkki_client",
            "--meta",
            "none",
            "--config",
            tmp_path / "config.yaml",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield lambda name: importlib.import_module(f"linkki_client{name}")
    for name in [name for name in sys.modules if name == "linkki_client" or name.startswith("linkki_client.")]:
        del sys.modules[name]


def test_a_generated_client_lists_retrieves_checks_and_matches(generated, live_server):
    sami = f.certified_worker(languages=["se", "fi"], themes=["nature"], municipality_name="Inari")
    undated = f.certified_worker(municipality_name="Inari")
    undated.supervision_due = undated.paused_until = None
    undated.save()
    _client, raw = f.api_client()

    client_module, models = generated(""), generated(".models")
    roster = {
        name: generated(f".api.roster.{name}")
        for name in ("list_roster", "get_roster_entry", "check_certification", "match_referral")
    }
    api = client_module.AuthenticatedClient(base_url=live_server.url, token=raw, raise_on_unexpected_status=True)

    first = roster["list_roster"].sync(client=api, page_size=1, municipality=[models.ListRosterMunicipalityItem("148")])
    assert isinstance(first, models.PaginatedRosterEntryList)
    assert [row.id for row in first.results] == [sami.pk]
    cursor = parse_qs(urlparse(first.next_).query)["cursor"][0]
    second = roster["list_roster"].sync(client=api, page_size=1, cursor=cursor)
    assert [row.id for row in second.results] == [undated.pk]
    assert second.results[0].supervision_due is None and second.results[0].paused_until is None
    assert first.results[0].status == models.StatusEnum.IN_GOOD_STANDING
    assert {language.code for language in first.results[0].languages} == {"se", "fi"}

    entry = roster["get_roster_entry"].sync_detailed(client=api, id=sami.pk)
    assert entry.status_code == 200 and entry.parsed.name == sami.person.get_full_name()
    etag = entry.headers["ETag"]
    again = roster["get_roster_entry"].sync_detailed(client=api, id=sami.pk, if_none_match=f"W/{etag}")
    assert again.status_code == 304 and again.parsed is None
    missing = roster["get_roster_entry"].sync(client=api, id=f.trainee().pk)
    assert isinstance(missing, models.Error) and missing.detail == "Nobody with this id is on the roster."

    check = roster["check_certification"].sync(client=api, id=undated.pk)
    assert isinstance(check, models.Certification)
    assert check.is_in_good_standing and check.valid_until == undated.valid_until

    needs = models.MatchRequest(
        municipality=models.MunicipalityEnum("148"),
        languages=[models.LanguagesEnum("se")],
        themes=[models.ThemesEnum("nature")],
    )
    matched = roster["match_referral"].sync(client=api, body=needs)
    assert [candidate.id for candidate in matched.candidates] == [sami.pk, undated.pk]
    assert matched.candidates[0].score > matched.candidates[1].score
    assert "language" in [reason.code for reason in matched.candidates[0].reasons]

    refused = roster["match_referral"].sync(
        client=api, body=models.MatchRequest(municipality=models.MunicipalityEnum("148"), limit=0)
    )
    assert isinstance(refused, models.ValidationError)
    assert json.dumps(refused.to_dict()["limit"]).startswith('["Ensure this value is greater than or equal to 1')
