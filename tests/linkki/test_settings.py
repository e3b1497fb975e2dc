import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "PRODUCTION", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_settings_come_from_the_environment():
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER,"
        " s.ALLOWED_HOSTS, s.EMAIL_HOST)",
        DATABASE_URL="postgres://u@db.example:5432/linkki",
        CELERY_BROKER_URL="redis://r:6379/0",
        ALLOWED_HOSTS="a.example,b.example",
        EMAIL_HOST="smtp.example",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "False",
        "['a.example',",
        "'b.example']",
        "smtp.example",
    ]


def test_a_bare_machine_gets_sqlite_and_in_process_tasks():
    environment = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CELERY_BROKER_URL"}}
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--no-imports",
            "-c",
            "from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'], s.CELERY_TASK_ALWAYS_EAGER)",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_an_on_off_setting_that_cannot_be_read_stops_the_start_with_its_name():
    for typo in ("ture", "yes please"):
        result = run_manage("check", PRODUCTION=typo)
        assert result.returncode != 0
        assert "ImproperlyConfigured" in result.stderr
        assert f"PRODUCTION={typo!r} is neither on" in result.stderr


def test_on_off_settings_read_the_usual_words_in_any_case():
    script = "from django.conf import settings as s; print(s.DEBUG, s.EMAIL_USE_TLS)"
    for on, off in (("1", "0"), ("True", "False"), ("yes", "no"), (" ON ", "off"), ("on", "")):
        result = run_manage("shell", "--no-imports", "-c", script, DEBUG=on, EMAIL_USE_TLS=off)
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["True", "False"]
