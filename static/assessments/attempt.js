// Saves each answer as it changes, so a reload, leaving the page or a lost connection loses nothing;
// counts down the time. Answers not yet confirmed by the server wait in localStorage, are sent when the
// page is hidden or left (fetch keepalive, or a beacon), retried with a growing pause after a failure,
// and sent again when the page is opened again. Without this script the Save and Submit buttons post
// the form.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form || !window.fetch || !window.JSON) { return; }
  var status = document.getElementById("autosave-status");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var url = form.getAttribute("data-autosave-url");
  var storageKey = "linkki-unsaved:" + url;
  var TYPING_PAUSE = 800;
  var FIRST_RETRY = 1000;
  var LONGEST_RETRY = 60000;
  var timers = {};
  var pending = {};      // question id -> answer typed or chosen and not yet confirmed by the server
  var retryTimer = null;
  var retryDelay = FIRST_RETRY;
  var closed = false;

  function text(name) { return form.getAttribute("data-" + name + "-text") || ""; }

  function say(message, isProblem) {
    if (!status) { return; }
    status.textContent = message;
    status.classList.toggle("autosave-status--problem", !!isProblem);
  }

  function seconds(ms) { return String(Math.round(ms / 1000)); }

  function stored() {
    try { return JSON.parse(window.localStorage.getItem(storageKey)) || {}; } catch (error) { return {}; }
  }

  function keep() {
    try {
      if (Object.keys(pending).length) {
        window.localStorage.setItem(storageKey, JSON.stringify(pending));
      } else {
        window.localStorage.removeItem(storageKey);
      }
    } catch (error) { /* private browsing: the page and the server copy are all there is */ }
  }

  function fieldsetOf(id) { return form.querySelector("fieldset[data-question='" + id + "']"); }

  function answerOf(fieldset) {
    var kind = fieldset.getAttribute("data-kind");
    var name = "q" + fieldset.getAttribute("data-question");
    if (kind === "multiple") {
      return Array.prototype.map.call(fieldset.querySelectorAll("input[name='" + name + "']:checked"),
        function (box) { return box.value; });
    }
    if (kind === "matching") {
      var answer = {};
      Array.prototype.forEach.call(fieldset.querySelectorAll("select"), function (select) {
        answer[select.name.slice(name.length + 1)] = select.value;
      });
      return answer;
    }
    if (kind === "single" || kind === "true_false") {
      var chosen = fieldset.querySelector("input[name='" + name + "']:checked");
      return chosen ? chosen.value : "";
    }
    return fieldset.querySelector("[name='" + name + "']").value;
  }

  function show(fieldset, answer) {
    var kind = fieldset.getAttribute("data-kind");
    var name = "q" + fieldset.getAttribute("data-question");
    if (kind === "matching") {
      Object.keys(answer || {}).forEach(function (prompt) {
        var select = fieldset.querySelector("select[name='" + name + "_" + prompt + "']");
        if (select) { select.value = answer[prompt]; }
      });
    } else if (kind === "multiple" || kind === "single" || kind === "true_false") {
      var values = [].concat(answer).map(String);
      Array.prototype.forEach.call(fieldset.querySelectorAll("input[name='" + name + "']"), function (input) {
        input.checked = values.indexOf(input.value) !== -1;
      });
    } else {
      fieldset.querySelector("[name='" + name + "']").value = answer;
    }
  }

  function showErrors(fieldset, messages) {
    Array.prototype.forEach.call(fieldset.querySelectorAll(".js-error"), function (node) { node.remove(); });
    fieldset.classList.toggle("question--error", messages.length > 0);
    messages.forEach(function (message) {
      var node = document.createElement("p");
      node.className = "error js-error";
      node.setAttribute("role", "alert");
      node.textContent = message;
      fieldset.querySelector("legend").insertAdjacentElement("afterend", node);
    });
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  function note(id, answer) {
    pending[id] = answer;
    var fieldset = fieldsetOf(id);
    if (fieldset) { fieldset.removeAttribute("data-saved"); }
    keep();
  }

  function confirmSaved(sent) {
    Object.keys(sent).forEach(function (id) {
      // An answer changed again while this one was on its way is still pending.
      if (same(pending[id], sent[id])) { delete pending[id]; }
      var fieldset = fieldsetOf(id);
      if (fieldset) {
        showErrors(fieldset, []);
        if (!(id in pending)) { fieldset.setAttribute("data-saved", "true"); }
      }
    });
    keep();
  }

  function retryLater(message) {
    clearTimeout(retryTimer);
    var delay = retryDelay;
    retryDelay = Math.min(retryDelay * 2, LONGEST_RETRY);
    say(message.replace("{seconds}", seconds(delay)), true);
    retryTimer = setTimeout(function () { retryTimer = null; send(); }, delay);
  }

  function handle(sent, response, data) {
    if (response.status === 200) {
      retryDelay = FIRST_RETRY;
      confirmSaved(sent);
      say(Object.keys(pending).length ? text("unsaved") : text("saved"));
      return;
    }
    if (response.status === 400 && data && data.errors) {
      // The server names the answers it refused; every answer sent with them was refused too and stays pending.
      Object.keys(sent).forEach(function (id) {
        var fieldset = fieldsetOf(id);
        if (fieldset) { showErrors(fieldset, data.errors[id] || []); }
        if (data.errors[id] && same(pending[id], sent[id])) { delete pending[id]; }
      });
      keep();
      say(data.detail || text("invalid"), true);
      if (Object.keys(pending).length) { schedule(0); }
      return;
    }
    if (response.status === 409) {
      closed = true;
      clearTimeout(retryTimer);
      say((data && data.detail) || text("closed"), true);
      if (data && data.result_url && status) {
        var link = document.createElement("a");
        link.href = data.result_url;
        link.textContent = text("result-link");
        status.appendChild(document.createTextNode(" "));
        status.appendChild(link);
      }
      return;
    }
    if (response.status === 401 || response.status === 403) {
      say(text("logged-out"), true);
      return;
    }
    if (response.status === 429) {
      retryLater(text("busy"));
      return;
    }
    retryLater(text("server").replace("{code}", String(response.status)));
  }

  function send() {
    if (closed) { return; }
    var ids = Object.keys(pending);
    if (!ids.length) { return; }
    var sent = {};
    ids.forEach(function (id) { sent[id] = pending[id]; });
    say(text("saving"));
    fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
      body: JSON.stringify({ answers: sent })
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        handle(sent, response, data);
      });
    }, function () {
      if (!keepOffline(sent, false)) {
        retryLater(navigator.onLine === false ? text("offline") : text("unreachable"));
      }
    });
  }

  // Without a connection the answers wait on the phone (offline.js) and are sent, in order, when it
  // returns, even if this page is closed meanwhile.
  function keepOffline(answers, submit) {
    if (navigator.onLine !== false || !window.LinkkiOffline) { return false; }
    var data = { attempt: Number(form.getAttribute("data-attempt")), answers: answers, submit: submit };
    window.LinkkiOffline.queue("answers", data).then(function () {
      confirmSaved(answers);
      say(window.LinkkiOffline.text("queued"));
    }, function () { retryLater(text("offline")); });
    return true;
  }

  function allAnswers() {
    var answers = {};
    Array.prototype.forEach.call(form.querySelectorAll("fieldset[data-question]"), function (fieldset) {
      answers[fieldset.getAttribute("data-question")] = answerOf(fieldset);
    });
    return answers;
  }

  var sendTimer = null;
  function schedule(delay) {
    clearTimeout(sendTimer);
    sendTimer = setTimeout(function () { sendTimer = null; send(); }, delay);
  }

  // Leaving or hiding the page: whatever is pending goes now, in a request that outlives the page.
  function flush() {
    if (closed) { return; }
    clearTimeout(sendTimer);
    sendTimer = null;
    var ids = Object.keys(pending);
    if (!ids.length) { return; }
    var body = JSON.stringify({ answers: pending });
    var sentByFetch = false;
    try {
      fetch(url, {
        method: "POST", credentials: "same-origin", keepalive: true,
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
        body: body
      }).then(function (response) {
        return response.json().catch(function () { return null; }).then(function (data) {
          handle(JSON.parse(body).answers, response, data);
        });
      }, function () { /* the page is gone or offline: the answers wait in localStorage */ });
      sentByFetch = true;
    } catch (error) { sentByFetch = false; }
    if (!sentByFetch && navigator.sendBeacon) {
      var data = new URLSearchParams();
      data.append("csrfmiddlewaretoken", csrf);
      data.append("answers", JSON.stringify(pending));
      navigator.sendBeacon(url, data);
    }
  }

  function changed(event) {
    var fieldset = event.target.closest("fieldset[data-question]");
    if (!fieldset || closed) { return; }
    var id = fieldset.getAttribute("data-question");
    note(id, answerOf(fieldset));
    clearTimeout(timers[id]);
    if (event.type === "input") {
      // Typing saves after a short pause; until then the page says so.
      say(text("unsaved"));
      timers[id] = setTimeout(function () { send(); }, TYPING_PAUSE);
    } else {
      send();
    }
  }

  form.addEventListener("change", changed);
  form.addEventListener("input", function (event) {
    if (event.target.matches("input[type=text], textarea")) { changed(event); }
  });
  // The buttons post every answer on the page; nothing needs to be sent beside them.
  form.addEventListener("submit", function (event) {
    if (navigator.onLine === false && window.LinkkiOffline) {
      event.preventDefault();
      var submitting = !!(event.submitter && event.submitter.value === "submit");
      keepOffline(allAnswers(), submitting);
      if (submitting) { closed = true; }
      return;
    }
    Object.keys(timers).forEach(function (id) { clearTimeout(timers[id]); });
    clearTimeout(sendTimer);
    clearTimeout(retryTimer);
    closed = true;
    pending = {};
    keep();
  });
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") { flush(); }
  });
  window.addEventListener("online", function () { retryDelay = FIRST_RETRY; send(); });
  window.addEventListener("offline", function () { if (Object.keys(pending).length) { say(text("offline"), true); } });

  // Answers left unsent on an earlier visit: shown again and sent.
  var earlier = stored();
  Object.keys(earlier).forEach(function (id) {
    var fieldset = fieldsetOf(id);
    if (fieldset) { show(fieldset, earlier[id]); pending[id] = earlier[id]; }
  });
  keep();
  // Answers given on the phone without a connection and not yet sent: shown as the trainee left them.
  var shown = window.LinkkiQueue ? window.LinkkiQueue.waiting().then(function (waiting) {
    waiting.forEach(function (change) {
      if (change.kind !== "answers" || String(change.data.attempt) !== form.getAttribute("data-attempt")) { return; }
      Object.keys(change.data.answers).forEach(function (id) {
        var fieldset = fieldsetOf(id);
        if (fieldset && !(id in pending)) { show(fieldset, change.data.answers[id]); }
      });
    });
  }).catch(function () { return null; }) : Promise.resolve();
  send();
  shown.then(function () { form.setAttribute("data-autosave", "ready"); });

  var deadline = document.getElementById("deadline");
  if (deadline && deadline.getAttribute("data-remaining") !== "") {
    var endsAt = Date.now() + 1000 * parseInt(deadline.getAttribute("data-remaining"), 10);
    var countdown = deadline.querySelector(".js-countdown");
    var tick = function () {
      var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      countdown.textContent = "(" + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0") + ")";
      if (left === 0) {
        // The server submits an attempt whose time ran out when the page is next opened.
        window.location.reload();
        return;
      }
      setTimeout(tick, 1000);
    };
    tick();
  }
})();
