/**
 * Lexical inspection of one link: unwrap it, then describe every host the click passes through and
 * the innermost target with facts ("signals") the link checks weigh. Nothing is fetched or
 * resolved. Security gateways (Safe Links, URL Defense…) are transport chosen by the recipient's
 * organisation: their hosts and parameters are never scored, only what they wrap.
 *
 * Signals are facts, not verdicts: whether a redirect through the sender's own ESP or the
 * recipient's address in an unsubscribe link matters is decided by the checks, which know the
 * sender.
 */
import type { RecipientInfo } from '../context/recipient.js';
import { buildBrandIndex, bundledBrands, type BrandIndex } from '../domain/brands.js';
import { suspiciousSuffix } from '../domain/suspicious-tld.js';
import { assessIdn, hostToUnicode, isPunycodeHost, type RestrictionLevel } from '../domain/idn.js';
import { brandLookalikeOf, type Lookalike } from '../domain/lookalike.js';
import { hostParts, type HostParts } from '../domain/registrable.js';
import { brandInPath, brandInSubdomain } from './brand-hints.js';
import { parseUrl, queryParams, safeDecode, type ParsedUrl } from './parse-url.js';
import {
  recipientFromAddress,
  recipientInHost,
  recipientInText,
  recipientMatcher,
  type RecipientMatcher,
  type RecipientToken,
} from './recipient-tokens.js';
import { traceUrl, type HopKind, type UnwrapResult } from './unwrap.js';
import type { WrapperEntry } from './wrappers.js';


/** Thresholds (field notes §3.5, rspamd url_suspect; ours are lower because only the unwrapped target counts). */
export const URL_LIMITS = {
  /** Characters of the innermost URL above which it is "long". */
  longUrl: 1024,
  /** Query parameters (tracking ones excluded) above which a URL has "many". */
  manyParams: 12,
  /** Percent-encoded unreserved characters (letters, digits, `-._~`) that make a URL "encoded". */
  encodedUnreserved: 4,
  /** Digits glued to a word in a host label (`Kousya35698900`). */
  gluedDigits: 5,
} as const;

/** One URL of the chain: a wrapper or redirector the click passes through, or the final target. */
export interface ChainNode {
  readonly url: string;
  /** Canonical host (lower-case ASCII). */
  readonly host: string;
  /** The host as written in the message or in the wrapper's parameter. */
  readonly rawHost: string;
  /** Host for display (`メモ書き.jp` rather than `xn--…`). */
  readonly unicodeHost: string;
  readonly domain: string | null;
  readonly scheme: string;
  /** `target` for the innermost URL, else how the hop was recognised. */
  readonly kind: HopKind | 'target';
  /** Wrapper id (`safelinks`, `generic`…) for hops. */
  readonly wrapper?: string;
}

export type IpForm = 'dotted' | 'hex' | 'octal' | 'dword' | 'short' | 'ipv6' | 'in-name';

/**
 * A lexical fact about the link. `at` indexes `chain` (the last node is the target).
 */
export type UrlSignal =
  | { readonly kind: 'script-scheme'; readonly scheme: 'javascript' | 'data' | 'vbscript'; readonly noop: boolean }
  | { readonly kind: 'ip-host'; readonly at: number; readonly address: string; readonly form: IpForm; readonly private: boolean }
  | { readonly kind: 'userinfo'; readonly at: number; readonly userinfo: string; readonly looksLikeHost: boolean }
  | { readonly kind: 'port'; readonly at: number; readonly port: string }
  | { readonly kind: 'suspicious-tld'; readonly at: number; readonly tld: string }
  | { readonly kind: 'digit-glued-label'; readonly at: number; readonly label: string }
  | {
      readonly kind: 'uppercase-host';
      readonly at: number;
      readonly rawHost: string;
      /** The capitals are left of the registrable domain (`www.Kousya35698900.example`), not in a brand-styled name (`www.SellShareware.com`). */
      readonly inSubdomain: boolean;
    }
  | { readonly kind: 'encoded'; readonly at: number; readonly count: number; readonly inHost: boolean }
  | { readonly kind: 'long-url'; readonly length: number }
  | { readonly kind: 'many-params'; readonly count: number }
  | {
      readonly kind: 'idn';
      readonly at: number;
      readonly unicodeHost: string;
      readonly level: RestrictionLevel;
      /** A label wholly in Cyrillic/Greek/Armenian that reads as Latin (`аррӏе`). */
      readonly wholeScriptConfusable: boolean;
    }
  | {
      readonly kind: 'brand-lookalike';
      readonly at: number;
      readonly domain: string;
      readonly brandId: string;
      readonly brandDomain: string;
      readonly lookalike: Lookalike;
    }
  | { readonly kind: 'brand-in-subdomain'; readonly at: number; readonly brandId: string; readonly token: string; readonly fullDomain: boolean }
  | { readonly kind: 'brand-in-path'; readonly brandId: string; readonly token: string }
  | {
      readonly kind: 'redirect';
      readonly at: number;
      readonly host: string;
      readonly domain: string | null;
      readonly wrapper: string;
      readonly hopKind: HopKind;
      readonly toDomain: string | null;
    }
  | { readonly kind: 'insecure-target'; readonly via: string }
  | { readonly kind: 'shortener'; readonly host: string }
  | ({ readonly kind: 'recipient'; readonly at: number } & RecipientToken);

/** The result of `inspectUrl`. */
export interface UrlInspection {
  /** The URL as given. */
  readonly input: string;
  /** Lower-case scheme of the input (`https`, `mailto`, `javascript`), '' when it did not parse. */
  readonly scheme: string;
  readonly unwrap: UnwrapResult;
  /** Hops that are scored (not security gateways) and, last, the target. Empty when the URL did not parse as http(s). */
  readonly chain: readonly ChainNode[];
  /** The innermost node (null when the URL is not http(s)). */
  readonly target: ChainNode | null;
  readonly signals: readonly UrlSignal[];
}

export interface InspectContext {
  /** The recipient, as parsed by ayashii or a bare address. Enables recipient signals. */
  readonly recipient?: RecipientInfo | string | null;
  /** Brand index for lookalike and brand-name signals (default: the bundled registry). */
  readonly brands?: BrandIndex;
}

/** Prepared once per message and shared by all its links. */
export interface PreparedInspectContext {
  readonly recipient: RecipientMatcher | null;
  readonly brands: BrandIndex;
  /** Per-message memo of host facts by host (hosts repeat across a message's links). */
  readonly hostMemo: Map<string, HostFacts>;
}

export function prepareInspectContext(context: InspectContext = {}): PreparedInspectContext {
  const r = typeof context.recipient === 'string' ? recipientFromAddress(context.recipient) : (context.recipient ?? null);
  return {
    recipient: r ? recipientMatcher(r) : null,
    brands: context.brands ?? buildBrandIndex(bundledBrands),
    hostMemo: new Map(),
  };
}

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

function ipForm(host: string, rawHost: string): IpForm | null {
  if (host.startsWith('[')) return 'ipv6';
  if (!IPV4.test(host)) return null;
  const raw = rawHost.toLowerCase().replace(/\.$/, '');
  if (raw === host) return 'dotted';
  if (raw.includes('0x')) return 'hex';
  if (!raw.includes('.')) return 'dword';
  if (raw.split('.').some((p) => p.length > 1 && p.startsWith('0'))) return 'octal';
  return 'short';
}

function isOctet(p: string | undefined): boolean {
  return p !== undefined && p.length >= 1 && p.length <= 3 && /^\d+$/.test(p) && Number(p) <= 255 && (p === '0' || p[0] !== '0');
}

/**
 * The IPv4 address a host name is built from, as written: four numeric labels
 * (`239.125.168.184.host.example.net`) or four dash-joined numbers in one label
 * (`103-52-115-55.cloud.example.net`, `shop.168-119-251-236.example.page`) — the default names
 * hosting providers give rented servers. A name must follow the numbers.
 */
export function ipInHostName(host: string): string | null {
  if (!/\d/.test(host)) return null;
  const labels = host.split('.');
  for (let i = 0; i + 4 < labels.length; i++) {
    if (isOctet(labels[i]) && isOctet(labels[i + 1]) && isOctet(labels[i + 2]) && isOctet(labels[i + 3])) {
      return labels.slice(i, i + 4).join('.');
    }
  }
  for (let i = 0; i + 1 < labels.length; i++) {
    const parts = (labels[i] as string).split('-');
    for (let j = 0; j + 4 <= parts.length; j++) {
      if (isOctet(parts[j]) && isOctet(parts[j + 1]) && isOctet(parts[j + 2]) && isOctet(parts[j + 3])) {
        return parts.slice(j, j + 4).join('.');
      }
    }
  }
  return null;
}

function isPrivateIp(host: string): boolean {
  if (host.startsWith('[')) return /^\[(?:::1|f[cd]|fe[89ab])/i.test(host);
  const [a = 0, b = 0] = host.split('.').map(Number);
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** Facts about one host that do not depend on the rest of the URL (memoised per message). */
export interface HostFacts {
  readonly parts: HostParts;
  readonly unicodeHost: string;
  readonly idn: { level: RestrictionLevel; wholeScriptConfusable: boolean } | null;
  readonly lookalike: ReturnType<typeof brandLookalikeOf>;
  readonly brandInSubdomain: ReturnType<typeof brandInSubdomain>;
  readonly recipient: RecipientToken | null;
  readonly gluedLabel: string | null;
}

/** A run of 3+ letters directly followed or preceded by a run of 5+ digits (`kousya35698900`). Linear scan. */
function hasGluedDigits(label: string): boolean {
  let run = 0;
  let runIsDigits = false;
  let prevRun = 0;
  let prevIsDigits = false;
  const glued = (): boolean => prevRun > 0 && prevIsDigits !== runIsDigits && (runIsDigits ? run >= 5 && prevRun >= 3 : run >= 3 && prevRun >= 5);
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    const letter = c >= 0x61 && c <= 0x7a;
    const digit = c >= 0x30 && c <= 0x39;
    if (!letter && !digit) {
      run = prevRun = 0;
      continue;
    }
    if (run > 0 && digit !== runIsDigits) {
      prevRun = run;
      prevIsDigits = runIsDigits;
      run = 0;
    }
    runIsDigits = digit;
    run++;
    if (glued()) return true;
  }
  return false;
}

function hostFacts(host: string, ctx: PreparedInspectContext): HostFacts {
  const memo = ctx.hostMemo.get(host);
  if (memo) return memo;
  const parts = hostParts(host);
  const unicodeHost = hostToUnicode(host);
  const a = isPunycodeHost(host) ? assessIdn(host) : null;
  const idn: HostFacts['idn'] = a ? { level: a.level, wholeScriptConfusable: a.wholeScriptConfusable } : null;
  const domain = parts.domain;
  const lookalike = domain && !parts.isIp ? brandLookalikeOf(domain, ctx.brands) : null;
  const ownedByBrand = domain ? ctx.brands.ownersOf(domain).length > 0 : false;
  const bis = !ownedByBrand && !parts.isIp && parts.subdomain ? brandInSubdomain(parts.subdomain, ctx.brands) : null;
  const recipient = ctx.recipient && !parts.isIp ? recipientInHost(host, ctx.recipient) : null;
  let gluedLabel: string | null = null;
  if (!parts.isIp) {
    const withoutSuffix = parts.publicSuffix ? host.slice(0, Math.max(0, host.length - parts.publicSuffix.length - 1)) : host;
    for (const label of withoutSuffix.split('.')) {
      if (label.length <= 40 && hasGluedDigits(label)) {
        gluedLabel = label;
        break;
      }
    }
  }
  const facts: HostFacts = { parts, unicodeHost, idn, lookalike, brandInSubdomain: bis, recipient, gluedLabel };
  ctx.hostMemo.set(host, facts);
  return facts;
}

/** Tracking parameters that say nothing about the link's honesty. */
const TRACKING_PARAM = /^(?:utm_|mc_|_hs|pk_|piwik_|mkt_|trk|fbclid$|gclid$|dclid$|yclid$|msclkid$|ref$|source$|cmp$|cid$|sc_|s_cid$|spm$|_ga$|__s$)/i;

/** Percent-escapes of characters that never need escaping (RFC 3986 §2.3): a way to hide words. */
function encodedUnreserved(raw: string): number {
  let n = 0;
  for (let i = raw.indexOf('%'); i >= 0 && i + 2 < raw.length; i = raw.indexOf('%', i + 1)) {
    const code = Number.parseInt(raw.slice(i + 1, i + 3), 16);
    if (Number.isNaN(code)) continue;
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d || code === 0x2e || code === 0x5f || code === 0x7e) n++;
  }
  return n;
}

function node(p: ParsedUrl, kind: ChainNode['kind'], facts: HostFacts, wrapper?: string): ChainNode {
  const n = { url: p.href, host: p.host, rawHost: p.rawHost, unicodeHost: facts.unicodeHost, domain: facts.parts.domain, scheme: p.scheme, kind };
  return wrapper ? { ...n, wrapper } : n;
}

/** Query pairs of a hop the sender wrote: minus the one that carries the next URL and minus wrapper-owned ones. */
function ownQueryPairs(p: ParsedUrl, carrying: string | null, entry: WrapperEntry | null): [string, string][] {
  return queryParams(p.query, 64, false).filter(([k]) => k !== carrying && !entry?.ownedParams.has(k.toLowerCase()));
}

/** Inspects an already parsed URL with a prepared context (the path link collection uses). */
export function inspectParsed(input: string, p: ParsedUrl | null, ctx: PreparedInspectContext): UrlInspection {
  const emptyUnwrap: UnwrapResult = { url: input, hops: [], partial: false, truncated: false, shortener: null, opaqueTracker: false };
  if (!p) return { input, scheme: '', unwrap: emptyUnwrap, chain: [], target: null, signals: [] };
  const signals: UrlSignal[] = [];
  if (p.scheme === 'javascript' || p.scheme === 'data' || p.scheme === 'vbscript') {
    const body = p.raw.slice(p.raw.indexOf(':') + 1).trim().toLowerCase();
    const noop = p.scheme === 'javascript' && /^(?:void\(0?\);?|;|return false;?|)$/.test(body.replace(/\s+/g, ''));
    const image = p.scheme === 'data' && body.startsWith('image/') && !body.startsWith('image/svg');
    if (!image) signals.push({ kind: 'script-scheme', scheme: p.scheme, noop });
    return { input, scheme: p.scheme, unwrap: { ...emptyUnwrap, url: p.href }, chain: [], target: null, signals };
  }
  if ((p.scheme !== 'http' && p.scheme !== 'https') || !p.host) {
    return { input, scheme: p.scheme, unwrap: { ...emptyUnwrap, url: p.href }, chain: [], target: null, signals };
  }

  const trace = traceUrl(p);
  const { result } = trace;
  // The nodes that are scored: every hop that is not a security gateway, and the target.
  const chain: ChainNode[] = [];
  const parsedOf: ParsedUrl[] = [];
  const carryingOf: (string | null)[] = [];
  const entryOf: (WrapperEntry | null)[] = [];
  result.hops.forEach((hop, i) => {
    if (hop.kind === 'security') return;
    const hp = trace.parsed[i] as ParsedUrl;
    chain.push(node(hp, hop.kind, hostFacts(hp.host, ctx), hop.wrapper));
    parsedOf.push(hp);
    carryingOf.push(hop.param);
    entryOf.push(trace.hopEntries[i] ?? null);
  });
  const last = trace.parsed[trace.parsed.length - 1] as ParsedUrl;
  const targetFacts = hostFacts(last.host, ctx);
  chain.push(node(last, 'target', targetFacts));
  parsedOf.push(last);
  carryingOf.push(null);
  entryOf.push(null);
  const targetAt = chain.length - 1;

  for (let at = 0; at < chain.length; at++) {
    const n = chain[at] as ChainNode;
    const q = parsedOf[at] as ParsedUrl;
    const facts = hostFacts(n.host, ctx);
    const form = ipForm(n.host, n.rawHost);
    if (form) signals.push({ kind: 'ip-host', at, address: n.host, form, private: isPrivateIp(n.host) });
    else if (!facts.parts.isIp) {
      const inName = ipInHostName(n.host);
      if (inName) signals.push({ kind: 'ip-host', at, address: inName, form: 'in-name', private: isPrivateIp(inName) });
    }
    if (q.rawUserinfo) signals.push({ kind: 'userinfo', at, userinfo: safeDecode(q.rawUserinfo).slice(0, 200), looksLikeHost: q.rawUserinfo.includes('.') });
    if (q.port) signals.push({ kind: 'port', at, port: q.port });
    const tld = facts.parts.publicSuffix && !facts.parts.isIp ? suspiciousSuffix(facts.parts.publicSuffix) : null;
    if (tld) signals.push({ kind: 'suspicious-tld', at, tld });
    if (facts.gluedLabel) signals.push({ kind: 'digit-glued-label', at, label: facts.gluedLabel });
    if (!form && n.rawHost !== n.rawHost.toLowerCase() && n.rawHost !== n.rawHost.toUpperCase()) {
      const sub = facts.parts.subdomain;
      const inSubdomain = sub !== '' && n.rawHost.slice(0, sub.length) !== n.rawHost.slice(0, sub.length).toLowerCase();
      signals.push({ kind: 'uppercase-host', at, rawHost: n.rawHost, inSubdomain });
    }
    const enc = encodedUnreserved(q.raw);
    const inHost = n.rawHost.includes('%');
    if (enc >= URL_LIMITS.encodedUnreserved || inHost) signals.push({ kind: 'encoded', at, count: enc, inHost });
    if (facts.idn) signals.push({ kind: 'idn', at, unicodeHost: facts.unicodeHost, level: facts.idn.level, wholeScriptConfusable: facts.idn.wholeScriptConfusable });
    if (facts.lookalike) {
      const l = facts.lookalike;
      signals.push({ kind: 'brand-lookalike', at, domain: facts.parts.domain ?? n.host, brandId: l.brand.id, brandDomain: l.target, lookalike: l.lookalike });
    }
    if (facts.brandInSubdomain) {
      const b = facts.brandInSubdomain;
      signals.push({ kind: 'brand-in-subdomain', at, brandId: b.brand.id, token: b.token, fullDomain: b.fullDomain });
    }
    if (at < targetAt) {
      const next = chain[at + 1] as ChainNode;
      signals.push({ kind: 'redirect', at, host: n.host, domain: n.domain, wrapper: n.wrapper ?? 'generic', hopKind: n.kind as HopKind, toDomain: next.domain });
    }
    if (ctx.recipient) {
      if (facts.recipient) signals.push({ kind: 'recipient', at, ...facts.recipient });
      const carrying = carryingOf[at] ?? null;
      if (carrying !== 'path') {
        const path = safeDecode(q.pathname);
        const r = recipientInText(path, 'path', ctx.recipient);
        if (r) signals.push({ kind: 'recipient', at, ...r });
      }
      for (const [k, v] of ownQueryPairs(q, carrying, entryOf[at] ?? null)) {
        const r = recipientInText(`${k}=${v}`, 'query', ctx.recipient, k);
        if (r) {
          signals.push({ kind: 'recipient', at, ...r });
          break;
        }
      }
      if (q.fragment && carrying !== 'fragment') {
        const r = recipientInText(safeDecode(q.fragment), 'fragment', ctx.recipient);
        if (r) signals.push({ kind: 'recipient', at, ...r });
      }
    }
  }

  // Target-only facts.
  if (last.href.length > URL_LIMITS.longUrl) signals.push({ kind: 'long-url', length: last.href.length });
  const params = queryParams(last.query, 200).filter(([k]) => !TRACKING_PARAM.test(k));
  if (params.length > URL_LIMITS.manyParams) signals.push({ kind: 'many-params', count: params.length });
  if (!result.partial && !(last.host && ctx.brands.ownersOf(targetFacts.parts.domain ?? '').length > 0)) {
    const b = brandInPath(safeDecode(last.pathname).toLowerCase(), ctx.brands);
    if (b) signals.push({ kind: 'brand-in-path', brandId: b.brand.id, token: b.token });
  }
  if (last.scheme === 'http') {
    const via = chain.slice(0, targetAt).find((c) => c.scheme === 'https');
    if (via) signals.push({ kind: 'insecure-target', via: via.host });
  }
  if (result.shortener) signals.push({ kind: 'shortener', host: result.shortener });

  return { input, scheme: p.scheme, unwrap: result, chain, target: chain[targetAt] ?? null, signals };
}

/**
 * Describes where a link really goes and what about it is suspicious, without fetching anything:
 * unwraps security rewriters and redirectors (see `unwrapUrl`), then reports lexical signals for the
 * hosts passed through and the innermost target — IP-literal hosts (also hex/octal/dword), `user@`
 * tricks, IDN homographs (UTS #39 restriction levels and skeletons; Japanese names stay clean),
 * lookalikes of registry brands (`amaz0n.co.jp`, `smbc-card-security.com`), brand names in
 * subdomains or paths, digit runs glued to words, upper case in hosts, odd ports, suspicious TLDs,
 * heavy percent-encoding, long URLs, many parameters, an `http:` target behind an `https:` redirector,
 * shorteners, and — given a recipient — the recipient's address, domain or organisation name
 * inside the URL (wrapper-owned parameters such as Safe Links `data=` are ignored).
 *
 * @example
 * const r = inspectUrl(
 *   'https://url-shield.securrence.com/?p=1.0&r=x&u=http://www.Kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp',
 *   { recipient: 'taro@kousya.jp' },
 * );
 * r.target?.host;                 // 'www.kousya35698900.stbasil.techix.com'
 * r.signals.map((s) => s.kind);   // ['redirect', 'digit-glued-label', 'uppercase-host', 'recipient', 'recipient', 'insecure-target', …]
 */
export function inspectUrl(url: string, context?: InspectContext): UrlInspection {
  return inspectParsed(url, parseUrl(url), prepareInspectContext(context));
}
