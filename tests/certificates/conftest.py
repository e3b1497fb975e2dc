import datetime
from dataclasses import dataclass

import pytest
from django.core.cache import cache

from courses.models import Activity
from tests import factories as f

TODAY = datetime.date(2026, 11, 25)


SERIALIZED = pytest.StashKey[str]()


def _keep_serialized_contents(config):
    """The migrations' data, serialized when the test database was made, lives on the connection object;
    after a browser test the thread may hold a new connection object without it. Keep a copy and give
    it back, so the flush at the end of a transactional test leaves the rows to be restored, not remade."""
    from django.db import connections

    connection = connections["default"]
    contents = getattr(connection, "_test_serialized_contents", None)
    if contents and SERIALIZED not in config.stash:
        config.stash[SERIALIZED] = contents
    elif not contents and SERIALIZED in config.stash:
        connection._test_serialized_contents = config.stash[SERIALIZED]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    _keep_serialized_contents(item.config)
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends by emptying every table, reference data included. After that flush, put
    back what the migrations loaded (municipalities, languages, schedules), so tests that run later in
    the session find it as usual."""
    _keep_serialized_contents(item.config)
    result = yield
    marker = item.get_closest_marker("django_db")
    if nextitem is not None and marker and marker.kwargs.get("serialized_rollback"):
        _restore_reference_data(item.config)
    return result


def _restore_reference_data(config):
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    contents = config.stash.get(SERIALIZED, None)
    if contents:
        with config.stash[blocking_manager_key].unblock():
            connections["default"].creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Verification is rate-limited per address in the cache; each test starts with a clean count."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_result_backend():
    from linkki.celery import app

    yield
    vars(app._local).pop("backend", None)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class World:
    course: object
    rule: object
    cohort: object
    other_cohort: object
    ready: object          # meets the rule
    unready: object        # enrolled, nothing done
    outsider: object       # in the other cohort, meets the rule
    mentor: object
    coordinator: object
    other_coordinator: object
    trainer: object
    trainee: object        # enrolled nowhere
    administrator: object
    assessment: object


def build_course():
    """Two required modules (two pages and an assessment), one optional module."""
    course = f.CourseFactory(code="link-worker-basic")
    first = f.ModuleFactory(course=course, order=0)
    f.ActivityFactory(module=first, order=0)
    assessment = f.ActivityFactory(module=first, order=1, kind=Activity.Kind.ASSESSMENT)
    second = f.ModuleFactory(course=course, order=1)
    f.ActivityFactory(module=second, order=0)
    f.ActivityFactory(module=second, order=1)
    optional = f.ModuleFactory(course=course, order=2, is_required=False)
    f.ActivityFactory(module=optional, order=0)
    return course, assessment


def ensure_reference_data():
    """Sodankylä, which the cohort factory uses; a transactional test elsewhere may have flushed it."""
    from accounts.models import Municipality, ServiceArea

    if not Municipality.objects.filter(name="Sodankylä").exists():
        area, _ = ServiceArea.objects.get_or_create(code="test-area", defaults={"name": "Testialue"})
        Municipality.objects.create(code="758", name="Sodankylä", service_area=area)


@pytest.fixture
def world(db):
    ensure_reference_data()
    course, assessment = build_course()
    rule = f.certification_rule(course)
    coordinator, other_coordinator, trainer = f.coordinator(), f.coordinator(), f.trainer()
    cohort = f.CohortFactory(course=course, coordinators=[coordinator], trainers=[trainer])
    other_cohort = f.CohortFactory(course=course, coordinators=[other_coordinator])
    mentor = f.mentor()
    ready = f.certifiable(course, cohort, mentor_user=mentor, first_name="Máret", last_name="Aikio")
    unready = f.trainee()
    f.EnrolmentFactory(cohort=cohort, user=unready)
    outsider = f.certifiable(course, other_cohort, mentor_user=mentor)
    return World(course, rule, cohort, other_cohort, ready, unready, outsider, mentor, coordinator,
                 other_coordinator, trainer, f.trainee(), f.administrator(), assessment)
