"""The player's own files (h5p-standalone's dist and Linkki's frame script), served under one hashed
version, compressed, and cached for a year: a new player version is a new address.

They are served on the content side, like the content: a sandboxed answer without cookies, readable
by the LMS page (which fetches them for the sandboxed frame, see player.js) from any origin.
"""

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings

DIST = Path(settings.BASE_DIR) / "node_modules" / "h5p-standalone" / "dist"
OWN = Path(__file__).resolve().parent / "static" / "h5p"
OWN_FILES = ("sandbox.js",)
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


@dataclass(frozen=True)
class PlayerFile:
    data: bytes
    gzipped: bytes | None
    content_type: str


@dataclass(frozen=True)
class Player:
    version: str
    files: dict


def _content_type(name):
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type in ("application/javascript", "application/json"):
        content_type += "; charset=utf-8"
    return content_type


@lru_cache(maxsize=1)
def player():
    """Every player file, read and compressed once per process, with the version hash of them all."""
    sources = {}
    if DIST.is_dir():
        for path in sorted(DIST.rglob("*")):
            if path.is_file() and path.suffix not in (".ts", ".txt"):
                sources[path.relative_to(DIST).as_posix()] = path.read_bytes()
    for name in OWN_FILES:
        sources[f"linkki/{name}"] = (OWN / name).read_bytes()
    digest = hashlib.sha256()
    files = {}
    for name, data in sources.items():
        digest.update(name.encode() + b"\0" + data)
        content_type = _content_type(name)
        gzipped = gzip.compress(data, 9, mtime=0) if content_type.startswith(COMPRESSIBLE) else None
        files[name] = PlayerFile(data, gzipped if gzipped and len(gzipped) < len(data) else None, content_type)
    return Player(digest.hexdigest()[:16], files)
