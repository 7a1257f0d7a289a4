/** How the believed authentication results speak about the From domain. */
import type { AuthSummary } from '../../context/auth-summary.js';
import { sameOrganization } from '../../domain/registrable.js';

/**
 * The failure the receiving server reported for mail claiming `fromDomain`, as `method=result`
 * text, or null when nothing failed. DMARC decides when present (RFC 7489 §6.6.2); without it,
 * an SPF fail with no aligned passing DKIM signature counts; Microsoft's compauth=fail counts.
 */
export function authFailure(auth: AuthSummary, fromDomain: string): string | null {
  if (auth.dmarc) {
    if (auth.dmarc.result === 'fail') return 'dmarc=fail';
    if (auth.dmarc.result === 'pass' || auth.dmarc.result === 'bestguesspass') return null;
  }
  if (auth.compauth?.result === 'fail') return 'compauth=fail';
  const alignedDkim = auth.dkim.some((d) => d.result === 'pass' && d.domain && sameOrganization(d.domain, fromDomain));
  if (alignedDkim) return null;
  const spf = auth.spf?.result;
  if (spf === 'fail' && (!auth.spf?.mailfrom || sameOrganization(auth.spf.mailfrom.replace(/^.*@/, ''), fromDomain))) return 'spf=fail';
  return null;
}

export function trustedId(auth: AuthSummary): string {
  return auth.trusted[0]?.authservId || '-';
}
