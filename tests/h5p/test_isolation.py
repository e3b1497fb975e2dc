import json
import re
import time

import pytest
from django.test import Client
from django.urls import reverse

from h5p import access
from tests import factories as f

pytestmark = pytest.mark.django_db


def player_src(client, activity):
    page = client.get(activity.get_absolute_url()).content.decode()
    return re.search(r'<iframe class="h5p-player__frame" src="([^"]+)"', page).group(1)


@pytest.fixture
def src(client, world):
    client.force_login(world.trainee)
    return player_src(client, world.activity)


def policy(response):
    return dict((part.strip().split(" ", 1) + [""])[:2] for part in response["Content-Security-Policy"].split(";"))


def test_the_player_frame_is_sandboxed_without_its_own_origin(client, world):
    client.force_login(world.trainee)
    page = client.get(world.activity.get_absolute_url()).content.decode()
    frame = re.search(r"<iframe[^>]*>", page, re.S).group(0)
    assert 'sandbox="allow-scripts"' in frame
    assert "allow-same-origin" not in frame
    assert "/h5p-content/" in frame


def test_the_content_document_opens_with_its_token_alone(src):
    response = Client().get(src)
    assert response.status_code == 200
    assert b"h5p-config" in response.content


def test_content_paths_never_load_the_session_even_when_the_cookie_is_sent(client, src, monkeypatch):
    from django.contrib.sessions.backends.db import SessionStore

    def refuse(self):
        raise AssertionError("a content path loaded the session")

    monkeypatch.setattr(SessionStore, "load", refuse)
    assert client.cookies["sessionid"].value  # the logged-in trainee's browser sends its cookie
    response = client.get(src)
    assert response.status_code == 200
    assert not response.cookies


def test_the_isolation_middleware_hides_cookies_from_content_views_and_sets_none(rf):
    from django.http import HttpResponse

    from h5p.middleware import ContentIsolationMiddleware

    seen = {}

    def view(request):
        seen["cookies"], seen["header"] = dict(request.COOKIES), request.META.get("HTTP_COOKIE")
        response = HttpResponse("ok")
        response.set_cookie("sessionid", "stolen")
        response["X-Frame-Options"] = "DENY"
        return response

    request = rf.get("/h5p-content/anything/", HTTP_COOKIE="sessionid=abc; csrftoken=def")
    response = ContentIsolationMiddleware(view)(request)
    assert seen == {"cookies": {}, "header": None}
    assert not response.cookies
    assert "X-Frame-Options" not in response
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_the_isolation_middleware_leaves_lms_paths_alone(rf):
    from django.http import HttpResponse

    from h5p.middleware import ContentIsolationMiddleware

    request = rf.get("/activities/1/", HTTP_COOKIE="sessionid=abc")
    response = ContentIsolationMiddleware(lambda r: HttpResponse(r.COOKIES["sessionid"]))(request)
    assert response.content == b"abc"
    assert "Content-Security-Policy" not in response


def test_every_content_answer_carries_a_strict_policy(src):
    response = Client().get(src)
    rules = policy(response)
    assert rules["default-src"] == "'none'"
    assert rules["frame-ancestors"] == "http://testserver"
    # Content may fetch its own files, the player's and the libraries' and nothing else: no LMS endpoint.
    from h5p.player_files import player

    own = src.rstrip("/") + "/"
    assert rules["connect-src"] == (
        f"{own} http://testserver/h5p-content/player/{player().version}/ http://testserver/h5p-content/libraries/"
    )
    assert "http://testserver/h5p/" not in rules["connect-src"]
    assert rules["form-action"] == "'none'"
    assert "unsafe" not in rules["script-src"]  # no inline script or eval: content text cannot become code
    assert "X-Frame-Options" not in response
    assert response["Referrer-Policy"] == "no-referrer"


def test_content_and_library_files_are_served_under_the_token(src):
    anonymous = Client()
    h5p_json = anonymous.get(src + "package/h5p.json")
    assert h5p_json.status_code == 200
    assert json.loads(b"".join(h5p_json.streaming_content))["mainLibrary"] == "Linkki.Choice"
    assert h5p_json["Access-Control-Allow-Origin"] == "*"
    assert "frame-ancestors" in h5p_json["Content-Security-Policy"]
    assert anonymous.get(src + "package/content/content.json").status_code == 200
    script = anonymous.get(src + "libraries/Linkki.Choice-1.0/choice.js")
    assert script.status_code == 200
    assert script["Content-Type"].startswith("text/javascript")
    assert b"Linkki.Choice" in b"".join(script.streaming_content)


def test_only_the_contents_own_files_are_served(src, world):
    other = f.h5p_activity(package=None)
    anonymous = Client()
    assert anonymous.get(src + "libraries/Linkki.Choice-1.0/missing.js").status_code == 404
    assert anonymous.get(src + "libraries/H5P.Other-1.0/library.json").status_code == 404
    assert anonymous.get(src + "package/content/../h5p.json").status_code == 404
    assert anonymous.get(src + f"package/../../{other.h5p_content.folder}/content/content.json").status_code == 404


def test_a_forged_or_altered_token_opens_nothing(src):
    anonymous = Client()
    token = src.rstrip("/").rsplit("/", 1)[1]
    forged = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    assert anonymous.get(src.replace(token, forged)).status_code == 404
    assert anonymous.get(reverse("h5p_content:document", args=["not-a-token"])).status_code == 404


def test_an_expired_token_opens_nothing(src, settings, monkeypatch):
    settings.H5P_CONTENT_TOKEN_MAX_AGE = 60
    later = time.time() + 60 + access.ROUND_SECONDS + 5
    monkeypatch.setattr(time, "time", lambda: later)
    assert Client().get(src).status_code == 404


def test_a_token_is_tied_to_its_trainee_and_activity(world):
    token = access.content_token(world.trainee, world.activity)
    grant = access.read_content_token(token)
    assert (grant.user_id, grant.activity_id) == (world.trainee.pk, world.activity.pk)


def test_the_player_can_point_to_a_content_host_of_its_own(client, world, settings):
    settings.H5P_CONTENT_ORIGIN = "https://h5p.linkki.example"
    settings.SITE_URL = "https://linkki.example"
    client.force_login(world.trainee)
    src = player_src(client, world.activity)
    assert src.startswith("https://h5p.linkki.example/h5p-content/")
    response = Client().get(src.replace("https://h5p.linkki.example", ""))
    rules = policy(response)
    assert rules["frame-ancestors"] == "https://linkki.example"
    assert rules["connect-src"].startswith("https://h5p.linkki.example/h5p-content/")


def test_the_content_document_makes_a_fixed_number_of_queries(src, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        Client().get(src)


def test_content_plays_from_any_django_storage_backend(client, settings):
    """Nothing reads files from disk directly, so an object store (S3 through django-storages) serves too."""
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
    activity = f.h5p_activity()
    trainee = f.enrolled_trainee(activity.module.course)
    client.force_login(trainee)
    src = player_src(client, activity)
    anonymous = Client()
    script = anonymous.get(src + "libraries/Linkki.Choice-1.0/choice.js")
    assert script.status_code == 200 and b"Linkki.Choice" in b"".join(script.streaming_content)
    assert not (settings.MEDIA_ROOT / "h5p").exists()


def sandbox_of(response):
    first = response["Content-Security-Policy"].split(";", 1)[0].split()
    assert first[0] == "sandbox", response["Content-Security-Policy"]
    return set(first[1:])


def test_the_player_document_is_an_opaque_origin_even_when_opened_on_its_own(src):
    # Scripts only: no same origin, forms, popups, top navigation or downloads.
    assert sandbox_of(Client().get(src)) == {"allow-scripts"}


def test_content_and_library_files_opened_on_their_own_are_documents_without_script(client, world):
    from tests.h5p.hostile import CONTENT_DOCUMENTS, LIBRARY_DOCUMENTS, hostile_package

    activity = f.h5p_activity(module=world.activity.module, package=hostile_package())
    client.force_login(world.coordinator)
    src = player_src(client, activity)
    anonymous = Client()
    addresses = [src + "package/h5p.json", src + "libraries/Linkki.Choice-1.0/probe.js"]
    addresses += [src + f"package/content/{path}" for path in CONTENT_DOCUMENTS]
    addresses += [src + f"libraries/Linkki.Choice-1.0/{path}" for path in LIBRARY_DOCUMENTS]
    for address in addresses:
        response = anonymous.get(address)
        assert response.status_code == 200, address
        assert sandbox_of(response) == set(), address
        assert "script-src" not in response["Content-Security-Policy"]
        assert response["X-Content-Type-Options"] == "nosniff"


def test_refusals_on_content_paths_are_sandboxed_too(src):
    anonymous = Client()
    for address in [src + "package/content/missing.svg", "/h5p-content/not-a-token/", "/h5p-content/"]:
        response = anonymous.get(address)
        assert response.status_code == 404
        assert sandbox_of(response) == set()


def test_a_site_wide_policy_set_on_a_content_answer_is_replaced_by_the_sandbox(rf):
    from django.http import HttpResponse

    from h5p.middleware import ContentIsolationMiddleware

    def view(request):
        response = HttpResponse("<svg/>", content_type="image/svg+xml")
        response["Content-Security-Policy"] = "default-src 'self'; script-src 'self'"
        return response

    response = ContentIsolationMiddleware(view)(rf.get("/h5p-content/anything/"))
    assert sandbox_of(response) == set()
    assert "script-src 'self'" not in response["Content-Security-Policy"]


def test_uploaded_files_served_with_debug_on_are_sandboxed_documents(rf, settings):
    from common.media import serve_media

    folder = settings.MEDIA_ROOT / "h5p" / "content" / "abc" / "content"
    folder.mkdir(parents=True)
    (folder / "probe.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    response = serve_media(rf.get("/media/h5p/content/abc/content/probe.svg"), "h5p/content/abc/content/probe.svg")
    assert response.status_code == 200
    assert sandbox_of(response) == set()
    assert "script-src" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
