"""Large uploads are refused without being kept in memory or on disk."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from h5p import uploads
from h5p.minimal import choice_package, package_files, zip_files
from h5p.models import Content
from tests import factories as f

pytestmark = pytest.mark.django_db

LIMIT = 1024 * 1024


@pytest.fixture
def limits(settings, tmp_path):
    settings.H5P_MAX_PACKAGE_BYTES = LIMIT
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024  # every package here streams to a temporary file
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "uploads")
    os.makedirs(settings.FILE_UPLOAD_TEMP_DIR)
    return settings


@pytest.fixture
def temporary_files(monkeypatch):
    """Every temporary upload file made, and how many bytes were written to it."""
    made = []
    real = uploads.TemporaryUploadedFile

    class Counting(real):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.written = 0
            made.append(self)

        def write(self, data):
            self.written += len(data)
            return super().write(data)

    monkeypatch.setattr(uploads, "TemporaryUploadedFile", Counting)
    return made


def package_of(size):
    """A package whose content carries `size` bytes that do not compress."""
    return zip_files({**package_files(), "content/noise.mp4": os.urandom(size)})


def post(client, world, data, language="fi"):
    client.force_login(world.trainer)
    return client.post(
        reverse("h5p:package", args=[world.activity.pk]),
        {
            "package": SimpleUploadedFile("iso.h5p", data),
            "pass_threshold": 75,
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_an_upload_declared_larger_than_the_limit_is_refused_before_any_of_it_is_written(
    client, world, limits, temporary_files
):
    response = post(client, world, package_of(LIMIT + 100 * 1024))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Tiedosto on suurempi kuin 1 Mt." in page
    assert 'value="75"' in page  # the other fields arrive, and what was typed is kept
    assert temporary_files == []
    assert os.listdir(limits.FILE_UPLOAD_TEMP_DIR) == []


def test_an_upload_that_passes_the_limit_while_streaming_is_dropped_there(client, world, limits, temporary_files):
    data = package_of(LIMIT + 8 * 1024)  # within the declared allowance, so only the stream shows it
    before = world.activity.h5p_content.folder
    response = post(client, world, data, language="sv")
    assert response.status_code == 400
    assert "Filen är större än 1 MB." in response.content.decode()
    assert len(temporary_files) == 1
    assert temporary_files[0].written <= LIMIT
    assert os.listdir(limits.FILE_UPLOAD_TEMP_DIR) == []
    assert Content.objects.get().folder == before


def test_the_admin_refuses_an_oversized_upload_with_the_same_message(client, world, limits):
    world.trainer.is_staff = True
    world.trainer.save()
    activity = f.ActivityFactory(module=world.activity.module, kind="h5p")
    client.force_login(world.trainer)
    response = client.post(
        reverse("admin:h5p_content_add"),
        {
            "activity": activity.pk,
            "pass_threshold": "0.80",
            "package": SimpleUploadedFile("iso.h5p", package_of(LIMIT + 100 * 1024)),
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "The file is larger than 1 MB." in response.content.decode()
    assert not Content.objects.filter(activity=activity).exists()


def test_a_package_within_the_limit_is_read_from_its_temporary_file(client, world, limits, temporary_files):
    response = post(client, world, choice_package(title="Väliaikaisesta"))
    assert response.status_code == 302
    assert len(temporary_files) == 1
    assert Content.objects.get().title == "Väliaikaisesta"
