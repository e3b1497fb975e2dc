import json

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

from tests import factories as f
from tests.utils import count_queries, login

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "name"), [("fi", "Linkki-koulutus"), ("sv", "Linkki-utbildning"), ("en", "Linkki training")]
)
def test_manifest_names_the_app_in_the_language_of_the_page(client, language, name):
    response = client.get(reverse("offline:manifest"), {"lang": language})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == name
    assert manifest["lang"] == language
    assert manifest["start_url"] == "/"
    assert manifest["scope"] == "/"
    assert manifest["display"] == "standalone"


def test_manifest_for_an_unknown_language_is_in_the_default_language(client):
    manifest = json.loads(client.get(reverse("offline:manifest"), {"lang": "xx<script>"}).content)
    assert manifest["lang"] == "fi"
    assert manifest["name"] == "Linkki-koulutus"


def test_manifest_icons_are_our_own_files_of_the_size_they_claim(client):
    manifest = json.loads(client.get(reverse("offline:manifest")).content)
    sizes = set()
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon["src"]
        if icon["type"] == "image/png":
            width, height = Image.open(path).size
            assert icon["sizes"] == f"{width}x{height}"
            sizes.add((width, icon.get("purpose", "any")))
    assert {(192, "any"), (512, "any"), (192, "maskable"), (512, "maskable")} <= sizes


def test_manifest_and_worker_need_no_login_and_no_query(client):
    assert count_queries(client.get, reverse("offline:manifest")) == 0
    assert count_queries(client.get, reverse("offline:service_worker")) == 0


def test_service_worker_is_served_from_the_root_for_the_whole_site_and_never_cached(client):
    response = client.get(reverse("offline:service_worker"))
    assert reverse("offline:service_worker") == "/service-worker.js"
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"]
    source = response.content.decode()
    # The queue the pages share comes with the worker, so the worker imports no other script.
    assert "var LinkkiQueue" in source
    assert "importScripts" not in source
    assert source.index("var LinkkiQueue") < source.index('addEventListener("fetch"')


def test_worker_and_manifest_refuse_writes(client):
    assert client.post(reverse("offline:service_worker")).status_code == 405
    assert client.post(reverse("offline:manifest")).status_code == 405


def test_every_page_links_the_manifest_and_loads_the_offline_script_without_inline_script(client):
    login(client, f.trainee())
    page = client.get(reverse("dashboard")).content.decode()
    assert 'rel="manifest" href="/manifest.webmanifest?lang=fi"' in page
    assert 'data-service-worker="/service-worker.js"' in page
    assert 'src="/static/offline/offline.js"' in page
    assert "<script>" not in page


def test_offline_status_speaks_the_language_of_the_page(client):
    login(client, f.trainee())
    client.cookies["django_language"] = "sv"
    page = client.get(reverse("dashboard")).content.decode()
    assert 'data-offline="Du saknar uppkoppling.' in page
    assert 'data-waiting-other="{count} ändringar väntar på att skickas."' in page


def test_the_offline_status_names_its_owner_by_a_hash_not_by_id(client):
    first, second = f.trainee(), f.trainee()
    login(client, first)
    page_one = client.get(reverse("dashboard")).content.decode()
    login(client, second)
    page_two = client.get(reverse("dashboard")).content.decode()

    def owner(page):
        return page.split('data-owner="', 1)[1].split('"', 1)[0]

    assert owner(page_one) != owner(page_two)
    assert str(first.pk) != owner(page_one) and len(owner(page_one)) == 32


def test_a_visitor_who_is_not_logged_in_gets_no_offline_status(client):
    page = client.get(reverse("login")).content.decode()
    assert 'id="offline-status"' not in page
    assert 'rel="manifest"' in page
