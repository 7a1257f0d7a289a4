/** How the believed authentication results speak about the From domain. */
import { arcOverride, dmarcFailed, type AuthSummary } from '../../context/auth-summary.js';
import { sameOrganization } from '../../domain/registrable.js';

/**
 * The failure the receiving server reported for mail claiming `fromDomain`, as `method=result`
 * text, or null when nothing failed. DMARC decides when present (RFC 7489 §6.6.2); without it,
 * an SPF fail with no aligned passing DKIM signature counts; Microsoft's compauth=fail counts.
 */
/** The domain of the SPF-checked envelope sender (`smtp.mailfrom`), or undefined. */
export function spfDomain(auth: AuthSummary): string | undefined {
  return auth.spf?.mailfrom?.replace(/^.*@/, '') || undefined;
}

/** SPF passed for an envelope sender of `fromDomain`'s organisation (SPF alignment, RFC 7489 §3.1.2). */
export function spfPassAligned(auth: AuthSummary, fromDomain: string): boolean {
  const d = spfDomain(auth);
  return auth.spf?.result === 'pass' && d !== undefined && sameOrganization(d, fromDomain);
}

export function authFailure(auth: AuthSummary, fromDomain: string): string | null {
  if (auth.dmarc) {
    if (auth.dmarc.result === 'fail') return dmarcFailed(auth) ? 'dmarc=fail' : null;
    if (auth.dmarc.result === 'pass' || auth.dmarc.result === 'bestguesspass') return null;
  }
  if (auth.compauth?.result === 'fail') return 'compauth=fail';
  const alignedDkim = auth.dkim.some((d) => d.result === 'pass' && d.domain && sameOrganization(d.domain, fromDomain));
  if (alignedDkim) return null;
  const spf = auth.spf?.result;
  const envelope = spfDomain(auth);
  if (spf === 'fail' && (!envelope || sameOrganization(envelope, fromDomain))) return 'spf=fail';
  return null;
}

/**
 * The server evaluated the mail (it has results), nothing failed outright, and nothing vouches for
 * `fromDomain` either: no DMARC or compauth pass, no ARC override of a DMARC failure, no DKIM
 * signature of that domain (passing or broken), no SPF pass for it.
 */
export function nothingAuthenticates(auth: AuthSummary, fromDomain: string): boolean {
  if (auth.trusted.length === 0 || (!auth.spf && auth.dkim.length === 0 && !auth.dmarc)) return false;
  // The receiver vouched for it through a forwarder's ARC chain.
  if (arcOverride(auth)) return false;
  if (auth.dmarc && auth.dmarc.result !== 'none' && auth.dmarc.result !== 'fail') return false;
  if (auth.compauth && auth.compauth.result !== 'none' && auth.compauth.result !== 'fail') return false;
  if (auth.dkim.some((d) => d.domain && sameOrganization(d.domain, fromDomain))) return false;
  return !spfPassAligned(auth, fromDomain);
}

export function trustedId(auth: AuthSummary): string {
  return auth.trusted[0]?.authservId || '-';
}
