"""The player's files are compressed, named by a hash and cached for a year; shared library files have an
address without a token; the LMS page hands files to the sandboxed frame only from those addresses."""

import gzip
import json
import re

import pytest
from django.test import Client

from h5p.player_files import player
from tests.h5p.test_isolation import player_src, sandbox_of

pytestmark = pytest.mark.django_db


def config_of(client, src):
    page = client.get(src).content.decode()
    return json.loads(re.search(r'<script id="h5p-config" type="application/json">(.*?)</script>', page, re.S).group(1))


@pytest.fixture
def src(client, world):
    client.force_login(world.trainee)
    return player_src(client, world.activity)


def test_the_player_bundle_is_served_gzipped_under_its_hash_and_cached_for_a_year(src):
    frame_js = config_of(Client(), src)["frameJs"]
    assert f"/h5p-content/player/{player().version}/frame.bundle.js" in frame_js
    response = Client().get(frame_js, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "gzip"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert "Accept-Encoding" in response["Vary"]
    original = (player().files["frame.bundle.js"]).data
    assert gzip.decompress(response.content) == original
    assert len(response.content) < len(original) / 2
    assert sandbox_of(response) == set()
    plain = Client().get(frame_js)
    assert "Content-Encoding" not in plain and plain.content == original


def test_a_player_file_of_another_version_or_name_is_not_served():
    assert Client().get("/h5p-content/player/0000000000000000/frame.bundle.js").status_code == 404
    assert Client().get(f"/h5p-content/player/{player().version}/../settings.py").status_code == 404
    assert Client().get(f"/h5p-content/player/{player().version}/missing.js").status_code == 404


def test_the_version_changes_with_the_files(monkeypatch, tmp_path):
    from h5p import player_files

    before = player().version
    (tmp_path / "sandbox.js").write_text("changed")
    monkeypatch.setattr(player_files, "OWN", tmp_path)
    player_files.player.cache_clear()
    try:
        assert player().version != before
    finally:
        monkeypatch.undo()
        player_files.player.cache_clear()
    assert player().version == before


def test_library_files_have_one_address_for_everyone_and_are_kept_by_browsers(src, world):
    libraries = config_of(Client(), src)["librariesPath"]
    assert libraries == "http://testserver/h5p-content/libraries"
    response = Client().get(libraries + "/Linkki.Choice-1.0/choice.js")
    assert response.status_code == 200
    assert b"Linkki.Choice" in b"".join(response.streaming_content)
    assert response["Cache-Control"] == "public, max-age=86400"
    assert sandbox_of(response) == set()
    assert not response.cookies


def test_only_stored_files_of_libraries_some_content_uses_are_served(world):
    from h5p.models import Library

    Library.objects.create(
        machine_name="H5P.Unused", major_version=1, minor_version=0, patch_version=0, files=["unused.js"]
    )
    anonymous = Client()
    assert anonymous.get("/h5p-content/libraries/H5P.Unused-1.0/unused.js").status_code == 404
    assert anonymous.get("/h5p-content/libraries/Linkki.Choice-1.0/missing.js").status_code == 404
    assert anonymous.get("/h5p-content/libraries/Linkki.Choice-x/choice.js").status_code == 404
    assert anonymous.get("/h5p-content/libraries/Linkki.Choice-1.0/../../h5p.json").status_code == 404


def test_a_shared_library_file_takes_one_query(world, django_assert_num_queries):
    with django_assert_num_queries(1):
        Client().get("/h5p-content/libraries/Linkki.Choice-1.0/choice.js")


def test_the_page_hands_files_to_the_frame_only_from_the_player_the_libraries_and_this_content(client, world, src):
    page = client.get(world.activity.get_absolute_url()).content.decode()
    prefixes = json.loads(re.search(r'data-relay="([^"]+)"', page).group(1).replace("&quot;", '"'))
    assert prefixes == [
        f"http://testserver/h5p-content/player/{player().version}/",
        "http://testserver/h5p-content/libraries/",
        src,
    ]
    config = config_of(Client(), src)
    assert all(any(url.startswith(prefix) for prefix in prefixes) for url in config["relay"])
    assert src + "package/content/content.json" in config["relay"]
    assert "http://testserver/h5p-content/libraries/Linkki.Choice-1.0/choice.js" in config["relay"]


def test_the_frames_one_inline_script_is_allowed_by_its_hash_alone(src):
    import base64
    import hashlib

    response = Client().get(src)
    inline = re.search(r"<script>(.*?)</script>", response.content.decode(), re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
    script_src = response["Content-Security-Policy"].split("script-src", 1)[1].split(";", 1)[0]
    assert f"'sha256-{digest}'" in script_src
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
