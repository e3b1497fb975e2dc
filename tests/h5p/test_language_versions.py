"""An H5P activity in several languages: a package per language, played by language, results kept together."""

import json
import re

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from common.models import ContentFallback
from h5p import services
from h5p.minimal import choice_content, choice_package
from h5p.models import LanguageVersion
from tests import factories as f
from tests.utils import count_queries

from .contenttypes import canvas_package

pytestmark = pytest.mark.django_db

SWEDISH = choice_content(
    "Vad är länkpersonens uppgift?", ["Att vårda", "Att gå bredvid"], correct=1, check="Kontrollera"
)
ENGLISH = choice_content("What is the link worker's task?", ["To treat", "To walk alongside"], correct=1)


def add_version(world, language, content, title):
    return services.import_language_version(
        world.activity.h5p_content,
        choice_package(title=title, content=content, language=language),
        language,
        by=world.trainer,
    )


def frame_of(client, world, language):
    client.force_login(world.trainee)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(world.activity.get_absolute_url()).content.decode()
    return re.search(r'<iframe class="h5p-player__frame"[^>]*>', page).group(0)


def played_question(frame):
    src = re.search(r'src="([^"]+)"', frame).group(1)
    document = Client().get(src).content.decode()
    content = json.loads(Client().get(src + "package/content/content.json").getvalue())
    return re.search(r'<html lang="([^"]*)">', document).group(1), content["question"]


def test_a_swedish_trainee_plays_the_swedish_version(client, world):
    add_version(world, "sv", SWEDISH, "Länkpersonens uppgift")
    frame = frame_of(client, world, "sv")
    assert 'title="Länkpersonens uppgift"' in frame
    assert 'lang="sv"' in frame
    assert played_question(frame) == ("sv", "Vad är länkpersonens uppgift?")


def test_a_finnish_trainee_plays_the_package_itself(client, world):
    add_version(world, "sv", SWEDISH, "Länkpersonens uppgift")
    frame = frame_of(client, world, "fi")
    assert 'lang="fi"' in frame
    assert played_question(frame) == ("fi", "Mikä on linkkihenkilön tehtävä?")


def test_without_a_version_in_their_language_a_trainee_plays_the_next_in_the_fallback_order(client, world):
    add_version(world, "sv", SWEDISH, "Länkpersonens uppgift")
    # English interface: en, fi, sv; the package is in Finnish.
    assert played_question(frame_of(client, world, "en"))[1] == "Mikä on linkkihenkilön tehtävä?"


def test_the_order_a_trainer_set_chooses_among_the_versions(client, world):
    add_version(world, "en", ENGLISH, "The link worker's task")
    ContentFallback.objects.create(language="sv", order="sv, en, fi")
    assert played_question(frame_of(client, world, "sv")) == ("en", "What is the link worker's task?")


def test_the_activity_page_takes_the_same_queries_for_no_or_two_versions(client, world):
    client.force_login(world.trainee)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    client.get(world.activity.get_absolute_url())
    none = count_queries(client.get, world.activity.get_absolute_url())
    add_version(world, "sv", SWEDISH, "Länkpersonens uppgift")
    add_version(world, "en", ENGLISH, "The link worker's task")
    assert count_queries(client.get, world.activity.get_absolute_url()) == none


def upload(data, name="lankperson.h5p"):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def version_url(world):
    return reverse("h5p:language_version", args=[world.activity.pk])


def test_a_trainer_uploads_a_language_version_on_the_package_page(client, world):
    client.force_login(world.trainer)
    response = client.post(
        version_url(world), {"language": "sv", "package": upload(choice_package(content=SWEDISH, language="sv"))}
    )
    assert response.status_code == 302
    version = LanguageVersion.objects.get(content__activity=world.activity)
    assert version.language == "sv"
    page = client.get(reverse("h5p:package", args=[world.activity.pk]), HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Kieliversio (ruotsi) on tallennettu." in page
    assert "Poista kieliversio (ruotsi)" in page


def test_uploading_a_language_again_replaces_it_and_its_files(client, world, django_capture_on_commit_callbacks):
    first = add_version(world, "sv", SWEDISH, "Första")
    old = f"h5p/content/{first.folder}/h5p.json"
    client.force_login(world.trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            version_url(world), {"language": "sv", "package": upload(choice_package(title="Andra", language="sv"))}
        )
    assert response.status_code == 302
    assert [version.title for version in LanguageVersion.objects.all()] == ["Andra"]
    assert not default_storage.exists(old)


@pytest.mark.parametrize(
    "data, message",
    [
        ({"language": "fi"}, "Tehtävän paketti on jo tällä kielellä."),
        ({"language": "xx"}, "Valitse oikea vaihtoehto."),
        ({"language": "sv", "package": None}, "Tämä kenttä vaaditaan."),
        ({"language": "sv", "name": "kysymys.zip"}, "Valitse tiedosto, jonka nimi päättyy .h5p."),
        (
            {"language": "sv", "other_type": True},
            "Kieliversion on oltava samaa sisältötyyppiä kuin tehtävän paketti",
        ),
        ({"language": "sv", "garbage": True}, "H5P"),
    ],
)
def test_a_bad_language_version_is_refused_with_the_reason_and_nothing_is_stored(client, world, data, message):
    if data.get("other_type"):
        package = canvas_package()
    elif data.get("garbage"):
        package = b"not a zip"
    else:
        package = choice_package(content=SWEDISH, language="sv")
    post = {"language": data["language"]}
    if "package" not in data:
        post["package"] = upload(package, data.get("name", "lankperson.h5p"))
    client.force_login(world.trainer)
    response = client.post(version_url(world), post, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not LanguageVersion.objects.exists()


@pytest.mark.parametrize("role", ["trainee", "mentor", "coordinator"])
def test_only_trainers_and_administrators_add_or_remove_language_versions(client, world, role):
    version = add_version(world, "en", ENGLISH, "The link worker's task")
    client.force_login(getattr(world, role))
    package = upload(choice_package(content=SWEDISH, language="sv"))
    assert client.post(version_url(world), {"language": "sv", "package": package}).status_code == 403
    remove = reverse("h5p:remove_language_version", args=[world.activity.pk, "en"])
    assert client.post(remove).status_code == 403
    assert list(LanguageVersion.objects.all()) == [version]


def test_an_administrator_may_add_one_and_anonymous_visitors_are_sent_to_log_in(client, world):
    assert client.post(version_url(world), {"language": "sv"}).status_code == 302
    client.force_login(world.administrator)
    package = upload(choice_package(content=SWEDISH, language="sv"))
    assert client.post(version_url(world), {"language": "sv", "package": package}).status_code == 302
    assert LanguageVersion.objects.count() == 1


def test_the_language_endpoints_take_posts_only(client, world):
    client.force_login(world.trainer)
    assert client.get(version_url(world)).status_code == 405


def test_removing_a_version_deletes_its_files_and_its_trainees_play_the_package(
    client, world, django_capture_on_commit_callbacks
):
    version = add_version(world, "sv", SWEDISH, "Länkpersonens uppgift")
    stored = f"h5p/content/{version.folder}/h5p.json"
    assert default_storage.exists(stored)
    client.force_login(world.trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("h5p:remove_language_version", args=[world.activity.pk, "sv"]))
    assert response.status_code == 302
    assert not LanguageVersion.objects.exists()
    assert not default_storage.exists(stored)
    assert played_question(frame_of(client, world, "sv"))[1] == "Mikä on linkkihenkilön tehtävä?"


def test_removing_a_language_that_has_no_version_is_not_found(client, world):
    client.force_login(world.trainer)
    assert client.post(reverse("h5p:remove_language_version", args=[world.activity.pk, "sv"])).status_code == 404


def test_a_token_for_one_language_serves_that_versions_files_only(client, world):
    add_version(world, "sv", SWEDISH, "Länkpersonens uppgift")
    swedish_src = re.search(r'src="([^"]+)"', frame_of(client, world, "sv")).group(1)
    finnish_src = re.search(r'src="([^"]+)"', frame_of(Client(), world, "fi")).group(1)
    assert swedish_src != finnish_src
    swedish = json.loads(Client().get(swedish_src + "package/content/content.json").getvalue())
    finnish = json.loads(Client().get(finnish_src + "package/content/content.json").getvalue())
    assert swedish["checkLabel"] == "Kontrollera"
    assert finnish["checkLabel"] == "Tarkista"


def test_results_from_a_language_version_count_for_the_activity(client, world):
    add_version(world, "sv", SWEDISH, "Länkpersonens uppgift")
    services.record_xapi_statement(world.trainee, world.activity, f.xapi_statement(scaled=1.0, success=True))
    client.force_login(world.trainee)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "sv"
    page = client.get(world.activity.get_absolute_url()).content.decode()
    assert "100 %" in page
