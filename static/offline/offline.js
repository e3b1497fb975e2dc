// Linkki without a connection: registers the service worker, says when the phone is offline and how
// many changes wait to be sent, and sends them when the connection returns. Every text comes from the
// data attributes of #offline-status, written by the server in the reader's language.
(function () {
  "use strict";
  var status = document.getElementById("offline-status");
  var worker = document.body.getAttribute("data-service-worker");
  if (!("serviceWorker" in navigator) || !window.indexedDB || !window.caches || !worker) { return; }
  navigator.serviceWorker.register(worker, { scope: "/" }).catch(function () { return null; });
  if (!status) { return; }

  function text(name) { return status.getAttribute("data-" + name) || ""; }

  function line(className, message) {
    var node = document.createElement("p");
    node.className = className;
    node.textContent = message;
    status.appendChild(node);
    return node;
  }

  function show() {
    return Promise.all([LinkkiQueue.waiting(), LinkkiQueue.refused()]).then(function (found) {
      var waiting = found[0].length;
      var refused = found[1];
      status.textContent = "";
      if (navigator.onLine === false) { line("offline-status__offline", text("offline")); }
      if (waiting) {
        line("offline-status__waiting", waiting === 1 ? text("waiting-one") : text("waiting-other").replace("{count}", String(waiting)));
      }
      refused.forEach(function (change) {
        var node = line("offline-status__refused", text("refused") + " " + change.reason + " ");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link-button";
        button.textContent = text("dismiss");
        button.addEventListener("click", function () { LinkkiQueue.dismiss(change.id).then(show); });
        node.appendChild(button);
      });
      status.hidden = !status.firstChild;
      status.setAttribute("data-waiting", String(waiting));
      document.dispatchEvent(new CustomEvent("linkki-queue", { detail: { waiting: found[0] } }));
    }).catch(function () { return null; });
  }

  function send() {
    if (navigator.onLine === false) { return show(); }
    return LinkkiQueue.send().then(show, show);
  }

  // A change made offline: kept, shown, and sent by Background Sync or on the next `online` event.
  function queue(kind, data) {
    return LinkkiQueue.add(kind, data).then(function (change) {
      navigator.serviceWorker.ready.then(function (registration) {
        return registration.sync && registration.sync.register("linkki-changes");
      }).catch(function () { return null; });
      return show().then(function () { return change; });
    });
  }

  function forget() {
    return caches.keys().then(function (names) {
      return Promise.all(names.map(function (name) { return caches.delete(name); }));
    }).then(LinkkiQueue.forget);
  }

  // Another person's kept pages and changes never show to whoever logs in next on the same phone.
  function start() {
    var owner = status.getAttribute("data-owner");
    return LinkkiQueue.getMeta("owner").then(function (previous) {
      if (previous && previous !== owner) { return forget(); }
      return null;
    }).then(function () {
      return Promise.all([
        LinkkiQueue.setMeta("owner", owner),
        LinkkiQueue.setMeta("sync", { url: status.getAttribute("data-sync-url"), csrf: status.getAttribute("data-csrf") })
      ]);
    }).then(send);
  }

  // Logging out clears the phone; waiting changes go first, so logging out offline waits for a connection.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-logout]") || form.getAttribute("data-forgotten") === "true") { return; }
    event.preventDefault();
    LinkkiQueue.waiting().then(function (waiting) {
      if (waiting.length && navigator.onLine === false) {
        status.hidden = false;
        line("offline-status__refused", text("logout-offline"));
        return null;
      }
      return (waiting.length ? LinkkiQueue.send() : Promise.resolve()).catch(function () { return null; }).then(forget).then(function () {
        form.setAttribute("data-forgotten", "true");
        form.submit();
      });
    });
  });

  window.LinkkiOffline = { queue: queue, show: show, send: send, forget: forget };
  window.addEventListener("online", send);
  window.addEventListener("offline", show);
  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && event.data.type === "linkki-queue") { show(); }
  });
  start();
})();
