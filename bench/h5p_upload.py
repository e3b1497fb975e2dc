"""Peak memory of the server while a trainer uploads a 95 MB H5P package, and a 300 MB one it refuses.

Run: .venv/bin/python -m bench.h5p_upload [--accepted-mb 95] [--refused-mb 300]
One gunicorn sync worker on SQLite in a folder of its own (removed afterwards). The packages are
written to disk and sent as a stream, as a browser sends them; the figure is the worker's peak RSS
(VmHWM, reset before each upload) beside its RSS before the upload.
"""

import argparse
import http.client
import os
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
import zipfile
from pathlib import Path

from bench.servers import free_port, start_gunicorn, stop

warnings.filterwarnings("ignore", message="No directory at")
ROOT = Path(__file__).resolve().parent.parent
WORK = Path(tempfile.mkdtemp(prefix="linkki-bench-upload-"))
os.environ.update(
    {
        "DATABASE_URL": f"sqlite:///{WORK / 'db.sqlite3'}",
        "MEDIA_ROOT": str(WORK / "media"),
        "DJANGO_SETTINGS_MODULE": "linkki.settings",
    }
)
os.environ.pop("CELERY_BROKER_URL", None)
MB = 1024 * 1024


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def prepare():
    """An H5P activity without content, and a trainer's session cookie and CSRF token."""
    import django

    django.setup()
    from django.test import Client
    from django.utils.crypto import get_random_string

    from tests import factories as f

    course = f.CourseFactory()
    activity = f.ActivityFactory(module=f.ModuleFactory(course=course), kind="h5p")
    trainer = f.trainer()
    f.CohortFactory(course=course, trainers=[trainer])
    client = Client()
    client.force_login(trainer)
    token = get_random_string(32)
    return activity, {"cookie": f"sessionid={client.cookies['sessionid'].value}; csrftoken={token}", "token": token}


def write_package(path, size):
    """A valid package of about `size` bytes: Linkki's own question and a video that does not compress."""
    from h5p.minimal import package_files

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in package_files().items():
            archive.writestr(name, data)
        with archive.open("content/video.mp4", "w", force_zip64=True) as video:
            left = size - path.stat().st_size
            while left > 0:
                video.write(os.urandom(min(MB, left)))
                left -= MB


def worker_pid(server):
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    return int(children[0])


def memory(pid, field):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise LookupError(field)


def reset_peak(pid):
    """Start VmHWM afresh from the present RSS (Linux's clear_refs); False where that is not allowed."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def upload(port, path, person, package):
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{person["token"]}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="pass_threshold"\r\n\r\n80\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="package"; filename="{package.name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    connection.putrequest("POST", path)
    for name, value in (
        ("Content-Type", f"multipart/form-data; boundary={boundary}"),
        ("Content-Length", str(len(head) + package.stat().st_size + len(tail))),
        ("Cookie", person["cookie"]),
        ("Accept-Language", "en"),
    ):
        connection.putheader(name, value)
    connection.endheaders()
    connection.send(head)
    with package.open("rb") as stream:
        while chunk := stream.read(MB):
            connection.send(chunk)
    connection.send(tail)
    response = connection.getresponse()
    body = response.read().decode(errors="replace")
    connection.close()
    return response.status, body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accepted-mb", type=int, default=95)
    parser.add_argument("--refused-mb", type=int, default=300)
    args = parser.parse_args()
    try:
        manage("migrate", "--noinput")
        activity, person = prepare()
        from django.conf import settings
        from django.urls import reverse

        from h5p.models import Content

        accepted, refused = WORK / "accepted.h5p", WORK / "refused.h5p"
        write_package(accepted, args.accepted_mb * MB)
        write_package(refused, args.refused_mb * MB)
        port = free_port()
        server = start_gunicorn(port, workers=1, options=["--timeout", "600"])
        try:
            pid = worker_pid(server)
            print(
                f"gunicorn: 1 sync worker on 127.0.0.1:{port}, SQLite; upload limit "
                f"{settings.H5P_MAX_PACKAGE_BYTES / MB:.0f} MB, kept in memory up to "
                f"{settings.FILE_UPLOAD_MAX_MEMORY_SIZE / MB:.1f} MB"
            )
            for package, expected in ((accepted, 302), (refused, 400)):
                before = memory(pid, "VmRSS")
                exact = reset_peak(pid)
                started = time.perf_counter()
                status, body = upload(port, reverse("h5p:package", args=[activity.pk]), person, package)
                elapsed = time.perf_counter() - started
                peak = memory(pid, "VmHWM")
                outcome = (
                    "stored"
                    if status == 302
                    else ("refused: larger than the limit" if "larger than" in body else f"answered {status}")
                )
                flag = "" if status == expected else f" (expected {expected})"
                since = "" if exact else " (peak since the worker started)"
                print(
                    f"upload {package.stat().st_size / MB:.0f} MB: {status} {outcome}{flag} in {elapsed:.1f} s; "
                    f"worker RSS {before / MB:.0f} MB before, peak {peak / MB:.0f} MB{since} "
                    f"(+{(peak - before) / MB:.0f} MB)"
                )
        finally:
            stop(server)
        content = Content.objects.filter(activity=activity).first()
        print(f"stored content: {content.size / MB:.0f} MB package" if content else "stored content: none")
    finally:
        subprocess.run(["rm", "-rf", str(WORK)], check=False)


if __name__ == "__main__":
    main()
