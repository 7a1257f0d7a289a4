/**
 * The From address's domain cannot exist on the Internet: a single label (`passagens@687725pedago`),
 * an unknown top-level domain, characters no host name can hold (`14186@%bank.test`,
 * `tv@'tv-x.test`), or an IP literal (`user@[192.0.2.1]`). Nobody can reply to it and no
 * organisation stands behind it; the sending server simply wrote whatever the kit produced, and
 * mail clients show it without comment.
 *
 * Spec: RFC 5321 §4.1.2 (Domain = dotted labels of letters, digits and hyphens — RFC 6531 adds
 *   non-ASCII letters — or an address literal), RFC 5322 §3.4.1; the
 *   Public Suffix List for known top-level domains. The RFC 2606 test names (`.test`, `.example`)
 *   are accepted so that documentation examples parse.
 * False positives: intranet mail from hosts without a public name (`root@buildserver`), which is
 *   why mail a list manager re-sent, mail the recipient's own organisation sends and the local
 *   mail system's delivery reports (sent as MAILER-DAEMON or postmaster) are skipped. A
 *   `List-Unsubscribe` header or a `multipart/report` body alone excuses nothing: bulk senders add
 *   the one and dress spam as the other (`newsletter@0mw89`, a "report" with a casino offer);
 *   no legitimate or bounce mail measured has a host-only From outside those exemptions.
 * Weight rationale: 35 for a domain that cannot exist — the sender's identity is fabricated, not
 *   merely unverified, which is `suspicious` on its own; 20 for an IP literal (legal, if archaic).
 */
import { hostParts } from '../../domain/registrable.js';
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';
import { isSystemSender } from '../delivery-report.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type P = HeaderAnomalyParams['header-anomaly/invalid-sender-domain'];

const RESERVED_TLDS: ReadonlySet<string> = new Set(['test', 'example']);
/** ASCII that no host name label holds (letters, digits, hyphens, dots are fine; `_` is tolerated). */
const NOT_IN_HOST_NAMES = /[\x00-\x2c\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]/;

/** Why a From domain cannot be a real Internet domain, or null when it can. */
export function invalidDomainReason(domain: string): P['reason'] | null {
  const d = domain.toLowerCase();
  if (d.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(d)) return 'ip-literal';
  if (NOT_IN_HOST_NAMES.test(d)) return 'bad-characters';
  if (!d.includes('.')) return 'single-label';
  const hp = hostParts(d);
  if (hp.isIp) return 'ip-literal';
  const tld = d.slice(d.lastIndexOf('.') + 1);
  if (!hp.knownSuffix && !RESERVED_TLDS.has(tld)) return 'unknown-tld';
  return null;
}

export const invalidSenderDomain = defineCheck({
  id: 'header-anomaly/invalid-sender-domain',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 35,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || ctx.resentByList || ctx.isAllowedSender(from.address)) return [];
    // The local mail system reporting on delivery (`MAILER-DAEMON@localhost`) names its host only.
    if (isSystemSender(ctx)) return [];
    if (ctx.organizationDomains.some((d) => from.domain.toLowerCase().endsWith(d))) return [];
    const reason = invalidDomainReason(from.domain);
    return reason ? [hit<P>({ domain: from.domain, reason }, [headerEvidence('From', from.raw, from.domain)], { weight: reason === 'ip-literal' ? 20 : 35 })] : [];
  },
});
