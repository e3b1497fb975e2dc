// Saves each answer as it changes, so a reload or a lost connection loses nothing; counts down the time.
// Answers not yet confirmed by the server wait in localStorage and are sent again when the connection
// returns or the page is opened again. Without this script the Save and Submit buttons post the form.
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form || !window.fetch || !window.JSON) { return; }
  var status = document.getElementById("autosave-status");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var url = form.getAttribute("data-autosave-url");
  var storageKey = "linkki-unsaved:" + url;
  var timers = {};

  function say(text) { if (status) { status.textContent = text; } }

  function unsaved() {
    try { return JSON.parse(window.localStorage.getItem(storageKey)) || {}; } catch (error) { return {}; }
  }

  function remember(id, answer) {
    try {
      var all = unsaved();
      if (answer === undefined) { delete all[id]; } else { all[id] = answer; }
      window.localStorage.setItem(storageKey, JSON.stringify(all));
    } catch (error) { /* private browsing: the server copy is all there is */ }
  }

  function forget() {
    try { window.localStorage.removeItem(storageKey); } catch (error) { /* nothing was stored */ }
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

  function save(fieldset) {
    var id = fieldset.getAttribute("data-question");
    var answer = answerOf(fieldset);
    var body = { answers: {} };
    body.answers[id] = answer;
    remember(id, answer);
    say(form.getAttribute("data-saving-text"));
    fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    }).then(function (result) {
      if (JSON.stringify(unsaved()[id]) === JSON.stringify(answer)) { remember(id, undefined); }
      if (result.status === 200) {
        showErrors(fieldset, []);
        fieldset.setAttribute("data-saved", "true");
        say(form.getAttribute("data-saved-text"));
      } else if (result.status === 409 && result.data.result_url) {
        forget();
        window.location.assign(result.data.result_url);
      } else {
        showErrors(fieldset, (result.data.errors && result.data.errors[id]) || [result.data.detail]);
        say(result.data.detail || form.getAttribute("data-failed-text"));
      }
    }).catch(function () {
      say(form.getAttribute("data-failed-text"));
    });
  }

  function resend() {
    var pending = unsaved();
    Object.keys(pending).forEach(function (id) {
      var fieldset = fieldsetOf(id);
      if (fieldset) { show(fieldset, pending[id]); save(fieldset); } else { remember(id, undefined); }
    });
  }

  function schedule(event) {
    var fieldset = event.target.closest("fieldset[data-question]");
    if (!fieldset) { return; }
    var id = fieldset.getAttribute("data-question");
    fieldset.removeAttribute("data-saved");
    clearTimeout(timers[id]);
    // Typing saves after a short pause; choosing saves at once.
    var delay = event.type === "input" ? 800 : 0;
    timers[id] = setTimeout(function () { save(fieldset); }, delay);
  }

  form.addEventListener("change", schedule);
  form.addEventListener("input", function (event) {
    if (event.target.matches("input[type=text], textarea")) { schedule(event); }
  });
  window.addEventListener("online", resend);
  resend();

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
