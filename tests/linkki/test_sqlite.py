import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

# Eight writers, each reading a counter and writing it back in one transaction forty times, as
# autosaves of one assessment do: the read-then-write pattern that fails with "database is locked"
# when two deferred transactions meet.
WRITERS = """
import json, threading
import django
django.setup()
from django.db import connection, connections, transaction

with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)")
    cursor.execute("INSERT INTO counter VALUES (1, 0)")
    cursor.execute("PRAGMA journal_mode")
    journal = cursor.fetchone()[0]
errors = []

def write():
    try:
        for _ in range(40):
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SELECT value FROM counter WHERE id = 1")
                    value = cursor.fetchone()[0]
                    cursor.execute("UPDATE counter SET value = %s WHERE id = 1", [value + 1])
    except Exception as error:
        errors.append(repr(error))
    finally:
        connections.close_all()

threads = [threading.Thread(target=write) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
with connection.cursor() as cursor:
    cursor.execute("SELECT value FROM counter WHERE id = 1")
    print(json.dumps({"value": cursor.fetchone()[0], "errors": errors, "journal": journal}))
"""


@pytest.fixture
def on_sqlite():
    if connection.vendor != "sqlite":
        pytest.skip("the suite runs on PostgreSQL; this checks the embedded SQLite set-up")


def test_concurrent_writers_on_sqlite_all_succeed_and_no_write_is_lost(on_sqlite, tmp_path):
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'linkki.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "linkki.settings",
        "PATH": "/usr/bin:/bin",
    }
    done = subprocess.run(
        [sys.executable, "-c", WRITERS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == []
    assert result["value"] == 8 * 40
    assert result["journal"] == "wal"
