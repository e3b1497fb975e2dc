"""Many people at once against gunicorn on PostgreSQL: trainee pages, autosaved answers, xAPI statements
and roster API calls mixed, beside the same load on /healthz as the baseline; then the mixed load again
with one gunicorn worker killed part-way, and with PostgreSQL restarted part-way.

Run: .venv/bin/python -m bench.load [--users 200] [--duration 60] [--workers 4] [--think 1.0]
Needs PostgreSQL's server programs (Debian's postgresql package). The benchmark starts a PostgreSQL
cluster of its own in a temporary folder on a free loopback port, so that restarting it disturbs no other
database, and removes it at the end. Every request goes to 127.0.0.1.

Each simulated person waits `--think` seconds on average between requests (uniformly 0 to twice that),
as a person reading a page does, so the offered load is about users / think requests per second. An
error is any answer other than the one the request expects, or no answer within 60 s.
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from collections import Counter
from pathlib import Path

from bench.servers import free_port, start_gunicorn, stop

warnings.filterwarnings("ignore", message="No directory at")
ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60
SERVER_LOG = Path(tempfile.gettempdir()) / "linkki-load-gunicorn.log"


class Cluster:
    """A throwaway PostgreSQL server in a temporary folder, owned by the postgres user when run as root."""

    def __init__(self):
        binaries = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        if not binaries:
            sys.exit("PostgreSQL's server programs are missing (apt-get install postgresql)")
        self.bindir = binaries[-1].parent
        self.data = Path(tempfile.mkdtemp(prefix="linkki-load-pg-"))
        self.port = free_port()
        self.as_owner = []
        if os.geteuid() == 0:
            self.as_owner = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.data, "postgres")
        subprocess.run(
            [
                *self.as_owner,
                self.bindir / "initdb",
                "-D",
                self.data,
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/linkki_load"

    def pg_ctl(self, *args):
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c max_connections=100"
        subprocess.run(
            [
                *self.as_owner,
                self.bindir / "pg_ctl",
                "-D",
                self.data,
                "-l",
                self.data / "server.log",
                "-o",
                options,
                "-w",
                *args,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start(self):
        self.pg_ctl("start")
        import psycopg

        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE linkki_load")

    def remove(self):
        try:
            self.pg_ctl("-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.data, ignore_errors=True)


def prepare(users, workers_on_roster):
    """A course with text pages, an H5P activity and an untimed assessment; `users` trainees, each logged
    in with an open attempt; certified workers on the roster and an API client with a token."""
    import django

    django.setup()
    from django.test import Client
    from django.urls import reverse
    from django.utils.crypto import get_random_string

    from assessments import services as assessments
    from roster.models import ApiClient
    from tests import factories as f

    course = f.course_with_modules(modules=3, activities=3)
    first = course.modules.order_by("order").first()
    h5p = f.h5p_activity(module=first)
    bank = f.QuestionBankFactory(module=first)
    questions = [f.choice_question(bank) for _ in range(5)]
    quiz = f.assessment(module=first, bank=bank, max_attempts=0)
    cohort = f.CohortFactory(course=course)
    pages = [reverse("dashboard"), reverse("courses:course", args=[course.pk])]
    for module in course.modules.all():
        pages.append(reverse("courses:module", args=[module.pk]))
        pages.extend(reverse("courses:activity", args=[a.pk]) for a in module.activities.filter(kind="text"))
    people = []
    for _ in range(users):
        person = f.trainee(password=None)
        f.EnrolmentFactory(cohort=cohort, user=person)
        attempt = assessments.start_attempt(quiz, person)
        client = Client()
        client.force_login(person)
        token = get_random_string(32)
        people.append(
            {
                "cookie": f"sessionid={client.cookies['sessionid'].value}; csrftoken={token}",
                "csrf": token,
                "answers": reverse("assessments:attempt_answers", args=[attempt.pk]),
            }
        )
    entries = [f.certified_worker(course=course).pk for _ in range(workers_on_roster)]
    api_client, api_token = f.api_client()
    ApiClient.objects.filter(pk=api_client.pk).update(requests_per_minute=1_000_000)
    options = {q.pk: list(q.options.values_list("pk", flat=True)) for q in questions}
    return {
        "pages": pages,
        "people": people,
        "entries": entries,
        "token": api_token,
        "options": options,
        "statements": reverse("h5p:statements", args=[h5p.pk]),
        "h5p_id": h5p.pk,
    }


def requests_for(world, person, rng):
    """One request a trainee or the referral system makes, with the status it expects."""
    roll = rng.random()
    if roll < 0.4:
        return "page", "GET", rng.choice(world["pages"]), {"Cookie": person["cookie"]}, b"", 200
    post = {"Cookie": person["cookie"], "X-CSRFToken": person["csrf"], "Content-Type": "application/json"}
    if roll < 0.6:
        question, options = rng.choice(list(world["options"].items()))
        body = json.dumps({"answers": {str(question): rng.choice(options)}}).encode()
        return "autosave", "POST", person["answers"], post, body, 200
    if roll < 0.8:
        body = json.dumps(
            {
                "id": str(uuid.uuid4()),
                "verb": {"id": "http://adlnet.gov/expapi/verbs/interacted", "display": {"en-US": "interacted"}},
                "object": {"id": f"http://127.0.0.1/activities/{world['h5p_id']}/", "objectType": "Activity"},
                "timestamp": "2026-11-25T08:00:00Z",
            }
        ).encode()
        return "statement", "POST", world["statements"], post, body, 201
    api = {"Authorization": f"Bearer {world['token']}", "Accept": "application/json"}
    if roll < 0.9:
        return "api list", "GET", "/api/v1/roster/?page_size=20", api, b"", 200
    return "api check", "GET", f"/api/v1/roster/{rng.choice(world['entries'])}/certification", api, b"", 200


async def send(port, method, path, headers, body):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close", f"Content-Length: {len(body)}"]
        head.extend(f"{name}: {value}" for name, value in headers.items())
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        await writer.drain()
        answer = await reader.read()
    finally:
        writer.close()
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0


async def person_loop(port, world, person, until, think, rng, results, healthz_only):
    while time.monotonic() < until:
        await asyncio.sleep(rng.uniform(0, 2 * think))
        if healthz_only:
            action, method, path, headers, body, expected = "healthz", "GET", "/healthz", {}, b"", 200
        else:
            action, method, path, headers, body, expected = requests_for(world, person, rng)
        started = time.monotonic()
        try:
            status = await asyncio.wait_for(send(port, method, path, headers, body), TIMEOUT)
        except (TimeoutError, OSError, ValueError, IndexError):
            status = 0
        results.append((started, time.monotonic(), action, status == expected, status))


def run_phase(port, world, users, duration, think, healthz_only=False, during=None):
    """Run the load for `duration` seconds; `during(t0)` is called halfway with the phase's start time."""
    results = []

    async def main():
        until = time.monotonic() + duration
        tasks = [
            asyncio.create_task(
                person_loop(
                    port,
                    world,
                    world["people"][i % len(world["people"])],
                    until,
                    think,
                    random.Random(i),
                    results,
                    healthz_only,
                )
            )
            for i in range(users)
        ]
        if during:
            await asyncio.sleep(duration / 2)
            await asyncio.get_running_loop().run_in_executor(None, during)
        await asyncio.gather(*tasks)

    started = time.monotonic()
    asyncio.run(main())
    return results, time.monotonic() - started


def percentile(values, share):
    return values[min(len(values) - 1, int(len(values) * share))]


def summary(name, results, elapsed):
    latencies = sorted((end - start) * 1000 for start, end, _action, _ok, _status in results)
    errors = [status for *_rest, ok, status in results if not ok]
    line = (
        f"{name:<34}{len(results) / elapsed:>8.1f}{statistics.median(latencies):>9.1f}"
        f"{percentile(latencies, 0.95):>9.1f}{percentile(latencies, 0.99):>9.1f}{len(results):>8}{len(errors):>7}"
    )
    print(line, flush=True)
    if errors:
        print(f"{'':<34}errors by status (0 = no answer): {dict(Counter(errors))}", flush=True)
    return statistics.median(latencies), percentile(latencies, 0.95), percentile(latencies, 0.99)


def recovery(results, disrupted_at):
    """Seconds from the disruption to the end of the last failed request after it (0 if none failed)."""
    failed = [end for start, end, _action, ok, _status in results if not ok and end >= disrupted_at]
    return max(failed) - disrupted_at if failed else 0.0


def gunicorn_workers(server):
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    return [int(pid) for pid in children]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--duration", type=float, default=60, help="seconds per phase")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between one person's requests")
    parser.add_argument("--roster", type=int, default=300, help="certified workers on the roster")
    args = parser.parse_args()

    cluster = Cluster()
    server = None
    try:
        cluster.start()
        os.environ["DATABASE_URL"] = cluster.url
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")
        os.environ.pop("CELERY_BROKER_URL", None)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL
        )
        prepared = time.monotonic()
        world = prepare(min(args.users, 200), args.roster)
        from django.db import connections

        connections.close_all()
        print(
            f"prepared {len(world['people'])} trainees, {args.roster} roster workers in "
            f"{time.monotonic() - prepared:.0f} s; PostgreSQL {cluster.bindir.parent.name} on port {cluster.port}"
        )
        port = free_port()
        log = open(SERVER_LOG, "w")  # the server writes to it until it stops
        server = start_gunicorn(
            port,
            workers=args.workers,
            env={"DATABASE_URL": cluster.url, "PYTHONWARNINGS": "ignore", "CELERY_BROKER_URL": None},
            options=["--backlog", "2048", "--timeout", "60"],
            output=log,
            wait_seconds=30,
        )
        print(
            f"gunicorn: {args.workers} sync workers; {args.users} people, mean think time {args.think} s, "
            f"{args.duration:.0f} s per phase; mix: 40 % pages, 20 % autosaves, 20 % xAPI statements, "
            f"20 % roster API"
        )
        print(f"{'phase':<34}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'reqs':>8}{'errors':>7}")
        baseline = summary(
            "baseline: /healthz only", *run_phase(port, world, args.users, args.duration, args.think, healthz_only=True)
        )
        results, elapsed = run_phase(port, world, args.users, args.duration, args.think)
        mixed = summary("mixed", results, elapsed)
        for action in ("page", "autosave", "statement", "api list", "api check"):
            part = [r for r in results if r[2] == action]
            if part:
                summary(f"  {action}", part, elapsed)
        print(
            f"{'ratio mixed / baseline':<34}{'':>8}{mixed[0] / baseline[0]:>9.2f}{mixed[1] / baseline[1]:>9.2f}"
            f"{mixed[2] / baseline[2]:>9.2f}"
        )

        killed = {}

        def kill_a_worker():
            victim = gunicorn_workers(server)[0]
            killed["at"] = time.monotonic()
            os.kill(victim, signal.SIGKILL)
            for _ in range(600):
                if len(gunicorn_workers(server)) == args.workers and victim not in gunicorn_workers(server):
                    killed["replaced"] = time.monotonic() - killed["at"]
                    return
                time.sleep(0.05)

        results, elapsed = run_phase(port, world, args.users, args.duration, args.think, during=kill_a_worker)
        summary("mixed, one worker killed (kill -9)", results, elapsed)
        print(
            f"{'':<34}worker replaced after {killed.get('replaced', float('nan')):.2f} s; "
            f"last error {recovery(results, killed['at']):.2f} s after the kill"
        )

        restarted = {}

        def restart_postgresql():
            restarted["at"] = time.monotonic()
            cluster.pg_ctl("-m", "fast", "restart")
            restarted["took"] = time.monotonic() - restarted["at"]

        results, elapsed = run_phase(port, world, args.users, args.duration, args.think, during=restart_postgresql)
        summary("mixed, PostgreSQL restarted", results, elapsed)
        print(
            f"{'':<34}restart took {restarted['took']:.2f} s; "
            f"last error {recovery(results, restarted['at']):.2f} s after it began"
        )
    finally:
        if server is not None:
            stop(server, timeout=30)
            print(f"server log: {SERVER_LOG}")
        cluster.remove()


if __name__ == "__main__":
    main()
