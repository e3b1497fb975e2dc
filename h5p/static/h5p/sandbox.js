/* Runs inside the sandboxed frame: starts the H5P player and reports to the LMS page by postMessage only.
   The frame has an opaque origin and no way to reach the LMS's endpoints; the parent page decides
   what to send on, with the trainee's credentials. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("h5p-config").textContent);

  // An opaque origin has no web storage, and H5P reads localStorage unguarded (its clipboard); give it
  // storage that lives only as long as the page.
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; }
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      window[name].getItem("probe");
    } catch (error) {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    }
  });
  var container = document.getElementById("h5p-container");
  var lastState = config.state || null;

  function tell(message) {
    message.source = "linkki-h5p";
    window.parent.postMessage(message, config.parentOrigin);
  }

  function reportHeight() {
    tell({ type: "resize", height: Math.ceil(document.documentElement.scrollHeight) });
  }

  function currentState() {
    var H5P = window.H5P;
    if (!H5P || !H5P.instances) {
      return null;
    }
    for (var i = 0; i < H5P.instances.length; i++) {
      var instance = H5P.instances[i];
      if (typeof instance.getCurrentState === "function") {
        var state = instance.getCurrentState();
        if (state !== undefined && state !== null) {
          return JSON.stringify(state);
        }
      }
    }
    return null;
  }

  function saveState() {
    var state;
    try {
      state = currentState();
    } catch (error) {
      return;
    }
    if (state !== null && state !== lastState) {
      lastState = state;
      tell({ type: "state", data: state });
    }
  }

  var options = {
    id: config.id,
    h5pJsonPath: config.h5pJsonPath,
    librariesPath: config.librariesPath,
    frameJs: config.frameJs,
    frameCss: config.frameCss,
    xAPIObjectIRI: config.xAPIObjectIRI,
    embedType: "div",
    frame: false,
    copyright: false,
    export: false,
    icon: false,
    fullScreen: false,
    // Without a saving frequency H5P ignores the previous state; it saves only into this page.
    saveFreq: config.saveEvery
  };
  if (config.state) {
    options.contentUserData = [{ state: config.state }];
  }

  new window.H5PStandalone.H5P(container, options).then(function () {
    window.H5P.externalDispatcher.on("xAPI", function (event) {
      var statement = event.data && event.data.statement;
      if (statement) {
        tell({ type: "xapi", statement: JSON.parse(JSON.stringify(statement)) });
      }
      saveState();
    });
    setInterval(saveState, config.saveEvery * 1000);
    window.addEventListener("pagehide", saveState);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") {
        saveState();
      }
    });
    if (window.ResizeObserver) {
      new ResizeObserver(reportHeight).observe(document.body);
    }
    reportHeight();
    tell({ type: "ready" });
  }).catch(function (error) {
    tell({ type: "error", message: String(error) });
  });
})();
