"""Reading and validating an uploaded `.h5p` package, before anything is stored.

The archive is read where it lies (the upload's temporary file), one member at a time, so a large
package never sits in memory whole: only its JSON files are read into memory. The checks are those
the H5P reference validator makes, with messages a trainer can act on; pyh5p checks each member
again and compares core API versions. When a virus scanner is set, the file is scanned first. Every
problem is a `PackageRejected` with messages in the active language; a package that passes is
returned as a `ValidPackage` whose files are opened from the archive when they are stored.
"""

import io
import json
import logging
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pyh5p
from django.conf import settings
from django.utils.translation import gettext as _
from pyh5p.security import validate_archive_member

from . import scanning

logger = logging.getLogger(__name__)

# The H5P core API the bundled player (h5p-standalone 3.8) implements.
SUPPORTED_CORE_API = pyh5p.CoreApiVersion(1, 27)

# Media and documents H5P content may carry (the H5P core's own list, without Flash).
CONTENT_EXTENSIONS = frozenset(
    {
        "json",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "tif",
        "tiff",
        "svg",
        "webp",
        "eot",
        "ttf",
        "woff",
        "woff2",
        "otf",
        "webm",
        "mp4",
        "ogv",
        "ogg",
        "mp3",
        "m4a",
        "wav",
        "vtt",
        "webvtt",
        "txt",
        "pdf",
        "rtf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "odt",
        "ods",
        "odp",
        "xml",
        "csv",
        "diff",
        "patch",
        "md",
        "textile",
        "gltf",
        "glb",
    }
)
# Libraries may also carry code and styles.
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "map"}
MAX_MESSAGES = 10
# File systems take names of up to 255 bytes; a path is kept well below PATH_MAX with our prefixes.
MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 1024
# The JSON files are read into memory to be parsed; H5P's own are kilobytes, large content a few MB.
MAX_JSON_BYTES = 16 * 1024 * 1024
READ_CHUNK = 1024 * 1024

# library.json's required fields, from the H5P library definition (h5p.org/library-definition) as the
# reference validator (H5PValidator in h5p-php-library) checks them: each a test of the value.
_MACHINE_NAME = re.compile(r"[\w.-]{1,255}", re.ASCII)


def _is_version(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 0 <= value <= 99999
    return isinstance(value, str) and re.fullmatch(r"[0-9]{1,5}", value) is not None


LIBRARY_REQUIRED = {
    "title": lambda value: isinstance(value, str) and 1 <= len(value) <= 255,
    "machineName": lambda value: isinstance(value, str) and _MACHINE_NAME.fullmatch(value) is not None,
    "majorVersion": _is_version,
    "minorVersion": _is_version,
    "patchVersion": _is_version,
    "runnable": lambda value: value in (0, 1, "0", "1"),
}
# Language files are named by a language code: letters, in up to seven parts joined by hyphens.
LANGUAGE_FILE = re.compile(r"language/[a-z]+(-[a-z]+){0,6}\.json", re.IGNORECASE | re.ASCII)
# The dependency lists of library.json, and whether the player needs what they name.
DEPENDENCY_LISTS = {"preloadedDependencies": True, "dynamicDependencies": True, "editorDependencies": False}


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
    files: dict = field(default_factory=dict)  # path inside the library folder -> archive member name

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
    """A package that passed every check; only the libraries its content needs are in `libraries`."""

    metadata: dict
    content: dict
    archive: zipfile.ZipFile
    content_files: dict  # path inside content/ -> archive member name, content.json included
    libraries: list
    size: int

    @property
    def title(self):
        return self.metadata.get("title") or self.metadata["mainLibrary"]

    @property
    def h5p_json(self):
        return json.dumps(self.metadata, ensure_ascii=False).encode()

    def open(self, member):
        """A member's bytes as a stream, read from the archive as they are stored."""
        return self.archive.open(member)

    def member_size(self, member):
        return self.archive.getinfo(member).file_size


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
        not name
        or "\\" in name
        or "\x00" in name
        or name.startswith("/")
        or ":" in name
        or any(part in ("..", ".") for part in path.parts)
    )


def _shown(name, length=80):
    return name if len(name) <= length else name[:length] + "…"


def _name_problem(name, allowed):
    """What is wrong with the name of the file `name`, or None."""
    parts = name.split("/")
    if any(part.startswith(".") for part in parts):
        return _("The package contains the hidden file “%(name)s”; hidden files such as .htaccess are not allowed.") % {
            "name": _shown(name)
        }
    if any(len(part.encode()) > MAX_NAME_BYTES for part in parts):
        return _("The package contains a file name longer than %(count)d bytes: “%(name)s”.") % {
            "count": MAX_NAME_BYTES,
            "name": _shown(name),
        }
    if len(name.encode()) > MAX_PATH_BYTES:
        return _("The package contains a file path longer than %(count)d bytes: “%(name)s”.") % {
            "count": MAX_PATH_BYTES,
            "name": _shown(name),
        }
    if "#" in name or "?" in name:
        return _("The file name “%(name)s” contains “#” or “?”, which cannot be part of a web address.") % {
            "name": _shown(name)
        }
    extension = PurePosixPath(name).suffix.lower().lstrip(".")
    if not extension:
        return _("The file “%(name)s” has no file name extension, so its type cannot be checked.") % {
            "name": _shown(name)
        }
    if extension not in allowed:
        return _("The package contains a file of a type that is not allowed: “%(name)s”.") % {"name": _shown(name)}
    return None


def _size_of(stream):
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    return size


def _open_archive(stream, limits):
    try:
        archive = zipfile.ZipFile(stream)
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise PackageRejected([_("The file is not an H5P package: it is not a valid zip archive.")]) from None
    if len(members) > limits.max_members:
        raise PackageRejected([_("The package has more than %(count)d files.") % {"count": limits.max_members}])
    return archive, members


def _check_members(members, limits):
    """Zip-level checks on names and sizes; the files of the archive by name."""
    problems, files, expanded, compressed = [], {}, 0, 0
    for member in members:
        name = member.filename
        if _is_unsafe_path(name):
            problems.append(_("The package contains an unsafe file path: “%(name)s”.") % {"name": _shown(name)})
            continue
        if stat.S_ISLNK(member.external_attr >> 16):
            problems.append(_("The package contains a symbolic link: “%(name)s”.") % {"name": _shown(name)})
            continue
        if member.is_dir():
            continue
        allowed = CONTENT_EXTENSIONS if name.startswith("content/") or "/" not in name else LIBRARY_EXTENSIONS
        problem = _name_problem(name, allowed)
        if problem is None and name in files:
            problem = _("The package contains the file “%(name)s” twice.") % {"name": _shown(name)}
        if problem is None and member.flag_bits & 0x1:
            problem = _("The file “%(name)s” in the package is encrypted.") % {"name": _shown(name)}
        if problem:
            problems.append(problem)
            continue
        files[name] = member
        expanded += member.file_size
        compressed += member.compress_size
        if member.file_size > 1024 * 1024 and member.file_size > limits.max_ratio * max(member.compress_size, 1):
            problems.append(_("The file “%(name)s” is compressed suspiciously much.") % {"name": _shown(name)})
    if expanded > limits.max_expanded_bytes:
        problems.append(
            _("The package unpacks to more than %(size)s MB.") % {"size": _megabytes(limits.max_expanded_bytes)}
        )
    elif expanded > 1024 * 1024 and expanded > limits.max_ratio * max(compressed, 1):
        problems.append(_("The package is compressed suspiciously much."))
    if problems:
        raise PackageRejected(problems)
    _check_with_pyh5p(files, limits)
    return files


def _check_with_pyh5p(files, limits):
    """pyh5p's own member policy, after ours: whatever it still refuses is refused, recognised by type."""
    policy = pyh5p.PackageLimits(
        max_files=limits.max_members,
        max_file_size=limits.max_expanded_bytes,
        max_total_size=limits.max_expanded_bytes,
        max_compression_ratio=float("inf"),  # judged above on the whole archive, where small files do not mislead
        allowed_extensions=frozenset(LIBRARY_EXTENSIONS),
    )
    problems = []
    for name, member in files.items():
        try:
            validate_archive_member(name, member, policy)
        except pyh5p.SecurityError:
            problems.append(_("The package contains a file that is not allowed: “%(name)s”.") % {"name": _shown(name)})
    if problems:
        raise PackageRejected(problems)


def _read_members(archive, files):
    """Read every member once, to its end: damage shows now (a bad checksum), never while storing.

    Returns the JSON files' bytes, which are the only ones kept in memory.
    """
    problems, texts = [], {}
    for name, member in files.items():
        is_json = name.endswith(".json")
        if is_json and member.file_size > MAX_JSON_BYTES:
            problems.append(
                _("The file “%(name)s” is larger than %(size)s MB.")
                % {"name": _shown(name), "size": _megabytes(MAX_JSON_BYTES)}
            )
            continue
        try:
            with archive.open(member) as stream:
                if is_json:
                    texts[name] = stream.read(MAX_JSON_BYTES + 1)
                else:
                    while stream.read(READ_CHUNK):
                        pass
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError, ValueError):
            problems.append(
                _("The file “%(name)s” in the package is damaged and cannot be read.") % {"name": _shown(name)}
            )
    if problems:
        raise PackageRejected(problems)
    return texts


def _json(data):
    """The parsed JSON, or raises ValueError."""
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, RecursionError) as error:
        raise ValueError from error


def _read_package_json(texts):
    if "h5p.json" not in texts:
        raise PackageRejected([_("The package has no h5p.json file.")])
    problems, metadata, content = [], None, None
    try:
        metadata = _json(texts["h5p.json"])
    except ValueError:
        problems.append(_("The package's h5p.json is not valid JSON."))
    else:
        if not isinstance(metadata, dict):
            problems.append(_("The package's h5p.json must hold a JSON object."))
    if "content/content.json" not in texts:
        problems.append(_("The package has no content/content.json file."))
    else:
        try:
            content = _json(texts["content/content.json"])
        except ValueError:
            problems.append(_("The package's content/content.json is not valid JSON."))
        else:
            if not isinstance(content, dict):
                problems.append(_("The package's content/content.json must hold a JSON object."))
    if problems:
        raise PackageRejected(problems)
    return metadata, content


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
    return (
        dependency["machineName"],
        _version_number(dependency.get("majorVersion")),
        _version_number(dependency.get("minorVersion")),
    )


def _check_metadata(metadata, problems):
    """h5p.json's own fields; returns the dependencies the content starts from, each (key, is_needed)."""
    for key in ("title", "mainLibrary", "language"):
        if not isinstance(metadata.get(key), str) or not metadata.get(key):
            problems.append(_("The package's h5p.json has no “%(field)s”.") % {"field": key})
    for key in ("preloadedDependencies", "embedTypes"):
        if not isinstance(metadata.get(key), list) or not metadata.get(key):
            problems.append(_("The package's h5p.json has no “%(field)s” list.") % {"field": key})
    dependencies = []
    for key in ("preloadedDependencies", "dynamicDependencies"):
        listed = metadata.get(key) or []
        for dependency in listed if isinstance(listed, list) else []:
            try:
                dependencies.append((_dependency_key(dependency), True))
            except ValueError:
                problems.append(_("The package's h5p.json lists a dependency without a machine name and version."))
    names = {key[0] for key, _needed in dependencies}
    if metadata.get("mainLibrary") and dependencies and metadata["mainLibrary"] not in names:
        problems.append(
            _("The main library %(library)s is not among the package's dependencies.")
            % {"library": metadata["mainLibrary"]}
        )
    return dependencies


def _library_from_folder(folder, files, texts, problems):
    """The library in `folder` (its files by path -> member name), or None with its problems noted."""
    try:
        metadata = _json(texts[files["library.json"]])
    except ValueError:
        problems.append(
            _("The library.json of the library folder “%(folder)s” is not valid JSON.") % {"folder": folder}
        )
        return None
    if not isinstance(metadata, dict):
        problems.append(_("The library.json of the library folder “%(folder)s” is not valid.") % {"folder": folder})
        return None
    found = []
    for key, is_valid in LIBRARY_REQUIRED.items():
        if key not in metadata:
            found.append(
                _("The library.json of the library folder “%(folder)s” has no “%(field)s”.")
                % {"folder": folder, "field": key}
            )
        elif not is_valid(metadata[key]):
            found.append(
                _("The library.json of the library folder “%(folder)s” has an invalid “%(field)s”.")
                % {"folder": folder, "field": key}
            )
    if found:
        problems.extend(found)
        return None
    library = PackagedLibrary(
        metadata["machineName"],
        int(metadata["majorVersion"]),
        int(metadata["minorVersion"]),
        int(metadata["patchVersion"]),
        metadata,
        files,
    )
    if folder not in (library.folder, library.machine_name):
        problems.append(
            _("The library folder “%(folder)s” does not match its library.json, which names %(library)s.")
            % {"folder": folder, "library": library}
        )
        return None
    return library


def _check_library(library, texts, problems):
    for key in ("preloadedJs", "preloadedCss"):
        entries = library.metadata.get(key) or []
        if not isinstance(entries, list):
            problems.append(
                _("The library %(library)s has an invalid “%(field)s” list.") % {"library": library, "field": key}
            )
            continue
        for entry in entries:
            path = entry.get("path") if isinstance(entry, dict) else None
            if not isinstance(path, str) or _is_unsafe_path(path) or path not in library.files:
                problems.append(
                    _("The library %(library)s lists the file “%(path)s”, which is not in the package.")
                    % {"library": library, "path": path}
                )
    core_api = library.metadata.get("coreApi")
    if core_api is not None:
        try:
            version = pyh5p.CoreApiVersion.parse(core_api)
        except (TypeError, ValueError, IndexError):
            problems.append(_("The library %(library)s has an invalid core API version.") % {"library": library})
        else:
            if not version.compatible_with(SUPPORTED_CORE_API):
                problems.append(
                    _("The library %(library)s needs H5P core API %(needed)s; the player supports %(supported)s.")
                    % {
                        "library": library,
                        "needed": f"{version.major}.{version.minor}",
                        "supported": f"{SUPPORTED_CORE_API.major}.{SUPPORTED_CORE_API.minor}",
                    }
                )
    for path, member in sorted(library.files.items()):
        if path.startswith("language/") and not LANGUAGE_FILE.fullmatch(path):
            problems.append(
                _(
                    "The file “%(path)s” of the library %(library)s is not named by a language code "
                    "(such as fi.json or zh-hans.json)."
                )
                % {"path": _shown(path), "library": library}
            )
        elif path.startswith("language/") or path == "semantics.json":
            try:
                _json(texts[member])
            except ValueError:
                problems.append(
                    _("The file “%(path)s” of the library %(library)s is not valid JSON.")
                    % {"path": path, "library": library}
                )


def _needed_libraries(dependencies, libraries, broken, problems):
    """The libraries the content reaches from h5p.json, through each library's dependency lists.

    What the player loads (preloaded and dynamic dependencies) must be in the package; an editor
    dependency is kept when the package has it, as H5P keeps it, and is not needed to play. A library
    whose folder (in `broken`) was refused already is not reported missing again.
    """
    by_key = {library.key: library for library in libraries}
    reached, missing, queue = {}, set(), list(dependencies)
    while queue:
        key, is_needed = queue.pop()
        library = by_key.get(key)
        if library is None:
            if is_needed and key not in missing and not {f"{key[0]}-{key[1]}.{key[2]}", key[0]} & broken:
                missing.add(key)
                problems.append(
                    _("The package needs the library %(library)s, which it does not contain.")
                    % {"library": f"{key[0]} {key[1]}.{key[2]}"}
                )
            continue
        if key in reached and (reached[key] or not is_needed):
            continue
        reached[key] = reached.get(key, False) or is_needed
        for list_name, list_is_needed in DEPENDENCY_LISTS.items():
            listed = library.metadata.get(list_name) or []
            for dependency in listed if isinstance(listed, list) else [None]:
                try:
                    queue.append((_dependency_key(dependency), is_needed and list_is_needed))
                except ValueError:
                    problems.append(
                        _("The library %(library)s lists a dependency without a machine name and version.")
                        % {"library": library}
                    )
    return [library for library in libraries if library.key in reached]


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


def read_h5p_package(source, limits=None):
    """Validate an `.h5p` file (its bytes, or a seekable binary file such as an upload).

    Returns a ValidPackage or raises PackageRejected. A file is read where it lies and must stay
    open until the package is stored.
    """
    limits = limits or Limits.from_settings()
    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    size = _size_of(stream)
    if size > limits.max_bytes:
        raise PackageRejected([_("The file is larger than %(size)s MB.") % {"size": _megabytes(limits.max_bytes)}])
    _scan(stream)
    archive, members = _open_archive(stream, limits)
    files = _check_members(members, limits)
    texts = _read_members(archive, files)
    metadata, content = _read_package_json(texts)
    problems = []
    dependencies = _check_metadata(metadata, problems)
    for path in _media_paths(content):
        if not _is_unsafe_path(path) and f"content/{path}" not in files:
            problems.append(
                _("The content refers to the file “%(path)s”, which is not in the package.") % {"path": _shown(path)}
            )
    folders = {}
    for name in files:
        if "/" in name and not name.startswith("content/"):
            folder, path = name.split("/", 1)
            folders.setdefault(folder, {})[path] = name
    libraries, broken = [], set()
    for folder, library_files in sorted(folders.items()):
        if "library.json" not in library_files:
            problems.append(
                _("The folder “%(folder)s” is neither content nor a library: it has no library.json.")
                % {"folder": folder}
            )
            continue
        library = _library_from_folder(folder, library_files, texts, problems)
        if library is None:
            broken.add(folder)
        if library is not None and any(other.key == library.key for other in libraries):
            problems.append(_("The package contains the library %(library)s twice.") % {"library": library})
        elif library is not None:
            _check_library(library, texts, problems)
            libraries.append(library)
    needed = _needed_libraries(dependencies, libraries, broken, problems)
    if problems:
        raise PackageRejected(problems)
    content_files = {name[len("content/") :]: name for name in files if name.startswith("content/")}
    return ValidPackage(metadata, content, archive, content_files, needed, size)


def _scan(stream):
    try:
        scanning.scan(stream)
    except scanning.Infected as infected:
        raise PackageRejected(
            [
                _("The virus scan found malware in the file (%(name)s); nothing was saved.")
                % {"name": infected.signature}
            ]
        ) from None
    except scanning.ScanFailed as failed:
        logger.warning("The virus scan of an uploaded H5P package failed: %s", failed)
        raise PackageRejected(
            [_("The file could not be scanned for viruses, so it was not saved. Try again later.")]
        ) from None
    finally:
        stream.seek(0)
