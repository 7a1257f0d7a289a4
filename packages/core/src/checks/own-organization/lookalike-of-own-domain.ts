/**
 * The sender's domain imitates the recipient's own organisation's domain (`kousya-jp.example` or
 * `kousya.example.net` for `kousya.example`, `k0usya.example`): a colleague or the IT department
 * faked with a near-identical address.
 *
 * Spec: UTS #39 skeletons and edit distance (see domain/lookalike.ts).
 * False positives: an organisation's own second domains (declare them in `organizationDomains`);
 * the documentation names `example.com`, `example.net`, `example.jp`… (RFC 2606 and its national
 * counterparts) stand for no organisation, so one of them never imitates another (test data and
 * anonymised bounces use them side by side).
 * Weight rationale: almost never innocent; suspicious alone.
 */
import { isFreemail } from '../../domain/lists.js';
import { lookalikeOf } from '../../domain/lookalike.js';
import { hostParts, orgDomain } from '../../domain/registrable.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

/** `example.com`, `example.net`, `example.co.jp`: placeholders, not organisations. */
function isDocumentationName(domain: string): boolean {
  return hostParts(domain).domainWithoutSuffix === 'example';
}

export const lookalikeOfOwnDomain = defineCheck({
  id: 'own-organization/lookalike-of-own-domain',
  category: 'own-organization',
  severity: 'danger',
  weight: 45,
  needs: ['headers', 'recipient'],
  run(ctx) {
    const from = ctx.author;
    if (!from?.domain || ctx.isAllowedSender(from.address)) return [];
    const sender = orgDomain(from.domain);
    for (const own of ctx.organizationDomains) {
      if (isFreemail(own) || own === sender || (isDocumentationName(own) && isDocumentationName(sender))) continue;
      if (lookalikeOf(sender, own)) {
        return [hit({ ownDomain: own, senderDomain: sender, address: from.address }, [headerEvidence('From', from.raw, from.domain)])];
      }
    }
    return [];
  },
});
