/**
 * "Check this link": the pure half. Which context-menu clicks count (a link in a displayed
 * message), the URL of the link window and how it is read back, whose address the recipient
 * checks look for, and the verdict shaped for the window. No `messenger` calls, so every part is
 * unit-tested in Node; background.ts and link.ts do the host work.
 *
 * The link is carried as text only: nothing here, in the background or in the window fetches or
 * opens it (house style 3.13 #6), and the window shows it with textContent, never as `<a href>`.
 */
import { explain, neutralize, parseAddressList, registrableDomain, type AnalyzeOptions, type Explanation, type Locale, type UrlVerdict, type VerdictLevel } from '@ayashii/core';

/** The context-menu item's id (stable: the menu persists across event-page restarts under it). */
export const MENU_ID = 'ayashii-check-link';

/** The extension page the menu opens, in a popup window. */
export const LINK_PAGE = 'link.html';

/** Size of that window. */
export const LINK_WINDOW = { width: 580, height: 660 } as const;

/**
 * Longest link accepted, in characters. Longer ones are refused rather than cut: a cut link is a
 * different link. (The core's "long URL" signal starts at 1,024.)
 */
export const MAX_LINK_CHARS = 16_384;

/** The `menus.create` properties: on links only; the title is the UI-language message. */
export function menuCreateProperties(title: string): { id: string; contexts: ['link']; title: string } {
  return { id: MENU_ID, contexts: ['link'], title };
}

/** Tab types whose content is a displayed message: the 3-pane mail tab and a message tab or window. */
const MESSAGE_TAB_TYPES: ReadonlySet<string> = new Set(['mail', 'messageDisplay']);

/** Documents that are not a message even inside a mail tab: web pages (feed articles) and extension pages. */
const NOT_A_MESSAGE = /^(?:https?|moz-extension|chrome|resource|about|data|blob|javascript):/i;

/**
 * Whether a context-menu click happened in a displayed message. `pageUrl` is known only on click
 * (without host permissions `menus.onShown` does not get it), so an absent one is judged by the
 * tab type alone.
 */
export function isMessageContext(tab: { readonly type?: string } | undefined, pageUrl?: string): boolean {
  if (!tab?.type || !MESSAGE_TAB_TYPES.has(tab.type)) return false;
  return pageUrl === undefined || pageUrl === '' || !NOT_A_MESSAGE.test(pageUrl);
}

export interface LinkTarget {
  /** The link as it stood in the message. */
  readonly url: string;
  /** The tab that displays the message, for its recipient. */
  readonly tabId?: number;
}

function validLink(url: unknown): url is string {
  return typeof url === 'string' && url.trim() !== '' && url.length <= MAX_LINK_CHARS;
}

function validTabId(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/**
 * What a menu click asks for, or null when it is not a link in a displayed message
 * (`info` and `tab` as `menus.onClicked` gives them).
 */
export function linkTargetFromMenu(
  info: { readonly menuItemId?: unknown; readonly linkUrl?: unknown; readonly pageUrl?: unknown },
  tab: { readonly id?: number; readonly type?: string } | undefined,
): LinkTarget | null {
  if (info.menuItemId !== MENU_ID || !validLink(info.linkUrl)) return null;
  if (!isMessageContext(tab, typeof info.pageUrl === 'string' ? info.pageUrl : undefined)) return null;
  return validTabId(tab?.id) ? { url: info.linkUrl, tabId: tab.id } : { url: info.linkUrl };
}

/** The window's relative URL: `link.html?tab=<id>&url=<link, percent-encoded>`. */
export function linkPageUrl(target: LinkTarget): string {
  const q = new URLSearchParams();
  if (target.tabId !== undefined) q.set('tab', String(target.tabId));
  q.set('url', target.url);
  return `${LINK_PAGE}?${q.toString()}`;
}

/** Reads the window's query back (`location.search`); null when it carries no usable link. */
export function parseLinkPage(search: string): LinkTarget | null {
  const q = new URLSearchParams(search);
  const url = q.get('url');
  if (!validLink(url)) return null;
  const tab = q.get('tab');
  const tabId = tab !== null && /^\d{1,15}$/.test(tab) ? Number(tab) : undefined;
  return validTabId(tabId) ? { url, tabId } : { url };
}

/** Whether a value is a LinkTarget (the background's check of a request from a page). */
export function isLinkTarget(v: { readonly url?: unknown; readonly tabId?: unknown }): boolean {
  return validLink(v.url) && (v.tabId === undefined || validTabId(v.tabId));
}

/**
 * The recipient whose address the recipient-in-link checks look for: the displayed message's only
 * recipient address (`messageDisplay` header `recipients`, the To list). With several addresses, or
 * none, there is no one to assume, and those checks are listed as not run.
 */
export function pickRecipient(recipients: readonly string[] | undefined): string | null {
  const found = new Set<string>();
  for (const entry of recipients ?? []) {
    if (typeof entry !== 'string') continue;
    for (const m of parseAddressList(entry.slice(0, 2000))) if (m.address) found.add(m.address.toLowerCase());
    if (found.size > 1) return null;
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** The user's options, with the recipient when there is one. */
export function linkOptions(base: AnalyzeOptions, recipient: string | null): AnalyzeOptions {
  return recipient ? { ...base, recipient: { address: recipient } } : base;
}

export interface LinkHopView {
  /** Lower-case host, neutralised for display. */
  readonly host: string;
  /** Its registrable domain (null for IP literals). */
  readonly domain: string | null;
  /** `safelinks`, `urldefense`, … or `generic`. */
  readonly wrapper: string;
  readonly vendor?: string;
}

export interface CheckLinkOk {
  readonly ok: true;
  /** The link as given, neutralised for display. */
  readonly url: string;
  /** Where it leads once every wrapper is taken off, neutralised for display. */
  readonly target: string;
  /** The target's registrable domain, highlighted in the window. */
  readonly targetDomain: string | null;
  /** Wrappers and redirectors taken off, outermost first. */
  readonly via: readonly LinkHopView[];
  /** The target is this shortener's: its destination stays hidden until it is opened. */
  readonly shortener: string | null;
  /** Only the destination host is known, or the unwrapping was cut short. */
  readonly partial: boolean;
  /** The address the recipient checks looked for, or null when they did not run. */
  readonly recipient: string | null;
  readonly level: VerdictLevel;
  readonly explanation: Explanation;
}

export interface CheckLinkFail {
  readonly ok: false;
  readonly reason: 'bad-link' | 'error';
  readonly detail?: string;
}

export type CheckLinkResponse = CheckLinkOk | CheckLinkFail;

const MAX_SHOWN = 4000;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The verdict on one link, explained in `locale`, as the window shows it. */
export function linkResult(verdict: UrlVerdict, locale: Locale, recipient: string | null): CheckLinkOk {
  const u = verdict.unwrap;
  const host = hostOf(u.url);
  return {
    ok: true,
    url: neutralize(verdict.url, MAX_SHOWN),
    target: neutralize(u.url, MAX_SHOWN),
    targetDomain: host ? registrableDomain(host) : null,
    via: u.hops.map((h) =>
      h.vendor
        ? { host: neutralize(h.host, 300), domain: h.domain, wrapper: h.wrapper, vendor: h.vendor }
        : { host: neutralize(h.host, 300), domain: h.domain, wrapper: h.wrapper },
    ),
    shortener: u.shortener,
    partial: u.partial || u.truncated,
    recipient,
    level: verdict.level,
    // The chain is shown once, above the findings; the findings' own link evidence would repeat it.
    explanation: explain(verdict, { locale, evidence: false }),
  };
}
