/*
 * Test-only network observer ("No network"), loaded first in every extension context of the e2e
 * build: before background.js in manifest.background.scripts, and as the first <script> of
 * popup.html and options.html. The production .xpi never contains it.
 *
 * It wraps every page-level way to talk to the network (fetch, XMLHttpRequest, WebSocket,
 * EventSource, navigator.sendBeacon) before the extension's own code runs, and records each call
 * with its caller. It also records CSP violations (a request the policy blocked is still an
 * attempt) and exposes the page's resource-timing entries (everything the document loaded,
 * including <img>/<link>/<script> loads the wrappers cannot see).
 *
 * The driver talks to the test server through the original fetch (`__ayashiiNet.fetch`), so its
 * own traffic is not recorded: every entry in `calls` was made by the extension.
 */
(() => {
  if (globalThis.__ayashiiNet) return;
  const calls = [];
  const where = location.pathname;
  const note = (api, url) => {
    const stack = String(new Error().stack || '')
      .split('\n')
      .slice(2, 8)
      .join('\n');
    calls.push({ api, url: String(url), where, stack });
  };
  const urlOf = (input) => (input && typeof input === 'object' && 'url' in input ? input.url : input);

  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = function fetch(input, init) {
    note('fetch', urlOf(input));
    return realFetch(input, init);
  };

  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    note('XMLHttpRequest', url);
    return open.call(this, method, url, ...rest);
  };

  for (const name of ['WebSocket', 'EventSource']) {
    const Real = globalThis[name];
    if (typeof Real !== 'function') continue;
    globalThis[name] = new Proxy(Real, {
      construct(target, args, newTarget) {
        note(name, args[0]);
        return Reflect.construct(target, args, newTarget);
      },
    });
  }

  if (typeof navigator.sendBeacon === 'function') {
    const beacon = navigator.sendBeacon.bind(navigator);
    Object.defineProperty(navigator, 'sendBeacon', {
      configurable: true,
      value: function sendBeacon(url, data) {
        note('sendBeacon', url);
        return beacon(url, data);
      },
    });
  }

  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, where }),
  );

  globalThis.__ayashiiNet = {
    fetch: realFetch,
    /** A plain-data snapshot (JSON-safe, also across windows). */
    report: () => ({
      where,
      calls: calls.map((c) => ({ ...c })),
      violations: violations.map((v) => ({ ...v })),
      resources: performance.getEntriesByType('resource').map((r) => ({ url: r.name, type: r.initiatorType })),
    }),
  };
})();
