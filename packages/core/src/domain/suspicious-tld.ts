/**
 * Top-level domains, and namespaces sold like them, whose share of phishing far exceeds their share
 * of legitimate mail (data/suspicious-tlds.json). Read by the link inspection (`suspicious-tld`)
 * and the lookalikes' "another ending" rule.
 */
import suspiciousTlds from '../data/suspicious-tlds.json' with { type: 'json' };

const SUSPICIOUS: ReadonlySet<string> = new Set(suspiciousTlds.tlds);

/**
 * The listed entry a public suffix falls under: the whole suffix when it is a listed namespace
 * (`eu.com` for `webrentals.eu.com`), else its last label when that is a listed TLD (`xyz`), else null.
 */
export function suspiciousSuffix(publicSuffix: string): string | null {
  if (SUSPICIOUS.has(publicSuffix)) return publicSuffix;
  const tld = publicSuffix.slice(publicSuffix.lastIndexOf('.') + 1);
  return SUSPICIOUS.has(tld) ? tld : null;
}
