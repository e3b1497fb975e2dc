"""One current certificate per person and programme, even when several workers issue at once (PostgreSQL)."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from certificates import services
from certificates.models import Certificate
from tests import factories as f

from .conftest import build_course

WORKERS = 6


@pytest.mark.django_db(transaction=True)
def test_concurrent_issuing_gives_exactly_one_certificate():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises every write, so there is no race to test")
    course, _assessment = build_course()
    f.certification_rule(course)
    people = [f.certifiable(course) for _ in range(2)]
    coordinator = f.coordinator()
    barrier = threading.Barrier(WORKERS)
    outcomes = []

    def issue(person):
        try:
            barrier.wait()
            outcomes.append(services.issue_certificate(person, course, by=coordinator).number)
        except ValidationError as error:
            outcomes.append(error.error_list[0].code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=issue, args=(people[i % 2],)) for i in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    for person in people:
        assert Certificate.objects.filter(holder=person, status=Certificate.Status.ACTIVE).count() == 1
    numbers = [o for o in outcomes if o.startswith("LK-")]
    assert len(numbers) == 2 and len(set(numbers)) == 2
    assert sorted(o for o in outcomes if not o.startswith("LK-")) == ["already_certified"] * (WORKERS - 2)
    assert sorted(numbers) == sorted(Certificate.objects.values_list("number", flat=True))


@pytest.mark.django_db(transaction=True)
def test_concurrent_first_numbers_of_a_year_are_all_different():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    barrier = threading.Barrier(WORKERS)
    numbers = []

    def take():
        from django.db import transaction

        try:
            barrier.wait()
            with transaction.atomic():
                numbers.append(services.next_number(2031))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(numbers) == [f"LK-2031-{n:06d}" for n in range(1, WORKERS + 1)]
