"""The coordinator's home page as the programme grows: p50 and p95 time, queries and the bytes of the
page (as sent and gzipped) at 100, 1,000 and 10,000 trainees that one coordinator follows.

Run: .venv/bin/python -m bench.coordinator_home [--sizes 100,1000,10000] [--rounds 20]
Needs PostgreSQL: it creates (and drops at the end) its own database, by default
`linkki_bench_coordinator_home` on postgres://postgres@127.0.0.1:5432 (BENCH_DATABASE_URL to change the
server). The curriculum is the demo's; the trainees are spread over cohorts of 25 in every Lapland
municipality, each with completions, a supervision session (most of them confirmed), a mentor for every
20, and for a third of them a certificate and a roster entry, some expiring within 90 days.
"""

import argparse
import datetime
import gzip
import os
import random
import statistics
import time
import warnings

from bench import databases

warnings.filterwarnings("ignore", message="No directory at")

DB_NAME, DB_URL = databases.name_and_url("linkki_bench_coordinator_home")
COHORT_SIZE = 25
MENTEES_PER_MENTOR = 20


def parse_sizes(parser, text):
    """The trainee counts of --sizes; each fills whole cohorts, so it must be a multiple of their size."""
    sizes = [int(size) for size in text.split(",")]
    if any(size <= 0 or size % COHORT_SIZE for size in sizes):
        parser.error(f"--sizes: each size must be a positive multiple of {COHORT_SIZE} (whole cohorts)")
    return sizes


def grow(coordinator, course, start, count, rng):
    """Add trainees number `start` to `start + count`, with everything the home counts."""
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from accounts.models import Municipality
    from certificates.models import Certificate
    from courses.models import Activity, ActivityCompletion, Cohort, Enrolment
    from mentoring.models import Pairing, SessionAttendance, SupervisionSession
    from roster.models import RosterEntry, Status

    User = get_user_model()
    today = timezone.localdate()
    now = timezone.now()
    places = list(Municipality.objects.filter(service_area__county="lappi").order_by("code"))
    activities = list(Activity.objects.filter(module__course=course).order_by("module__order", "order"))
    with transaction.atomic():
        people = User.objects.bulk_create(
            [
                User(
                    username=f"t{n}",
                    first_name=f"Etu{n % 977}",
                    last_name=f"Suku{n % 3001}",
                    email=f"t{n}@bench.example",
                    password="!",
                    municipality=(place := places[n % len(places)]),
                    service_area_id=place.service_area_id,
                )
                for n in range(start, start + count)
            ],
            batch_size=2000,
        )
        mentors = User.objects.bulk_create(
            [
                User(username=f"m{n}", first_name="Mentori", last_name=f"{n}", password="!", municipality=places[0])
                for n in range(start // MENTEES_PER_MENTOR, (start + count) // MENTEES_PER_MENTOR)
            ]
        )
        cohorts = []
        for number in range(start // COHORT_SIZE, (start + count) // COHORT_SIZE):
            cohorts.append(
                Cohort(
                    course=course,
                    name=f"Ryhmä {number}",
                    municipality=places[number % len(places)],
                    start_date=today - datetime.timedelta(days=200),
                    end_date=today + datetime.timedelta(days=rng.randrange(-30, 200)),
                )
            )
        cohorts = Cohort.objects.bulk_create(cohorts)
        Cohort.coordinators.through.objects.bulk_create(
            [Cohort.coordinators.through(cohort_id=c.pk, user_id=coordinator.pk) for c in cohorts]
        )
        enrolments, completions, sessions, pairings, certificates, entries = [], [], [], [], [], []
        for index, person in enumerate(people):
            enrolments.append(Enrolment(cohort=cohorts[index // COHORT_SIZE], user=person))
            done = rng.randrange(0, len(activities) + 1)
            completions.extend(ActivityCompletion(user=person, activity=a) for a in activities[:done])
            mentor = mentors[index // MENTEES_PER_MENTOR]
            pairings.append(Pairing(mentor=mentor, mentee=person, started_on=today - datetime.timedelta(days=150)))
            sessions.append(
                SupervisionSession(
                    mentor=mentor, held_on=today - datetime.timedelta(days=rng.randrange(1, 120)), duration_minutes=90
                )
            )
            if index % 3 == 0:
                issued = today - datetime.timedelta(days=rng.randrange(0, 720))
                valid_until = issued + datetime.timedelta(days=730)
                certificates.append(
                    Certificate(
                        holder=person,
                        course=course,
                        programme=course.code,
                        number=f"B-{start + index}",
                        verification_code=f"bench-{start + index}",
                        issued_on=issued,
                        valid_until=valid_until,
                    )
                )
                entries.append(
                    RosterEntry(
                        person=person,
                        status=Status.IN_GOOD_STANDING,
                        valid_until=valid_until,
                        max_clients=rng.choice([1, 2, 3, 4]),
                        person_municipality_id=person.municipality_id,
                        person_service_area_id=person.service_area_id,
                    )
                )
        Enrolment.objects.bulk_create(enrolments, batch_size=2000)
        ActivityCompletion.objects.bulk_create(completions, batch_size=5000)
        Pairing.objects.bulk_create(pairings, batch_size=2000)
        sessions = SupervisionSession.objects.bulk_create(sessions, batch_size=2000)
        SessionAttendance.objects.bulk_create(
            [
                SessionAttendance(session=session, mentee=person, confirmed_at=now if rng.random() < 0.8 else None)
                for session, person in zip(sessions, people, strict=True)
            ],
            batch_size=2000,
        )
        Certificate.objects.bulk_create(certificates, batch_size=2000)
        RosterEntry.objects.bulk_create(entries, batch_size=2000)
        # Enrolled at different times, so that some have made no progress in 30 days.
        Enrolment.objects.filter(user__in=people).update(enrolled_at=now - datetime.timedelta(days=60))
        ActivityCompletion.objects.filter(user__in=people[::2]).update(completed_at=now - datetime.timedelta(days=45))
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def measure(client, url, rounds):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    assert response.status_code == 200, response.status_code
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return response.content, len(queries), statistics.median(timings), p95


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="trainees followed, comma-separated, growing")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    sizes = parse_sizes(parser, args.sizes)

    databases.create_database(DB_NAME)
    try:
        databases.setup_django(DB_URL)
        from django.core.management import call_command
        from django.test import Client
        from django.urls import reverse

        call_command("migrate", verbosity=0)
        call_command("seed_demo", stdout=open(os.devnull, "w"))
        from django.contrib.auth import get_user_model

        from courses.models import Course

        coordinator = get_user_model().objects.get(username="coordinator")
        course = Course.objects.get(code="link-worker-basic")
        client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="fi")
        client.force_login(coordinator)
        rng = random.Random(15)
        print(f"coordinator home, {args.rounds} rounds each, one coordinator following every cohort")
        print(f"{'trainees':>9}{'cohorts':>9}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}{'html bytes':>12}{'gzipped':>9}")
        have = 0
        for size in sizes:
            started = time.perf_counter()
            grow(coordinator, course, have, size - have, rng)
            have = size
            built = time.perf_counter() - started
            body, queries, p50, p95 = measure(client, reverse("dashboard"), args.rounds)
            print(
                f"{size:>9,}{size // COHORT_SIZE:>9,}{p50:>9.1f}{p95:>9.1f}{queries:>9}"
                f"{len(body):>12,}{len(gzip.compress(body)):>9,}   (data built in {built:.1f} s)",
                flush=True,
            )
    finally:
        from django.db import connections

        connections.close_all()
        databases.drop_database(DB_NAME)


if __name__ == "__main__":
    main()
