"""A person downloads everything Linkki holds about them, and nobody else can."""

import datetime
import io
import json
import time
import zipfile

import pytest
from django.core.files.storage import FileSystemStorage
from django.urls import reverse
from django.utils import timezone

from accounts.models import DataExport
from accounts.services import build_data_export, expire_data_exports, request_data_export
from common import privacy
from tests import factories as f
from tests.utils import count_queries

from . import privacy_world as w

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _private_storage(monkeypatch, tmp_path):
    """Exports go to a folder of the test's own (the field's storage is made once, when models load)."""
    monkeypatch.setattr(DataExport._meta.get_field("archive"), "storage", FileSystemStorage(location=tmp_path / "p"))


@pytest.fixture
def world():
    return w.build()


def _ask(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse("data_export_request"))


def _download(client, person):
    data_export = DataExport.objects.filter(person=person).latest("pk")
    return client.get(reverse("data_export_download", args=[data_export.pk]))


def _archive(response):
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_export_holds_the_persons_data_from_every_app_and_nobody_elses(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.person)
    response = _ask(client, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    page = client.get(reverse("profile"))
    assert reverse("data_export_download", args=[DataExport.objects.get().pk]) in page.content.decode()
    download = _download(client, world.person)
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert "no-store" in download["Cache-Control"]
    archive = _archive(download)
    names = set(archive.namelist())
    apps = {declaration.app for declaration in privacy.declarations()}
    assert {f"{app}.json" for app in apps} <= names
    assert f"certificates/certificate-{world.certificate.number}.pdf" in names
    assert archive.read(f"certificates/certificate-{world.certificate.number}.pdf").startswith(b"%PDF")
    assert archive.read("mentoring/supervision-record.pdf").startswith(b"%PDF")

    data = {app: json.loads(archive.read(f"{app}.json")) for app in apps}
    assert data["accounts"]["profile"]["email"] == w.EMAIL
    assert data["accounts"]["profile"]["phone"] == w.PHONE
    assert data["accounts"]["profile"]["languages"] == ["fi", "se"]
    assert "Firefox" in {row["user_agent"] for row in data["accounts"]["logins"]}
    assert len(data["courses"]["enrolments"]) == 1 and len(data["courses"]["completed_activities"]) >= 1
    assert len(data["assessments"]["attempts"]) == 1 and len(data["assessments"]["answers"]) == 1
    assert len(data["h5p"]["statements"]) == 1 and len(data["h5p"]["saved_states"]) == 1
    assert data["h5p"]["statements"][0]["raw"]["actor"]["name"] == w.full_name(w.NAME)
    assert len(data["mentoring"]["sessions_attended"]) == 2
    assert {row["reflection"] for row in data["mentoring"]["sessions_attended"]} >= {"Opin paljon ryhmästä."}
    assert data["certificates"]["certificates"][0]["number"] == world.certificate.number
    assert data["roster"]["roster_entry"]["status"] == "in_good_standing"
    assert len(data["roster"]["named_in_api_answers"]) == 2

    everything = "\n".join(archive.read(f"{app}.json").decode() for app in apps).casefold()
    for text in (*w.OTHER_NAME, w.OTHER_EMAIL, w.OTHER_PHONE, "Mentti", "Ohjaaja", "Koordinaattori"):
        assert text.casefold() not in everything
    # The mentor's private notes about the person are the mentor's, never the mentee's to read.
    assert "väsyneeltä" not in everything


def test_export_queries_do_not_grow_with_the_record(world):
    privacy.export_zip(world.person)
    before = count_queries(privacy.export_zip, world.person)
    for day in range(10):
        f.supervision_session(world.mentor, [world.person], held_on=datetime.date(2026, 4, 1) + datetime.timedelta(day))
    f.EnrolmentFactory(user=world.person)
    f.certificate(world.person, f.CourseFactory(), datetime.date(2025, 5, 5))
    privacy.export_zip(world.person)  # draws the new certificate's PDF once, as issuing does
    assert count_queries(privacy.export_zip, world.person) == before


def test_only_the_person_downloads_their_export(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.person)
    _ask(client, django_capture_on_commit_callbacks)
    data_export = DataExport.objects.get(person=world.person)
    for someone in (world.other, world.mentor, world.coordinator, f.administrator()):
        client.force_login(someone)
        assert client.get(reverse("data_export_download", args=[data_export.pk])).status_code == 404
    client.logout()
    response = client.get(reverse("data_export_download", args=[data_export.pk]))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_asking_needs_a_login_and_a_post(client, world):
    assert client.post(reverse("data_export_request")).status_code == 302
    assert DataExport.objects.count() == 0
    client.force_login(world.person)
    assert client.get(reverse("data_export_request")).status_code == 405
    assert DataExport.objects.count() == 0


def test_an_export_being_built_is_not_queued_twice(world):
    first = request_data_export(world.person)
    assert request_data_export(world.person) == first
    assert DataExport.objects.filter(person=world.person).count() == 1


def test_an_unknown_export_is_not_found(client, world):
    client.force_login(world.person)
    assert client.get(reverse("data_export_download", args=[987654])).status_code == 404


def test_an_expired_export_is_gone_with_its_file(client, world, settings):
    client.force_login(world.person)
    data_export = build_data_export(request_data_export(world.person).pk)
    storage = data_export.archive.storage
    name = data_export.archive.name
    assert storage.exists(name)
    later = timezone.now() + datetime.timedelta(hours=settings.DATA_EXPORT_HOURS, minutes=1)
    assert expire_data_exports(now=later) == 1
    assert not storage.exists(name)
    response = _download(client, world.person)
    assert response.status_code == 410
    assert "ei ole enää saatavilla" in response.content.decode()


def test_an_export_past_its_time_is_refused_before_the_sweep(client, world, settings):
    client.force_login(world.person)
    data_export = build_data_export(request_data_export(world.person).pk)
    DataExport.objects.filter(pk=data_export.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert _download(client, world.person).status_code == 410


def test_exports_are_kept_outside_the_media_folder(settings):
    from pathlib import Path

    from accounts.models import private_storage

    location = Path(private_storage().location).resolve()
    for media in (Path(settings.MEDIA_ROOT), Path(settings.BASE_DIR) / "media"):
        assert not location.is_relative_to(media.resolve())


def test_a_failed_build_says_so_and_keeps_nothing(world, monkeypatch):
    def fail(person):
        raise OSError("disk full")

    monkeypatch.setattr(privacy, "export_zip", fail)
    data_export = request_data_export(world.person)
    assert build_data_export(data_export.pk) is None
    data_export.refresh_from_db()
    assert data_export.state == DataExport.State.FAILED and not data_export.archive


def test_the_person_is_told_by_email_when_the_export_is_ready(client, world, django_capture_on_commit_callbacks):
    from django.core import mail

    client.force_login(world.person)
    _ask(client, django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.to == [w.EMAIL]
    assert message.subject == "Linkistä pyytämäsi tiedot ovat ladattavissa"
    assert reverse("profile") + "#your-data" in message.body
    data_export = DataExport.objects.get()
    assert f"{timezone.localtime(data_export.expires_at):%-d.%-m.%Y %H:%M}" in message.body
    # The mail points to the profile, where the person logs in; it carries none of the data.
    assert not message.attachments
    assert w.PHONE not in message.body and reverse("data_export_download", args=[data_export.pk]) not in message.body


def test_the_email_is_in_the_persons_language(client, world, django_capture_on_commit_callbacks):
    from django.core import mail

    User = type(world.person)
    User.objects.filter(pk=world.person.pk).update(preferred_language="sv")
    client.force_login(world.person)
    _ask(client, django_capture_on_commit_callbacks)
    assert mail.outbox[0].subject == "Dina uppgifter från Linkki kan laddas ner"


@pytest.mark.django_db(transaction=True)
def test_without_a_broker_the_export_is_ready_when_the_page_comes_back(client):
    from django.core import mail

    person = f.trainee()
    client.force_login(person)
    page = client.post(reverse("data_export_request"), follow=True)
    assert "Tietosi ovat valmiina ladattaviksi alla." in page.content.decode()
    assert DataExport.objects.get().state == DataExport.State.READY
    assert [message.to for message in mail.outbox] == [[person.email]]


def test_a_queued_export_says_an_email_will_follow(client, world, monkeypatch):
    from accounts import services

    monkeypatch.setattr(services, "enqueue", lambda *args: None)  # a worker that has not got to it yet
    client.force_login(world.person)
    page = client.post(reverse("data_export_request"), follow=True)
    assert "Tietojasi kootaan. Saat sähköpostia, kun ne ovat ladattavissa tällä sivulla." in page.content.decode()
    assert DataExport.objects.get().state == DataExport.State.QUEUED


def test_a_mail_server_that_is_down_does_not_undo_the_export(world, monkeypatch):
    from accounts import services

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(services, "send_mail", refuse)
    data_export = build_data_export(request_data_export(world.person).pk)
    assert data_export.state == DataExport.State.READY and data_export.archive


def test_a_real_worker_builds_the_export_in_the_background(celery_worker_on_redis, client):
    from django.core import mail

    world = w.build()
    client.force_login(world.person)
    client.post(reverse("data_export_request"))
    data_export = DataExport.objects.get(person=world.person)
    deadline = timezone.now() + datetime.timedelta(seconds=60)
    while data_export.state == DataExport.State.QUEUED and timezone.now() < deadline:
        time.sleep(0.2)
        data_export.refresh_from_db()
    assert data_export.state == DataExport.State.READY
    assert [message.to for message in mail.outbox] == [[w.EMAIL]]
    download = client.get(reverse("data_export_download", args=[data_export.pk]))
    assert _archive(download).read("mentoring/supervision-record.pdf").startswith(b"%PDF")


def test_asking_too_often_is_refused_with_a_message_and_builds_nothing(
    client, settings, django_capture_on_commit_callbacks
):
    settings.DATA_EXPORTS_PER_DAY = 2
    person = f.trainee()
    client.force_login(person)
    for _ in range(2):
        assert _ask(client, django_capture_on_commit_callbacks).status_code == 302
    built = DataExport.objects.filter(person=person).count()
    refused = client.post(reverse("data_export_request"))
    assert refused.status_code == 429
    assert "Olet pyytänyt kopiota tiedoistasi 2 kertaa tänään." in refused.content.decode()
    assert DataExport.objects.filter(person=person).count() == built == 2
    # Someone else is not held back by it.
    client.force_login(f.trainee())
    assert client.post(reverse("data_export_request")).status_code == 302


def test_an_export_whose_person_is_erased_while_it_is_built_keeps_no_file(world, monkeypatch, tmp_path):
    from accounts.services import erase_person

    build = privacy.export_zip

    def erased_meanwhile(person):
        archive = build(person)
        erase_person(person, by=f.administrator())
        return archive

    monkeypatch.setattr(privacy, "export_zip", erased_meanwhile)
    data_export = request_data_export(world.person)
    assert build_data_export(data_export.pk) is None
    assert not DataExport.objects.filter(pk=data_export.pk).exists()
    assert not any(path.is_file() for path in (tmp_path / "p").rglob("*"))


def test_an_export_lost_on_the_way_does_not_block_a_new_one(world):
    lost = request_data_export(world.person)
    DataExport.objects.filter(pk=lost.pk).update(requested_at=timezone.now() - datetime.timedelta(hours=2))
    fresh = request_data_export(world.person)
    assert fresh.pk != lost.pk and fresh.state == DataExport.State.QUEUED
    lost.refresh_from_db()
    assert lost.state == DataExport.State.FAILED
    assert build_data_export(lost.pk) is None
