"""The roster API under load-free latency: p50 and p95 of a filtered list and of a match through two
gunicorn workers over loopback, beside the same filter as one bare SQL query, at 100,000 link workers in
Lapland and again once the roster has grown to 1,000,000 in more wellbeing services counties.

Run: .venv/bin/python -m bench.roster_api [--workers 100000] [--national 1000000] [--sessions 1000000]
     [--requests 300]
Needs PostgreSQL: it creates (and drops at the end, unless --keep) its own database, by default
`linkki_bench_roster` on postgres://postgres@127.0.0.1:5432 (BENCH_DATABASE_URL to change the server,
BENCH_DATABASE_NAME the database). With --keep and then --reuse, later runs measure the same data again.
"""

import argparse
import datetime
import http.client
import json
import random
import statistics
import time
import warnings
from urllib.parse import urlencode

from bench import databases
from bench.servers import free_port, start_gunicorn, stop

warnings.filterwarnings("ignore", message="No directory at")

DB_NAME, DB_URL = databases.name_and_url("linkki_bench_roster")

LIST_FILTER = {"municipality": "758", "language": "fi", "theme": "nature", "available": "true"}
MATCH_NEEDS = {
    "municipality": "148",
    "languages": ["se", "fi"],
    "remote_acceptable": True,
    "themes": ["nature", "sami-culture"],
}


def copy_rows(cursor, table, columns, rows):
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def national_county(number):
    """A copy of Lapland's four service areas and 21 municipalities as wellbeing services county `number`,
    as a national roster grows: by regions, each as dense as the pilots'."""
    from accounts.models import Municipality, ServiceArea

    areas = {}
    for area in ServiceArea.objects.filter(county="lappi"):
        areas[area.pk] = ServiceArea.objects.create(
            code=f"bench-{number}-{area.code}", name=f"{area.name} {number}", county=f"bench-{number}"
        )
    return [
        Municipality.objects.create(
            code=f"{chr(64 + number)}{index:02d}",
            name=f"{place.name} {number}",
            service_area=areas[place.service_area_id],
        )
        for index, place in enumerate(Municipality.objects.filter(service_area__county="lappi").order_by("code"))
    ]


def generate(workers, sessions, seed=7, municipalities=None, prefix="p"):
    """People, certificates and roster entries with realistic spreads; sessions and attendances by COPY.
    `municipalities` (Lapland's by default) is where they live; `prefix` tells them from earlier ones."""
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from accounts.models import Language, Municipality
    from certificates.models import Certificate
    from courses.models import Course
    from mentoring.models import SupervisionRequirement
    from roster.models import RosterEntry, Theme

    rng = random.Random(f"{seed}{prefix}")
    User = get_user_model()
    today = timezone.localdate()
    now = timezone.now()
    municipalities = municipalities or list(Municipality.objects.filter(service_area__county="lappi"))
    languages = {language.code: language.pk for language in Language.objects.all()}
    themes = list(Theme.objects.values_list("pk", flat=True))
    course = Course.objects.filter(code="bench-basic").first()
    if course is None:
        course = Course.objects.create(
            code="bench-basic", version="2026", title={"fi": "Perus", "en": "Basic"}, is_published=True
        )
        SupervisionRequirement.objects.create(course=course, training_hours=10, sessions_per_period=2, period_months=6)

    started = time.perf_counter()
    mentors = max(workers // 200, 1)
    people = [
        User(
            username=f"{prefix}{index}",
            first_name=f"Etu{index % 977}",
            last_name=f"Suku{index % 3001}",
            email=f"{prefix}{index}@bench.example",
            password="!",
            municipality=(place := rng.choice(municipalities)),
            service_area_id=place.service_area_id,
            supports_remotely=rng.random() < 0.35,
            search_key=f"etu{index % 977} suku{index % 3001} {prefix}{index}",
        )
        for index in range(workers + mentors)
    ]
    with transaction.atomic():
        User.objects.bulk_create(people, batch_size=5000)
    ids = list(
        User.objects.filter(username__in=[p.username for p in people]).order_by("pk").values_list("pk", flat=True)
    )
    worker_ids, mentor_ids = ids[:workers], ids[workers:]

    spoken, spoken_by = [], {}
    for person_id in worker_ids:
        for code, share in (("fi", 0.95), ("sv", 0.08), ("en", 0.3), ("se", 0.06), ("smn", 0.01), ("sms", 0.01)):
            if rng.random() < share:
                spoken.append((person_id, languages[code]))
                spoken_by.setdefault(person_id, []).append(languages[code])

    certificates, entries, entry_themes, contracts = [], [], [], []
    for index, person_id in enumerate(worker_ids):
        issued_on = today - datetime.timedelta(days=rng.randrange(0, 1000))
        valid_until = issued_on + datetime.timedelta(days=730)
        roll = rng.random()
        certificate_status, status, reason, due = "active", "in_good_standing", "", None
        if valid_until < today:
            status = "expired"
        elif roll < 0.03:
            certificate_status = status = "suspended"
            reason = "Selvitys kesken"
        elif roll < 0.05:
            certificate_status = status = "revoked"
            reason = "Peruttu"
        elif roll < 0.13:
            status, due = "supervision_overdue", today - datetime.timedelta(days=rng.randrange(1, 90))
        else:
            due = today + datetime.timedelta(days=rng.randrange(1, 180))
        certificates.append(
            Certificate(
                holder_id=person_id,
                course=course,
                programme=course.code,
                number=f"B-{prefix}{index}",
                verification_code=f"bench-{prefix}{index}",
                issued_on=issued_on,
                valid_until=valid_until,
                status=certificate_status,
                status_reason=reason,
            )
        )
        maximum = rng.choice([1, 2, 3, 3, 4, 5])
        paused = today + datetime.timedelta(days=rng.randrange(1, 60)) if rng.random() < 0.07 else None
        liked = rng.sample(themes, rng.randrange(1, 4))
        places = rng.sample(municipalities, rng.randrange(1, 3)) if rng.random() < 0.3 else []
        person = people[index]
        entries.append(
            (
                person_id,
                status,
                reason,
                valid_until,
                due,
                now,
                maximum,
                rng.randrange(0, maximum + 1),
                paused,
                rng.choice(["", "", "female", "male"]),
                now,
                # the copies the match reads, as roster.services.copy_for_matching writes them
                person.municipality.pk,
                person.service_area_id,
                person.supports_remotely,
                json.dumps(sorted(spoken_by.get(person_id, []))),
                json.dumps(sorted(liked)),
                json.dumps(sorted(place.pk for place in places)),
            )
        )
        entry_themes.extend((person_id, theme) for theme in liked)
        contracts.extend((person_id, place.pk) for place in places)
    with transaction.atomic():
        Certificate.objects.bulk_create(certificates, batch_size=5000)
        with connection.cursor() as cursor:
            raw = cursor.cursor
            copy_rows(raw, "accounts_user_languages", ["user_id", "language_id"], spoken)
            copy_rows(
                raw,
                RosterEntry._meta.db_table,
                [
                    "person_id",
                    "status",
                    "reason",
                    "valid_until",
                    "supervision_due",
                    "status_since",
                    "max_clients",
                    "current_clients",
                    "paused_until",
                    "gender",
                    "updated_at",
                    "person_municipality_id",
                    "person_service_area_id",
                    "person_supports_remotely",
                    "language_ids",
                    "theme_ids",
                    "contract_ids",
                ],
                entries,
            )
            copy_rows(raw, RosterEntry.themes.through._meta.db_table, ["rosterentry_id", "theme_id"], entry_themes)
            copy_rows(
                raw,
                RosterEntry.contract_municipalities.through._meta.db_table,
                ["rosterentry_id", "municipality_id"],
                contracts,
            )
    people_seconds = time.perf_counter() - started

    started = time.perf_counter()
    if sessions:
        with transaction.atomic(), connection.cursor() as cursor:
            raw = cursor.cursor
            raw.execute("SELECT nextval(pg_get_serial_sequence('mentoring_supervisionsession', 'id'))")
            first_id = raw.fetchone()[0]
            session_rows = (
                (
                    first_id + n,
                    rng.choice(mentor_ids),
                    today - datetime.timedelta(days=rng.randrange(0, 1100)),
                    rng.choice([45, 60, 90]),
                    "in_person",
                    "one_to_one",
                    None,
                    "",
                    "",
                    "",
                    now,
                    now,
                )
                for n in range(sessions)
            )
            copy_rows(
                raw,
                "mentoring_supervisionsession",
                [
                    "id",
                    "mentor_id",
                    "held_on",
                    "duration_minutes",
                    "format",
                    "kind",
                    "group_id",
                    "summary",
                    "private_notes",
                    "action_points",
                    "created_at",
                    "updated_at",
                ],
                session_rows,
            )
            raw.execute(
                "SELECT setval(pg_get_serial_sequence('mentoring_supervisionsession', 'id'), %s)", [first_id + sessions]
            )
            attendance_rows = (
                (first_id + n, worker_ids[n % workers], now if rng.random() < 0.9 else None, None, "", "", None, "")
                for n in range(sessions)
            )
            copy_rows(
                raw,
                "mentoring_sessionattendance",
                [
                    "session_id",
                    "mentee_id",
                    "confirmed_at",
                    "confirmed_by_id",
                    "confirmation_reason",
                    "reflection",
                    "declined_at",
                    "decline_reason",
                ],
                attendance_rows,
            )
    sessions_seconds = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return people_seconds, sessions_seconds


def request(port, method, path, token, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    payload = None
    if body is not None:
        payload = json.dumps(body)
        headers["Content-Type"] = "application/json"
    started = time.perf_counter()
    connection.request(method, path, body=payload, headers=headers)
    response = connection.getresponse()
    content = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    return response.status, content, elapsed


def percentiles(timings):
    ordered = sorted(timings)
    return statistics.median(ordered), ordered[max(int(len(ordered) * 0.95) - 1, 0)]


def time_pair(port, token, method, path, body, sql, params, rounds):
    """The request over HTTP and its bare query, one after the other in each round, so that both see
    the same load on a shared machine. The query goes through a client-side binding cursor, as
    Django sends it (no server-side prepared plan the application would not have), on a connection
    kept open, as the application's is, with the server's planner settings, as the application has."""
    import psycopg

    with psycopg.connect(DB_URL, cursor_factory=psycopg.ClientCursor) as connection:

        def query():
            started = time.perf_counter()
            for statement in [sql] if isinstance(sql, str) else sql:
                connection.execute(statement, params).fetchall()
            return (time.perf_counter() - started) * 1000

        for _ in range(20):
            request(port, method, path, token, body)
            query()
        http_timings, sql_timings, errors = [], [], 0
        for _ in range(rounds):
            status, _content, elapsed = request(port, method, path, token, body)
            errors += status != 200
            http_timings.append(elapsed)
            sql_timings.append(query())
    return percentiles(http_timings), errors, percentiles(sql_timings)


def main_queries():
    """The SQL the list and the match run for their rows, with its parameters: for the list the page
    query of the API's own queryset, with every column the API returns."""
    from django.http import QueryDict

    from accounts.models import Language, Municipality
    from roster import selectors
    from roster.api import RosterPagination
    from roster.filters import RosterFilter
    from roster.models import Theme

    listed = RosterFilter(QueryDict(urlencode(LIST_FILTER)), queryset=selectors.roster_listing()).qs
    listed = listed.order_by(RosterPagination.ordering)[: RosterPagination.page_size + 1]
    needs = selectors.Needs(
        municipality=Municipality.objects.get(code=MATCH_NEEDS["municipality"]),
        languages=[Language.objects.get(code=code) for code in MATCH_NEEDS["languages"]],
        remote_acceptable=True,
        themes=list(Theme.objects.filter(code__in=MATCH_NEEDS["themes"])),
    )
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        selectors.match(needs)
    ranking = [q["sql"] for q in captured.captured_queries if '"score"' in q["sql"]]
    return listed.query.sql_with_params(), (ranking, None)


def count_queries(token):
    """Queries per request, counted in-process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    counts = {}
    for name, call in (
        ("list", lambda: client.get("/api/v1/roster/", LIST_FILTER)),
        ("match", lambda: client.post("/api/v1/match/", MATCH_NEEDS, content_type="application/json")),
    ):
        call()
        with CaptureQueriesContext(connection) as captured:
            assert call().status_code == 200
        counts[name] = len(captured.captured_queries)
    return counts


def time_sweep(days):
    """The daily re-evaluation, as if `days` had passed: certificates and supervision falling due."""
    from django.utils import timezone

    from roster import selectors, services

    at = timezone.localdate() + datetime.timedelta(days=days)
    started = time.perf_counter()
    due = selectors.due_for_refresh(at)
    changed = services.refresh_roster_entries(due, at)
    seconds = time.perf_counter() - started
    print(
        f"daily sweep {days} days ahead: {len(due):,} people re-evaluated, {changed:,} changed status, "
        f"{seconds:.1f} s ({seconds / max(len(due), 1) * 1000:.2f} ms a person)"
    )


def measure(token, requests):
    """List and match over HTTP beside their bare queries, on the data as it stands."""
    counts = count_queries(token)
    (list_sql, list_params), (match_sql, match_params) = main_queries()
    from django.db import connections

    connections.close_all()
    port = free_port()
    server = start_gunicorn(port, workers=2, env={"DATABASE_URL": DB_URL})
    try:
        list_path = "/api/v1/roster/?" + urlencode(LIST_FILTER)
        listed = time_pair(port, token, "GET", list_path, None, list_sql, list_params, requests)
        matched = time_pair(port, token, "POST", "/api/v1/match/", MATCH_NEEDS, match_sql, match_params, requests)
    finally:
        stop(server, timeout=20)
    return {"list": (*listed, counts["list"]), "match": (*matched, counts["match"])}


def report(size, figures):
    print(f"{size:,} link workers")
    print(f"{'':<28}{'p50 ms':>9}{'p95 ms':>9}{'errors':>8}{'queries':>9}")
    for name, label, shown in (
        ("list", "bare SQL (same filter)", "list " + urlencode(LIST_FILTER)),
        ("match", "bare SQL (ranking queries)", "match " + json.dumps(MATCH_NEEDS)),
    ):
        (p50, p95), errors, (sql_p50, sql_p95), queries = figures[name]
        print(shown)
        print(f"{'  HTTP':<28}{p50:>9.2f}{p95:>9.2f}{errors:>8}{queries:>9}")
        print(f"{'  ' + label:<28}{sql_p50:>9.2f}{sql_p95:>9.2f}")
        print(f"{'  ratio HTTP / SQL':<28}{p50 / sql_p50:>9.2f}{p95 / sql_p95:>9.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=100_000)
    parser.add_argument(
        "--national",
        type=int,
        default=1_000_000,
        help="then grow the roster to this many workers in more counties and measure again (0: no)",
    )
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument(
        "--sweep-days", type=int, default=30, help="time the daily sweep as if run this many days from now"
    )
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse", action="store_true", help="measure the data a run with --keep left (implies --keep)")
    args = parser.parse_args()
    args.keep = args.keep or args.reuse

    if not args.reuse:
        databases.create_database(DB_NAME)
    databases.setup_django(DB_URL)
    from django.core.management import call_command

    try:
        call_command("migrate", verbosity=0)
        from roster.models import ApiClient, RosterEntry
        from roster.services import create_api_client, issue_token

        if args.reuse:
            print(f"data: reused, {RosterEntry.objects.count():,} roster entries")
        else:
            people_seconds, sessions_seconds = generate(args.workers, args.sessions)
            print(
                f"data: {args.workers:,} link workers in {people_seconds:.1f} s, "
                f"{args.sessions:,} supervision sessions in {sessions_seconds:.1f} s"
            )
        kept = ApiClient.objects.filter(name="bench").first()
        if kept is not None:
            _token, token = issue_token(kept)
        else:
            _client, token = create_api_client(
                "bench", scopes=["roster:read", "roster:match"], by=None, requests_per_minute=10_000_000
            )
        print(
            f"requests: {args.requests} each, sequential, two gunicorn workers on 127.0.0.1, each followed by "
            f"its bare query"
        )
        sizes = [(RosterEntry.objects.count(), measure(token, args.requests))]
        report(*sizes[0])
        if args.national and not args.reuse and args.national > args.workers:
            started, county, made = time.perf_counter(), 1, args.workers
            while made < args.national:
                count = min(args.workers, args.national - made)
                generate(count, 0, municipalities=national_county(county), prefix=f"c{county}-")
                made, county = made + count, county + 1
            print(f"data: grown to {made:,} link workers in {county} counties in {time.perf_counter() - started:.1f} s")
            sizes.append((RosterEntry.objects.count(), measure(token, args.requests)))
            report(*sizes[1])
            (small, large) = (figures["match"][0][1] for _size, figures in sizes)
            print(f"match p95 at {sizes[1][0]:,} / at {sizes[0][0]:,}: {large / small:.2f}")
        if not args.reuse:  # reused data has been swept already
            time_sweep(args.sweep_days)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            databases.drop_database(DB_NAME)


if __name__ == "__main__":
    main()
