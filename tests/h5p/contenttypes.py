"""Small content types of the tests' own, packaged like real ones, for what Linkki.Choice does not do."""

import io
import json

from PIL import Image

from h5p.minimal import zip_files

# Reads its image into a canvas and exports it, as Agamotto and Image Hotspots do.
CANVAS_JS = r"""
var Linkki = window.Linkki = window.Linkki || {};
Linkki.Canvas = function (params, contentId) {
  this.params = params;
  this.contentId = contentId;
};
Linkki.Canvas.prototype.attach = function ($container) {
  var root = document.documentElement;
  var image = document.createElement("img");
  image.onload = function () {
    var canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext("2d").drawImage(image, 0, 0);
    try {
      canvas.toDataURL();
      root.setAttribute("data-canvas", "exported");
    } catch (error) {
      root.setAttribute("data-canvas", "tainted: " + error.message);
    }
  };
  image.onerror = function () { root.setAttribute("data-canvas", "not loaded"); };
  H5P.setSource(image, this.params.image, this.contentId);
  $container.get(0).appendChild(image);
};
"""


def png(width=4, height=3, colour=(200, 30, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def library_package(machine_name, js, content, extra_content_files=None, title="Testisisältö"):
    folder = f"{machine_name}-1.0"
    files = {
        f"{folder}/library.json": json.dumps(
            {
                "title": machine_name,
                "machineName": machine_name,
                "majorVersion": 1,
                "minorVersion": 0,
                "patchVersion": 0,
                "runnable": 1,
                "license": "MIT",
                "author": "Linkki",
                "embedTypes": ["div"],
                "coreApi": {"majorVersion": 1, "minorVersion": 19},
                "preloadedJs": [{"path": "main.js"}],
            }
        ).encode(),
        f"{folder}/main.js": js.encode(),
        "h5p.json": json.dumps(
            {
                "title": title,
                "language": "fi",
                "mainLibrary": machine_name,
                "embedTypes": ["div"],
                "license": "U",
                "preloadedDependencies": [{"machineName": machine_name, "majorVersion": 1, "minorVersion": 0}],
            }
        ).encode(),
        "content/content.json": json.dumps(content).encode(),
    }
    for path, data in (extra_content_files or {}).items():
        files[f"content/{path}"] = data
    return zip_files(files)


def canvas_package():
    return library_package(
        "Linkki.Canvas",
        CANVAS_JS,
        {"image": {"path": "images/dot.png", "mime": "image/png"}},
        {"images/dot.png": png()},
    )
