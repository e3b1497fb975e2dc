"""The assessment pages under load: the attempt page a trainee downloads (bytes, queries, time), one
autosave, a submit with grading, and the gradebook and its CSV (assessments and H5P content) for
cohorts of growing size.

Run: .venv/bin/python -m bench.assessments
Uses a throwaway SQLite database with the demo curriculum, so it needs no services.
"""

import gzip
import json
import os
import statistics
import tempfile
import time
import warnings

warnings.filterwarnings("ignore", message="No directory at")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")
_db = tempfile.NamedTemporaryFile(suffix=".sqlite3", delete=False)
os.environ["DATABASE_URL"] = f"sqlite:///{_db.name}"

import django  # noqa: E402

django.setup()

from django.contrib.staticfiles import finders  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

ROUNDS = 20


def measure(client, method, url, **kwargs):
    timings = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = getattr(client, method)(url, **kwargs)
        timings.append((time.perf_counter() - start) * 1000)
    return response, len(queries), statistics.median(timings), max(timings)


def main():
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from assessments import services
    from assessments.models import Assessment
    from courses.models import Activity, Cohort, Enrolment
    from h5p.services import record_xapi_statement
    from tests.factories import xapi_statement

    User = get_user_model()
    quiz = Assessment.objects.get(max_attempts=3)
    trainee = User.objects.get(username="trainee")
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(trainee)
    attempt = services.start_attempt(quiz, trainee)
    for name in ("assessments/attempt.js", "assessments/assessments.css"):
        data = open(finders.find(name), "rb").read()
        print(f"{name}: {len(data):,} bytes, {len(gzip.compress(data)):,} gzipped")
    print(f"{'request':<28}{'bytes':>9}{'gzipped':>9}{'queries':>9}{'p50 ms':>9}{'max ms':>9}")
    response, queries, p50, worst = measure(client, "get", attempt.get_absolute_url())
    body = response.content
    print(
        f"{'attempt page (7 questions)':<28}{len(body):>9,}{len(gzip.compress(body)):>9,}{queries:>9}{p50:>9.1f}{worst:>9.1f}"
    )
    question = attempt.items.order_by("position").first().question
    payload = json.dumps({"answers": {str(question.pk): question.options.first().pk}})
    response, queries, p50, worst = measure(
        client,
        "post",
        reverse("assessments:attempt_answers", args=[attempt.pk]),
        data=payload,
        content_type="application/json",
    )
    print(f"{'autosave one answer':<28}{len(response.content):>9,}{'':>9}{queries:>9}{p50:>9.1f}{worst:>9.1f}")
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        services.submit_attempt(attempt, trainee)
    print(f"{'submit and grade':<28}{'':>9}{'':>9}{len(captured):>9}{(time.perf_counter() - start) * 1000:>9.1f}")

    cohort = Cohort.objects.get(course=quiz.activity.module.course)
    coordinator = User.objects.get(username="coordinator")
    client.force_login(coordinator)
    password = make_password(None)
    exercises = list(
        Activity.objects.filter(kind=Activity.Kind.H5P, module__course=cohort.course, h5p_content__isnull=False)
    )
    print(f"gradebook columns: 2 assessments, {len(exercises)} H5P")
    made = 0
    print(f"{'gradebook':<28}{'trainees':>9}{'queries':>9}{'p50 ms':>9}{'max ms':>9}{'csv ms':>9}")
    for size in (10, 100, 500):
        people = [
            User(username=f"bench{made + n}", first_name="Bench", last_name=str(made + n), password=password)
            for n in range(size - cohort.enrolments.count())
        ]
        made += len(people)
        User.objects.bulk_create(people)
        Enrolment.objects.bulk_create([Enrolment(cohort=cohort, user=person) for person in people])
        for person in people[: len(people) // 2]:
            services.submit_attempt(services.start_attempt(quiz, person), person)
            for activity in exercises:
                for scaled in (0.4, 1.0):
                    record_xapi_statement(person, activity, xapi_statement(scaled=scaled))
        _response, queries, p50, worst = measure(client, "get", reverse("assessments:gradebook", args=[cohort.pk]))
        _csv, _q, csv_p50, _w = measure(client, "get", reverse("assessments:gradebook_csv", args=[cohort.pk]))
        print(
            f"{'gradebook page':<28}{cohort.enrolments.count():>9}{queries:>9}{p50:>9.1f}{worst:>9.1f}{csv_p50:>9.1f}"
        )


if __name__ == "__main__":
    try:
        main()
    finally:
        os.unlink(_db.name)
