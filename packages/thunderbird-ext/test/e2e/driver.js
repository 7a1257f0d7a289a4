/*
 * Test-only background script, appended to manifest.background.scripts in the e2e build only
 * (the production .xpi never contains it). It drives the real Thunderbird UI through the
 * extension's own code: opens each fixture in a message tab, lets automatic mode badge it and
 * inject the banner, opens the "Check this mail" popup and reads back what it shows, then POSTs
 * the results to the test's 127.0.0.1 server. Bounded: every wait has a timeout.
 *
 * Its own requests go through the original fetch kept by the network observer (netwatch.js), so
 * that everything the observer records was done by the extension itself.
 */
(async () => {
  const NET = globalThis.__ayashiiNet;
  const rawFetch = NET ? NET.fetch : fetch;
  let cfg;
  try {
    cfg = await (await rawFetch(browser.runtime.getURL('test-config.json'))).json();
  } catch {
    return;
  }
  const base = `http://127.0.0.1:${cfg.port}`;
  const post = (path, body) =>
    rawFetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  /** A JSON copy, so nothing refers into a window that is about to close. */
  const plain = (v) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));
  const netOf = (w) => {
    try {
      return w.__ayashiiNet ? plain(w.__ayashiiNet.report()) : null;
    } catch {
      return null;
    }
  };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const poll = async (fn, ms = 8000, every = 50) => {
    const t0 = Date.now();
    for (;;) {
      try {
        const v = await fn();
        if (v) return v;
      } catch {}
      if (Date.now() - t0 > ms) return null;
      await sleep(every);
    }
  };
  const isDead = (w) => {
    try {
      return !w.document;
    } catch {
      return true;
    }
  };
  const list = (d) => (Array.isArray(d) ? d : d && Array.isArray(d.messages) ? d.messages : []);
  const text = (el) => (el ? el.textContent : null);

  async function readBanner(tabId) {
    const [r] = await messenger.scripting.executeScript({
      target: { tabId },
      func: () => {
        // The extension prepends its banner to the body. Only that one counts: the message can hold
        // an element with the same id (the hostile fixture does; the probe reports it).
        const b = document.body.firstElementChild;
        return b && b.id === 'ayashii-banner' ? { level: b.dataset.level, text: b.textContent, top: true } : 'none';
      },
    });
    return r ? r.result : null;
  }

  /** A finding as the popup and the link window render it (ui/render.ts). */
  const readFinding = (li) => ({
    checkId: li.dataset.checkId,
    severity: li.dataset.severity,
    title: text(li.querySelector('.finding-title')),
    detail: text(li.querySelector('.detail')),
    advice: li.querySelector('.advice') ? li.querySelector('.advice').lastChild.textContent : null,
  });

  const countBy = (xs) => xs.reduce((m, x) => ((m[x] = (m[x] || 0) + 1), m), {});
  const uniq = (xs) => [...new Set(xs)].sort();
  const attrNames = (els) => els.flatMap((e) => [...e.attributes].map((a) => a.name));
  const handlersOf = (els) => els.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`));

  /** Hostile-input probe of the popup: what the message-derived text turned into. */
  function auditPopup(view) {
    const doc = view.document;
    const all = [...doc.querySelectorAll('*')];
    const app = [...doc.querySelectorAll('#app *')];
    return {
      pwned: typeof view.__pwned,
      hasPwned: '__pwned' in view,
      textContent: doc.body.textContent,
      tags: countBy(all.map((e) => e.localName)),
      appTags: uniq(app.map((e) => e.localName)),
      appAttrs: uniq(attrNames(app)),
      handlers: handlersOf(all),
    };
  }

  /** Hostile-input probe of the message document (where the banner lives). */
  async function auditMessage(tabId) {
    const [r] = await messenger.scripting.executeScript({
      target: { tabId },
      func: () => {
        const first = document.body.firstElementChild;
        const inside = (b) => [...b.querySelectorAll('*')];
        const banners = [...document.querySelectorAll('[id="ayashii-banner"], .ayashii-banner')];
        const page = window.wrappedJSObject;
        return {
          pwned: page ? typeof page.__pwned : 'no wrappedJSObject',
          pwnedSandbox: typeof window.__pwned,
          banners: banners.map((b) => ({
            id: b.id,
            level: b.dataset.level || null,
            text: b.textContent,
            top: b === first,
            borderLeft: getComputedStyle(b).borderLeftWidth,
            tags: [...new Set(inside(b).map((e) => e.localName))].sort(),
            attrs: [...new Set([b, ...inside(b)].flatMap((e) => [...e.attributes].map((a) => a.name)))].sort(),
          })),
          handlers:
            first && first.id === 'ayashii-banner'
              ? [first, ...inside(first)].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`))
              : [],
        };
      },
    });
    return r ? r.result : null;
  }

  /** The popup's "Links in this mail" section, as rendered (null when there is none). */
  function readLinks(doc) {
    const sec = doc.querySelector('details.links');
    if (!sec) return null;
    return {
      open: sec.open,
      total: Number(sec.dataset.total),
      summary: text(sec.querySelector('summary')),
      suspectCount: text(sec.querySelector('.links-suspect-count')),
      more: text(sec.querySelector('.links-more')),
      note: text(sec.querySelector('.links-note')),
      anchors: sec.querySelectorAll('a').length,
      rows: [...sec.querySelectorAll('.link-row')].map((li) => {
        const flag = li.querySelector('.link-flag');
        const target = li.querySelector('.link-target');
        return {
          suspect: li.dataset.suspect === '1',
          flag: text(flag),
          flagTitle: flag ? flag.title : null,
          seen: li.dataset.seen,
          seenText: text(li.querySelector('.link-seen')),
          host: text(li.querySelector('.link-host')),
          mark: text(li.querySelector('.link-host mark')),
          via: [...li.querySelectorAll('.link-via-host')].map((c) => ({ host: c.textContent, mark: text(c.querySelector('mark')) })),
          note: text(li.querySelector('.link-note')),
          target: text(target),
          targetTitle: target ? target.title : null,
        };
      }),
    };
  }

  function readPopup(doc) {
    const badge = doc.querySelector('.badge');
    return {
      lang: doc.documentElement.lang,
      state: doc.body.dataset.state,
      level: doc.body.dataset.level || null,
      via: doc.body.dataset.via || null,
      badge: text(badge),
      badgeColor: badge ? doc.defaultView.getComputedStyle(badge).backgroundColor : null,
      summary: text(doc.querySelector('.summary')),
      subject: doc.querySelector('.subject') ? doc.querySelector('.subject').lastChild.textContent : null,
      items: [...doc.querySelectorAll('.finding')].map((li) => ({
        ...readFinding(li),
        evidence: [...li.querySelectorAll('.ev')].map((ev) => ({
          kind: ev.dataset.kind,
          label: text(ev.querySelector('.ev-label')),
          value: text(ev.querySelector('.ev-value')),
          mark: text(ev.querySelector('mark')),
        })),
      })),
      skipped: [...doc.querySelectorAll('.skipped li')].map((li) => li.dataset.checkId),
      safeNote: text(doc.querySelector('.safe-note')),
      links: readLinks(doc),
      scripts: doc.querySelectorAll('script:not([src="e2e-netwatch.js"])').length,
      innerText: doc.body.innerText,
    };
  }

  /**
   * "Check this link", as the context-menu handler does it (background.ts menus.onClicked): a popup
   * window of the same size on link.html?tab=<the message's tab>&url=<the link>. The test checks
   * that the query equals linkPageUrl() of src/link-check.ts. Reads back what the window shows.
   */
  async function checkLink(spec, tabId, fx) {
    const q = new URLSearchParams();
    if (!spec.noTab) q.set('tab', String(tabId));
    q.set('url', spec.url);
    const win = await messenger.windows.create({ type: 'popup', url: `link.html?${q.toString()}`, ...cfg.linkWindow });
    const view = await poll(() =>
      browser.extension.getViews().find((v) => v.location.pathname.endsWith('/link.html') && v.location.search === `?${q.toString()}` && v.document.body && v.document.body.dataset.done),
    );
    const out = { url: spec.url, tabId: spec.noTab ? null : tabId, search: view ? view.location.search : '', window: { type: win.type || null, width: win.width || null, height: win.height || null } };
    if (view) {
      Object.assign(out, readLinkWindow(view));
      if (spec.screenshot) {
        const w = await messenger.windows.get(win.id);
        const crop = `${w.width}x${w.height}+${Math.max(0, w.left || 0)}+${Math.max(0, w.top || 0)}`;
        await post('/screenshot', { name: spec.screenshot, crop });
        out.openAtScreenshot = !isDead(view);
      }
    }
    await messenger.windows.remove(win.id).catch(() => undefined);
    return out;
  }

  /** What a link window shows. */
  function readLinkWindow(view) {
      const doc = view.document;
      const badge = doc.querySelector('.badge');
      const app = [...doc.querySelectorAll('#app *')];
      return {
        title: doc.title,
        lang: doc.documentElement.lang,
        state: doc.body.dataset.state,
        level: doc.body.dataset.level || null,
        badge: text(badge),
        badgeColor: badge ? view.getComputedStyle(badge).backgroundColor : null,
        summary: text(doc.querySelector('.summary')),
        chain: {
          link: text(doc.querySelector('.chain-link code')),
          via: [...doc.querySelectorAll('.chain-via code')].map((c) => ({ host: c.textContent, mark: text(c.querySelector('mark')), vendor: c.title || null })),
          target: text(doc.querySelector('.chain-target code')),
          targetMark: text(doc.querySelector('.chain-target mark')),
          note: text(doc.querySelector('.chain-note')),
        },
        recipient: doc.querySelector('.recipient') ? doc.querySelector('.recipient').lastChild.textContent : null,
        items: [...doc.querySelectorAll('.finding')].map(readFinding),
        skipped: [...doc.querySelectorAll('.skipped li')].map((li) => li.dataset.checkId),
        safeNote: text(doc.querySelector('.safe-note')),
        anchors: [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        appTags: uniq(app.map((e) => e.localName)),
        handlers: handlersOf([...doc.querySelectorAll('*')]),
        scripts: doc.querySelectorAll('script:not([src="e2e-netwatch.js"])').length,
        net: netOf(view),
      };
  }

  /**
   * The real context menu (Xvfb only): right-click the message's first link with xdotool, take a
   * screenshot of the open menu, choose its last item (the extension's) with Up and Return, and read
   * back the window the extension's own menus.onClicked opened.
   */
  async function rightClickLink(tab, spec) {
    const out = { href: null, at: null, shown: null, clicked: null, window: null, windowType: null };
    let shown = null;
    let clicked = null;
    const onShown = (info, t) => {
      shown = { menuIds: info.menuIds || [], contexts: info.contexts || [], tabType: (t && t.type) || null };
    };
    const onClicked = (info, t) => {
      clicked = { menuItemId: info.menuItemId, linkUrl: info.linkUrl || null, pageUrl: info.pageUrl || null, tabType: (t && t.type) || null };
    };
    messenger.menus.onShown.addListener(onShown);
    messenger.menus.onClicked.addListener(onClicked);
    try {
      const [r] = await messenger.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => {
          const a = document.querySelector('a[href]');
          if (!a) return null;
          a.scrollIntoView({ block: 'center' });
          const b = a.getBoundingClientRect();
          const dpr = window.devicePixelRatio || 1;
          return { href: a.href, x: Math.round((window.mozInnerScreenX + b.left + Math.min(b.width / 2, 40)) * dpr), y: Math.round((window.mozInnerScreenY + b.top + b.height / 2) * dpr) };
        },
      });
      const p = r && r.result;
      if (!p) throw new Error('no link in the message');
      out.href = p.href;
      out.at = { x: p.x, y: p.y };
      const before = new Set(browser.extension.getViews().filter((v) => v.location.pathname.endsWith('/link.html')));
      const windowsBefore = new Set((await messenger.windows.getAll()).map((w) => w.id));
      await post('/xdotool', { args: ['mousemove', p.x, p.y, 'sync'] });
      await post('/xdotool', { args: ['click', '3'] });
      await poll(() => shown, 4000);
      await sleep(300);
      if (spec.screenshot) await post('/screenshot', { name: spec.screenshot });
      await post('/xdotool', { args: ['key', 'Up'] });
      await sleep(150);
      await post('/xdotool', { args: ['key', 'Return'] });
      const view = await poll(() =>
        browser.extension.getViews().find((v) => !before.has(v) && v.location.pathname.endsWith('/link.html') && v.document.body && v.document.body.dataset.done),
      );
      out.shown = shown;
      out.clicked = clicked;
      if (view) out.window = { url: new URLSearchParams(view.location.search).get('url'), search: view.location.search, ...readLinkWindow(view) };
      // Close the window the extension opened through the windows API (view.close() left the next
      // windows.create hanging).
      const opened = (await messenger.windows.getAll()).filter((w) => !windowsBefore.has(w.id));
      out.windowType = opened.length === 1 ? opened[0].type : null;
      for (const w of opened) await messenger.windows.remove(w.id).catch(() => undefined);
    } catch (e) {
      out.error = String(e);
      await post('/xdotool', { args: ['key', 'Escape'] }).catch(() => undefined);
    } finally {
      messenger.menus.onShown.removeListener(onShown);
      messenger.menus.onClicked.removeListener(onClicked);
    }
    return out;
  }

  /** Drives the real options page: ticks automatic mode and/or fills and saves config fields. */
  async function useOptionsPage(opts) {
    const tab = await messenger.tabs.create({ url: browser.runtime.getURL('options.html') });
    const view = await poll(() =>
      browser.extension.getViews().find((v) => v.location.pathname.endsWith('/options.html') && v.document.body && v.document.body.dataset.ready),
    );
    if (!view) throw new Error('options page did not load');
    const doc = view.document;
    if (opts.autoCheck) doc.getElementById('autoCheck').click();
    if (opts.fields) {
      for (const [k, v] of Object.entries(opts.fields)) doc.getElementById(k).value = v;
      doc.getElementById('save').click();
    }
    const stored = await poll(async () => {
      const s = await browser.storage.local.get(['autoCheck', 'config']);
      return (!opts.autoCheck || s.autoCheck === true) && (!opts.fields || s.config) ? s : null;
    });
    const status = await poll(() => !opts.fields || doc.getElementById('status').dataset.kind);
    const result = { stored, status: opts.fields ? doc.getElementById('status').textContent : null, statusKind: status };
    if (opts.autoCheck) {
      result.bannerRegistered = !!(await poll(async () => (await messenger.scripting.messageDisplay.getRegisteredScripts()).length > 0));
    }
    result.net = netOf(view);
    await messenger.tabs.remove(tab.id);
    return result;
  }

  /** The "Check this link" item: what the extension created, and whether Thunderbird has it. */
  async function menuInfo() {
    const rec = globalThis.__ayashiiMenus || { watched: false, created: [] };
    const out = { watched: rec.watched, created: plain(rec.created), exists: false, otherRefused: false };
    if (rec.error) out.error = rec.error;
    // Thunderbird refuses a second item under an id it already has (event-page menus persist), and
    // creates nothing then: so a refused create finds ours. A made-up id is accepted (then removed).
    const tryCreate = (id) =>
      new Promise((resolve) => {
        try {
          messenger.menus.create({ id, contexts: ['link'], title: 'e2e probe' }, () => resolve(messenger.runtime.lastError ? String(messenger.runtime.lastError.message) : null));
        } catch (e) {
          resolve(String(e && e.message));
        }
      });
    const ours = await tryCreate(cfg.menuId);
    out.exists = /already exists/.test(ours || '');
    const other = await tryCreate('ayashii-e2e-probe');
    out.otherRefused = other !== null;
    await messenger.menus.remove('ayashii-e2e-probe').catch(() => undefined);
    return out;
  }

  try {
    await sleep(100);
    await post('/info', {
      uiLanguage: messenger.i18n.getUILanguage(),
      actionLabel: messenger.i18n.getMessage('actionLabel'),
      manifestVersion: browser.runtime.getManifest().manifest_version,
      menuTitle: messenger.i18n.getMessage('menuCheckLink'),
      menu: await menuInfo(),
    });
    if (cfg.options) await post('/options', await useOptionsPage(cfg.options));

    for (const fx of cfg.fixtures) {
      const res = { fixture: fx.name };
      const t0 = Date.now();
      const buf = await (await rawFetch(`${base}/fixture/${encodeURIComponent(fx.name)}`)).arrayBuffer();
      const tab = await messenger.messageDisplay.open({
        file: new File([buf], fx.name, { type: 'message/rfc822' }),
        location: 'tab',
        active: true,
      });
      const shown = await poll(async () => {
        const l = list(await messenger.messageDisplay.getDisplayedMessages(tab.id));
        return l.length ? l : null;
      });
      res.displayed = shown ? shown.map((m) => ({ id: m.id, subject: m.subject, external: !!m.external })) : null;

      if (cfg.autoCheck) {
        res.badge = await poll(() => messenger.messageDisplayAction.getBadgeText({ tabId: tab.id }));
        res.title = await messenger.messageDisplayAction.getTitle({ tabId: tab.id });
        res.banner = fx.expectBanner ? await poll(() => readBanner(tab.id).then((b) => (b === 'none' || !b.top ? null : b))) : await readBanner(tab.id);
      } else {
        await sleep(200);
        res.badge = await messenger.messageDisplayAction.getBadgeText({ tabId: tab.id });
        res.banner = await readBanner(tab.id);
      }

      res.popupOpened = await messenger.messageDisplayAction.openPopup({ windowId: tab.windowId });
      const view = await poll(() => {
        const [w] = browser.extension.getViews({ type: 'popup' });
        return w && w.document.body && w.document.body.dataset.done ? w : null;
      });
      res.popup = view ? readPopup(view.document) : null;
      res.popupNet = view ? netOf(view) : null;
      if (fx.probe) {
        res.probe = {
          popup: view ? plain(auditPopup(view)) : null,
          message: await auditMessage(tab.id),
          popupCanary: null,
        };
      }
      res.ms = Date.now() - t0;
      if (fx.screenshot) {
        await post('/screenshot', { name: fx.screenshot });
        res.popupOpenAtScreenshot = !!view && !isDead(view);
        const link = view && !isDead(view) ? view.document.querySelector('.ev-url') : null;
        if (fx.linksScreenshot && link) {
          link.closest('.finding').scrollIntoView({ block: 'start' });
          await post('/screenshot', { name: fx.linksScreenshot });
        }
        // "Links in this mail", open (as it is by default for a few links), scrolled into view.
        const section = view && !isDead(view) ? view.document.querySelector('details.links') : null;
        if (fx.linkListScreenshot && section) {
          section.open = true;
          section.scrollIntoView({ block: 'start' });
          await sleep(100);
          await post('/screenshot', { name: fx.linkListScreenshot });
          res.linkListOpenAtScreenshot = !isDead(view);
        }
      }

      if (fx.probe && view && !isDead(view)) {
        // Canaries: the popup's observer sees a request it lets through and one the CSP blocks.
        await view.fetch(`${base}/canary/popup`).catch(() => undefined);
        await view.fetch('https://canary.invalid/popup').catch(() => undefined);
        await sleep(100);
        res.probe.popupCanary = netOf(view);
      }

      if (cfg.captureGetFull && shown) {
        res.getFullRaw = await messenger.messages.getFull(shown[0].id, { decodeHeaders: false });
        res.getFull = await messenger.messages.getFull(shown[0].id);
      }
      try {
        if (view) view.close();
      } catch {
        /* the popup already closed itself (a dead object) */
      }
      if (fx.links && fx.links.length) {
        res.links = [];
        for (const spec of fx.links) res.links.push(await checkLink(spec, tab.id, fx));
      }
      // Last: after a window opened from the real menu, windows.create from the driver hangs under
      // Xvfb (no window manager), so the run puts this fixture last.
      if (fx.rightClick) res.rightClick = await rightClickLink(tab, fx.rightClick);
      await post('/result', res);
      await messenger.tabs.remove(tab.id);
    }
    if (NET) {
      // Everything the background did while analysing every message, then a canary through the
      // same wrapped fetch to show the observer is live.
      const analysis = plain(NET.report());
      await fetch(`${base}/canary/background`).catch(() => undefined);
      await post('/net', { analysis, canary: plain(NET.report()) });
    }
  } catch (e) {
    await post('/error', { error: String(e), stack: e && e.stack });
  }
  await post('/done', {});
})();
