/**
 * The one wrapper around the Public Suffix List (tldts). Every "same organisation" decision in
 * ayashii goes through here, with private suffixes on, so `paypal-login.github.io` is its own
 * organisation rather than GitHub's.
 */
import { parse } from 'tldts';
import { trimEnd } from '../text/trim.js';
import { BoundedMemo } from './memo.js';

export const TLDTS_OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: true } as const;

/** Lower-cased host with any trailing dot removed. */
export function normalizeHost(host: string): string {
  return trimEnd(host.trim(), '.').toLowerCase();
}

export interface HostParts {
  readonly host: string;
  /** Registrable domain (eTLD+1), or null for IP literals, bare suffixes and invalid hosts. */
  readonly domain: string | null;
  /** The label just left of the public suffix (`kousya` for `kousya.co.jp`). */
  readonly domainWithoutSuffix: string | null;
  readonly publicSuffix: string | null;
  readonly subdomain: string;
  readonly isIp: boolean;
  readonly isIcann: boolean;
  /** The suffix is on the Public Suffix List (ICANN or private section), not the default `*` rule. */
  readonly knownSuffix: boolean;
}

/** PSL answers by host as given (pure; hosts repeat within and across messages). */
const partsMemo = new BoundedMemo<HostParts>(4096);

/** Splits a host into its PSL parts. Never throws. */
export function hostParts(host: string): HostParts {
  const known = partsMemo.get(host);
  if (known) return known;
  const h = normalizeHost(host);
  const r = parse(h, TLDTS_OPTIONS);
  const parts: HostParts = {
    host: h,
    domain: r.domain,
    domainWithoutSuffix: r.domainWithoutSuffix,
    publicSuffix: r.publicSuffix,
    subdomain: r.subdomain ?? '',
    isIp: r.isIp === true,
    isIcann: r.isIcann === true,
    knownSuffix: r.isIcann === true || r.isPrivate === true,
  };
  partsMemo.set(host, parts);
  return parts;
}

/** Registrable domain of a host or address domain (`mail.kousya.co.jp` → `kousya.co.jp`). */
export function registrableDomain(host: string): string | null {
  return hostParts(host).domain;
}

/** Organisational domain for comparisons: the registrable domain, or the host itself when there is none. */
export function orgDomain(host: string): string {
  const h = normalizeHost(host);
  return registrableDomain(h) ?? h;
}

/** True when two hosts share a registrable domain (RFC 7489 §3.2 relaxed alignment). */
export function sameOrganization(a: string, b: string): boolean {
  if (!a || !b) return false;
  return orgDomain(a) === orgDomain(b);
}
