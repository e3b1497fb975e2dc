"""The programme report and each person's data rights as the programme grows: the report page and its
XLSX workbook (p50, p95, queries, bytes) at 100, 1,000 and 10,000 trainees one coordinator follows; then
one person's data export (time, queries, ZIP bytes) and erasure (time, queries) with a growing record of
supervision sessions, and the retention run over a number of inactive accounts.

Run: .venv/bin/python -m bench.programme_report [--sizes 100,1000,10000] [--rounds 10]
Needs PostgreSQL: it creates (and drops at the end) its own database, by default
`linkki_bench_programme_report` (BENCH_DATABASE_URL to change the server). The trainees are made as in
bench.coordinator_home: cohorts of 25 across Lapland, completions, supervision, a third certified.
"""

import argparse
import datetime
import os
import statistics
import time

os.environ.setdefault("BENCH_DATABASE_NAME", "linkki_bench_programme_report")

from bench import coordinator_home as world  # noqa: E402
from bench import databases  # noqa: E402


def timed(function, *args, rounds=1, **kwargs):
    """(result, queries of the last round, p50 ms, p95 ms)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            result = function(*args, **kwargs)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return result, len(queries), statistics.median(timings), p95


def report_figures(client, sizes, rounds, coordinator, course):
    import random

    from django.urls import reverse

    today = datetime.date.today()
    period = {"start": f"{today.year - 1}-01-01", "end": f"{today.year}-12-31"}
    rng = random.Random(15)
    print(f"programme report, {rounds} rounds each, one coordinator following every cohort")
    print(
        f"{'trainees':>9}{'page p50':>10}{'p95':>8}{'queries':>9}{'xlsx p50':>10}{'p95':>8}{'queries':>9}{'bytes':>9}"
    )
    have = 0
    for size in sizes:
        world.grow(coordinator, course, have, size - have, rng)
        have = size
        client.get(reverse("reports:programme"), period)
        page, page_queries, page_p50, page_p95 = timed(client.get, reverse("reports:programme"), period, rounds=rounds)
        assert page.status_code == 200, page.status_code
        xlsx_url = reverse("reports:export", args=["all", "xlsx"])
        workbook, xlsx_queries, xlsx_p50, xlsx_p95 = timed(client.get, xlsx_url, period, rounds=rounds)
        assert workbook.status_code == 200, workbook.status_code
        print(
            f"{size:>9,}{page_p50:>10.1f}{page_p95:>8.1f}{page_queries:>9}"
            f"{xlsx_p50:>10.1f}{xlsx_p95:>8.1f}{xlsx_queries:>9}{len(workbook.content):>9,}",
            flush=True,
        )


def person_with_sessions(number, sessions, mentor):
    from django.contrib.auth import get_user_model

    from mentoring.models import SessionAttendance, SupervisionSession

    person = get_user_model().objects.create(
        username=f"p{number}@bench.example",
        first_name="Aino",
        last_name=f"Mittari{number}",
        email=f"p{number}@bench.example",
        phone="040 000 0000",
        password="!",
    )
    today = datetime.date.today()
    made = SupervisionSession.objects.bulk_create(
        [
            SupervisionSession(
                mentor=mentor,
                held_on=today - datetime.timedelta(days=day % 700),
                duration_minutes=60,
                summary=f"Tapaaminen {day}",
                private_notes=f"Aino Mittari{number} kertoi kuulumisia. Muut kuuntelivat.",
            )
            for day in range(sessions)
        ]
    )
    SessionAttendance.objects.bulk_create(SessionAttendance(session=session, mentee=person) for session in made)
    return person


def privacy_figures(mentor):
    from accounts.services import erase_person
    from common import privacy

    print("one person's export and erasure, by the supervision sessions on their record")
    print(f"{'sessions':>9}{'export ms':>11}{'queries':>9}{'zip bytes':>11}{'erase ms':>10}{'queries':>9}")
    for number, sessions in enumerate((10, 100, 1000)):
        person = person_with_sessions(number, sessions, mentor)
        archive, export_queries, export_ms, _p95 = timed(privacy.export_zip, person)
        _record, erase_queries, erase_ms, _p95 = timed(erase_person, person, by=None)
        print(
            f"{sessions:>9,}{export_ms:>11.1f}{export_queries:>9}{len(archive):>11,}{erase_ms:>10.1f}{erase_queries:>9}",
            flush=True,
        )


def retention_figures():
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from accounts.models import Role, RoleGrant
    from accounts.services import remove_inactive_accounts

    User = get_user_model()
    long_ago = timezone.now() - datetime.timedelta(days=31 * (settings.INACTIVE_ACCOUNT_MONTHS + 1))
    print(f"retention run (INACTIVE_ACCOUNT_MONTHS={settings.INACTIVE_ACCOUNT_MONTHS})")
    print(f"{'inactive':>9}{'ms':>10}{'ms each':>9}{'removed':>9}")
    for count in (10, 100):
        people = User.objects.bulk_create(
            User(username=f"idle{count}-{n}", email=f"idle{count}-{n}@bench.example", password="!", last_login=long_ago)
            for n in range(count)
        )
        RoleGrant.objects.bulk_create(RoleGrant(user=person, role=Role.TRAINEE) for person in people)
        removed, _queries, ms, _p95 = timed(remove_inactive_accounts)
        print(f"{count:>9,}{ms:>10.1f}{ms / max(len(removed), 1):>9.1f}{len(removed):>9}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="trainees followed, comma-separated, growing")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    sizes = world.parse_sizes(parser, args.sizes)

    databases.create_database(world.DB_NAME)
    try:
        databases.setup_django(world.DB_URL)
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        call_command("migrate", verbosity=0)
        call_command("seed_demo", stdout=open(os.devnull, "w"))
        from courses.models import Course

        users = get_user_model().objects
        coordinator = users.get(username="coordinator")
        course = Course.objects.get(code="link-worker-basic")
        client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="fi")
        client.force_login(coordinator)
        report_figures(client, sizes, args.rounds, coordinator, course)
        privacy_figures(users.get(username="mentor"))
        retention_figures()
    finally:
        from django.db import connections

        connections.close_all()
        databases.drop_database(world.DB_NAME)


if __name__ == "__main__":
    main()
