"""Reading and validating an uploaded `.h5p` package, before anything is stored.

pyh5p reads the archive and the package JSON; the checks pyh5p does not make, or makes with a message
a trainer could not act on, are made here first. Every problem is a `PackageRejected` with messages
in the active language; a package that passes is returned whole, in memory, ready to store.
"""

import io
import json
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pyh5p
from django.conf import settings
from django.utils.translation import gettext as _
from pyh5p.errors import H5PError

# The H5P core API the bundled player (h5p-standalone 3.8) implements.
SUPPORTED_CORE_API = pyh5p.CoreApiVersion(1, 27)

# Media and documents H5P content may carry (the H5P core's own list, without Flash).
CONTENT_EXTENSIONS = frozenset({
    "json", "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "svg", "webp", "eot", "ttf", "woff", "woff2",
    "otf", "webm", "mp4", "ogv", "ogg", "mp3", "m4a", "wav", "vtt", "webvtt", "txt", "pdf", "rtf", "doc", "docx",
    "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "xml", "csv", "diff", "patch", "md", "textile", "gltf",
    "glb",
})
# Libraries may also carry code and styles.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "map"}
MAX_MESSAGES = 10


class PackageRejected(Exception):
    """The package cannot be used; `messages` say why, for the person who uploaded it."""

    def __init__(self, messages):
        self.messages = list(messages)[:MAX_MESSAGES]
        super().__init__("; ".join(str(m) for m in self.messages))


@dataclass
class PackagedLibrary:
    machine_name: str
    major: int
    minor: int
    patch: int
    metadata: dict
    files: dict = field(default_factory=dict)  # path inside the library folder -> bytes

    @property
    def key(self):
        return (self.machine_name, self.major, self.minor)

    @property
    def folder(self):
        return f"{self.machine_name}-{self.major}.{self.minor}"

    def __str__(self):
        return f"{self.machine_name} {self.major}.{self.minor}.{self.patch}"


@dataclass
class ValidPackage:
    metadata: dict
    content: dict
    content_files: dict  # path inside content/ -> bytes, content.json included
    libraries: list
    size: int

    @property
    def title(self):
        return self.metadata.get("title") or self.metadata["mainLibrary"]

    @property
    def h5p_json(self):
        return json.dumps(self.metadata, ensure_ascii=False).encode()


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_members: int
    max_expanded_bytes: int
    max_ratio: float

    @classmethod
    def from_settings(cls):
        return cls(
            max_bytes=settings.H5P_MAX_PACKAGE_BYTES,
            max_members=settings.H5P_MAX_PACKAGE_MEMBERS,
            max_expanded_bytes=settings.H5P_MAX_EXPANDED_BYTES,
            max_ratio=settings.H5P_MAX_COMPRESSION_RATIO,
        )


def _megabytes(size):
    return f"{size / 1024 / 1024:.0f}"


def _is_unsafe_path(name):
    path = PurePosixPath(name)
    return (
        not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name
        or any(part in ("..", ".") for part in path.parts)
    )


def _check_archive(data, limits):
    """Zip-level checks: readable, no unsafe paths or links, within the size, count and ratio limits."""
    if len(data) > limits.max_bytes:
        raise PackageRejected([_("The file is larger than %(size)s MB.") % {"size": _megabytes(limits.max_bytes)}])
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise PackageRejected([_("The file is not an H5P package: it is not a valid zip archive.")])
    if len(members) > limits.max_members:
        raise PackageRejected([_("The package has more than %(count)d files.") % {"count": limits.max_members}])
    problems, expanded, compressed = [], 0, 0
    for member in members:
        name = member.filename
        if _is_unsafe_path(name):
            problems.append(_("The package contains an unsafe file path: “%(name)s”.") % {"name": name})
            continue
        if stat.S_ISLNK(member.external_attr >> 16):
            problems.append(_("The package contains a symbolic link: “%(name)s”.") % {"name": name})
            continue
        if member.is_dir():
            continue
        extension = PurePosixPath(name).suffix.lower().lstrip(".")
        allowed = CONTENT_EXTENSIONS if name.startswith("content/") or "/" not in name else LIBRARY_EXTENSIONS
        if extension and extension not in allowed:
            problems.append(
                _("The package contains a file of a type that is not allowed: “%(name)s”.") % {"name": name})
        expanded += member.file_size
        compressed += member.compress_size
        if member.file_size > 1024 * 1024 and member.file_size > limits.max_ratio * max(member.compress_size, 1):
            problems.append(_("The file “%(name)s” is compressed suspiciously much.") % {"name": name})
    if expanded > limits.max_expanded_bytes:
        problems.append(
            _("The package unpacks to more than %(size)s MB.") % {"size": _megabytes(limits.max_expanded_bytes)})
    elif expanded > 1024 * 1024 and expanded > limits.max_ratio * max(compressed, 1):
        problems.append(_("The package is compressed suspiciously much."))
    if problems:
        raise PackageRejected(problems)


def _pyh5p_limits(limits):
    return pyh5p.PackageLimits(
        max_files=limits.max_members,
        max_file_size=limits.max_expanded_bytes,
        max_total_size=limits.max_expanded_bytes,
        max_compression_ratio=float("inf"),  # judged above on the whole archive, where small files do not mislead
        allowed_extensions=frozenset(LIBRARY_EXTENSIONS),
    )


def _read(data, limits):
    try:
        return pyh5p.read_package(data, limits=_pyh5p_limits(limits))
    except H5PError as error:
        text = str(error)
        if "h5p.json" in text and "missing" in text:
            raise PackageRejected([_("The package has no h5p.json file.")])
        if "h5p.json" in text:
            raise PackageRejected([_("The package's h5p.json is not valid JSON.")])
        if "content.json" in text:
            raise PackageRejected([_("The package's content/content.json is not valid JSON.")])
        if "library definition in" in text:
            folder = text.rsplit(" ", 1)[-1]
            raise PackageRejected([_("The library.json of the library folder “%(folder)s” is not valid.") % {
                "folder": folder}])
        raise PackageRejected([_("The package could not be read: %(detail)s") % {"detail": text}])


def _version_number(value):
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    raise ValueError


def _dependency_key(dependency):
    if not isinstance(dependency, dict) or not isinstance(dependency.get("machineName"), str):
        raise ValueError
    return (dependency["machineName"], _version_number(dependency.get("majorVersion")),
            _version_number(dependency.get("minorVersion")))


def _check_metadata(metadata, problems):
    for key in ("title", "mainLibrary", "language"):
        if not isinstance(metadata.get(key), str) or not metadata.get(key):
            problems.append(_("The package's h5p.json has no “%(field)s”.") % {"field": key})
    for key in ("preloadedDependencies", "embedTypes"):
        if not isinstance(metadata.get(key), list) or not metadata.get(key):
            problems.append(_("The package's h5p.json has no “%(field)s” list.") % {"field": key})
    dependencies = []
    for dependency in metadata.get("preloadedDependencies") or []:
        try:
            dependencies.append(_dependency_key(dependency))
        except ValueError:
            problems.append(_("The package's h5p.json lists a dependency without a machine name and version."))
    if metadata.get("mainLibrary") and dependencies and metadata["mainLibrary"] not in {d[0] for d in dependencies}:
        problems.append(_("The main library %(library)s is not among the package's dependencies.") % {
            "library": metadata["mainLibrary"]})
    return dependencies


def _library_from_folder(folder, files, problems):
    """The library in `folder`, or None with a problem noted."""
    raw = files.get("library.json")
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        problems.append(
            _("The library.json of the library folder “%(folder)s” is not valid JSON.") % {"folder": folder})
        return None
    if not isinstance(metadata, dict):
        problems.append(_("The library.json of the library folder “%(folder)s” is not valid.") % {"folder": folder})
        return None
    try:
        name = metadata["machineName"]
        if not isinstance(name, str) or not name:
            raise ValueError
        major = _version_number(metadata.get("majorVersion"))
        minor = _version_number(metadata.get("minorVersion"))
        patch = _version_number(metadata.get("patchVersion"))
    except (KeyError, ValueError):
        problems.append(_("The library.json of the library folder “%(folder)s” has no machine name and full version.")
                        % {"folder": folder})
        return None
    library = PackagedLibrary(name, major, minor, patch, metadata, files)
    if folder not in (library.folder, name):
        problems.append(_("The library folder “%(folder)s” does not match its library.json, which names %(library)s.")
                        % {"folder": folder, "library": library})
        return None
    return library


def _check_library(library, problems):
    for key in ("preloadedJs", "preloadedCss"):
        entries = library.metadata.get(key) or []
        if not isinstance(entries, list):
            problems.append(_("The library %(library)s has an invalid “%(field)s” list.") % {
                "library": library, "field": key})
            continue
        for entry in entries:
            path = entry.get("path") if isinstance(entry, dict) else None
            if not isinstance(path, str) or _is_unsafe_path(path) or path not in library.files:
                problems.append(_("The library %(library)s lists the file “%(path)s”, which is not in the package.")
                                % {"library": library, "path": path})
    core_api = library.metadata.get("coreApi")
    if core_api is not None:
        try:
            version = pyh5p.CoreApiVersion.parse(core_api)
        except (TypeError, ValueError):
            problems.append(_("The library %(library)s has an invalid core API version.") % {"library": library})
        else:
            if not version.compatible_with(SUPPORTED_CORE_API):
                problems.append(
                    _("The library %(library)s needs H5P core API %(needed)s; the player supports %(supported)s.")
                    % {"library": library, "needed": f"{version.major}.{version.minor}",
                       "supported": f"{SUPPORTED_CORE_API.major}.{SUPPORTED_CORE_API.minor}"})
    for path, data in library.files.items():
        if path.startswith("language/") and path.endswith(".json") or path == "semantics.json":
            try:
                json.loads(data.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                problems.append(_("The file “%(path)s” of the library %(library)s is not valid JSON.") % {
                    "path": path, "library": library})


def _check_dependencies(dependencies, libraries, problems):
    """Every preloaded dependency, of the package and of each library it loads, is in the package."""
    by_key = {library.key: library for library in libraries}
    seen, queue = set(), list(dependencies)
    while queue:
        key = queue.pop()
        if key in seen:
            continue
        seen.add(key)
        library = by_key.get(key)
        if library is None:
            problems.append(_("The package needs the library %(library)s, which it does not contain.") % {
                "library": f"{key[0]} {key[1]}.{key[2]}"})
            continue
        for dependency in library.metadata.get("preloadedDependencies") or []:
            try:
                queue.append(_dependency_key(dependency))
            except ValueError:
                problems.append(_("The library %(library)s lists a dependency without a machine name and version.")
                                % {"library": library})


def _media_paths(value):
    """Relative file paths the content names (H5P keeps them in "path" keys); web addresses are skipped."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "path" and isinstance(item, str):
                if "://" not in item and not item.startswith("data:"):
                    yield item.split("#", 1)[0]
            else:
                yield from _media_paths(item)
    elif isinstance(value, list):
        for item in value:
            yield from _media_paths(item)


def read_h5p_package(data, limits=None):
    """Validate `data`, the bytes of an `.h5p` file; return a ValidPackage or raise PackageRejected."""
    limits = limits or Limits.from_settings()
    _check_archive(data, limits)
    package = _read(data, limits)
    problems = []
    dependencies = _check_metadata(package.metadata, problems)
    if "content/content.json" not in package.files:
        problems.append(_("The package has no content/content.json file."))
    for path in _media_paths(package.content):
        if not _is_unsafe_path(path) and f"content/{path}" not in package.files:
            problems.append(_("The content refers to the file “%(path)s”, which is not in the package.") % {
                "path": path})
    folders = {}
    for name, payload in package.files.items():
        if "/" in name and not name.startswith("content/"):
            folder, path = name.split("/", 1)
            folders.setdefault(folder, {})[path] = payload
    libraries = []
    for folder, files in sorted(folders.items()):
        if "library.json" not in files:
            problems.append(_("The folder “%(folder)s” is neither content nor a library: it has no library.json.")
                            % {"folder": folder})
            continue
        library = _library_from_folder(folder, files, problems)
        if library is not None and any(other.key == library.key for other in libraries):
            problems.append(_("The package contains the library %(library)s twice.") % {"library": library})
        elif library is not None:
            _check_library(library, problems)
            libraries.append(library)
    _check_dependencies(dependencies, libraries, problems)
    if problems:
        raise PackageRejected(problems)
    content_files = {name[len("content/"):]: payload for name, payload in package.files.items()
                     if name.startswith("content/")}
    return ValidPackage(package.metadata, package.content, content_files, libraries, len(data))
