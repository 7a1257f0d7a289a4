/**
 * What the link checks share beyond the links themselves: who the sender's mailing infrastructure
 * is (so its own click trackers, redirectors and personalised unsubscribe links do not count as
 * deception), how a chain is shown to a person, and evidence for the UI.
 *
 * Every value here comes from the message and can be forged; it is used only to *excuse* ordinary
 * newsletter plumbing, never to accuse. A phisher who names their own domain everywhere gains
 * nothing the host-level checks (lookalikes, IP hosts, recipient labels) do not still see.
 */
import { dmarcFailed } from '../context/auth-summary.js';
import type { Brand } from '../domain/brands.js';
import { isEspDomain } from '../domain/lists.js';
import { orgDomain } from '../domain/registrable.js';
import { dkimTag } from '../parse/dkim-signature.js';
import type { CheckContext } from '../model/check.js';
import type { Hit } from '../checks/define-check.js';
import type { Evidence, Severity } from '../model/finding.js';
import type { ChainNode, UrlInspection, UrlSignal } from './inspect.js';
import type { LinkInfo } from './links.js';
import { isFreeHostingHost, isTrackerHost, publishedPage } from './wrappers.js';
import { trimEnd } from '../text/trim.js';

export interface SenderFacts {
  /** Registrable domains of From, Sender, Return-Path, DKIM `d=`, List-* and Message-ID. */
  readonly orgs: ReadonlySet<string>;
  /** Brands that own the From domain (a brand's own mail may use its brand anywhere). */
  readonly brands: readonly Brand[];
  /** DMARC explicitly failed for the From domain (then the sender's own links are not excused). */
  readonly authFailed: boolean;
}

function domainsIn(value: string, out: Set<string>): void {
  for (const m of value.matchAll(/@([a-z0-9.-]+)|https?:\/\/([a-z0-9.-]+)/gi)) {
    const d = trimEnd((m[1] ?? m[2] ?? '').toLowerCase(), '.');
    if (d.includes('.')) out.add(orgDomain(d));
  }
}

const memo = new WeakMap<CheckContext, SenderFacts>();

/** The sender's organisations as the message states them (memoised per check context). */
export function senderFacts(ctx: CheckContext): SenderFacts {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const orgs = new Set<string>();
  const fromOrg = ctx.author?.domain ? orgDomain(ctx.author.domain) : '';
  if (fromOrg) orgs.add(fromOrg);
  for (const m of ctx.sender) if (m.domain) orgs.add(orgDomain(m.domain));
  if (ctx.returnPath) orgs.add(orgDomain(ctx.returnPath.slice(ctx.returnPath.lastIndexOf('@') + 1)));
  for (const h of ctx.header('dkim-signature').slice(0, 8)) {
    const d = /^[A-Za-z0-9.-]+/.exec(dkimTag(h.value, 'd') ?? '')?.[0];
    if (d) orgs.add(orgDomain(d));
  }
  for (const name of ['list-unsubscribe', 'list-id', 'list-post', 'list-help', 'message-id']) {
    for (const h of ctx.header(name).slice(0, 4)) {
      if (name === 'list-id') {
        const id = /<([^<>\s]+)>/.exec(h.value)?.[1];
        if (id && id.includes('.')) orgs.add(orgDomain(id));
      } else {
        domainsIn(h.value.slice(0, 2000), orgs);
      }
    }
  }
  orgs.delete('');
  const facts: SenderFacts = {
    orgs,
    brands: fromOrg ? ctx.brands.ownersOf(fromOrg) : [],
    authFailed: dmarcFailed(ctx.auth),
  };
  memo.set(ctx, facts);
  return facts;
}

/** True when a host belongs to the sender's own mailing infrastructure (its domains, its ESP, a known tracker). */
export function isSenderInfra(host: string, domain: string | null, sender: SenderFacts): boolean {
  const d = domain ?? orgDomain(host);
  return sender.orgs.has(d) || isEspDomain(d) || isTrackerHost(host);
}

/** True when the link's target is the recipient's organisation or an allow-listed domain. */
export function isTrustedTarget(domain: string | null, ctx: CheckContext): boolean {
  if (!domain) return false;
  return ctx.isAllowedLinkDomain(domain) || ctx.organizationDomains.includes(domain);
}

/** How a node is shown: the host as written (case kept, `Kousya35698900`), or its Unicode form for IDNs. */
export function showHost(n: ChainNode): string {
  if (n.unicodeHost !== n.host) return n.unicodeHost;
  return n.rawHost && n.rawHost.toLowerCase() === n.host ? n.rawHost : n.host;
}

/** Every host the click passes through before the target (security gateways included), in order. */
function viaHosts(i: UrlInspection): string[] {
  const scored = new Map(i.chain.map((c) => [c.url, c] as const));
  return i.unwrap.hops.map((h) => {
    const c = scored.get(h.url);
    return c ? showHost(c) : h.host;
  });
}

/** `a → b` for the hosts before the target ('' for a direct link). */
export function viaText(i: UrlInspection): string {
  return viaHosts(i).join(' → ');
}

/** Evidence pointing at a link, highlighting a part of it (usually a registrable domain). */
export function linkEvidence(link: LinkInfo, highlight?: string): Evidence {
  const label =
    link.kind === 'form' ? 'form action' : link.source === 'text' ? 'text link' : link.source === 'attachment' ? `${link.kind === 'calendar' ? 'calendar' : link.kind === 'pdf' ? 'pdf' : 'html'} link${link.file ? ` (${link.file})` : ''}` : 'href';
  const value = link.href.length > 2000 ? `${link.href.slice(0, 2000)}…` : link.href;
  const e: Evidence =
    highlight && value.toLowerCase().includes(highlight.toLowerCase()) ? { kind: 'url', label, value, highlight } : { kind: 'url', label, value };
  return link.source === 'attachment' ? { ...e, inFile: link.file ?? '' } : e;
}

const webMemo = new WeakMap<CheckContext, readonly LinkInfo[]>();

/** Links with an http(s) target, first occurrence of each href only (memoised per check context: a dozen checks read it). */
export function webLinks(ctx: CheckContext): readonly LinkInfo[] {
  const cached = webMemo.get(ctx);
  if (cached) return cached;
  const seen = new Set<string>();
  const out: LinkInfo[] = [];
  for (const l of ctx.links) {
    const t = l.inspection.target;
    if (!t || seen.has(l.href)) continue;
    seen.add(l.href);
    out.push(l);
  }
  webMemo.set(ctx, out);
  return out;
}

const untrustedMemo = new WeakMap<CheckContext, readonly LinkInfo[]>();

/**
 * `webLinks` without the links whose target is trusted (`isTrustedTarget`), in the same order:
 * what every link check loops over, memoised per check context (two dozen checks read it, and
 * deciding trust per link and per check cost more than the checks' own tests).
 */
export function untrustedWebLinks(ctx: CheckContext): readonly LinkInfo[] {
  const cached = untrustedMemo.get(ctx);
  if (cached) return cached;
  const out = webLinks(ctx).filter((l) => !isTrustedTarget(l.inspection.target?.domain ?? null, ctx));
  untrustedMemo.set(ctx, out);
  return out;
}

/** At most this many links are cited as evidence per finding. */
const MAX_EVIDENCE = 3;

/** One link that matched a check, with the sentence params it would produce. */
export interface LinkMatch<P> {
  readonly link: LinkInfo;
  readonly params: P;
  readonly weight: number;
  /** Part of the href to highlight (a registrable domain, the recipient token). */
  readonly highlight?: string;
  /** Overrides the check's severity (a stronger form of the same sign). */
  readonly severity?: Severity;
}

/**
 * A message yields one finding per link check: the heaviest match speaks (its params, optionally
 * told how many links matched), and up to three matching links are cited as evidence. One finding
 * per check keeps a list mail with fifty tracked links from outweighing the sender evidence.
 * Checks pass every match (several per link when several hops match); the strongest wins.
 */
export function oneFinding<P>(matches: readonly LinkMatch<P>[], withCount?: (p: P, count: number) => P): Hit<P>[] {
  if (matches.length === 0) return [];
  let best = matches[0] as LinkMatch<P>;
  for (const m of matches) if (m.weight > best.weight) best = m;
  // The strongest match first, then one citation per other link.
  const cited = [best];
  for (const m of matches) {
    if (cited.length >= MAX_EVIDENCE) break;
    if (!cited.some((c) => c.link.href === m.link.href)) cited.push(m);
  }
  const distinct = new Set(matches.map((m) => m.link.href)).size;
  return [
    {
      params: withCount ? withCount(best.params, distinct) : best.params,
      evidence: cited.map((m) => linkEvidence(m.link, m.highlight)),
      weight: best.weight,
      ...(best.severity ? { severity: best.severity } : {}),
    },
  ];
}

/**
 * The loop every target-based link check shares: calls `build` for every web link whose target is
 * not trusted (the recipient's organisation, allow-listed domains) and returns the strongest match
 * as one finding. `build` returns null to skip a link.
 */
export function targetFinding<P>(
  ctx: CheckContext,
  build: (link: LinkInfo, target: ChainNode, inspection: UrlInspection) => LinkMatch<P> | null,
  withCount?: (p: P, count: number) => P,
): Hit<P>[] {
  const matches: LinkMatch<P>[] = [];
  for (const link of untrustedWebLinks(ctx)) {
    const t = link.inspection.target as ChainNode;
    const m = build(link, t, link.inspection);
    if (m) matches.push(m);
  }
  return oneFinding(matches, withCount);
}

/**
 * The same for the signals of a `kind` (url-obfuscation, url-redirect, lookalike-domain,
 * recipient-targeting): calls `build` for every signal of `kind` on every web link whose target is not trusted (the
 * recipient's organisation, allow-listed domains), and returns the strongest match as one finding.
 * `build` returns null to skip a signal.
 */
export function signalFinding<K extends UrlSignal['kind'], P>(
  ctx: CheckContext,
  kind: K,
  build: (link: LinkInfo, signal: Extract<UrlSignal, { kind: K }>, inspection: UrlInspection) => LinkMatch<P> | null,
  withCount?: (p: P, count: number) => P,
): Hit<P>[] {
  const matches: LinkMatch<P>[] = [];
  for (const link of untrustedWebLinks(ctx)) {
    const i = link.inspection;
    for (const s of i.signals) {
      if (s.kind !== kind) continue;
      const m = build(link, s as Extract<UrlSignal, { kind: K }>, i);
      if (m) matches.push(m);
    }
  }
  return oneFinding(matches, withCount);
}

/**
 * The same for signals about the final target only (length, parameter count), skipping targets on
 * the sender's own infrastructure: newsletters' own long tracking URLs are not a disguise.
 */
export function targetSignalFinding<K extends UrlSignal['kind'], P>(
  ctx: CheckContext,
  kind: K,
  build: (link: LinkInfo, signal: Extract<UrlSignal, { kind: K }>, target: ChainNode) => LinkMatch<P>,
): Hit<P>[] {
  const sender = senderFacts(ctx);
  return targetFinding(ctx, (link, t, i) => {
    if (isSenderInfra(t.host, t.domain, sender)) return null;
    const s = i.signals.find((x) => x.kind === kind);
    return s ? build(link, s as Extract<UrlSignal, { kind: K }>, t) : null;
  });
}

/**
 * Links whose target belongs to no known brand, no e-mail service and no allow-listed domain:
 * where a kit's own page would be. A brand's own links (kits copy the logo and privacy-policy
 * links) and other brands' (a newsletter's "follow us" row) say nothing either way. A page that
 * anyone can publish under a brand's domain (an Apps Script web app, a Google Form, a bucket) is
 * its publisher's, so it counts.
 */
export function unknownSiteLinks(ctx: CheckContext): { link: LinkInfo; target: string }[] {
  const out: { link: LinkInfo; target: string }[] = [];
  for (const link of webLinks(ctx)) {
    const target = unknownSite(ctx, link);
    if (target) out.push({ link, target });
  }
  return out;
}

/** The registrable domain `link` leads to when it is a site of no known brand, mail service or allow-listed domain (see `unknownSiteLinks`); null otherwise. */
export function unknownSite(ctx: CheckContext, link: LinkInfo): string | null {
  const t = link.inspection.target;
  const target = t?.domain;
  if (!t || !target || ctx.isAllowedLinkDomain(target)) return null;
  // A page anyone can publish on a brand's or a mail service's domain (an Apps Script web app,
  // a Google Form) is the publisher's, not the brand's.
  const known = ctx.brands.ownersOf(target).length > 0 || isEspDomain(target);
  return known && !isFreeHostingHost(t.host) && !publishedPage(t.host, t.url) ? null : target;
}
