/** Messages between the popup, the banner script and the background. Plain, cloneable data. */
import type { Explanation, MessageLink, VerdictLevel } from '@ayashii/core';
import type { ReadVia } from './host/read-message.js';
import { isLinkTarget } from './link-check.js';

export type { CheckLinkFail, CheckLinkOk, CheckLinkResponse } from './link-check.js';

export const CHECK_TAB = 'ayashii:check-tab';
export const BANNER = 'ayashii:banner';
/** The link window asks for the verdict on one link (from the context menu); answered with a CheckLinkResponse. */
export const CHECK_LINK = 'ayashii:check-link';

export type Request =
  | { readonly type: typeof CHECK_TAB; readonly tabId: number }
  | { readonly type: typeof BANNER }
  | { readonly type: typeof CHECK_LINK; readonly url: string; readonly tabId?: number };

export interface CheckOk {
  readonly ok: true;
  readonly messageId: number;
  readonly subject: string;
  readonly via: ReadVia;
  readonly fallbackReason?: string;
  readonly level: VerdictLevel;
  readonly explanation: Explanation;
  /** The message's links with their real destinations (core `listLinks`), at most MAX_LISTED_LINKS of them. */
  readonly links: readonly MessageLink[];
  /** How many links the message has in all (more than `links.length` when the list was capped). */
  readonly linkCount: number;
}

export interface CheckFail {
  readonly ok: false;
  readonly reason: 'no-message' | 'several-messages' | 'unreadable' | 'error';
  readonly detail?: string;
}

export type CheckResponse = CheckOk | CheckFail;

/** The banner is shown only in automatic mode and only for these levels. */
export const BANNER_LEVELS: readonly VerdictLevel[] = ['suspicious', 'dangerous'];

export type BannerResponse = { readonly show: false } | { readonly show: true; readonly explanation: Explanation };

/** Badge colours per level (also the popup's badge colours). */
export const LEVEL_COLORS: Readonly<Record<VerdictLevel, string>> = {
  safe: '#2b8a3e',
  caution: '#e8a317',
  suspicious: '#e8590c',
  dangerous: '#c92a2a',
};

export function isRequest(v: unknown): v is Request {
  if (typeof v !== 'object' || v === null) return false;
  const t = (v as { type?: unknown }).type;
  if (t === BANNER) return true;
  if (t === CHECK_LINK) return isLinkTarget(v as { url?: unknown; tabId?: unknown });
  return t === CHECK_TAB && typeof (v as { tabId?: unknown }).tabId === 'number';
}
