/* The LMS side of the H5P player: listens to the sandboxed frame only, and posts its xAPI statements and
   saved state to Linkki with the trainee's session and CSRF token. Requests use fetch with keepalive,
   which completes even when the trainee leaves the page right after answering; sendBeacon is the
   fallback for requests that could not be sent. */
(function () {
  "use strict";
  var frame = document.querySelector("iframe[data-h5p-player]");
  if (!frame) {
    return;
  }
  var statementsUrl = frame.getAttribute("data-statements-url");
  var stateUrl = frame.getAttribute("data-state-url");
  var viewedUrl = frame.getAttribute("data-viewed-url");
  var startErrorUrl = frame.getAttribute("data-start-error-url");
  var status = document.querySelector("[data-h5p-status]");
  var errorBanner = document.querySelector("[data-h5p-error]");
  var failed = false;
  var tokenInput = document.querySelector(".h5p-csrf input[name=csrfmiddlewaretoken]");
  var csrfToken = tokenInput ? tokenInput.value : "";

  function newId() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    // Outside a secure context randomUUID is missing; build a version 4 UUID from random bytes.
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  // Requests go one at a time, in the order the player reported, so a state never overtakes the
  // answer it follows. `waiting[0]` is the one on its way while `busy`.
  var waiting = [];
  var busy = false;

  function beacon(item) {
    if (!navigator.sendBeacon) {
      return false;
    }
    var form = new FormData();
    form.append("csrfmiddlewaretoken", csrfToken);
    form.append(item.field, JSON.stringify(item.body));
    return navigator.sendBeacon(item.url, form);
  }

  function post(item) {
    return fetch(item.url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken, "Accept": "application/json" },
      body: JSON.stringify(item.body)
    }).then(function (response) {
      if (response.status >= 500 || response.status === 429) {
        throw new Error("try again later: " + response.status);
      }
      // A refused request (4xx) is not sent again: sending it again would be refused again.
      return response.json().catch(function () { return {}; });
    });
  }

  function pump() {
    if (busy || !waiting.length) {
      return;
    }
    busy = true;
    var item = waiting[0];
    post(item).then(function (answer) {
      waiting.shift();
      busy = false;
      if (item.done) {
        item.done(answer);
      }
      pump();
    }).catch(function () {
      busy = false;
      // Without a connection a statement waits on the phone (offline.js), with its id, and is sent when
      // the connection returns, even if this page is closed meanwhile.
      if (item.url === statementsUrl && navigator.onLine === false && window.LinkkiOffline) {
        waiting.shift();
        window.LinkkiOffline.queue("statement", { activity: Number(frame.getAttribute("data-activity")), statement: item.body });
        pump();
        return;
      }
      item.tries = (item.tries || 0) + 1;
      if (item.tries >= 5) {
        waiting.shift();
      }
      setTimeout(pump, 2000 * item.tries);
    });
  }

  function enqueue(item) {
    waiting.push(item);
    pump();
  }

  function onStatement(statement) {
    if (!statementsUrl) {
      return;
    }
    statement.id = statement.id || newId();
    enqueue({ url: statementsUrl, field: "statement", body: statement, done: function (answer) {
      if (answer && answer.message && status) {
        status.textContent = answer.message;
      }
    } });
  }

  function onState(data) {
    if (!stateUrl || typeof data !== "string") {
      return;
    }
    // Only the newest state matters; drop older ones that have not left yet.
    waiting = waiting.filter(function (item, index) { return item.url !== stateUrl || (busy && index === 0); });
    enqueue({ url: stateUrl, field: "state", body: { data: data } });
  }

  // The sandboxed frame cannot use the browser's HTTP cache; this page can. It fetches the files the
  // frame asks for, only from the player's, the libraries' and this content's own addresses, without
  // credentials, and hands them over as text.
  var relayPrefixes = JSON.parse(frame.getAttribute("data-relay") || "[]");

  function relayable(url) {
    try {
      url = new URL(url, window.location.href).href;
    } catch (error) {
      return false;
    }
    return relayPrefixes.some(function (prefix) { return url.indexOf(prefix) === 0; });
  }

  function relay(urls) {
    var wanted = urls.filter(function (url) { return typeof url === "string" && relayable(url); }).slice(0, 500);
    Promise.all(wanted.map(function (url) {
      return fetch(url, { credentials: "omit", redirect: "error" }).then(function (response) {
        return response.ok ? response.text().then(function (text) { return [url, text]; }) : null;
      }).catch(function () { return null; });
    })).then(function (pairs) {
      var files = {};
      pairs.forEach(function (pair) {
        if (pair) {
          files[pair[0]] = pair[1];
        }
      });
      frame.contentWindow.postMessage({ source: "linkki-h5p", type: "files", files: files }, "*");
    });
  }

  window.addEventListener("message", function (event) {
    if (event.source !== frame.contentWindow) {
      return;
    }
    var message = event.data;
    if (!message || typeof message !== "object" || message.source !== "linkki-h5p") {
      return;
    }
    if (message.type === "fetch" && Array.isArray(message.urls)) {
      relay(message.urls);
    } else if (message.type === "xapi" && message.statement && typeof message.statement === "object") {
      onStatement(message.statement);
    } else if (message.type === "state") {
      onState(message.data);
    } else if (message.type === "resize" && typeof message.height === "number") {
      frame.style.height = Math.max(160, Math.min(message.height + 4, 6000)) + "px";
    } else if (message.type === "ready") {
      frame.setAttribute("data-ready", "true");
      if (viewedUrl) {
        enqueue({ url: viewedUrl, field: "viewed", body: {}, done: function (answer) {
          if (answer && answer.message && status) {
            status.textContent = answer.message;
          }
        } });
      }
    } else if (message.type === "error" && !failed) {
      failed = true;
      frame.setAttribute("data-failed", "true");
      if (errorBanner) {
        errorBanner.hidden = false;
      }
      if (startErrorUrl) {
        enqueue({ url: startErrorUrl, field: "report", body: {
          message: String(message.message || "").slice(0, 500),
          package: frame.getAttribute("data-package")
        } });
      }
    }
  });

  // A frame that asked for its files before this script ran asks again when it hears this.
  if (frame.contentWindow) {
    frame.contentWindow.postMessage({ source: "linkki-h5p", type: "hello" }, "*");
  }

  window.addEventListener("online", pump);
  // The request on its way is a keepalive fetch and completes; the ones still waiting go as beacons.
  window.addEventListener("pagehide", function () {
    waiting.splice(busy ? 1 : 0).forEach(beacon);
  });
})();
