import io
import json
import stat
import zipfile

import pytest
from django.utils import translation

from h5p.minimal import LIBRARY_FOLDER, choice_package, package_files, zip_files
from h5p.packages import Limits, PackageRejected, read_h5p_package

LIMITS = Limits(max_bytes=5 * 1024 * 1024, max_members=50, max_expanded_bytes=20 * 1024 * 1024, max_ratio=100)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def rejection(data, limits=LIMITS):
    with pytest.raises(PackageRejected) as caught:
        read_h5p_package(data, limits=limits)
    return " ".join(caught.value.messages)


def altered(changes):
    """The Linkki.Choice package with files replaced (bytes or JSON-able values) or removed (None).

    "LIB/" in a name stands for the library's folder.
    """
    files = package_files()
    for name, value in changes.items():
        name = name.replace("LIB/", f"{LIBRARY_FOLDER}/")
        if value is None:
            files.pop(name, None)
        else:
            files[name] = value if isinstance(value, bytes) else json.dumps(value).encode()
    return zip_files(files)


def library_json(**changes):
    metadata = json.loads(package_files()[f"{LIBRARY_FOLDER}/library.json"])
    metadata.update(changes)
    return metadata


def h5p_json(**changes):
    metadata = json.loads(package_files()["h5p.json"])
    metadata.update(changes)
    return {key: value for key, value in metadata.items() if value is not None}


def raw_zip(members):
    """A zip written member by member, for archives no well-behaved tool would make."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, data)
    return buffer.getvalue()


def test_the_projects_own_package_is_accepted_with_its_library():
    package = read_h5p_package(choice_package(title="Kysymys"), limits=LIMITS)
    assert package.title == "Kysymys"
    assert [str(library) for library in package.libraries] == ["Linkki.Choice 1.0.0"]
    assert "content.json" in package.content_files


def test_a_file_that_is_not_a_zip_archive_is_rejected():
    assert "not a valid zip archive" in rejection(b"PK\x03\x04 not really")


def test_a_path_that_climbs_out_of_the_package_is_rejected():
    files = list(package_files().items()) + [("content/../../etc/passwd", b"x")]
    assert "unsafe file path: “content/../../etc/passwd”" in rejection(raw_zip(files))


def test_an_absolute_path_is_rejected():
    files = list(package_files().items()) + [("/tmp/evil.json", b"{}")]
    assert "unsafe file path: “/tmp/evil.json”" in rejection(raw_zip(files))


def test_a_symbolic_link_is_rejected():
    link = zipfile.ZipInfo("content/link.json")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    files = list(package_files().items()) + [(link, "/etc/passwd")]
    assert "symbolic link: “content/link.json”" in rejection(raw_zip(files))


def test_too_many_files_are_rejected():
    files = package_files()
    files.update({f"content/image{n}.png": b"x" for n in range(60)})
    assert "more than 50 files" in rejection(zip_files(files))


def test_a_package_that_unpacks_beyond_the_limit_is_rejected():
    limits = Limits(max_bytes=5 * 1024 * 1024, max_members=50, max_expanded_bytes=1024 * 1024, max_ratio=10_000)
    files = package_files()
    files["content/big.txt"] = bytes(range(256)) * 8192  # 2 MB that does not compress away
    assert "unpacks to more than 1 MB" in rejection(zip_files(files), limits)


def test_a_zip_bomb_is_rejected_by_its_compression_ratio():
    files = package_files()
    files["content/zeros.txt"] = b"\0" * (10 * 1024 * 1024)
    message = rejection(zip_files(files))
    assert "compressed suspiciously much" in message


def test_a_file_larger_than_the_upload_limit_is_rejected():
    limits = Limits(max_bytes=1000, max_members=50, max_expanded_bytes=1024 * 1024, max_ratio=100)
    assert "larger than" in rejection(choice_package(), limits)


def test_a_file_type_outside_the_allowlist_is_rejected():
    assert "not allowed: “content/run.exe”" in rejection(altered({"content/run.exe": b"MZ"}))


def test_scripts_are_not_allowed_among_the_content_files():
    assert "not allowed: “content/steal.js”" in rejection(altered({"content/steal.js": b"alert(1)"}))


def test_h5p_json_that_is_not_json_is_rejected():
    assert "h5p.json is not valid JSON" in rejection(altered({"h5p.json": b"{title: oops"}))


def test_a_package_without_h5p_json_is_rejected():
    assert "has no h5p.json" in rejection(altered({"h5p.json": None}))


def test_h5p_json_without_its_required_fields_is_rejected():
    message = rejection(altered({"h5p.json": h5p_json(mainLibrary=None, embedTypes=None)}))
    assert "no “mainLibrary”" in message
    assert "no “embedTypes” list" in message


def test_a_package_without_content_json_is_rejected():
    assert "no content/content.json" in rejection(altered({"content/content.json": None}))


def test_content_json_that_is_not_json_is_rejected():
    assert "content/content.json is not valid JSON" in rejection(altered({"content/content.json": b"[1, 2"}))


def test_content_that_refers_to_a_missing_media_file_is_rejected():
    content = {"question": "?", "options": [], "image": {"path": "images/missing.png"}}
    assert "“images/missing.png”, which is not in the package" in rejection(altered({"content/content.json": content}))


def test_a_missing_preloaded_dependency_is_rejected():
    dependencies = [
        {"machineName": "Linkki.Choice", "majorVersion": 1, "minorVersion": 0},
        {"machineName": "H5P.JoubelUI", "majorVersion": 1, "minorVersion": 3},
    ]
    message = rejection(altered({"h5p.json": h5p_json(preloadedDependencies=dependencies)}))
    assert "needs the library H5P.JoubelUI 1.3, which it does not contain" in message


def test_a_dependency_of_a_library_must_be_in_the_package_too():
    needs = [{"machineName": "H5P.Question", "majorVersion": 1, "minorVersion": 4}]
    message = rejection(altered({"LIB/library.json": library_json(preloadedDependencies=needs)}))
    assert "needs the library H5P.Question 1.4" in message


def test_a_library_folder_whose_name_does_not_match_its_library_json_is_rejected():
    message = rejection(altered({"LIB/library.json": library_json(machineName="Linkki.Other")}))
    assert (
        "library folder “Linkki.Choice-1.0” does not match its library.json, which names Linkki.Other 1.0.0" in message
    )


def test_a_folder_without_library_json_is_rejected():
    assert "“stray” is neither content nor a library" in rejection(altered({"stray/notes.txt": b"hello"}))


def test_a_missing_preloaded_script_is_rejected():
    message = rejection(altered({"LIB/choice.js": None}))
    assert "Linkki.Choice 1.0.0 lists the file “choice.js”, which is not in the package" in message


def test_a_missing_preloaded_stylesheet_is_rejected():
    message = rejection(altered({"LIB/choice.css": None}))
    assert "lists the file “choice.css”" in message


def test_a_library_needing_a_newer_core_api_is_rejected():
    message = rejection(altered({"LIB/library.json": library_json(coreApi={"majorVersion": 2, "minorVersion": 0})}))
    assert "needs H5P core API 2.0; the player supports 1.27" in message


def test_an_invalid_language_file_is_rejected():
    message = rejection(altered({"LIB/language/fi.json": b'{"semantics": ['}))
    assert "“language/fi.json” of the library Linkki.Choice 1.0.0 is not valid JSON" in message


def test_all_problems_are_listed_together():
    with pytest.raises(PackageRejected) as caught:
        read_h5p_package(altered({"LIB/choice.js": None, "LIB/choice.css": None}), limits=LIMITS)
    assert len(caught.value.messages) == 2


def test_the_message_is_in_the_trainers_language():
    with translation.override("fi"):
        assert "ei ole kelvollinen zip-arkisto" in rejection(b"not a zip")
    with translation.override("sv"):
        assert "inte ett giltigt zip-arkiv" in rejection(b"not a zip")


@pytest.mark.parametrize("name", ["valid/truefalse-standalone.h5p", "valid/valid2.h5p"])
def test_real_packages_from_other_projects_are_accepted(shared_package, name):
    package = read_h5p_package(shared_package(name))
    assert package.libraries


@pytest.mark.parametrize(
    "name, reason",
    [
        ("invalid/broken-h5p-json.h5p", "h5p.json is not valid JSON"),
        ("invalid/corrupt_archive.h5p", "not a valid zip archive"),
        ("invalid/missing-preloaded-js.h5p", "lists the file “greetingcard.js”, which is not in the package"),
        ("invalid/invalid-library-directory-name.h5p", "“H5P.GreetingCard-1.0” does not match its library.json"),
    ],
)
def test_broken_real_packages_are_rejected_with_the_reason(shared_package, name, reason):
    with translation.override("en"), pytest.raises(PackageRejected) as caught:
        read_h5p_package(shared_package(name))
    assert reason in " ".join(caught.value.messages)


# The checks of the H5P reference validator

# library.json's required fields as the H5P library definition names them and the reference validator
# (H5PValidator's $libraryRequired in h5p-php-library) requires them, restated here.
H5P_LIBRARY_REQUIRED_FIELDS = ["title", "machineName", "majorVersion", "minorVersion", "patchVersion", "runnable"]


def library_json_without(*fields):
    return {key: value for key, value in library_json().items() if key not in fields}


@pytest.mark.parametrize("missing", H5P_LIBRARY_REQUIRED_FIELDS)
def test_a_library_json_without_a_required_field_is_rejected_naming_the_field(missing):
    message = rejection(altered({"LIB/library.json": library_json_without(missing)}))
    assert f"library folder “Linkki.Choice-1.0” has no “{missing}”" in message


def test_every_missing_required_field_of_library_json_is_named():
    with pytest.raises(PackageRejected) as caught:
        read_h5p_package(altered({"LIB/library.json": library_json_without("title", "runnable")}), limits=LIMITS)
    assert caught.value.messages == [
        "The library.json of the library folder “Linkki.Choice-1.0” has no “title”.",
        "The library.json of the library folder “Linkki.Choice-1.0” has no “runnable”.",
    ]


@pytest.mark.parametrize(
    "field, value",
    [
        ("title", ""),
        ("title", "x" * 256),
        ("runnable", 2),
        ("majorVersion", "one"),
        ("patchVersion", 100000),
        ("machineName", "Linkki Choice"),
    ],
)
def test_a_required_field_of_library_json_with_an_invalid_value_is_rejected(field, value):
    message = rejection(altered({"LIB/library.json": library_json(**{field: value})}))
    assert f"has an invalid “{field}”" in message


@pytest.mark.parametrize("name", ["XXX!.json", "fi_FI.json", "fi.js.json", "-.json", "fi/extra.json"])
def test_a_language_file_not_named_by_a_language_code_is_rejected(name):
    message = rejection(altered({f"LIB/language/{name}": {"semantics": []}}))
    assert "is not named by a language code" in message
    assert f"“language/{name}”" in message


@pytest.mark.parametrize("name", ["fi.json", "se.json", "nb.json", "zh-hans.json", "pt-BR.json"])
def test_language_files_named_by_a_language_code_are_accepted(name):
    read_h5p_package(altered({f"LIB/language/{name}": {"semantics": []}}), limits=LIMITS)


def library_files(machine_name, *, needs=(), editor_needs=(), dynamic_needs=()):
    """A small library of its own, for packages with more than one."""
    folder = f"{machine_name}-1.0"

    def listed(names):
        return [{"machineName": name, "majorVersion": 1, "minorVersion": 0} for name in names]

    metadata = {
        "title": machine_name,
        "machineName": machine_name,
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "runnable": 0,
        "preloadedJs": [{"path": "library.js"}],
        "preloadedDependencies": listed(needs),
        "editorDependencies": listed(editor_needs),
        "dynamicDependencies": listed(dynamic_needs),
    }
    return {f"{folder}/library.json": metadata, f"{folder}/library.js": b"/* " + machine_name.encode() + b" */"}


def names_of(package):
    return sorted(library.machine_name for library in package.libraries)


def test_a_library_no_content_needs_is_left_out_of_the_package():
    package = read_h5p_package(altered(library_files("Linkki.Unused")), limits=LIMITS)
    assert names_of(package) == ["Linkki.Choice"]


def test_libraries_reached_through_preloaded_dynamic_and_editor_dependencies_are_kept():
    files = {
        "LIB/library.json": library_json(
            preloadedDependencies=[{"machineName": "Linkki.Shared", "majorVersion": 1, "minorVersion": 0}]
        ),
        **library_files("Linkki.Shared", needs=["Linkki.Deeper"], editor_needs=["Linkki.Editor"]),
        **library_files("Linkki.Deeper", dynamic_needs=["Linkki.Dynamic"]),
        **library_files("Linkki.Dynamic"),
        **library_files("Linkki.Editor"),
        **library_files("Linkki.Unused", needs=["Linkki.Shared"]),
    }
    package = read_h5p_package(altered(files), limits=LIMITS)
    assert names_of(package) == ["Linkki.Choice", "Linkki.Deeper", "Linkki.Dynamic", "Linkki.Editor", "Linkki.Shared"]


def test_a_missing_editor_dependency_does_not_stop_content_that_plays_without_it():
    package = read_h5p_package(
        altered(
            {
                "LIB/library.json": library_json(
                    editorDependencies=[{"machineName": "H5PEditor.Missing", "majorVersion": 1, "minorVersion": 0}]
                )
            }
        ),
        limits=LIMITS,
    )
    assert names_of(package) == ["Linkki.Choice"]


def test_a_missing_dynamic_dependency_is_rejected():
    message = rejection(
        altered(
            {
                "LIB/library.json": library_json(
                    dynamicDependencies=[{"machineName": "H5P.Missing", "majorVersion": 1, "minorVersion": 2}]
                )
            }
        )
    )
    assert "needs the library H5P.Missing 1.2, which it does not contain" in message


def test_an_unused_library_is_still_checked():
    files = library_files("Linkki.Unused")
    files["Linkki.Unused-1.0/library.json"].pop("title")
    assert "“Linkki.Unused-1.0” has no “title”" in rejection(altered(files))


@pytest.mark.parametrize(
    "name, reason",
    [
        ("content/" + "a" * 252 + ".png", "file name longer than 255 bytes"),
        ("content/" + "ä" * 127 + ".png", "file name longer than 255 bytes"),  # 254 bytes and the extension
        ("content/" + "/".join(["d" * 200] * 6) + "/x.png", "file path longer than 1024 bytes"),
        ("content/images/a#b.png", "“content/images/a#b.png” contains “#” or “?”"),
        ("content/images/a?b.png", "“content/images/a?b.png” contains “#” or “?”"),
        ("content/README", "“content/README” has no file name extension"),
        ("LIB/LICENSE", "“Linkki.Choice-1.0/LICENSE” has no file name extension"),
        ("content/.htaccess", "hidden file “content/.htaccess”"),
        ("LIB/.htaccess", "hidden file “Linkki.Choice-1.0/.htaccess”"),
        ("content/.git/config.txt", "hidden file “content/.git/config.txt”"),
    ],
)
def test_a_file_name_the_web_or_a_disk_cannot_take_gets_its_own_message(name, reason):
    with pytest.raises(PackageRejected) as caught:
        read_h5p_package(altered({name: b"x"}), limits=LIMITS)
    assert len(caught.value.messages) == 1
    assert reason in caught.value.messages[0]


def test_a_file_name_under_255_bytes_is_accepted():
    read_h5p_package(altered({"content/" + "a" * 251 + ".png": b"x"}), limits=LIMITS)


def test_a_damaged_file_inside_the_archive_is_rejected_by_its_checksum():
    stored = zipfile.ZipInfo("content/notes.txt")  # kept uncompressed, so a changed byte is a changed file
    data = bytearray(raw_zip(list(package_files().items()) + [(stored, b"A" * 400)]))
    data[data.index(b"A" * 400) + 200] ^= 0xFF
    message = rejection(bytes(data))
    assert "“content/notes.txt” in the package is damaged" in message


def test_a_file_listed_twice_in_the_archive_is_rejected():
    files = list(package_files().items()) + [("content/content.json", b"{}")]
    with pytest.warns(UserWarning):  # zipfile warns of the duplicate name as it writes it
        data = raw_zip(files)
    assert "“content/content.json” twice" in rejection(data)


def test_what_pyh5p_refuses_is_recognised_by_its_exception_type_whatever_its_message(monkeypatch):
    import pyh5p

    from h5p import packages

    def refuse(name, info, limits):
        if name.endswith("choice.js"):
            raise pyh5p.SecurityError("a message worded in some new way")

    monkeypatch.setattr(packages, "validate_archive_member", refuse)
    message = rejection(choice_package())
    assert message == "The package contains a file that is not allowed: “Linkki.Choice-1.0/choice.js”."
