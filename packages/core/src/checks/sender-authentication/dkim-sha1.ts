/**
 * Every DKIM signature on the mail uses RSA-SHA1 (`a=rsa-sha1`), which RFC 8301 retired in 2018:
 * signers must use RSA-SHA256 and verifiers must not treat SHA-1 signatures as valid. Every
 * mail service and mailing-list program has signed with SHA-256 for years; what still signs with
 * SHA-1 alone is home-made bulk-mail software (often with an old `DomainKey-Signature` beside it),
 * the kind that sends from freshly registered domains.
 *
 * Spec: RFC 8301 §3.1 ("Signers MUST sign using rsa-sha256"; "Verifiers MUST NOT consider
 *   signatures using the rsa-sha1 algorithm valid"); RFC 6376 §3.3 (the `a=` tag).
 * False positives: mail from before 2018, read from an archive (a 2016 GitHub notification of
 *   `ham/` is the only legitimate mail of the shared corpus signed so). A mail also signed with
 *   SHA-256 (a list that re-signs) does not count. Allow-listed senders are skipped.
 *   Measured: 81 `phish-dev` mails, 1 of 4,279 `ham/` (that 2016 notification), 0 bounce or
 *   Japanese mail.
 * Weight rationale: 10, just below `caution` alone: how the mail was signed, not who sent it; it
 *   adds to the sender and link evidence.
 */
import type { SenderAuthenticationParams } from '../../model/params/sender-authentication.js';
import { dkimTag } from '../../parse/dkim-signature.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type P = SenderAuthenticationParams['sender-authentication/dkim-sha1'];

/** Signatures read at most: a mail with more is odd anyway, and this keeps the check bounded. */
const MAX_SIGNATURES = 8;

/** `rsa-sha1` however the value was folded or cased. */
function isSha1(value: string): boolean {
  return dkimTag(value, 'a')?.toLowerCase() === 'rsa-sha1';
}

export const dkimSha1 = defineCheck({
  id: 'sender-authentication/dkim-sha1',
  category: 'sender-authentication',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run(ctx) {
    const sigs = ctx.header('dkim-signature');
    if (sigs.length === 0 || sigs.length > MAX_SIGNATURES) return [];
    // Most signatures are SHA-256: the first such one ends the check.
    for (const sig of sigs) if (!isSha1(sig.value)) return [];
    const domains: string[] = [];
    for (const sig of sigs) {
      const d = (dkimTag(sig.value, 'd') ?? '').toLowerCase().slice(0, 253);
      if (d && !domains.includes(d)) domains.push(d);
    }
    const from = ctx.author;
    if (from && ctx.isAllowedSender(from.address)) return [];
    const first = (sigs[0] as { value: string }).value;
    return [hit<P>({ domains: domains.join(', ') || '-' }, [headerEvidence('DKIM-Signature', first, /\ba\s*=\s*rsa-sha1/i.exec(first)?.[0])])];
  },
});
