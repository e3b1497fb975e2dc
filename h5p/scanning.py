"""An optional virus scan of every uploaded package, before anything of it is read or stored.

VIRUS_SCANNER names the scanner:
- `unix:///run/clamav/clamd.ctl` or `tcp://127.0.0.1:3310`: a ClamAV daemon, sent the file with
  its INSTREAM command (the file in chunks, each after its length as four bytes in network order,
  ended by a zero length; clamd answers "stream: OK" or "stream: <signature> FOUND");
- anything else: a command, given the file on its standard input, which exits 0 for a clean file
  and 1 for an infected one (ClamAV's `clamdscan -` and `clamscan -` do), its last line naming what
  it found;
- empty: no scan (the deploy check warns).

A scanner that cannot be reached, times out or answers anything else refuses the upload: a file
is never taken unscanned when a scanner is set.
"""

import shlex
import socket
import struct
import subprocess
import threading
from urllib.parse import urlsplit

from django.conf import settings

CHUNK = 64 * 1024
MAX_REPLY = 64 * 1024
MAX_SIGNATURE = 100


class Infected(Exception):
    def __init__(self, signature):
        self.signature = signature[:MAX_SIGNATURE] or "?"
        super().__init__(self.signature)


class ScanFailed(Exception):
    """The scanner could not say whether the file is clean."""


def is_configured():
    return bool(settings.VIRUS_SCANNER.strip())


def _chunks(stream):
    stream.seek(0)
    while chunk := stream.read(CHUNK):
        yield chunk


def scan(stream):
    """Raise Infected or ScanFailed unless the configured scanner finds `stream` clean."""
    scanner = settings.VIRUS_SCANNER.strip()
    if not scanner:
        return
    if scanner.startswith(("unix://", "tcp://")):
        _scan_with_clamd(scanner, stream, settings.VIRUS_SCANNER_TIMEOUT)
    else:
        _scan_with_command(scanner, stream, settings.VIRUS_SCANNER_TIMEOUT)


def _connect(address, timeout):
    parts = urlsplit(address)
    if parts.scheme == "unix":
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(timeout)
        connection.connect(parts.path)
        return connection
    if not parts.hostname or not parts.port:
        raise ScanFailed(f"no host and port in {address}")
    return socket.create_connection((parts.hostname, parts.port), timeout=timeout)


def _scan_with_clamd(address, stream, timeout):
    try:
        with _connect(address, timeout) as connection:
            connection.sendall(b"zINSTREAM\0")
            for chunk in _chunks(stream):
                connection.sendall(struct.pack("!L", len(chunk)) + chunk)
            connection.sendall(struct.pack("!L", 0))
            reply = b""
            while b"\0" not in reply and len(reply) < MAX_REPLY:
                received = connection.recv(4096)
                if not received:
                    break
                reply += received
    except (OSError, ValueError) as error:  # refused, reset, timed out, a bad address
        raise ScanFailed(str(error)) from error
    text = reply.split(b"\0", 1)[0].decode("utf-8", "replace").strip()
    if text.endswith(" OK"):
        return
    if text.endswith(" FOUND"):
        raise Infected(text.removeprefix("stream:").removesuffix(" FOUND").strip())
    raise ScanFailed(text or "no answer")


def _scan_with_command(command, stream, timeout):
    try:
        process = subprocess.Popen(
            shlex.split(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
    except (OSError, ValueError) as error:
        raise ScanFailed(str(error)) from error
    output = bytearray()

    def feed():
        try:
            for chunk in _chunks(stream):
                process.stdin.write(chunk)
        except OSError:  # the scanner stopped reading: its exit status says why
            pass
        finally:
            try:
                process.stdin.close()
            except OSError:
                pass

    def drain():
        while chunk := process.stdout.read(CHUNK):
            if len(output) < MAX_REPLY:
                output.extend(chunk)

    threads = [threading.Thread(target=feed, daemon=True), threading.Thread(target=drain, daemon=True)]
    for thread in threads:
        thread.start()
    try:
        status = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise ScanFailed("the scanner timed out") from None
    finally:
        for thread in threads:
            thread.join(timeout=5)
    lines = bytes(output).decode("utf-8", "replace").strip().splitlines()
    if status == 0:
        return
    if status == 1:
        last = lines[-1] if lines else ""
        raise Infected(last.split(":", 1)[-1].removesuffix(" FOUND").strip() if ":" in last else last.strip())
    raise ScanFailed(f"the scanner exited with {status}")
