"""The sandboxed side: the player document and the content and library files, opened by a signed token.

These views never read the session (the isolation middleware strips cookies before they run). Each
answer carries a Content-Security-Policy that lets the content load only its own files and the
player, connect only to its own files, and be framed only by the LMS.
"""

import base64
import hashlib
import mimetypes
from pathlib import Path

from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from .access import content_origin, lms_origin, read_content_token
from .models import Content, Library, UserData
from .player_files import player
from .video import video_hosts, youtube_host
from .selectors import granted_package
from .services import content_prefix, library_storage_name

SAVE_EVERY_SECONDS = 10


def player_base(request):
    return content_origin(request) + reverse("h5p_content:root") + f"player/{player().version}/"


def libraries_base(request):
    return content_origin(request) + reverse("h5p_content:root") + "libraries"


BOOT_JS = (Path(__file__).resolve().parent / "static" / "h5p" / "boot.js").read_text()
BOOT_HASH = "'sha256-" + base64.b64encode(hashlib.sha256(BOOT_JS.encode()).digest()).decode() + "'"


def _policy(request, token):
    own = content_origin(request) + reverse("h5p_content:document", args=[token])
    files = f"{own} {player_base(request)} {libraries_base(request)}/"
    videos = video_hosts()
    frames = " ".join(host.origin for host in videos) or "'none'"
    video_scripts = "".join(f" {script}" for host in videos for script in host.scripts)
    video_images = "".join(f" {image}" for host in videos for image in host.images)
    return "; ".join(
        [
            # An opaque origin, even when the address is opened on its own outside the player's frame: no
            # script here can read the LMS's cookies, pages or windows. No forms, popups or top navigation.
            "sandbox allow-scripts",
            # Everything not named here (workers, plugins, other hosts) is refused.
            "default-src 'none'",
            # The one inline script is the frame's loader, by its hash; the player and library files it is
            # handed by the LMS page run as blob: scripts of this frame's own (see boot.js). No eval.
            f"script-src {BOOT_HASH} blob: {files}{video_scripts}",
            # H5P libraries set styles at run time.
            f"style-src {files} blob: 'unsafe-inline'",
            f"img-src {files} data: blob:{video_images}",
            # Videos play in a frame of their host's, from the hosts H5P_VIDEO_HOSTS allows.
            f"frame-src {frames}",
            f"font-src {files} data:",
            f"media-src {own} blob:",
            f"connect-src {files}",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {lms_origin(request)}",
        ]
    )


def _grant(token):
    grant = read_content_token(token)
    if grant is None:
        raise Http404
    content = Content.objects.filter(activity_id=grant.activity_id).first()
    if content is None:
        raise Http404
    return grant, content


def file_policy(request):
    """For a content or library file: it may be shown by the player, but opened on its own it is a
    sandboxed document without script, whatever it is (an SVG, XHTML or XML file that names a script)."""
    return (
        f"sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
        f"frame-ancestors {lms_origin(request)}"
    )


def _protect(response, request, token, cache="private, max-age=3600", policy=None):
    response["Content-Security-Policy"] = policy or file_policy(request)
    response["Access-Control-Allow-Origin"] = "*"  # the sandboxed player's origin is opaque ("null")
    response["Cache-Control"] = cache
    return response


def _file(request, token, name):
    try:
        stream = default_storage.open(name)
    except (FileNotFoundError, OSError):
        raise Http404 from None
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type in ("application/javascript", "application/json"):
        content_type += "; charset=utf-8"
    return _protect(FileResponse(stream, content_type=content_type), request, token)


def _relayed(base, libraries, played):
    """The files the player will ask for, so the LMS page can hand them over from its HTTP cache."""
    urls = [base + "package/h5p.json", base + "package/content/content.json"]
    for library in played.libraries.all():
        folder = f"{libraries}/{library.folder}/"
        urls.append(folder + "library.json")
        for key in ("preloadedJs", "preloadedCss"):
            for item in library.metadata.get(key) or []:
                if isinstance(item, dict) and isinstance(item.get("path"), str) and item["path"] in library.files:
                    urls.append(folder + item["path"])
    return urls


@require_GET
def document(request, token):
    grant, content = _grant(token)
    played = granted_package(content, grant.language)
    base = content_origin(request) + reverse("h5p_content:document", args=[token])
    state = (
        UserData.objects.filter(
            user_id=grant.user_id, activity_id=grant.activity_id, data_type="state", sub_content_id="0"
        )
        .values_list("data", flat=True)
        .first()
    )
    files, libraries = player_base(request), libraries_base(request)
    start = [files + "main.bundle.js", files + "linkki/sandbox.js"]
    config = {
        "id": f"activity-{grant.activity_id}",
        "contentBase": base,
        "youtubeHost": youtube_host(),
        "h5pJsonPath": base + "package",
        "librariesPath": libraries,
        "frameJs": files + "frame.bundle.js",
        "frameCss": files + "styles/h5p.css",
        "xAPIObjectIRI": lms_origin(request) + reverse("courses:activity", args=[grant.activity_id]),
        "parentOrigin": lms_origin(request),
        "saveEvery": SAVE_EVERY_SECONDS,
        "state": state,
        "start": start,
        "relay": start + [files + "frame.bundle.js", files + "styles/h5p.css"] + _relayed(base, libraries, played),
    }
    response = render(
        request,
        "h5p/content.html",
        {
            "config": config,
            # The package's own language, not the visitor's: this frame reads no session or profile.
            "language": played.language or get_language(),
            "boot_js": BOOT_JS,
        },
    )
    return _protect(response, request, token, cache="no-store", policy=_policy(request, token))


@require_GET
def package_file(request, token, path):
    grant, content = _grant(token)
    played = granted_package(content, grant.language)
    if path == "h5p.json":
        return _file(request, token, f"{content_prefix(played.folder)}/h5p.json")
    if not path.startswith("content/") or path[len("content/") :] not in played.files:
        raise Http404
    return _file(request, token, f"{content_prefix(played.folder)}/{path}")


@require_GET
def library_file(request, token, folder, path):
    grant, content = _grant(token)
    played = granted_package(content, grant.language)
    library = next((lib for lib in played.libraries.all() if lib.folder == folder), None)
    if library is None or path not in library.files:
        raise Http404
    return _file(request, token, library_storage_name(library, path))


@require_GET
def shared_library_file(request, folder, path):
    """A library's file at an address without a token, the same for everyone, so browsers keep it.

    Libraries are code shared by packages, not anyone's content or answers; only a library some
    content uses is served, and only the files stored for it.
    """
    name, _dash, version = folder.rpartition("-")
    major, _dot, minor = version.partition(".")
    if not (name and major.isdigit() and minor.isdigit()):
        raise Http404
    library = (
        Library.objects.filter(machine_name=name, major_version=int(major), minor_version=int(minor))
        .filter(Q(contents__isnull=False) | Q(language_versions__isnull=False))
        .first()
    )
    if library is None or path not in library.files:
        raise Http404
    response = _file(request, None, library_storage_name(library, path))
    response["Cache-Control"] = "public, max-age=86400"  # a newer patch keeps the address; a day to reach everyone
    return response


@require_GET
def player_file(request, version, path):
    current = player()
    served = current.files.get(path)
    if version != current.version or served is None:
        raise Http404
    gzipped = served.gzipped is not None and "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    response = HttpResponse(served.gzipped if gzipped else served.data, content_type=served.content_type)
    if gzipped:
        response["Content-Encoding"] = "gzip"
    response["Vary"] = "Accept-Encoding"
    return _protect(response, request, None, cache="public, max-age=31536000, immutable")


def root(request):
    raise Http404
