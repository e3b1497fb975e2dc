// The changes a trainee made without a connection, kept in IndexedDB in the order they were made, and
// sent to the server in that order. Shared by the pages (offline.js) and the service worker, which
// sends them on Background Sync. Every change carries an id made here, so the server takes it once
// however often it arrives.
var LinkkiQueue = (function () {
  "use strict";
  var NAME = "linkki-offline";
  var CHANGES = "changes";
  var REFUSED = "refused";
  var META = "meta";
  var BATCH = 50;
  // A connection that hangs must not hold the queue: a batch not answered in this time is tried again later.
  var TIMEOUT = 20000;
  var sending = null;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(NAME, 1);
      request.onupgradeneeded = function () {
        var db = request.result;
        db.createObjectStore(CHANGES, { keyPath: "seq", autoIncrement: true });
        db.createObjectStore(REFUSED, { keyPath: "id" });
        db.createObjectStore(META);
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  // Run `work(stores)` in one transaction; resolves with what work returned once the transaction commits.
  function transact(names, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(names, mode);
        var stores = {};
        names.forEach(function (name) { stores[name] = tx.objectStore(name); });
        var result = work(stores);
        tx.oncomplete = function () {
          db.close();
          resolve(result && result.value !== undefined ? result.value : result);
        };
        tx.onerror = tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function all(name) {
    return transact([name], "readonly", function (stores) {
      var box = { value: [] };
      stores[name].getAll().onsuccess = function (event) { box.value = event.target.result; };
      return box;
    });
  }

  function newId() {
    if (self.crypto && self.crypto.randomUUID) { return self.crypto.randomUUID(); }
    var bytes = self.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function add(kind, data) {
    var change = { id: (data && data.id) || newId(), kind: kind, data: data, made_at: new Date().toISOString() };
    return transact([CHANGES], "readwrite", function (stores) { stores[CHANGES].add(change); }).then(function () {
      return change;
    });
  }

  function setMeta(key, value) {
    return transact([META], "readwrite", function (stores) { stores[META].put(value, key); });
  }

  function getMeta(key) {
    return transact([META], "readonly", function (stores) {
      var box = { value: null };
      stores[META].get(key).onsuccess = function (event) { box.value = event.target.result || null; };
      return box;
    });
  }

  function settle(results, sent) {
    var bySeq = {};
    sent.forEach(function (change) { bySeq[change.id] = change; });
    return transact([CHANGES, REFUSED], "readwrite", function (stores) {
      results.forEach(function (result) {
        var change = bySeq[result.id];
        if (!change) { return; }
        if (result.status === "accepted" || result.status === "refused") { stores[CHANGES].delete(change.seq); }
        if (result.status === "refused") {
          stores[REFUSED].put({ id: change.id, kind: change.kind, data: change.data, reason: result.reason });
        }
      });
    });
  }

  // Send every waiting change, oldest first, a batch at a time. Resolves with the number sent; rejects
  // when the server cannot be reached or does not take the batch, and the changes wait for the next try.
  function send() {
    if (sending) { return sending; }
    var total = 0;
    function next() {
      return Promise.all([all(CHANGES), getMeta("sync")]).then(function (found) {
        var changes = found[0].slice(0, BATCH);
        var sync = found[1];
        if (!changes.length || !sync || !sync.url) { return total; }
        var body = JSON.stringify({
          changes: changes.map(function (c) { return { id: c.id, kind: c.kind, data: c.data, made_at: c.made_at }; })
        });
        var controller = self.AbortController ? new AbortController() : null;
        var timer = controller && setTimeout(function () { controller.abort(); }, TIMEOUT);
        return fetch(sync.url, {
          method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": sync.csrf },
          body: body, signal: controller ? controller.signal : undefined
        }).then(function (response) {
          clearTimeout(timer);
          if (!response.ok) { throw new Error("sync " + response.status); }
          return response.json();
        }).then(function (answer) {
          total += changes.length;
          return settle(answer.results || [], changes).then(next);
        });
      });
    }
    sending = next().then(function (count) { sending = null; return count; }, function (error) {
      sending = null;
      throw error;
    });
    return sending;
  }

  function dismiss(id) {
    return transact([REFUSED], "readwrite", function (stores) { stores[REFUSED].delete(id); });
  }

  function forget() {
    return new Promise(function (resolve) {
      var request = indexedDB.deleteDatabase(NAME);
      request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
    });
  }

  return {
    newId: newId,
    add: add,
    waiting: function () { return all(CHANGES); },
    refused: function () { return all(REFUSED); },
    dismiss: dismiss,
    send: send,
    setMeta: setMeta,
    getMeta: getMeta,
    forget: forget
  };
})();
