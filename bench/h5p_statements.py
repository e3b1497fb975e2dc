"""xAPI statements stored per second by two gunicorn workers on PostgreSQL, posted by concurrent trainees.

Run: .venv/bin/python -m bench.h5p_statements [--statements 3000] [--clients 8]
Needs PostgreSQL. It uses a database of its own, BENCH_DATABASE_URL (default
postgres://postgres@127.0.0.1:5432/linkki_bench_h5p), which it drops and creates afresh each run.
One in three statements is an answer with a score, so it also stores an attempt.
"""

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
import warnings
from pathlib import Path
from urllib.parse import urlparse

from bench.servers import free_port, start_gunicorn, stop

warnings.filterwarnings("ignore", message="No directory at")
ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/linkki_bench_h5p")
os.environ["DATABASE_URL"] = DATABASE_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")
os.environ.pop("CELERY_BROKER_URL", None)


def recreate_database():
    import psycopg

    url = urlparse(DATABASE_URL)
    name = url.path.lstrip("/")
    if name in ("", "test", "postgres"):
        sys.exit(f"refusing to use the database {name!r}; set BENCH_DATABASE_URL to a database of its own")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def prepare(trainees):
    """An H5P activity and `trainees` enrolled trainees, each with a session cookie and a CSRF token."""
    import django

    django.setup()
    from django.test import Client
    from django.utils.crypto import get_random_string

    from tests import factories as f

    course = f.CourseFactory()
    activity = f.h5p_activity(module=f.ModuleFactory(course=course))
    cohort = f.CohortFactory(course=course)
    people = []
    for _ in range(trainees):
        user = f.trainee()
        f.EnrolmentFactory(cohort=cohort, user=user)
        client = Client()
        client.force_login(user)
        token = get_random_string(32)
        people.append({"cookie": f"sessionid={client.cookies['sessionid'].value}; csrftoken={token}", "token": token})
    return activity, people


def statement(activity_id, index):
    verb = "answered" if index % 3 == 0 else "interacted"
    body = {
        "id": str(uuid.uuid4()),
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"en-US": verb}},
        "object": {"id": f"http://127.0.0.1/activities/{activity_id}/", "objectType": "Activity"},
        "timestamp": "2026-11-25T08:00:00Z",
    }
    if verb == "answered":
        body["result"] = {"score": {"raw": index % 5, "min": 0, "max": 4}, "completion": True, "duration": "PT12S"}
    return json.dumps(body)


def post_all(port, path, person, bodies, latencies, failures):
    for body in bodies:
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request(
            "POST",
            path,
            body=body,
            headers={
                "Content-Type": "application/json",
                "Cookie": person["cookie"],
                "X-CSRFToken": person["token"],
            },
        )
        response = connection.getresponse()
        response.read()
        connection.close()
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status != 201:
            failures.append(response.status)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=8, help="trainees posting at the same time")
    args = parser.parse_args()

    recreate_database()
    manage("migrate", "--noinput")
    activity, people = prepare(args.clients)
    from django.urls import reverse

    from h5p.models import Attempt, Statement

    path = reverse("h5p:statements", args=[activity.pk])
    port = free_port()
    server = start_gunicorn(port, workers=2)
    try:
        per_client = args.statements // args.clients
        latencies, failures = [], []
        threads = [
            threading.Thread(
                target=post_all,
                args=(
                    port,
                    path,
                    person,
                    [statement(activity.pk, n * args.clients + i) for n in range(per_client)],
                    latencies,
                    failures,
                ),
            )
            for i, person in enumerate(people)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        stop(server)
    posted = per_client * args.clients
    stored = Statement.objects.count()
    latencies.sort()
    print(f"gunicorn: 2 sync workers on 127.0.0.1:{port}; PostgreSQL database {urlparse(DATABASE_URL).path[1:]}")
    print(f"posted {posted} statements from {args.clients} concurrent trainees in {elapsed:.2f} s")
    print(f"stored {stored} statements and {Attempt.objects.count()} attempts; {len(failures)} refused")
    print(f"throughput: {stored / elapsed:.0f} statements/s")
    print(
        f"latency: p50 {statistics.median(latencies):.1f} ms, p95 {latencies[int(len(latencies) * 0.95)]:.1f} ms, "
        f"max {latencies[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
