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
  // YouTube's player API frames www.youtube.com unless told a host; where only the privacy-enhanced
  // host is allowed, every player the content makes is pointed to it.
  if (config.youtubeHost) {
    var whenReady;
    Object.defineProperty(window, "onYouTubeIframeAPIReady", {
      configurable: true,
      get: function () { return whenReady; },
      set: function (callback) {
        whenReady = function () {
          var Player = window.YT && window.YT.Player;
          if (Player && !Player.linkkiHost) {
            window.YT.Player = function (element, settings) {
              return new Player(element, Object.assign({ host: config.youtubeHost }, settings));
            };
            window.YT.Player.prototype = Player.prototype;
            window.YT.Player.linkkiHost = true;
          }
          return callback.apply(this, arguments);
        };
      }
    });
  }
  // The frame's origin is opaque, so an image read by a canvas (Agamotto, Image Hotspots) must be
  // loaded with CORS or the canvas is tainted. The player merges this into its H5PIntegration; the
  // pattern is a string, since the merge would empty a RegExp.
  window.H5PIntegration = {
    crossorigin: "anonymous",
    crossoriginRegex: "^" + config.contentBase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  };

  // A script error before the content is running means it did not start; say so to the page.
  var started = false;
  var failed = false;
  function fail(reason) {
    if (!started && !failed) {
      failed = true;
      tell({ type: "error", message: String(reason || "error") });
    }
  }
  window.addEventListener("error", function (event) {
    var element = event.target;
    if (element && (element.tagName === "SCRIPT" || element.tagName === "LINK")) {
      fail("could not load " + (element.src || element.href));
    } else if (event.message) {
      fail(event.message);
    }
  }, true);
  window.addEventListener("unhandledrejection", function (event) { fail(event.reason); });

  new window.H5PStandalone.H5P(container, options).then(function () {
    if (!window.H5P || !window.H5P.instances || !window.H5P.instances.length) {
      throw new Error("the content's main library made no player (missing constructor)");
    }
    started = true;
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
  }).catch(fail);
})();
