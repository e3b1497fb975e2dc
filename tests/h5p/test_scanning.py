"""The virus scanner hook: a stand-in ClamAV daemon and a stand-in command that flag the EICAR test file."""

import io
import socket
import struct
import sys
import threading
import zipfile

import pytest
from django.core import checks
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from h5p import scanning, services
from h5p.minimal import choice_package, package_files, zip_files
from h5p.models import Content, Library
from tests import factories as f

pytestmark = pytest.mark.django_db

# The EICAR anti-virus test file, as EICAR publishes it: every scanner reports it, and it does nothing.
EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def is_flagged(data):
    """The stand-ins look inside zip archives as ClamAV does, so compression hides nothing."""
    if EICAR in data:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(EICAR in archive.read(name) for name in archive.namelist())
    except zipfile.BadZipFile:
        return False


class StandInClamd:
    """A loopback server speaking clamd's INSTREAM: it keeps what it was sent and answers as clamd does."""

    def __init__(self, family=socket.AF_INET, path=None, reply=None):
        self.server = socket.socket(family, socket.SOCK_STREAM)
        self.server.bind(path or ("127.0.0.1", 0))
        self.server.listen()
        self.address = f"unix://{path}" if path else f"tcp://127.0.0.1:{self.server.getsockname()[1]}"
        self.reply, self.received, self.commands = reply, [], []
        threading.Thread(target=self.serve, daemon=True).start()

    def read(self, connection, size):
        data = b""
        while len(data) < size:
            chunk = connection.recv(size - len(data))
            if not chunk:
                raise ConnectionError
            data += chunk
        return data

    def serve(self):
        while True:
            try:
                connection, _address = self.server.accept()
            except OSError:
                return
            with connection:
                command = b""
                while not command.endswith(b"\0"):
                    command += self.read(connection, 1)
                self.commands.append(command)
                data = b""
                while length := struct.unpack("!L", self.read(connection, 4))[0]:
                    data += self.read(connection, length)
                self.received.append(data)
                answer = self.reply or (
                    b"stream: Eicar-Test-Signature FOUND\0" if is_flagged(data) else b"stream: OK\0"
                )
                connection.sendall(answer)

    def close(self):
        self.server.close()


@pytest.fixture
def clamd(settings):
    server = StandInClamd()
    settings.VIRUS_SCANNER = server.address
    yield server
    server.close()


STAND_IN_COMMAND = """
import io, sys, zipfile
EICAR = {eicar!r}
data = sys.stdin.buffer.read()
found = EICAR in data
try:
    archive = zipfile.ZipFile(io.BytesIO(data))
    found = found or any(EICAR in archive.read(name) for name in archive.namelist())
except zipfile.BadZipFile:
    pass
print("stdin: Eicar-Test-Signature FOUND" if found else "stdin: OK")
sys.exit(1 if found else 0)
"""


@pytest.fixture
def command(settings, tmp_path):
    script = tmp_path / "scan.py"
    script.write_text(STAND_IN_COMMAND.format(eicar=EICAR))
    settings.VIRUS_SCANNER = f"{sys.executable} {script}"
    return script


def infected_package():
    return zip_files({**package_files(), "content/readme.txt": b"Lue minut.\n" + EICAR})


def post(client, world, data, language="fi"):
    client.force_login(world.trainer)
    activity = f.ActivityFactory(module=world.activity.module, kind="h5p")
    response = client.post(
        reverse("h5p:package", args=[activity.pk]),
        {
            "package": SimpleUploadedFile("paketti.h5p", data),
            "pass_threshold": 80,
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )
    return activity, response


def assert_nothing_stored(activity):
    assert not Content.objects.filter(activity=activity).exists()
    assert Library.objects.count() == 1  # the world's own activity's


def test_an_infected_package_is_refused_by_the_clamd_scanner_in_the_trainers_language(client, world, clamd):
    data = infected_package()
    activity, response = post(client, world, data)
    assert response.status_code == 400
    assert "Virustarkistus löysi tiedostosta haittaohjelman (Eicar-Test-Signature)" in response.content.decode()
    assert clamd.commands == [b"zINSTREAM\0"]
    assert clamd.received == [data]  # the whole upload, reassembled from its chunks
    assert_nothing_stored(activity)


def test_a_clean_package_passes_the_clamd_scanner_on_a_unix_socket(client, world, settings, tmp_path):
    server = StandInClamd(socket.AF_UNIX, path=str(tmp_path / "clamd.sock"))
    settings.VIRUS_SCANNER = server.address
    try:
        activity, response = post(client, world, choice_package(title="Puhdas"))
    finally:
        server.close()
    assert response.status_code == 302
    assert Content.objects.get(activity=activity).title == "Puhdas"
    assert len(server.received) == 1


def test_an_infected_package_is_refused_by_a_scanner_command(client, world, command):
    activity, response = post(client, world, infected_package(), language="sv")
    assert response.status_code == 400
    assert "Virusskanningen hittade skadlig kod i filen (Eicar-Test-Signature)" in response.content.decode()
    assert_nothing_stored(activity)


def test_a_clean_package_passes_a_scanner_command(client, world, command):
    activity, response = post(client, world, choice_package())
    assert response.status_code == 302
    assert Content.objects.filter(activity=activity).exists()


def test_the_scan_comes_before_anything_else_is_read(client, world, clamd):
    activity, response = post(client, world, EICAR, language="en")  # not even a zip archive
    page = response.content.decode()
    assert "The virus scan found malware in the file (Eicar-Test-Signature)" in page
    assert "not a valid zip archive" not in page


def test_the_admin_upload_is_scanned_too(client, world, clamd):
    world.trainer.is_staff = True
    world.trainer.save()
    activity = f.ActivityFactory(module=world.activity.module, kind="h5p")
    client.force_login(world.trainer)
    response = client.post(
        reverse("admin:h5p_content_add"),
        {
            "activity": activity.pk,
            "pass_threshold": "0.80",
            "package": SimpleUploadedFile("paketti.h5p", infected_package()),
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "The virus scan found malware" in response.content.decode()
    assert len(clamd.received) == 1  # once, though the form and the import both see the package
    assert not Content.objects.filter(activity=activity).exists()


def test_a_scanner_that_cannot_be_reached_refuses_the_upload(client, world, settings, tmp_path):
    settings.VIRUS_SCANNER = f"unix://{tmp_path / 'no-such.sock'}"
    activity, response = post(client, world, choice_package(), language="en")
    assert response.status_code == 400
    assert "could not be scanned for viruses, so it was not saved" in response.content.decode()
    assert_nothing_stored(activity)


@pytest.mark.parametrize("reply", [b"INSTREAM size limit exceeded. ERROR\0", b"", b"what?\0"])
def test_a_clamd_answer_that_is_neither_clean_nor_found_refuses_the_upload(settings, reply):
    server = StandInClamd(reply=reply or b"\0")
    settings.VIRUS_SCANNER = server.address
    try:
        with pytest.raises(scanning.ScanFailed):
            scanning.scan(io.BytesIO(b"harmless"))
    finally:
        server.close()


def test_a_scanner_command_that_fails_or_hangs_refuses_the_upload(settings):
    settings.VIRUS_SCANNER = f"{sys.executable} -c 'import sys; sys.exit(2)'"
    with pytest.raises(scanning.ScanFailed):
        scanning.scan(io.BytesIO(b"harmless"))
    settings.VIRUS_SCANNER = f"{sys.executable} -c 'import time; time.sleep(30)'"
    settings.VIRUS_SCANNER_TIMEOUT = 0.5
    with pytest.raises(scanning.ScanFailed):
        scanning.scan(io.BytesIO(b"harmless"))
    settings.VIRUS_SCANNER = "/no/such/scanner"
    with pytest.raises(scanning.ScanFailed):
        scanning.scan(io.BytesIO(b"harmless"))


def test_without_a_scanner_packages_are_stored_unscanned(settings):
    settings.VIRUS_SCANNER = ""
    content = services.import_package(f.ActivityFactory(kind="h5p"), choice_package(), by=None)
    assert content.pk


def deploy_warnings():
    return [m for m in checks.run_checks(include_deployment_checks=True) if m.id.startswith("h5p.")]


def test_production_warns_when_no_virus_scanner_is_set(settings):
    settings.PRODUCTION = True
    settings.VIRUS_SCANNER = ""
    found = deploy_warnings()
    assert [(m.id, m.level) for m in found] == [("h5p.W001", checks.WARNING)]
    assert "VIRUS_SCANNER" in found[0].msg


def test_production_with_a_scanner_and_development_say_nothing_of_it(settings):
    settings.PRODUCTION, settings.VIRUS_SCANNER = True, "unix:///run/clamav/clamd.ctl"
    assert deploy_warnings() == []
    settings.PRODUCTION, settings.VIRUS_SCANNER = False, ""
    assert deploy_warnings() == []
