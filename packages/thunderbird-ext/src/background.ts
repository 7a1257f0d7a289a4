/**
 * Background (event page): analyses the displayed message on request (popup, banner) and, in
 * automatic mode, on every display; and one link on request (the "Check this link" context menu
 * opens link.html, which asks here). Host work only: read → adapter → analyze → explain.
 */
import { analyze, analyzeUrl, explain, listLinks } from '@ayashii/core';
import { configToOptions, DEFAULT_SETTINGS, settingsFromStorage, resolveLocale, STORAGE_KEYS, type Settings } from './config.js';
import { displayedList, readDisplayedMessage, readMessage, type DisplayedMessage } from './host/read-message.js';
import { capLinks } from './link-list.js';
import { isMessageContext, LINK_WINDOW, linkOptions, linkPageUrl, linkResult, linkTargetFromMenu, MENU_ID, menuCreateProperties, pickRecipient, type CheckLinkResponse, type LinkTarget } from './link-check.js';
import { BANNER, BANNER_LEVELS, CHECK_LINK, CHECK_TAB, isRequest, LEVEL_COLORS, type BannerResponse, type CheckResponse } from './protocol.js';

const BANNER_SCRIPT_ID = 'ayashii-banner';
const CACHE_MAX = 32;

let settingsPromise: Promise<Settings> | null = null;
/** Message id → result, for the current settings. Promises, so concurrent callers share one analysis. */
const cache = new Map<number, Promise<CheckResponse>>();

function settings(): Promise<Settings> {
  settingsPromise ??= messenger.storage.local
    .get([...STORAGE_KEYS])
    .then(settingsFromStorage)
    .catch(() => DEFAULT_SETTINGS);
  return settingsPromise;
}

function locale(): 'ja' | 'en' {
  return resolveLocale(messenger.i18n.getUILanguage());
}

async function analyse(message: DisplayedMessage): Promise<CheckResponse> {
  const { config } = await settings();
  const options = configToOptions(config);
  const verdict = analyze(message.input, options);
  const explanation = explain(verdict, { locale: locale() });
  // Every link with its real destination, for the popup's list (unwrapped as text, never fetched).
  const { links, linkCount } = capLinks(listLinks(message.input, options));
  return {
    ok: true,
    messageId: message.id,
    subject: message.subject,
    via: message.via,
    ...(message.fallbackReason ? { fallbackReason: message.fallbackReason } : {}),
    level: verdict.level,
    explanation,
    links,
    linkCount,
  };
}

function cached(id: number, run: () => Promise<CheckResponse>): Promise<CheckResponse> {
  let p = cache.get(id);
  if (!p) {
    p = run().catch((e: unknown) => ({ ok: false, reason: 'error', detail: e instanceof Error ? e.message : String(e) }) as const);
    cache.set(id, p);
    if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as number);
  }
  return p;
}

/** Analyses the single message shown in a tab. */
async function checkTab(tabId: number): Promise<CheckResponse> {
  const list = displayedList(await messenger.messageDisplay.getDisplayedMessages(tabId));
  if (list.length === 1) {
    const header = list[0]!;
    return cached(header.id, async () => analyse(await readMessage(header)));
  }
  const r = await readDisplayedMessage(tabId);
  return r.ok ? analyse(r.message) : { ok: false, reason: r.reason, ...(r.detail ? { detail: r.detail } : {}) };
}

/** The only recipient address of the message displayed in a tab, or null. */
async function recipientOf(tabId: number): Promise<string | null> {
  try {
    const list = displayedList(await messenger.messageDisplay.getDisplayedMessages(tabId));
    return list.length === 1 ? pickRecipient(list[0]!.recipients) : null;
  } catch {
    return null;
  }
}

/** Judges one link on its own (never fetched), with the user's settings and the message's recipient. */
async function checkLink(target: LinkTarget): Promise<CheckLinkResponse> {
  try {
    const { config } = await settings();
    const recipient = target.tabId === undefined ? null : await recipientOf(target.tabId);
    return linkResult(analyzeUrl(target.url, linkOptions(configToOptions(config), recipient)), locale(), recipient);
  } catch (e) {
    return { ok: false, reason: 'error', detail: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The "Check this link" item. Menus of an event page outlive its unloading, so it is created on
 * install and, guarded, at every start: a second create only reports the duplicate id to the
 * callback, which reads and drops it.
 */
function createMenu(): void {
  try {
    messenger.menus.create(menuCreateProperties(messenger.i18n.getMessage('menuCheckLink')), () => void messenger.runtime.lastError);
  } catch {
    /* already created */
  }
}

async function setBadge(tabId: number, result: CheckResponse | null): Promise<void> {
  if (!result || !result.ok) {
    await messenger.messageDisplayAction.setBadgeText({ tabId, text: null });
    await messenger.messageDisplayAction.setTitle({ tabId, title: null });
    return;
  }
  // Title and colour first: the badge text is the last thing set, so it marks the badge complete.
  await messenger.messageDisplayAction.setTitle({ tabId, title: `${result.explanation.levelLabel}: ${result.explanation.summary}` });
  await messenger.messageDisplayAction.setBadgeBackgroundColor({ tabId, color: LEVEL_COLORS[result.level] });
  await messenger.messageDisplayAction.setBadgeText({ tabId, text: messenger.i18n.getMessage(`badge_${result.level}`) });
}

async function banner(tabId: number | undefined): Promise<BannerResponse> {
  if (tabId === undefined || !(await settings()).autoCheck) return { show: false };
  const r = await checkTab(tabId);
  return r.ok && BANNER_LEVELS.includes(r.level) ? { show: true, explanation: r.explanation } : { show: false };
}

/** Registers the in-message banner script exactly when automatic mode is on. */
async function syncBannerScript(): Promise<void> {
  const { autoCheck } = await settings();
  const api = messenger.scripting.messageDisplay;
  const registered = (await api.getRegisteredScripts()).some((s) => s.id === BANNER_SCRIPT_ID);
  if (autoCheck && !registered) await api.registerScripts([{ id: BANNER_SCRIPT_ID, js: ['banner.js'], css: ['banner.css'] }]);
  if (!autoCheck && registered) await api.unregisterScripts({ ids: [BANNER_SCRIPT_ID] });
}

// Listeners are added synchronously at top level, as an event page requires.
messenger.runtime.onMessage.addListener((msg: unknown, sender: TbMessageSender) => {
  if (!isRequest(msg)) return undefined;
  if (msg.type === CHECK_TAB) {
    return checkTab(msg.tabId).then(async (r) => {
      await setBadge(msg.tabId, r).catch(() => undefined);
      return r;
    });
  }
  if (msg.type === BANNER) return banner(sender.tab?.id);
  if (msg.type === CHECK_LINK) return checkLink(msg.tabId === undefined ? { url: msg.url } : { url: msg.url, tabId: msg.tabId });
  return undefined;
});

messenger.runtime.onInstalled.addListener(() => createMenu());

// Shown on links in a displayed message only, not on links in web content (feed articles, pages
// opened in a tab). onShown does not get the page's URL without host permissions: the tab type decides.
messenger.menus.onShown.addListener((info: TbMenuInfo, tab?: TbTab) => {
  if (!info.contexts?.includes('link')) return;
  void messenger.menus
    .update(MENU_ID, { visible: isMessageContext(tab) })
    .then(() => messenger.menus.refresh())
    .catch(() => undefined);
});

messenger.menus.onClicked.addListener((info: TbMenuInfo, tab?: TbTab) => {
  const target = linkTargetFromMenu(info, tab);
  if (!target) return;
  // A window of our own showing the verdict. The link itself is never opened or fetched.
  void messenger.windows.create({ type: 'popup', url: linkPageUrl(target), ...LINK_WINDOW }).catch(() => undefined);
});

messenger.messageDisplay.onMessagesDisplayed.addListener((tab: TbTab, displayed) => {
  const tabId = tab.id;
  if (tabId === undefined) return;
  void (async () => {
    if (!(await settings()).autoCheck || displayedList(displayed).length !== 1) {
      await setBadge(tabId, null);
      return;
    }
    await setBadge(tabId, await checkTab(tabId));
  })().catch(() => undefined);
});

messenger.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !STORAGE_KEYS.some((k) => k in changes)) return;
  settingsPromise = null;
  cache.clear();
  void syncBannerScript().catch(() => undefined);
});

createMenu();
void syncBannerScript().catch(() => undefined);
