import { analyze } from './analyze.js';
import { allChecks } from './checks/index.js';
import type { Category, Finding } from './model/finding.js';
import type { MessageInput } from './model/message.js';
import type { AnalyzeOptions } from './model/options.js';
import type { Skipped, Verdict } from './model/verdict.js';
import { aggregate } from './score/aggregate.js';
import { unwrapUrl, type UnwrapResult } from './url/index.js';

/** A verdict on one link on its own, with where it leads. */
export interface UrlVerdict extends Verdict {
  /** The link as given. */
  readonly url: string;
  /** The unwrapped chain (security wrappers, redirectors) and the innermost target. */
  readonly unwrap: UnwrapResult;
}

const LINK_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['url-redirect', 'url-obfuscation', 'lookalike-domain', 'recipient-targeting', 'link-mismatch']);

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The checks that judge links and need nothing but the body (and a recipient): theirs are the skips worth listing. */
const LINK_CHECKS: ReadonlySet<string> = new Set(
  allChecks.filter((c) => LINK_CATEGORIES.has(c.category) && c.needs.includes('body') && !c.needs.includes('headers')).map((c) => c.id),
);

/**
 * Judges one link as if it came alone in a mail from an unknown sender: every link check runs
 * (unwrapping, lookalikes, IDN, the recipient's address or domain name in the link when
 * `options.recipient` is given…), and the verdict keeps only the findings about the link, scored
 * on their own. Offline like `analyze`: the link is never fetched. For what a link
 * says piece by piece, see `inspectUrl`; for its chain alone, `unwrapUrl`.
 *
 * @example
 * const v = analyzeUrl('https://url-shield.example/?u=http://www.Kousya35698900.attacker.example/', { recipient: { address: 'taro@kousya.example' } });
 * v.unwrap.url; // 'http://www.Kousya35698900.attacker.example/'
 * explain(v, { locale: 'ja' }).items.map((i) => i.detail);
 */
export function analyzeUrl(url: string, options: AnalyzeOptions = {}): UrlVerdict {
  const link = url.trim();
  const input: MessageInput = {
    source: 'link',
    headers: [{ name: 'content-type', value: 'text/html; charset=utf-8' }],
    // Not the link itself as the anchor's text: that would compare the wrapper's domain with
    // the target's as if the text claimed one and the link went to another.
    bodies: { html: `<a href="${escapeAttribute(link)}">link</a>` },
    unavailable: [{ what: 'attachments', reason: 'a link on its own' }],
  };
  const whole = analyze(input, options);
  const findings: Finding[] = whole.findings.filter((f) => f.evidence.some((e) => e.kind === 'url'));
  const skipped: Skipped[] = whole.skipped.filter((s) => LINK_CHECKS.has(s.checkId));
  const { score, level } = aggregate(findings);
  return { schemaVersion: 1, level, score, findings, skipped, url: link, unwrap: unwrapUrl(link) };
}
