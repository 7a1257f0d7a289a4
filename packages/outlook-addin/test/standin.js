/* global window */
/**
 * A stand-in for Outlook's `Office.context.mailbox` (message read mode) that runs with the REAL
 * office.js outside Office (shared/docs/addins.md B.3). Injected with page.addInitScript before
 * any page script; office.js itself is served from node_modules in place of the CDN.
 *
 * It follows the documented API shape:
 * - `…Async([options], callback)` methods call back asynchronously with an AsyncResult
 *   `{ status: 'succeeded' | 'failed', value, error: { name, message, code }, asyncContext }`;
 * - `getAsFileAsync` exists only when the fixture's Mailbox version is ≥ 1.14, and
 *   `Office.context.requirements.isSetSupported('Mailbox', v)` answers from the same version;
 * - `body.getAsync(coercionType, [options], callback)`, `getAttachmentContentAsync(id, …)`;
 * - `item.attachments` is AttachmentDetails[].
 * Every call is recorded in `window.__standInCalls`.
 *
 * fx: { displayLanguage, mailboxVersion, headers, bodyHtml, bodyText, emlBase64, attachments,
 *       attachmentContent: { [id]: { format, content } }, errors: { file, headers, body,
 *       attachments: { [id]: error } }, delayMs, itemId, subject, from }
 */
function installOfficeStandIn(fx) {
  const calls = [];
  window.__standInCalls = calls;
  const delay = typeof fx.delayMs === 'number' ? fx.delayMs : 5;
  const splitArgs = (args) => {
    const list = Array.from(args);
    const callback = list.reverse().find((a) => typeof a === 'function');
    const options = Array.from(args).find((a) => a && typeof a === 'object' && !Array.isArray(a));
    return { callback, asyncContext: options ? options.asyncContext : undefined };
  };
  const answer = (name, args, outcome) => {
    const { callback, asyncContext } = splitArgs(args);
    calls.push(name);
    setTimeout(() => {
      if (!callback) return;
      if (outcome.error) callback({ status: 'failed', value: undefined, error: outcome.error, asyncContext });
      else callback({ status: 'succeeded', value: outcome.value, error: null, asyncContext });
    }, delay);
  };
  const version = (v) => String(v || '0').split('.').map(Number);
  const atLeast = (have, want) => {
    const a = version(have);
    const b = version(want);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  };
  const makeItem = (fx) => {
    const errors = fx.errors || {};
    const item = {
      itemType: 'message',
      itemId: fx.itemId || 'AAMkStandIn',
      subject: fx.subject || '',
      from: fx.from || { displayName: '', emailAddress: '' },
      attachments: (fx.attachments || []).map((a) => Object.freeze({ ...a })),
      body: {
        getAsync(coercionType, ...rest) {
          const value = coercionType === 'html' ? fx.bodyHtml : fx.bodyText;
          answer(`body.getAsync:${coercionType}`, rest, errors.body ? { error: errors.body } : { value: value || '' });
        },
      },
      getAllInternetHeadersAsync(...args) {
        answer('getAllInternetHeadersAsync', args, errors.headers ? { error: errors.headers } : { value: fx.headers });
      },
      getAttachmentContentAsync(id, ...args) {
        const err = (errors.attachments || {})[id];
        const content = (fx.attachmentContent || {})[id];
        if (err) return answer(`getAttachmentContentAsync:${id}`, args, { error: err });
        if (!content) return answer(`getAttachmentContentAsync:${id}`, args, { error: { name: 'InvalidAttachmentId', message: 'The attachment identifier does not exist.', code: 9040 } });
        return answer(`getAttachmentContentAsync:${id}`, args, { value: content });
      },
    };
    if (atLeast(fx.mailboxVersion || '1.14', '1.14')) {
      item.getAsFileAsync = (...args) => answer('getAsFileAsync', args, errors.file ? { error: errors.file } : { value: fx.emlBase64 });
    }
    return item;
  };
  const item = makeItem(fx);
  const mailbox = {
    item,
    userProfile: { emailAddress: 'taro@kousya.jp', displayName: 'Taro', timeZone: 'Tokyo Standard Time' },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: 'stand-in', OWAView: 'ThreeColumns' },
    addHandlerAsync(eventType, handler, ...rest) {
      calls.push(`addHandlerAsync:${eventType}`);
      window.__standInHandlers = window.__standInHandlers || {};
      window.__standInHandlers[eventType] = handler;
      const { callback } = splitArgs(rest);
      if (callback) setTimeout(() => callback({ status: 'succeeded', value: undefined, error: null }), delay);
    },
  };
  const requirements = {
    isSetSupported(name, minVersion) {
      calls.push(`isSetSupported:${name}:${minVersion}`);
      return String(name).toLowerCase() === 'mailbox' && atLeast(fx.mailboxVersion || '1.14', minVersion || '1.1');
    },
  };
  window.__standInMailbox = mailbox;
  // A pinned pane: Outlook swaps `mailbox.item` and fires ItemChanged.
  window.__standInSwitchItem = (next) => {
    mailbox.item = makeItem(next);
    const handler = (window.__standInHandlers || {})[Object.keys(window.__standInHandlers || {})[0]];
    if (handler) setTimeout(() => handler({ type: 'olkItemSelectedChanged' }), delay);
    return Boolean(handler);
  };

  const put = (obj, key, value) => {
    try {
      Object.defineProperty(obj, key, { configurable: true, enumerable: true, get: () => value });
    } catch {
      obj[key] = value;
    }
  };
  let office;
  const hook = (o) => {
    if (!o || o.__standInHooked) return;
    Object.defineProperty(o, '__standInHooked', { value: true });
    let realOnReady = o.onReady;
    Object.defineProperty(o, 'onReady', {
      configurable: true,
      enumerable: true,
      set(fn) {
        realOnReady = fn;
      },
      get() {
        if (!realOnReady) return undefined;
        return (cb) =>
          realOnReady.call(o).then(() => {
            // Outside Office, Office.context is OSF's persistent context object.
            put(o.context, 'mailbox', mailbox);
            put(o.context, 'requirements', requirements);
            put(o.context, 'displayLanguage', fx.displayLanguage || 'en-US');
            const info = { host: 'Outlook', platform: 'OfficeOnline' };
            if (cb) cb(info);
            return info;
          });
      },
    });
  };
  Object.defineProperty(window, 'Office', {
    configurable: true,
    enumerable: true,
    get: () => office,
    set: (v) => {
      office = v;
      hook(v);
    },
  });
}
