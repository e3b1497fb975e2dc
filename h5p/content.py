"""The sandboxed side: the player document and the content and library files, opened by a signed token.

These views never read the session (the isolation middleware strips cookies before they run). Each
answer carries a Content-Security-Policy that lets the content load only its own files and the
player, connect only to its own files, and be framed only by the LMS.
"""

import mimetypes

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from .access import content_origin, lms_origin, read_content_token
from .models import Content, UserData
from .video import video_hosts, youtube_host
from .services import content_prefix, library_storage_name

PLAYER_STATIC = "h5p-standalone/"
OWN_STATIC = "h5p/"
SAVE_EVERY_SECONDS = 10


def _absolute_static(request, path):
    url = static(path)
    return url if "://" in url else lms_origin(request) + url


def _policy(request, token):
    own = content_origin(request) + reverse("h5p_content:document", args=[token])
    player = _absolute_static(request, PLAYER_STATIC)
    ours = _absolute_static(request, OWN_STATIC)
    videos = video_hosts()
    frames = " ".join(host.origin for host in videos) or "'none'"
    video_scripts = "".join(f" {script}" for host in videos for script in host.scripts)
    video_images = "".join(f" {image}" for host in videos for image in host.images)
    return "; ".join([
        # An opaque origin, even when the address is opened on its own outside the player's frame: no
        # script here can read the LMS's cookies, pages or windows. No forms, popups or top navigation.
        "sandbox allow-scripts",
        # Everything not named here (frames, workers, plugins, other hosts) is refused.
        "default-src 'none'",
        # Scripts only from files: no inline script, no eval, so text in the content cannot become code.
        f"script-src {own} {player} {ours}{video_scripts}",
        # H5P libraries set styles at run time.
        f"style-src {own} {player} {ours} 'unsafe-inline'",
        f"img-src {own} {player} data: blob:{video_images}",
        # Videos play in a frame of their host's, from the hosts H5P_VIDEO_HOSTS allows.
        f"frame-src {frames}",
        f"font-src {own} {player} data:",
        f"media-src {own} blob:",
        f"connect-src {own}",
        "base-uri 'none'",
        "form-action 'none'",
        f"frame-ancestors {lms_origin(request)}",
    ])


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
    return f"sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; " \
           f"frame-ancestors {lms_origin(request)}"


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


@require_GET
def document(request, token):
    grant, content = _grant(token)
    base = content_origin(request) + reverse("h5p_content:document", args=[token])
    state = (
        UserData.objects.filter(user_id=grant.user_id, activity_id=grant.activity_id, data_type="state",
                                sub_content_id="0").values_list("data", flat=True).first()
    )
    config = {
        "id": f"activity-{grant.activity_id}",
        "contentBase": base,
        "youtubeHost": youtube_host(),
        "h5pJsonPath": base + "package",
        "librariesPath": base + "libraries",
        "frameJs": _absolute_static(request, PLAYER_STATIC + "frame.bundle.js"),
        "frameCss": _absolute_static(request, PLAYER_STATIC + "styles/h5p.css"),
        "xAPIObjectIRI": lms_origin(request) + reverse("courses:activity", args=[grant.activity_id]),
        "parentOrigin": lms_origin(request),
        "saveEvery": SAVE_EVERY_SECONDS,
        "state": state,
    }
    response = render(request, "h5p/content.html", {
        "config": config, "language": get_language(),
        "main_js": _absolute_static(request, PLAYER_STATIC + "main.bundle.js"),
        "sandbox_js": _absolute_static(request, OWN_STATIC + "sandbox.js"),
        "sandbox_css": _absolute_static(request, OWN_STATIC + "sandbox.css"),
    })
    return _protect(response, request, token, cache="no-store", policy=_policy(request, token))


@require_GET
def package_file(request, token, path):
    _grant_, content = _grant(token)
    if path == "h5p.json":
        return _file(request, token, f"{content_prefix(content.folder)}/h5p.json")
    if not path.startswith("content/") or path[len("content/"):] not in content.files:
        raise Http404
    return _file(request, token, f"{content_prefix(content.folder)}/{path}")


@require_GET
def library_file(request, token, folder, path):
    _grant_, content = _grant(token)
    library = next((lib for lib in content.libraries.all() if lib.folder == folder), None)
    if library is None or path not in library.files:
        raise Http404
    return _file(request, token, library_storage_name(library, path))


def root(request):
    raise Http404
