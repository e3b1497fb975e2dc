"""Linkki's own minimal H5P content type, Linkki.Choice, and packages built from it.

The library lives in `h5p/contenttype/`; the demo data, the tests and the benchmark build their
packages here, so none of them needs a package from outside.
"""

import io
import json
import zipfile
from pathlib import Path

LIBRARY_FOLDER = "Linkki.Choice-1.0"
LIBRARY_DIR = Path(__file__).resolve().parent / "contenttype" / LIBRARY_FOLDER


def choice_content(question, options, correct=None, **texts):
    """content.json parameters: `options` are texts; `correct` the index of the right one, or None for unscored.

    `texts` replace the Finnish labels and feedback: check, choose_first, right, wrong, done."""
    return {
        "question": question,
        "options": [{"text": text, "correct": index == correct} for index, text in enumerate(options)],
        "checkLabel": texts.get("check", "Tarkista"),
        "chooseFirst": texts.get("choose_first", "Valitse ensin vaihtoehto."),
        "correctFeedback": texts.get("right", "Oikein!"),
        "wrongFeedback": texts.get("wrong", "Ei aivan. Yritä uudelleen."),
        "doneFeedback": texts.get("done", "Kiitos vastauksesta!"),
    }


def package_files(title="Linkki choice", content=None, language="fi", patch_version=None, library_js=None):
    """The files of a package, name -> bytes, for tests to alter before zipping."""
    library = {path.name: path.read_bytes() for path in LIBRARY_DIR.iterdir() if path.is_file()}
    if patch_version is not None:
        metadata = json.loads(library["library.json"])
        metadata["patchVersion"] = patch_version
        library["library.json"] = json.dumps(metadata).encode()
    if library_js is not None:
        library["choice.js"] = library_js.encode()
    files = {f"{LIBRARY_FOLDER}/{name}": data for name, data in library.items()}
    files["h5p.json"] = json.dumps(
        {
            "title": title,
            "language": language,
            "mainLibrary": "Linkki.Choice",
            "embedTypes": ["div"],
            "license": "U",
            "preloadedDependencies": [{"machineName": "Linkki.Choice", "majorVersion": 1, "minorVersion": 0}],
        }
    ).encode()
    content = content or choice_content(
        "Mikä on linkkihenkilön tehtävä?",
        ["Tehdä hoitopäätöksiä", "Kulkea asiakkaan rinnalla kohti yhteisön toimintaa", "Kirjata potilastietoja"],
        correct=1,
    )
    files["content/content.json"] = json.dumps(content, ensure_ascii=False).encode()
    return files


def zip_files(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def choice_package(**kwargs):
    """A complete, valid `.h5p` package of one Linkki.Choice question, as bytes."""
    return zip_files(package_files(**kwargs))
