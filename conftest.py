import os
import shutil
import socket
from urllib.parse import urlparse

import pytest
from celery.signals import task_postrun

from linkki.celery import app as celery_app

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def _skip_or_fail(reason):
    """Outside CI a missing service skips the test; in CI it is a failure."""
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Tests create many people; a fast hasher keeps them quick (no test relies on the hash's strength)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language, whatever language an earlier test's request left active."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _default_content_fallbacks():
    """Each test starts as its database does, with no fallback order stored, without reading it; saving an
    order in a test makes the next text read the orders again."""
    from common import translated

    translated._fallbacks.update(orders={}, version=None, checked_at=float("inf"))
    yield
    translated._fallbacks.update(orders={}, version=None, checked_at=float("inf"))


@pytest.fixture(autouse=True)
def _no_webhook_thread(settings):
    """Webhook deliveries wait for the test to send them; the tests of the sending thread start it."""
    settings.WEBHOOK_IN_PROCESS_SENDER = False


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits count in the cache; each test starts with a clean count."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_result_backend():
    """Running a task in-process caches Celery's disabled result backend for this thread; drop it
    afterwards so a later real-worker test reads the backend from its settings."""
    yield
    vars(celery_app._local).pop("backend", None)


MIGRATED_DATA = pytest.StashKey[str]()
# Recreated by the flush itself (post_migrate), so they are left out of the snapshot.
_REBUILT_BY_FLUSH = {("contenttypes", "contenttype"), ("auth", "permission")}


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    names = getattr(item, "fixturenames", ())
    return bool((marker and marker.kwargs.get("transaction")) or "transactional_db" in names or "live_server" in names)


def _migrated_data():
    from itertools import chain

    from django.apps import apps
    from django.core import serializers

    models = [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and (model._meta.app_label, model._meta.model_name) not in _REBUILT_BY_FLUSH
    ]
    return serializers.serialize(
        "json", chain.from_iterable(model._default_manager.order_by("pk").iterator() for model in models)
    )


@pytest.fixture(scope="session", autouse=True)
def _keep_migrated_data(request, django_db_setup, django_db_blocker):
    """Right after the test database is made, keep what the migrations loaded (municipalities,
    languages, topics, themes, schedules)."""
    with django_db_blocker.unblock():
        request.config.stash[MIGRATED_DATA] = _migrated_data()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test ends by emptying every table, reference data included; put back what the
    migrations loaded, so every later test finds the database as the migrations left it."""
    result = yield
    if nextitem is not None and _is_transactional(item) and MIGRATED_DATA in item.config.stash:
        from django.db import connections
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            connections["default"].creation.deserialize_db_from_string(item.config.stash[MIGRATED_DATA])
    return result


@pytest.fixture(autouse=True)
def _tasks_in_process(settings, tmp_path):
    """Tasks run in-process unless a test asks for a real worker; media goes to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


def _redis_url():
    url = os.environ.get("CELERY_BROKER_URL") or "redis://127.0.0.1:6379/0"
    parsed = urlparse(url)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw"):
        # Parallel test processes each get their own Redis database, so no worker takes another's tasks.
        url = parsed._replace(path=f"/{10 + int(worker[2:])}").geturl()
    try:
        socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), timeout=1).close()
    except OSError:
        return None
    return url


@pytest.fixture
def celery_worker_on_redis(transactional_db, monkeypatch):
    """A real Celery worker consuming from Redis in a thread of the test process."""
    from celery.contrib.testing.worker import start_worker

    url = _redis_url()
    if url is None:
        _skip_or_fail("Redis is not reachable; set CELERY_BROKER_URL")
    monkeypatch.setenv("CELERY_BROKER_URL", url)  # Celery reads the environment before its settings
    conf = celery_app.conf
    saved = {key: conf[key] for key in ("broker_url", "result_backend", "task_always_eager")}
    conf.update(broker_url=url, result_backend=url, task_always_eager=False)
    _forget_broker_connections()
    # The worker thread opens its own database connection; close it after each task, so no session is
    # left holding the test database when the run ends.
    task_postrun.connect(_close_connections, weak=False)
    try:
        with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=20) as worker:
            yield worker
    finally:
        task_postrun.disconnect(_close_connections)
        conf.update(saved)
        _forget_broker_connections()


def _forget_broker_connections():
    """Producers are pooled per app; drop the pool so the next task is sent to the broker now configured."""
    celery_app._pool = None
    vars(celery_app.amqp).pop("_producer_pool", None)


def _close_connections(**_kwargs):
    from django.db import connections

    connections.close_all()


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        _skip_or_fail(f"Chromium not found at {CHROMIUM}; install Debian's chromium package")
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(locale="fi-FI", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()
