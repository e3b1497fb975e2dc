"""The benchmarks' own PostgreSQL databases: made afresh on the server BENCH_DATABASE_URL names,
Django set up on one, dropped at the end."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432").rstrip("/")


def name_and_url(default_name: str) -> tuple[str, str]:
    """The database's name (BENCH_DATABASE_NAME, else `default_name`) and its address."""
    name = os.environ.get("BENCH_DATABASE_NAME", default_name)
    return name, f"{SERVER}/{name}"


def _admin():
    import psycopg

    return psycopg.connect(f"{SERVER}/postgres", autocommit=True)


def create_database(name: str) -> None:
    with _admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


def drop_database(name: str) -> None:
    with _admin() as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup_django(url: str) -> None:
    """Django on the database at `url`, with tasks in-process and no shared cache."""
    os.environ["DATABASE_URL"] = url
    os.environ.pop("CELERY_BROKER_URL", None)
    os.environ.pop("CACHE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "linkki.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
