/**
 * Offline unwrapping of link rewriters and redirectors, recursively (up to 8 levels; rspamd stops
 * at 5, MailCleaner at 10). Lexical only: the core never follows a link, because fetching a
 * phishing URL warns the attacker and can burn one-time tokens (house style 3.13 §6).
 *
 * Order per hop: a share endpoint stops (its URL parameter is content); a known wrapper uses its
 * own decoder (url/unwrap/*.ts); anything else goes through the generic rule (a parameter whose
 * value is an absolute URL). A shortener or an opaque tracker ends the chain: its target is unknown.
 */
import { hostParts } from '../domain/registrable.js';
import { parseUrl, type ParsedUrl } from './parse-url.js';
import { barracuda } from './unwrap/barracuda.js';
import { cisco } from './unwrap/cisco.js';
import { fireeye } from './unwrap/fireeye.js';
import { decodeGeneric } from './unwrap/generic.js';
import { google } from './unwrap/google.js';
import { googleTranslate } from './unwrap/google-translate.js';
import { mimecast } from './unwrap/mimecast.js';
import { bing, facebook, linkedin, slack, youtube } from './unwrap/public-redirectors.js';
import { safelinks } from './unwrap/safelinks.js';
import { sophos } from './unwrap/sophos.js';
import { symantec } from './unwrap/symantec.js';
import type { Decoded, WrapperDecoder } from './unwrap/types.js';
import { trendmicro } from './unwrap/trendmicro.js';
import { urldefense } from './unwrap/urldefense.js';
import { isShareEndpoint, isTrackerHost, lookupHost, shortenerFor, WRAPPERS, type WrapperEntry } from './wrappers.js';

/** Deepest chain followed. */
export const MAX_UNWRAP_DEPTH = 8;

const DECODERS: ReadonlyMap<string, WrapperDecoder> = new Map(
  [safelinks, urldefense, barracuda, cisco, trendmicro, symantec, fireeye, sophos, mimecast, google, googleTranslate, facebook, youtube, linkedin, slack, bing].map(
    (d) => [d.id, d] as const,
  ),
);

/** How a hop was recognised. */
export type HopKind = 'security' | 'redirector' | 'tracker' | 'generic';

/** One wrapper or redirector the link passes through, outermost first. */
export interface UnwrapHop {
  /** This hop's URL (canonical form). */
  readonly url: string;
  /** Lower-case ASCII host. */
  readonly host: string;
  /** Registrable domain of the host (null for IP literals). */
  readonly domain: string | null;
  /** `safelinks`, `urldefense`, … or `generic`. */
  readonly wrapper: string;
  /** Vendor name for known wrappers. */
  readonly vendor?: string;
  readonly kind: HopKind;
  /** Where the next URL was found: a parameter name, `path` or `fragment`. */
  readonly param: string;
}

/** The result of `unwrapUrl`. */
export interface UnwrapResult {
  /** The innermost URL recovered (the input itself when nothing wraps it). */
  readonly url: string;
  /** The hops passed through, outermost first; empty when the link is direct. */
  readonly hops: readonly UnwrapHop[];
  /** True when only the destination host is known (Mimecast). */
  readonly partial: boolean;
  /** True when the depth limit or a loop stopped unwrapping. */
  readonly truncated: boolean;
  /** The innermost host is a URL shortener: the real target is hidden. */
  readonly shortener: string | null;
  /** The innermost host is an ESP click tracker with an opaque token: the real target is hidden. */
  readonly opaqueTracker: boolean;
}

/** Internal form: the same, plus each hop's parse (reused by `inspectUrl`, never re-parsed). */
export interface UnwrapTrace {
  readonly result: UnwrapResult;
  /** Parses of the hops and, last, of the innermost URL (absent when it did not parse). */
  readonly parsed: readonly ParsedUrl[];
  readonly hopEntries: readonly (WrapperEntry | null)[];
}

function decodeHop(p: ParsedUrl): { decoded: Decoded; entry: WrapperEntry | null; kind: HopKind } | null {
  if (isShareEndpoint(p.host, p.pathname)) return null;
  const entry = lookupHost(WRAPPERS, p.host) ?? null;
  if (entry) {
    const d = DECODERS.get(entry.id)?.decode(p) ?? null;
    if (d) return { decoded: d, entry, kind: entry.kind };
    if (entry.kind === 'security') return null;
  }
  const g = decodeGeneric(p);
  if (!g) return null;
  return { decoded: g, entry: null, kind: isTrackerHost(p.host) ? 'tracker' : 'generic' };
}

/** Unwraps a parsed URL; shared by `unwrapUrl`, `inspectUrl` and link collection. */
export function traceUrl(first: ParsedUrl): UnwrapTrace {
  const hops: UnwrapHop[] = [];
  const parsed: ParsedUrl[] = [first];
  const entries: (WrapperEntry | null)[] = [];
  const seen = new Set<string>([first.href]);
  let cur = first;
  let partial = false;
  let truncated = false;
  while (cur.scheme === 'http' || cur.scheme === 'https') {
    const step = decodeHop(cur);
    if (!step) break;
    const next = parseUrl(step.decoded.next);
    if (!next || (next.scheme !== 'http' && next.scheme !== 'https') || !next.host) break;
    if (hops.length >= MAX_UNWRAP_DEPTH || seen.has(next.href)) {
      truncated = true;
      break;
    }
    const hop: UnwrapHop = {
      url: cur.href,
      host: cur.host,
      domain: hostParts(cur.host).domain,
      wrapper: step.entry?.id ?? 'generic',
      kind: step.kind,
      param: step.decoded.param,
      ...(step.entry ? { vendor: step.entry.vendor } : {}),
    };
    hops.push(hop);
    entries.push(step.entry);
    seen.add(next.href);
    parsed.push(next);
    cur = next;
    if (step.decoded.partial) {
      partial = true;
      break;
    }
  }
  const found = cur.host ? shortenerFor(cur.host) : undefined;
  const sh = found && !found.constrained ? found : undefined;
  return {
    result: {
      url: cur.href,
      hops,
      partial,
      truncated,
      shortener: sh ? sh.host : null,
      opaqueTracker: !sh && !!cur.host && isTrackerHost(cur.host),
    },
    parsed,
    hopEntries: entries,
  };
}

/**
 * Recovers the real destination of a link from security rewriters (Microsoft Safe Links,
 * Proofpoint URL Defense v1/v2/v3, Barracuda, Cisco, Trend Micro, Symantec, FireEye/Trellix,
 * Sophos, Mimecast — host only), public redirectors (Google `url?q=`, Facebook, YouTube, LinkedIn,
 * Slack) and any unlisted redirector whose parameter holds an absolute URL. Recursive (8 levels),
 * purely lexical: it never fetches anything, so shortened links stay unresolved (`shortener`).
 *
 * @example
 * const r = unwrapUrl('https://nam11.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2Fa&data=05%7C02%7Cuser%40example.org');
 * r.url;               // 'https://example.com/a'
 * r.hops[0].wrapper;   // 'safelinks'
 *
 * unwrapUrl('https://url-shield.example/?p=1.0&r=x&u=http://www.target.test/').hops[0].wrapper; // 'generic'
 */
export function unwrapUrl(url: string): UnwrapResult {
  const p = parseUrl(url);
  if (!p) return { url, hops: [], partial: false, truncated: false, shortener: null, opaqueTracker: false };
  return traceUrl(p).result;
}
