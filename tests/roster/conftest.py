import ipaddress
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rest_framework.test import APIClient

from tests import factories as f


@pytest.fixture
def api(db):
    """An API client holding a token with both scopes."""
    client, raw = f.api_client()
    http = APIClient()
    http.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    http.api_client = client
    return http


def token_client(raw):
    http = APIClient()
    http.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    return http


# Webhooks: no test reaches past this machine. Names resolve through a stub, and a connection to any
# address outside 127.0.0.0/8 and ::1 fails the test instead of leaving the machine.

PUBLIC_ADDRESS = "93.184.216.34"  # stands for a referral system on the internet; never connected to


class StubResolver:
    """Answers for the names a test uses; anything else is not found. Counts the look-ups."""

    def __init__(self):
        self.records = {"receiver.test": ["127.0.0.1"]}
        self.lookups = []

    def __call__(self, host, port):
        self.lookups.append(host)
        if host in self.records:
            answer = self.records[host]
            return list(answer() if callable(answer) else answer)
        if host.endswith(".example.fi"):
            return [PUBLIC_ADDRESS]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


@pytest.fixture(autouse=True)
def dns(monkeypatch):
    from roster import webhook_client

    resolver = StubResolver()
    monkeypatch.setattr(webhook_client, "resolve", resolver)
    return resolver


@pytest.fixture(autouse=True)
def _only_loopback_connections(monkeypatch):
    real_connect = socket.socket.connect
    connected = []

    def connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            ip = ipaddress.ip_address(address[0].split("%", 1)[0])
            if not ip.is_loopback:
                raise AssertionError(f"a test tried to connect to {address[0]}")
            connected.append(str(ip))
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return connected


class Receiver:
    """An https server on 127.0.0.1 standing in for the referral system. Each request gets the next of
    `answers` ((status, headers, seconds to wait first); 200 when they run out) and is kept in
    `requests` with the name the client gave in TLS SNI."""

    def __init__(self, ca, host="127.0.0.1", names=("receiver.test", "127.0.0.1", "::1")):
        self.answers = []
        self.requests = []
        self.names = []
        self.bytes_sent = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802 (the standard library's name)
                self._answer()

            def do_GET(self):  # noqa: N802
                self._answer()

            def _answer(self):
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                receiver.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
                )
                status, headers, wait, payload = receiver.answers.pop(0) if receiver.answers else (200, {}, 0, b"")
                if isinstance(wait, threading.Event):
                    wait.wait(20)  # held until the test lets it answer
                else:
                    time.sleep(wait)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(10**12 if payload is None else len(payload)))
                self.send_header("Connection", "close")
                self.end_headers()
                if payload is not None:
                    self.wfile.write(payload)
                    return
                # An endless answer, until the client hangs up (or ten seconds pass).
                until = time.monotonic() + 10
                try:
                    while time.monotonic() < until:
                        self.wfile.write(b"x" * 65536)
                        receiver.bytes_sent += 65536
                except OSError:
                    pass

            def log_message(self, *args):
                pass

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(*names).configure_cert(context)
        context.sni_callback = lambda sslobj, name, ctx: receiver.names.append(name)
        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def answer(self, status=200, headers=None, wait=0, body=b""):
        """Queue an answer; `body=None` sends an endless one, `wait` is seconds or an Event to wait for."""
        self.answers.append((status, headers or {}, wait, body))

    def url(self, path="/hooks/linkki", host="receiver.test"):
        return f"https://{host}:{self.port}{path}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings, tmp_path):
    """A loopback receiver whose certificate the client trusts, its name allowed on purpose."""
    import trustme

    ca = trustme.CA()
    ca_file = tmp_path / "receiver-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    settings.WEBHOOK_CA_FILE = str(ca_file)
    settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS = ["receiver.test"]
    server = Receiver(ca)
    server.ca = ca
    yield server
    server.close()
