"""The video hosts H5P content may embed (H5P_VIDEO_HOSTS), and what each needs in the content's policy.

A host's player runs in a frame of its own; its API script runs in the sandboxed content frame, which
has an opaque origin and reaches nothing of the LMS's.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings


@dataclass(frozen=True)
class VideoHost:
    origin: str
    name: str
    scripts: tuple = ()
    images: tuple = ()


_YOUTUBE = {
    "scripts": ("https://www.youtube.com/iframe_api", "https://www.youtube.com/s/player/"),
    "images": ("https://i.ytimg.com",),
}
# What the known hosts' players load besides their frames.
KNOWN = {
    "www.youtube-nocookie.com": {"name": "YouTube", **_YOUTUBE},
    "www.youtube.com": {"name": "YouTube", **_YOUTUBE},
    "player.vimeo.com": {
        "name": "Vimeo",
        "scripts": ("https://player.vimeo.com/api/",),
        "images": ("https://i.vimeocdn.com",),
    },
}


def video_hosts():
    hosts = []
    for entry in settings.H5P_VIDEO_HOSTS:
        parts = urlsplit(entry if "://" in entry else f"https://{entry}")
        if parts.scheme != "https" or not parts.hostname:
            continue
        known = KNOWN.get(parts.hostname, {})
        hosts.append(
            VideoHost(
                f"https://{parts.netloc}",
                known.get("name", parts.hostname),
                known.get("scripts", ()),
                known.get("images", ()),
            )
        )
    return hosts


def youtube_host():
    """The privacy-enhanced YouTube host, when it is allowed and YouTube's own is not; else empty."""
    origins = {host.origin for host in video_hosts()}
    nocookie = "https://www.youtube-nocookie.com"
    return nocookie if nocookie in origins and "https://www.youtube.com" not in origins else ""
