/** The loop every single-signal link check shares: signals of one kind on untrusted links → one finding. */
import type { CheckContext } from '../../model/check.js';
import { isSenderInfra, isTrustedTarget, oneFinding, senderFacts, webLinks, type LinkMatch } from '../../url/link-facts.js';
import type { LinkInfo } from '../../url/links.js';
import type { ChainNode, UrlInspection, UrlSignal } from '../../url/index.js';
import type { Hit } from '../define-check.js';

/**
 * Calls `build` for every signal of `kind` on every web link whose target is not trusted (the
 * recipient's organisation, allow-listed domains), and returns the strongest match as one finding.
 * `build` returns null to skip a signal.
 */
export function signalFinding<K extends UrlSignal['kind'], P>(
  ctx: CheckContext,
  kind: K,
  build: (link: LinkInfo, signal: Extract<UrlSignal, { kind: K }>, inspection: UrlInspection) => LinkMatch<P> | null,
): Hit<P>[] {
  const matches: LinkMatch<P>[] = [];
  for (const link of webLinks(ctx)) {
    const i = link.inspection;
    if (isTrustedTarget(i.target?.domain ?? null, ctx)) continue;
    for (const s of i.signals) {
      if (s.kind !== kind) continue;
      const m = build(link, s as Extract<UrlSignal, { kind: K }>, i);
      if (m) matches.push(m);
    }
  }
  return oneFinding(matches);
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
  const matches: LinkMatch<P>[] = [];
  for (const link of webLinks(ctx)) {
    const t = link.inspection.target;
    if (!t || isTrustedTarget(t.domain, ctx) || isSenderInfra(t.host, t.domain, sender)) continue;
    const s = link.inspection.signals.find((x) => x.kind === kind);
    if (s) matches.push(build(link, s as Extract<UrlSignal, { kind: K }>, t));
  }
  return oneFinding(matches);
}
