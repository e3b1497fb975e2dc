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

  var RETRY = 30000;
  var retry = null;

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
      if (navigator.onLine === false) {
        line("offline-status__offline", text("offline"));
        var player = document.querySelector("iframe[data-h5p-player]");
        if (player && player.getAttribute("data-ready") !== "true") { line("offline-status__offline", text("h5p-offline")); }
      }
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
      // The phone may believe it is online while nothing gets through: no `online` event will come,
      // so waiting changes are tried again now and then.
      if (waiting && !retry) { retry = setTimeout(function () { retry = null; send(); }, RETRY); }
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

  // "Keep this module on the phone": the server lists what the phone may keep; every page it lists must
  // also say so itself (the Linkki-Offline header), or it is not kept.
  function keepWidget() {
    var widget = document.getElementById("keep-module");
    if (!widget) { return; }
    var state = widget.querySelector(".keep-module__state");
    var keepButton = widget.querySelector("[data-keep]");
    var removeButton = widget.querySelector("[data-remove]");
    var name = widget.getAttribute("data-cache");
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
    function say(key, values) {
      var message = widget.getAttribute("data-" + key) || "";
      Object.keys(values || {}).forEach(function (k) { message = message.replace("{" + k + "}", values[k]); });
      state.textContent = message;
    }
    function measure() {
      return caches.has(name).then(function (kept) {
        if (!kept) { removeButton.hidden = true; widget.removeAttribute("data-kept-bytes"); return null; }
        return caches.open(name).then(function (cache) {
          return cache.keys().then(function (requests) {
            return Promise.all(requests.map(function (request) {
              return cache.match(request).then(function (response) { return response.blob(); }).then(function (blob) { return blob.size; });
            }));
          }).then(function (sizes) {
            var bytes = sizes.reduce(function (a, b) { return a + b; }, 0);
            widget.setAttribute("data-kept-bytes", String(bytes));
            widget.setAttribute("data-kept-files", String(sizes.length));
            say("kept", { bytes: numbers.format(bytes), count: numbers.format(sizes.length) });
            removeButton.hidden = false;
          });
        });
      });
    }
    function keep() {
      keepButton.disabled = true;
      say("keeping");
      fetch(widget.getAttribute("data-keep-url"), {
        method: "POST", credentials: "same-origin",
        headers: { "Accept": "application/json", "X-CSRFToken": status.getAttribute("data-csrf") }
      }).then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok) { throw new Error(answer.detail || String(response.status)); }
          return answer;
        });
      }).then(function (answer) {
        // One file after another: a weak connection does better with one request at a time.
        return caches.open(name).then(function (cache) {
          return answer.urls.reduce(function (previous, url) {
            return previous.then(function () {
              return fetch(url, { credentials: "same-origin", cache: "no-cache" }).then(function (response) {
                var isFile = new URL(response.url).pathname.indexOf("/static/") === 0 || /^image\//.test(response.headers.get("Content-Type") || "");
                if (response.ok && !response.redirected && (isFile || response.headers.get("Linkki-Offline") === "keep")) {
                  return cache.put(url, response);
                }
                return null;
              });
            });
          }, Promise.resolve());
        });
      }).then(measure, function (error) {
        say("failed", { reason: navigator.onLine === false || error instanceof TypeError ? widget.getAttribute("data-no-connection") : error.message });
      }).then(function () { keepButton.disabled = false; });
    }
    keepButton.addEventListener("click", keep);
    removeButton.addEventListener("click", function () {
      caches.delete(name).then(function () { removeButton.hidden = true; say("removed"); });
    });
    widget.hidden = false;
    measure();
  }

  // Forms that work offline: marking a page done and a supervision reflection wait in the queue;
  // starting an assessment does not (the server starts it), but an attempt already open is kept.
  function note(form, message) {
    var node = form.querySelector(".offline-queued") || document.createElement("p");
    node.className = "offline-queued";
    node.setAttribute("role", "status");
    node.textContent = message;
    form.appendChild(node);
  }

  function markQueued(form) {
    if (form.getAttribute("data-offline-kind") === "complete") {
      Array.prototype.forEach.call(form.querySelectorAll("button[type=submit]"), function (button) { button.hidden = true; });
    }
    form.setAttribute("data-offline-queued", "true");
    note(form, text("queued"));
  }

  function changeOf(form) {
    var kind = form.getAttribute("data-offline-kind");
    if (kind === "complete") {
      return { kind: kind, data: { activity: Number(form.getAttribute("data-offline-activity")) } };
    }
    if (kind === "reflection") {
      var field = form.elements[form.getAttribute("data-offline-field")];
      return { kind: kind, data: {
        attendance: Number(form.getAttribute("data-offline-attendance")),
        reflection: field ? field.value : "",
        confirm: form.hasAttribute("data-offline-confirm")
      } };
    }
    return null;
  }

  // Online, the page sends these forms itself: a connection that fails or does not answer in
  // FORM_TIMEOUT ms (the phone believes it is online, the network is gone) queues the change as if the
  // phone were offline. The queued copy has the id the form sent, so if the form did reach the server
  // (its answer was lost), the server takes the change once.
  var FORM_TIMEOUT = 8000;

  function later(form, change) {
    return queue(change.kind, change.data).then(function () { markQueued(form); });
  }

  // Where the server's answer sends the page. Back to the same page at another place (a reflection's
  // session) would only scroll, so the page loads again there, as after the plain form.
  function go(address) {
    var target = new URL(address, window.location.href);
    var here = new URL(window.location.href);
    target.hash = here.hash = "";
    if (target.href !== here.href) { window.location.assign(address); return; }
    window.history.replaceState(null, "", address);
    window.location.reload();
  }

  function post(form, change) {
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, FORM_TIMEOUT);
    form.setAttribute("data-offline-sending", "true");
    return fetch(form.action, {
      method: "POST", credentials: "same-origin", body: new FormData(form), signal: controller.signal,
      headers: { "Linkki-Form": "fetch" }
    }).then(function (response) {
      clearTimeout(timer);
      var location = response.headers.get("Linkki-Location");
      if (location) { go(location); return; }
      if (response.redirected) { go(response.url); return; }
      // Refused (a form with errors, a page not allowed): the plain form shows the server's page, so
      // the error summary reads as it always does. Nothing was taken, so sending it again is safe.
      form.setAttribute("data-offline-plain", "true");
      HTMLFormElement.prototype.submit.call(form);
    }, function () {
      clearTimeout(timer);
      form.removeAttribute("data-offline-sending");
      return later(form, change);
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form[data-offline-kind]") || form.getAttribute("data-offline-plain") === "true") { return; }
    var kind = form.getAttribute("data-offline-kind");
    if (navigator.onLine !== false && kind === "start") { return; }
    event.preventDefault();
    if (kind === "start") {
      var attempt = form.getAttribute("data-offline-attempt");
      if (attempt) { window.location.href = attempt; } else { note(form, form.getAttribute("data-offline-refusal")); }
      return;
    }
    if (form.getAttribute("data-offline-sending") === "true") { return; }
    var change = changeOf(form);
    if (!change) { return; }
    change.data.id = LinkkiQueue.newId();
    var field = form.elements.offline_change;
    if (field) { field.value = change.data.id; }
    if (navigator.onLine === false) { later(form, change); return; }
    // Changes already waiting go first, so this one does not overtake them; the page then shows the
    // server's answer to all of them.
    LinkkiQueue.waiting().then(function (waiting) {
      if (!waiting.length) { return post(form, change); }
      return later(form, change).then(send).then(function () {
        return LinkkiQueue.waiting();
      }).then(function (left) {
        if (!left.length) { window.location.reload(); }
      });
    });
  });

  // A page opened again from the phone shows what already waits to be sent.
  document.addEventListener("linkki-queue", function (event) {
    event.detail.waiting.forEach(function (change) {
      var form = null;
      if (change.kind === "complete") {
        form = document.querySelector("form[data-offline-kind=complete][data-offline-activity='" + change.data.activity + "']");
      } else if (change.kind === "reflection") {
        form = document.querySelector("form[data-offline-kind=reflection][data-offline-attendance='" + change.data.attendance + "']");
        var field = form && form.elements[form.getAttribute("data-offline-field")];
        if (field && document.activeElement !== field) { field.value = change.data.reflection; }
      }
      if (form && form.getAttribute("data-offline-queued") !== "true") { markQueued(form); }
    });
  });

  window.LinkkiOffline = { queue: queue, show: show, send: send, forget: forget, text: text };
  window.addEventListener("online", send);
  window.addEventListener("offline", show);
  navigator.serviceWorker.addEventListener("message", function (event) {
    if (event.data && event.data.type === "linkki-queue") { show(); }
  });
  keepWidget();
  start();
})();
