"""Packages a hostile trainer could upload: documents among the content files that load a script of the
package's own library, and a library script that tries to act as the person viewing it."""

import json

from h5p.minimal import LIBRARY_FOLDER, package_files, zip_files

# Reports what it managed to do into its own document, so a test can read it whatever its origin.
PROBE_JS = r"""
(function () {
  var report = {origin: String(self.origin)};
  var root = document.documentElement;
  function note(key, value) {
    report[key] = value;
    root.setAttribute("data-probe", JSON.stringify(report));
  }
  note("ran", true);
  fetch("/roster/", {credentials: "include"}).then(function (response) {
    return response.text();
  }).then(function (text) {
    note("roster", text.slice(0, 4000));
    var token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(text);
    return fetch("/i18n/setlang/", {
      method: "POST", credentials: "include",
      headers: {"Content-Type": "application/x-www-form-urlencoded", "X-CSRFToken": token ? token[1] : ""},
      body: "language=sv&next=/"
    }).then(function (response) { note("post", response.status); });
  }).catch(function () { note("roster", "blocked"); });
  // Ask the page around the frame to fetch an LMS page for it, as it fetches the player's files.
  if (window.parent !== window) {
    window.addEventListener("message", function (event) {
      if (event.data && event.data.type === "files") {
        var urls = Object.keys(event.data.files || {});
        note("relay", urls.some(function (url) { return url.indexOf("/roster/") >= 0; }) ? "read" : "refused");
      }
    });
    var roster = new URL("/roster/", location.href).href;
    window.parent.postMessage({source: "linkki-h5p", type: "fetch",
                               urls: [roster, new URL("../../../roster/", location.href).href,
                                      location.href.split("/h5p-content/")[0] + "/h5p-content/libraries/../../roster/"]}, "*");
  }
  try {
    var lms = window.opener || (window.top !== window ? window.top : null);
    if (!lms) {
      note("window", "none");
    } else {
      var input = lms.document.querySelector("input[name=csrfmiddlewaretoken]");
      note("window", "read: " + lms.document.title);
      var form = lms.document.createElement("form");
      form.method = "post";
      form.action = "/i18n/setlang/";
      form.innerHTML = '<input name="language" value="sv"><input name="next" value="/">' +
        '<input name="csrfmiddlewaretoken" value="' + (input ? input.value : "") + '">';
      lms.document.body.appendChild(form);
      form.submit();
    }
  } catch (error) {
    note("window", "blocked");
  }
})();
"""

LIBRARY_SCRIPT = f"../../libraries/{LIBRARY_FOLDER}/probe.js"

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
<script xlink:href="{LIBRARY_SCRIPT}"/><script href="/h5p-content/libraries/{LIBRARY_FOLDER}/probe.js"/>
<rect width="10" height="10"/></svg>"""

XHTML = f"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>probe</title>
<script src="{LIBRARY_SCRIPT}"></script></head><body><p>probe</p></body></html>"""

XML = f"""<?xml version="1.0" encoding="utf-8"?>
<data><svg xmlns="http://www.w3.org/2000/svg"><script href="{LIBRARY_SCRIPT}"/></svg>
<html:script xmlns:html="http://www.w3.org/1999/xhtml" src="{LIBRARY_SCRIPT}"></html:script></data>"""

HTML_LIKE = f"""<!doctype html><html><head><script src="{LIBRARY_SCRIPT}"></script></head>
<body><p>probe</p></body></html>"""

# Content files, by the path under content/, that a browser could show as a document.
CONTENT_DOCUMENTS = {
    "images/probe.svg": SVG,
    "probe-xhtml.xml": XHTML,
    "probe.xml": XML,
    "probe.md": HTML_LIKE,
    "probe.txt": HTML_LIKE,
    "probe.csv": HTML_LIKE,
}
# And one inside the library's own folder.
LIBRARY_DOCUMENTS = {"icon.svg": SVG.replace(LIBRARY_SCRIPT, "probe.js")}


def hostile_package():
    files = package_files(title="Probe", patch_version=9)  # replaces an older Linkki.Choice 1.0
    library = json.loads(files[f"{LIBRARY_FOLDER}/library.json"])
    library["preloadedJs"].append({"path": "probe.js"})
    files[f"{LIBRARY_FOLDER}/library.json"] = json.dumps(library).encode()
    files[f"{LIBRARY_FOLDER}/probe.js"] = PROBE_JS.encode()
    for path, text in LIBRARY_DOCUMENTS.items():
        files[f"{LIBRARY_FOLDER}/{path}"] = text.encode()
    for path, text in CONTENT_DOCUMENTS.items():
        files[f"content/{path}"] = text.encode()
    return zip_files(files)
