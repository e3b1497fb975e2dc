(function () {
  "use strict";
  // The frame's origin is opaque, and the browser keeps nothing such a frame loads in its HTTP cache.
  // So the LMS page (player.js) fetches the player's and libraries' files, from its own cache when it
  // has them, and hands them over as text; they run here as blob: scripts and styles of this frame.
  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var files = {};
  var started = false;

  function absolute(url) {
    return new URL(url, document.baseURI).href;
  }

  function absoluteUrls(base, css) {
    return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, function (whole, quote, ref) {
      return /^(data:|blob:|#|[a-z][a-z0-9+.-]*:)/i.test(ref) ? whole : 'url("' + new URL(ref, base).href + '")';
    });
  }

  function blob(text, type) {
    return URL.createObjectURL(new Blob([text], { type: type }));
  }

  function swap(node) {
    if (node.tagName === "SCRIPT" && node.src && files[node.src] !== undefined) {
      node.src = blob(files[node.src] + "\n//# sourceURL=" + node.src, "text/javascript");
    } else if (node.tagName === "LINK" && node.href && files[node.href] !== undefined) {
      node.href = blob(absoluteUrls(node.href, files[node.href]), "text/css");
    }
  }

  var append = Element.prototype.append;
  Element.prototype.append = function () {
    for (var i = 0; i < arguments.length; i++) {
      if (arguments[i] && arguments[i].tagName) {
        swap(arguments[i]);
      }
    }
    return append.apply(this, arguments);
  };
  var networkFetch = window.fetch;
  window.fetch = function (input, init) {
    var url = absolute(typeof input === "string" ? input : input.url);
    if (files[url] !== undefined) {
      return Promise.resolve(new Response(files[url], { status: 200, headers: { "Content-Type": "application/json" } }));
    }
    return networkFetch.apply(this, arguments);
  };

  function start() {
    if (started) {
      return;
    }
    started = true;
    config.start.forEach(function (url) {
      var script = document.createElement("script");
      script.src = url;
      script.async = false;
      document.body.append(script);
    });
  }

  function ask() {
    window.parent.postMessage({ source: "linkki-h5p", type: "fetch", urls: config.relay }, config.parentOrigin);
  }

  window.addEventListener("message", function (event) {
    var message = event.data;
    if (event.source !== window.parent || !message || message.source !== "linkki-h5p") {
      return;
    }
    // The LMS page's script can start after this frame asked, and then it never heard; it says hello
    // when it starts, and a frame still waiting asks again.
    if (message.type === "hello" && !started) {
      ask();
      return;
    }
    if (message.type !== "files") {
      return;
    }
    Object.keys(message.files || {}).forEach(function (url) {
      if (typeof message.files[url] === "string") {
        files[absolute(url)] = message.files[url];
      }
    });
    start();
  });
  if (window.parent === window) {
    start();  // opened on its own: nobody to hand the files over
  } else {
    ask();
    setTimeout(start, 15000);  // no answer: load them over the network
  }
})();
