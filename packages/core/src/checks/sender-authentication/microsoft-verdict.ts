/**
 * Microsoft 365's own verdict stamped on the message (`X-Forefront-Antispam-Report`: `CAT:` phish,
 * spoof or impersonation category, `SFV:SPM`, and `SFTY:` safety-tip codes 9.19/9.20/9.25; without
 * a category or spam verdict, the spam confidence level `SCL:` 5–9, also read from
 * `X-MS-Exchange-Organization-SCL`, which Exchange stamps itself and removes from incoming mail),
 * translated into a sentence for the person reading the mail rather than an administrator.
 *
 * Spec: Microsoft's "Anti-spam message headers" (field-notes §3.10). Only the topmost stamp is
 * read: Exchange Online replaces incoming copies.
 * False positives: Microsoft's own; first-contact (9.25) is informational only.
 * Weight rationale: Microsoft's phish/spoof/impersonation categories are strong evidence from the
 * receiving server; spam is weaker (12; 15 for high-confidence spam, `HSPM` or SCL 7–9); first
 * contact is a hint. A low or negative SCL is never read as a pass.
 */
import { defineCheck, headerEvidence, hit, type Hit } from '../define-check.js';
import type { SenderAuthenticationParams } from '../../model/params/sender-authentication.js';

type P = SenderAuthenticationParams['sender-authentication/microsoft-verdict'];

const CAT: Record<string, [P['kind'], number]> = {
  PHSH: ['phish', 40],
  HPHSH: ['phish', 40],
  HPHISH: ['phish', 40],
  SPOOF: ['spoof', 35],
  BIMP: ['impersonation', 35],
  DIMP: ['impersonation', 35],
  UIMP: ['impersonation', 30],
  GIMP: ['impersonation', 30],
  MALW: ['malware', 45],
  SPM: ['spam', 12],
  HSPM: ['spam', 15],
};

const SFTY: Record<string, [P['kind'], number]> = {
  '9.19': ['impersonation', 30],
  '9.20': ['impersonation', 25],
  '9.25': ['first-contact', 3],
  '9.11': ['spoof', 25],
  '9.22': ['lookalike', 20],
};

/** `SFV:` values under which an SCL of 5–9 is believed: none given, or spam by a rule or block list (not NSPM, SFE, SKA, SKN…). */
const SPAM_SFV: ReadonlySet<string> = new Set(['SKS', 'BLK', 'SKB']);

export const microsoftVerdict = defineCheck({
  id: 'sender-authentication/microsoft-verdict',
  category: 'sender-authentication',
  severity: 'warn',
  weight: 30,
  needs: ['headers'],
  run(ctx) {
    const ms = ctx.auth.microsoft;
    if (!ms) return [];
    const out: Hit<P>[] = [];
    const ev = [headerEvidence('X-Forefront-Antispam-Report', ms.raw)];
    const cat = ms.cat ? CAT[ms.cat] : undefined;
    if (cat && ms.cat) out.push(hit({ code: `CAT:${ms.cat}`, kind: cat[0] }, ev, { weight: cat[1], severity: cat[1] >= 30 ? 'danger' : 'warn' }));
    else if (ms.sfv === 'SPM') out.push(hit({ code: 'SFV:SPM', kind: 'spam' }, ev, { weight: 12 }));
    else if (ms.scl !== undefined && ms.scl >= 5 && ms.scl <= 9 && (!ms.sfv || SPAM_SFV.has(ms.sfv))) {
      const scl = ctx.header('x-ms-exchange-organization-scl')[0];
      const sclEv = ms.raw ? ev : scl ? [headerEvidence('X-MS-Exchange-Organization-SCL', scl.value.trim())] : [];
      out.push(hit({ code: `SCL:${ms.scl}`, kind: 'spam' }, sclEv, { weight: ms.scl >= 7 ? 15 : 12 }));
    }
    const tip = ms.sfty ? SFTY[ms.sfty] : undefined;
    if (tip && ms.sfty) out.push(hit({ code: `SFTY:${ms.sfty}`, kind: tip[0] }, ev, { weight: tip[1], severity: tip[1] >= 10 ? 'warn' : 'info' }));
    return out;
  },
});
