/**
 * The wrapper, share-endpoint, tracker and shortener host tables, compiled once at module load from
 * `data/url-wrappers.json` and `data/shorteners.json` into immutable lookup structures. A lookup
 * costs a few `Map`/`Set` probes per label of the host, never a scan of the lists.
 */
import freeHosting from '../data/free-hosting.json' with { type: 'json' };
import shortenerData from '../data/shorteners.json' with { type: 'json' };
import wrapperData from '../data/url-wrappers.json' with { type: 'json' };
import { hostParts } from '../domain/registrable.js';

export type WrapperKind = 'security' | 'redirector';

export interface WrapperEntry {
  readonly id: string;
  readonly vendor: string;
  readonly kind: WrapperKind;
  /** Parameters the wrapper owns: never read as recipient targeting or as content. */
  readonly ownedParams: ReadonlySet<string>;
}

/** A compiled host-pattern table: exact hosts, `*.suffix`, and `name.*` (any public suffix). */
export interface HostTable<T> {
  readonly exact: ReadonlyMap<string, T>;
  readonly suffix: ReadonlyMap<string, T>;
  readonly anySuffix: ReadonlyMap<string, T>;
}

export function compileHosts<T>(entries: readonly (readonly [string, T])[]): HostTable<T> {
  const exact = new Map<string, T>();
  const suffix = new Map<string, T>();
  const anySuffix = new Map<string, T>();
  for (const [pattern, value] of entries) {
    const p = pattern.toLowerCase();
    if (p.startsWith('*.')) suffix.set(p.slice(2), value);
    else if (p.endsWith('.*')) anySuffix.set(p.slice(0, -2), value);
    else exact.set(p, value);
  }
  return { exact, suffix, anySuffix };
}

/** Looks a lower-case host up in a table. `*.x` matches proper subdomains of `x` only. */
export function lookupHost<T>(table: HostTable<T>, host: string): T | undefined {
  const hit = table.exact.get(host);
  if (hit !== undefined) return hit;
  if (table.suffix.size > 0) {
    let dot = host.indexOf('.');
    let labels = 0;
    while (dot >= 0 && labels < 12) {
      const s = table.suffix.get(host.slice(dot + 1));
      if (s !== undefined) return s;
      dot = host.indexOf('.', dot + 1);
      labels++;
    }
  }
  if (table.anySuffix.size > 0) {
    const hp = hostParts(host);
    if (hp.publicSuffix && host.length > hp.publicSuffix.length + 1) {
      const v = table.anySuffix.get(host.slice(0, host.length - hp.publicSuffix.length - 1));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

export const WRAPPERS: HostTable<WrapperEntry> = compileHosts(
  wrapperData.wrappers.flatMap((w) => {
    const entry: WrapperEntry = Object.freeze({
      id: w.id,
      vendor: w.vendor,
      kind: w.kind as WrapperKind,
      ownedParams: new Set(w.ownedParams.map((p) => p.toLowerCase())),
    });
    return w.hosts.map((h) => [h, entry] as const);
  }),
);

/** `host/pathPrefix` of share endpoints, by host. */
const SHARE: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const s of wrapperData.share) {
    const slash = s.indexOf('/');
    const host = s.slice(0, slash).toLowerCase();
    const list = m.get(host) ?? [];
    list.push(s.slice(slash));
    m.set(host, list);
  }
  return m;
})();

/** True for a "share this page" endpoint: its URL parameter is content, not where the click goes. */
export function isShareEndpoint(host: string, pathname: string): boolean {
  const prefixes = SHARE.get(host);
  return prefixes !== undefined && prefixes.some((p) => pathname.startsWith(p));
}

export const TRACKERS: HostTable<true> = compileHosts(wrapperData.trackers.map((h) => [h, true as const] as const));

/** True for an ESP click-tracking host (the sender's mailing infrastructure, target opaque). */
export function isTrackerHost(host: string): boolean {
  return lookupHost(TRACKERS, host) === true;
}

export interface ShortenerEntry {
  readonly host: string;
  /** Registrable-domain labels of the organisation that runs this first-party shortener. */
  readonly owners: readonly string[];
  /** It only ever leads into its owner's own sites (`aka.ms`, `youtu.be`): nothing is hidden. */
  readonly constrained: boolean;
}

const SHORTENERS: ReadonlyMap<string, ShortenerEntry> = new Map(
  shortenerData.shorteners.map((s) => {
    const owners = 'owners' in s && Array.isArray(s.owners) ? (s.owners as string[]) : [];
    const constrained = 'constrained' in s && s.constrained === true;
    return [s.host, Object.freeze({ host: s.host, owners: Object.freeze(owners), constrained })] as const;
  }),
);

/** The shortener entry for a host (`bit.ly`, `www.bit.ly`, `x1y2.page.link`), or undefined. */
export function shortenerFor(host: string): ShortenerEntry | undefined {
  const direct = SHORTENERS.get(host);
  if (direct) return direct;
  const dot = host.indexOf('.');
  // One label in front: `www.bit.ly`, and per-app subdomains of Firebase Dynamic Links (`x1y2.page.link`).
  return dot > 0 ? SHORTENERS.get(host.slice(dot + 1)) : undefined;
}

const FREE_HOSTING: HostTable<true> = compileHosts(freeHosting.hosts.map((h) => [h, true as const] as const));
const OBJECT_STORAGE: HostTable<true> = compileHosts(freeHosting.objectStorage.map((h) => [h, true as const] as const));

/**
 * Amazon S3 in every region and form, which host patterns cannot list: `s3.amazonaws.com`,
 * `b.s3.eu-west-1.amazonaws.com`, `s3-us-west-2.amazonaws.com`, `b.s3-website-us-east-1.amazonaws.com`
 * (an `s3` or `s3-…` label under `amazonaws.com`; EC2 and other AWS hosts have none).
 */
export function isS3Host(host: string): boolean {
  if (!host.endsWith('.amazonaws.com')) return false;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 2; i++) if (labels[i] === 's3' || labels[i]!.startsWith('s3-')) return true;
  return false;
}

/** True for cloud object storage, where a page is a file uploaded into a bucket (data/free-hosting.json `objectStorage`, and S3). */
export function isObjectStorageHost(host: string): boolean {
  return lookupHost(OBJECT_STORAGE, host) === true || isS3Host(host);
}

/** True for a host on a service where anyone can publish a page (serverless, site builders, public buckets). */
export function isFreeHostingHost(host: string): boolean {
  return lookupHost(FREE_HOSTING, host) === true || isS3Host(host);
}

/** A form or a document published to the web from an office suite (data/free-hosting.json `published`). */
export interface PublishedPage {
  readonly kind: 'form' | 'document';
  /** The product, as the reader knows it (`Google Forms`). */
  readonly service: string;
}

interface PublishedEntry extends PublishedPage {
  readonly paths: readonly string[] | null;
}

const PUBLISHED: ReadonlyMap<string, readonly PublishedEntry[]> = (() => {
  const m = new Map<string, PublishedEntry[]>();
  for (const e of freeHosting.published) {
    const list = m.get(e.host) ?? [];
    list.push({ kind: e.kind as PublishedPage['kind'], service: e.service, paths: 'paths' in e && e.paths ? e.paths : null });
    m.set(e.host, list);
  }
  return m;
})();

/** An account segment after the product's (`/forms/u/1/d/e/…`, `/presentation/u/0/d/e/…`). */
const ACCOUNT_SEGMENT = /^(\/[a-z]+)\/u\/\d{1,2}(?=\/)/;

/** The path of an absolute URL (after the authority, before `?` and `#`). */
export function pathOf(url: string): string {
  const rest = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  let end = rest.length;
  for (const c of ['?', '#']) {
    const i = rest.indexOf(c);
    if (i >= 0 && i < end) end = i;
  }
  return rest.slice(0, end);
}

/**
 * The form or published document an absolute URL on `host` opens (`docs.google.com/forms/…`,
 * `…/presentation/d/e/2PACX-…/pub`, `forms.office.com/…`), or null: a page anyone makes in minutes
 * under the vendor's domain. A document shared for work (`docs.google.com/document/d/<id>/edit`) is none.
 */
export function publishedPage(host: string, url: string): PublishedPage | null {
  const entries = PUBLISHED.get(host);
  if (!entries) return null;
  const path = `${pathOf(url).toLowerCase().replace(ACCOUNT_SEGMENT, '$1')}/`;
  for (const e of entries) {
    if (!e.paths || e.paths.some((p) => path.startsWith(p))) return { kind: e.kind, service: e.service };
  }
  return null;
}
