/*
 * Test-only recorder of context-menu creation, loaded before background.js in the e2e build only
 * (the production .xpi never contains it). A test cannot right-click in Thunderbird, so this keeps
 * what the extension's own code passed to `menus.create` (properties and the error its callback
 * saw), for the driver to report. It changes nothing: the call goes through unchanged.
 */
(() => {
  if (globalThis.__ayashiiMenus) return;
  const record = { watched: false, created: [] };
  globalThis.__ayashiiMenus = record;
  try {
    const api = messenger.menus;
    const original = api.create;
    api.create = function create(props, callback) {
      const entry = { props: JSON.parse(JSON.stringify(props)), lastError: null };
      record.created.push(entry);
      return original.call(this, props, () => {
        entry.lastError = messenger.runtime.lastError ? String(messenger.runtime.lastError.message) : null;
        if (callback) callback();
      });
    };
    record.watched = api.create !== original;
  } catch (e) {
    record.error = String(e);
  }
})();
