// Linkki's service worker (served from /service-worker.js after queue.js). Pages go to the network
// first; when it fails, a page the trainee kept on the phone answers from its cache. Only answers the
// server marked with the Linkki-Offline header are kept, so the server decides what may be cached.
// Waiting changes are sent on Background Sync.
"use strict";
var KEEP_HEADER = "Linkki-Offline";
var MODULE_CACHE = "linkki-module-";
var NEVER = ["/h5p-content/", "/accounts/", "/service-worker.js", "/admin/"];

self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

function keptCaches() {
  return caches.keys().then(function (names) {
    return names.filter(function (name) { return name.indexOf(MODULE_CACHE) === 0; });
  });
}

// A fresh answer replaces the kept copy in every module that keeps it; an answer the server no longer
// marks as keepable (the module was locked, the person left the course or logged out) removes it.
function refresh(request, response) {
  var url = new URL(request.url);
  var isStatic = url.pathname.indexOf("/static/") === 0;
  var keepable = response.status === 200 && (isStatic || response.headers.get(KEEP_HEADER) === "keep");
  return keptCaches().then(function (names) {
    return Promise.all(names.map(function (name) {
      return caches.open(name).then(function (cache) {
        return cache.match(request, { ignoreVary: true }).then(function (old) {
          if (!old) { return null; }
          if (keepable) { return cache.put(request, response.clone()); }
          // A server or proxy in trouble (5xx) says nothing about the page; anything else it says does.
          if (response.status < 500 && !isStatic) { return cache.delete(request, { ignoreVary: true }); }
          return null;
        });
      });
    }));
  });
}

// A connection that comes and goes often answers late or not at all: a kept page is shown after
// SLOW_NETWORK ms, and the network's answer, when it comes, still refreshes the kept copy.
var SLOW_NETWORK = 6000;

function kept(request) {
  return caches.match(request, { ignoreVary: true });
}

function fallback(request, error) {
  return kept(request).then(function (copy) {
    if (copy) { return copy; }
    if (request.mode === "navigate") {
      return caches.match("/offline/", { ignoreVary: true }).then(function (page) {
        if (page) { return page; }
        throw error;
      });
    }
    throw error;
  });
}

function fromNetwork(event) {
  var request = event.request;
  var fetched = fetch(request);
  // Registered first, so the copy for the cache is taken before the page reads the answer.
  event.waitUntil(fetched.then(function (response) {
    if (response.type !== "basic" && response.type !== "opaqueredirect") { return null; }
    return refresh(request, response.clone());
  }).catch(function () { return null; }));
  var network = fetched.then(function (response) {
    if (response.status >= 500) {
      return kept(request).then(function (copy) { return copy || response; });
    }
    return response;
  });
  var late = kept(request).then(function (copy) {
    if (!copy) { return new Promise(function () { return null; }); }
    return new Promise(function (resolve) { setTimeout(function () { resolve(copy); }, SLOW_NETWORK); });
  });
  return Promise.race([network, late]).catch(function (error) { return fallback(request, error); });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (NEVER.some(function (prefix) { return url.pathname.indexOf(prefix) === 0; })) { return; }
  event.respondWith(fromNetwork(event));
});

function tellPages() {
  return self.clients.matchAll({ includeUncontrolled: true }).then(function (pages) {
    pages.forEach(function (page) { page.postMessage({ type: "linkki-queue" }); });
  });
}

self.addEventListener("sync", function (event) {
  if (event.tag !== "linkki-changes") { return; }
  event.waitUntil(LinkkiQueue.send().then(tellPages, function (error) {
    return tellPages().then(function () { throw error; });
  }));
});

// Logging out: every kept page and every waiting change of the person goes.
self.addEventListener("message", function (event) {
  if (!event.data || event.data.type !== "linkki-forget") { return; }
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.map(function (name) { return caches.delete(name); }));
  }).then(LinkkiQueue.forget).then(function () {
    if (event.source) { event.source.postMessage({ type: "linkki-forgotten" }); }
  }));
});
