/**
 * The recipient's own address is written into the subject (`taro@kousya.example, your order
 * DBV-782 is processed`, `Mailbox notice for taro@kousya.example`): bulk phishing fills in the
 * harvested address to look personal and official.
 *
 * Spec: none in the field notes; Sublime's "recipient e-mail in subject" signal (§3.12 lists its
 *   recipient-in-link variants) follows the same idea.
 * False positives: some genuine account notices name the address too ("Security alert for
 *   taro@…"); they come from the provider's own authenticated domain, so the weight is lower then.
 *   Allow-listed senders, mail the recipient sent to themselves and list mail addressed to the list
 *   are skipped.
 * Weight rationale: 15 from a stranger (a `caution` alone, `suspicious` with one more sign), 6 when
 *   the sender's domain passed DMARC.
 */
import type { RecipientTargetingParams } from '../../model/params/recipient-targeting.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { addressStandsAlone } from './shared.js';

type P = RecipientTargetingParams['recipient-targeting/recipient-in-subject'];

export const recipientInSubject = defineCheck({
  id: 'recipient-targeting/recipient-in-subject',
  category: 'recipient-targeting',
  severity: 'warn',
  weight: 15,
  needs: ['headers', 'recipient-address'],
  run(ctx) {
    const r = ctx.recipient;
    const from = ctx.author;
    if (!r || !from) return [];
    const address = r.address.toLowerCase();
    if (from.address.toLowerCase() === address || ctx.isAllowedSender(from.address || from.name)) return [];
    if (ctx.mailingList && r.via === 'to') return [];
    const subject = ctx.subject;
    const at = subject.toLowerCase().indexOf(address);
    if (at < 0) return [];
    if (!addressStandsAlone(subject, at, address.length)) return [];
    const shown = subject.slice(at, at + address.length);
    const weight = ctx.auth.dmarc?.result === 'pass' ? 6 : 15;
    return [hit<P>({ address: shown }, [headerEvidence('Subject', subject, shown), headerEvidence('From', from.raw, from.domain || undefined)], { weight })];
  },
});
