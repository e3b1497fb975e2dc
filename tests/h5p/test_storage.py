import os
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.files.storage import default_storage

from h5p import services
from h5p.minimal import choice_package
from h5p.models import Attempt, Content, Library, Statement, UserData
from h5p.packages import PackageRejected
from tests import factories as f

pytestmark = pytest.mark.django_db


def stored_files():
    root = settings.MEDIA_ROOT
    if not os.path.isdir(root):
        return set()
    return {
        os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
        for folder, _dirs, names in os.walk(root)
        for name in names
    }


def h5p_activity():
    return f.ActivityFactory(kind="h5p")


def test_an_accepted_package_is_stored_through_the_storage_api(django_capture_on_commit_callbacks):
    activity = h5p_activity()
    with django_capture_on_commit_callbacks(execute=True):
        content = services.import_package(activity, choice_package(title="Kysymys"), by=None, file_name="k.h5p")
    assert content.title == "Kysymys"
    assert content.main_library == "Linkki.Choice"
    assert default_storage.exists(f"h5p/content/{content.folder}/content/content.json")
    assert default_storage.exists(f"h5p/content/{content.folder}/h5p.json")
    assert default_storage.exists("h5p/libraries/Linkki.Choice-1.0.0/choice.js")
    assert [str(library) for library in content.libraries.all()] == ["Linkki.Choice 1.0.0"]


def test_a_rejected_package_stores_nothing():
    activity = h5p_activity()
    with pytest.raises(PackageRejected):
        services.import_package(activity, b"not a zip", by=None)
    assert not Content.objects.exists()
    assert not Library.objects.exists()
    assert stored_files() == set()


def test_a_storage_failure_midway_leaves_nothing_behind(monkeypatch):
    activity = h5p_activity()
    real_save = default_storage.save

    def failing_save(name, content, **kwargs):
        if name.endswith("choice.css"):
            raise OSError("disk full")
        return real_save(name, content, **kwargs)

    monkeypatch.setattr(default_storage, "save", failing_save)
    with pytest.raises(OSError):
        services.import_package(activity, choice_package(), by=None)
    assert not Content.objects.exists()
    assert not Library.objects.exists()
    assert stored_files() == set()


def test_libraries_are_shared_by_packages_that_use_the_same_version():
    first, second = h5p_activity(), h5p_activity()
    services.import_package(first, choice_package(), by=None)
    services.import_package(second, choice_package(), by=None)
    assert Library.objects.count() == 1
    assert len([name for name in stored_files() if name.startswith("h5p/libraries/")]) == 3


def test_a_newer_patch_replaces_the_stored_library(django_capture_on_commit_callbacks):
    first, second = h5p_activity(), h5p_activity()
    with django_capture_on_commit_callbacks(execute=True):
        services.import_package(first, choice_package(patch_version=1), by=None)
    with django_capture_on_commit_callbacks(execute=True):
        services.import_package(second, choice_package(patch_version=3, library_js="/* newer */"), by=None)
    library = Library.objects.get()
    assert library.version == "1.0.3"
    assert default_storage.open("h5p/libraries/Linkki.Choice-1.0.3/choice.js").read() == b"/* newer */"
    assert not any(name.startswith("h5p/libraries/Linkki.Choice-1.0.1/") for name in stored_files())
    assert set(first.h5p_content.libraries.all()) == {library}


def test_an_older_patch_keeps_the_newer_library(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.import_package(h5p_activity(), choice_package(patch_version=5), by=None)
        services.import_package(h5p_activity(), choice_package(patch_version=2), by=None)
    assert Library.objects.get().version == "1.0.5"
    assert not any(name.startswith("h5p/libraries/Linkki.Choice-1.0.2/") for name in stored_files())


def test_replacing_a_package_keeps_attempts_and_statements_and_forgets_saved_state(django_capture_on_commit_callbacks):
    activity = f.h5p_activity()
    trainee = f.trainee()
    old_folder = activity.h5p_content.folder
    services.record_xapi_statement(trainee, activity, f.xapi_statement(scaled=0.5, raw=1, max_score=2))
    services.save_user_data(trainee, activity, '{"selected": 1}')
    with django_capture_on_commit_callbacks(execute=True):
        content = services.import_package(
            activity, choice_package(title="Uusi"), by=None, pass_threshold=Decimal("0.40")
        )
    assert content.pk == Content.objects.get().pk
    assert content.title == "Uusi"
    assert content.pass_threshold == Decimal("0.40")
    assert Statement.objects.filter(activity=activity).count() == 1
    assert Attempt.objects.filter(activity=activity).count() == 1
    assert not UserData.objects.exists()
    assert not any(old_folder in name for name in stored_files())
    assert default_storage.exists(f"h5p/content/{content.folder}/content/content.json")


def test_a_rejected_replacement_keeps_the_old_package():
    activity = f.h5p_activity()
    before = Content.objects.get()
    with pytest.raises(PackageRejected):
        services.import_package(activity, b"broken", by=None)
    after = Content.objects.get()
    assert (after.folder, after.title) == (before.folder, before.title)
    assert default_storage.exists(f"h5p/content/{after.folder}/content/content.json")


def test_a_real_package_stores_its_libraries_but_not_its_stray_top_level_file(shared_package):
    content = services.import_package(h5p_activity(), shared_package("valid/truefalse-standalone.h5p"), by=None)
    assert content.main_library == "H5P.TrueFalse"
    assert Library.objects.filter(machine_name="H5P.TrueFalse", patch_version=1).exists()
    # The stray top-level file of that package is not stored.
    assert not any("H5P_CONTENT_HERE" in name for name in stored_files())


def test_library_files_left_by_an_earlier_failure_do_not_block_the_next_import():
    from django.core.files.base import ContentFile

    default_storage.save("h5p/libraries/Linkki.Choice-1.0.0/choice.js", ContentFile(b"/* half written */"))
    services.import_package(h5p_activity(), choice_package(), by=None)
    assert b"Linkki.Choice" in default_storage.open("h5p/libraries/Linkki.Choice-1.0.0/choice.js").read()


def stored_folders():
    root = settings.MEDIA_ROOT
    if not os.path.isdir(root):
        return set()
    return {os.path.relpath(folder, root).replace(os.sep, "/") for folder, _dirs, _names in os.walk(root)} - {"."}


def package_with_an_unused_library():
    import json

    from h5p.minimal import package_files, zip_files

    files = package_files()
    files["Linkki.Unused-1.0/library.json"] = json.dumps(
        {
            "title": "Unused",
            "machineName": "Linkki.Unused",
            "majorVersion": 1,
            "minorVersion": 0,
            "patchVersion": 0,
            "runnable": 0,
            "preloadedJs": [{"path": "unused.js"}],
        }
    ).encode()
    files["Linkki.Unused-1.0/unused.js"] = b"/* no content needs this */"
    return zip_files(files)


def test_a_library_no_content_needs_is_neither_stored_nor_linked_nor_served(client):
    from django.test import Client
    from django.urls import reverse

    from h5p.access import content_token

    activity = h5p_activity()
    content = services.import_package(activity, package_with_an_unused_library(), by=None)
    assert [str(library) for library in content.libraries.all()] == ["Linkki.Choice 1.0.0"]
    assert not Library.objects.filter(machine_name="Linkki.Unused").exists()
    assert not any("Linkki.Unused" in name for name in stored_files())
    token = content_token(f.trainee(), activity)
    served = Client().get(reverse("h5p_content:library_file", args=[token, "Linkki.Choice-1.0", "choice.js"]))
    unused = Client().get(reverse("h5p_content:library_file", args=[token, "Linkki.Unused-1.0", "unused.js"]))
    assert (served.status_code, unused.status_code) == (200, 404)


@pytest.mark.parametrize(
    "name",
    [
        "content/" + "a" * 300 + ".png",
        "content/a#b.png",
        "content/a?b.png",
        "content/README",
        "content/.htaccess",
    ],
)
def test_a_refused_file_name_stores_nothing_and_leaves_no_folder(name):
    from h5p.minimal import package_files, zip_files

    with pytest.raises(PackageRejected):
        services.import_package(h5p_activity(), zip_files({**package_files(), name: b"x"}), by=None)
    assert not Content.objects.exists()
    assert stored_files() == set()
    assert not any(folder.startswith(("h5p/content/", "h5p/libraries/")) for folder in stored_folders())


def test_a_storage_failure_midway_leaves_no_empty_folder(monkeypatch):
    real_save = default_storage.save

    def failing_save(name, content, **kwargs):
        if name.endswith("choice.css"):
            raise OSError("disk full")
        return real_save(name, content, **kwargs)

    monkeypatch.setattr(default_storage, "save", failing_save)
    with pytest.raises(OSError):
        services.import_package(h5p_activity(), choice_package(), by=None)
    assert {folder for folder in stored_folders() if folder.count("/") > 1} == set()


def test_replacing_a_package_removes_the_old_content_folder(django_capture_on_commit_callbacks):
    activity = f.h5p_activity()
    old_folder = activity.h5p_content.folder
    with django_capture_on_commit_callbacks(execute=True):
        services.import_package(activity, choice_package(title="Uusi"), by=None)
    assert f"h5p/content/{old_folder}" not in stored_folders()


def test_a_package_is_read_from_an_open_file_as_an_upload_gives_it(tmp_path):
    path = tmp_path / "kysymys.h5p"
    path.write_bytes(choice_package(title="Tiedostosta"))
    with path.open("rb") as upload:
        content = services.import_package(h5p_activity(), upload, by=None)
    assert content.title == "Tiedostosta"
    assert default_storage.open(f"h5p/content/{content.folder}/content/content.json").read().startswith(b"{")
