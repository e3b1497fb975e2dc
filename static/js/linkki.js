// Small helps that every page shares; each page works without them.
(function () {
  "use strict";

  // A refused form: start the reader at its error summary (where autofocus was not honoured).
  function focusSummary() {
    var summary = document.getElementById("error-summary");
    if (summary && document.activeElement !== summary && (!document.activeElement || document.activeElement === document.body)) {
      summary.focus();
    }
  }

  // A summary link moves to its field and shows the field's label above it, not only the control.
  function followSummaryLink(event) {
    var link = event.target.closest ? event.target.closest(".error-summary a[href^='#']") : null;
    if (!link) return;
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    event.preventDefault();
    if (!target.matches("input, select, textarea, button, [tabindex]")) {
      target = target.querySelector("input:not([type=hidden]), select, textarea") || target;
    }
    var label = target.id ? document.querySelector("label[for='" + target.id + "']") : null;
    var legend = target.closest("fieldset") ? target.closest("fieldset").querySelector("legend") : null;
    (legend || label || target).scrollIntoView();
    target.focus({ preventScroll: true });
    if (target.id) history.replaceState(null, "", "#" + target.id);
  }

  // Copy buttons: the text of the element a button names, with a spoken confirmation.
  function copy(event) {
    var button = event.target.closest ? event.target.closest("[data-copy]") : null;
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById(button.getAttribute("data-copy") + "-status");
    if (!source || !navigator.clipboard) return;
    navigator.clipboard.writeText(source.textContent.trim()).then(
      function () { if (status) status.textContent = button.getAttribute("data-copied"); },
      function () { if (status) status.textContent = button.getAttribute("data-copy-failed"); }
    );
  }

  function start() {
    document.querySelectorAll("[data-copy]").forEach(function (button) { button.hidden = false; });
    focusSummary();
  }

  document.addEventListener("click", followSummaryLink);
  document.addEventListener("click", copy);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
