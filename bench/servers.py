"""The benchmarks' own web servers: a free port on loopback, and gunicorn started on it, waited for
until it answers, and stopped with its workers."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(port: int, path: str = "/healthz") -> bool:
    """Whether the server on `port` answers `path` with a 200."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", path)
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def start_gunicorn(
    port: int,
    *,
    workers: int = 2,
    env: Mapping[str, str | None] | None = None,
    options: Sequence[str] = (),
    output: IO[str] | None = None,
    wait_seconds: float = 20,
) -> subprocess.Popen:
    """gunicorn serving Linkki on 127.0.0.1:`port` with `workers` sync workers, in a process group of its
    own, once /healthz answers. `env` adds to this process's environment (None removes a variable)."""
    environment = {**os.environ, "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1", "LOG_LEVEL": "ERROR"}
    for name, value in (env or {}).items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "linkki.wsgi:application",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            *options,
        ],
        cwd=ROOT,
        env=environment,
        start_new_session=True,
        stdout=output,
        stderr=output,
    )
    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            break
        if answers(port):
            return server
        time.sleep(0.1)
    stop(server)
    sys.exit("gunicorn did not start")


def stop(server: subprocess.Popen, timeout: float = 10) -> None:
    """Stop gunicorn and its workers."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=timeout)
