/**
 * The recipient's address, mailbox name or organisation in an attachment's file name
 * (`Payment_taro@kousya.example.html`, `KOUSYA_請求書.html`): a mail-merge personalisation that
 * makes a fake invoice or sign-in page look addressed to you. Phishing kits prefill the address
 * into the attached login page, and its name often carries it too.
 *
 * Spec: Sublime recipient-in-attachment-name rules (field notes §3.12, §2 item 3).
 * False positives: genuine vendors naming invoices after the customer company (hence a low
 * weight for the organisation name, below caution alone); generic mailbox names (`info`,
 * `sales`…) and short tokens are ignored.
 * Weight rationale: targeting evidence that strengthens other findings; the full address is
 * caution (20), the mailbox or organisation name alone stays below it.
 */
import { defineCheck, hit } from '../define-check.js';
import { attachmentEvidence, displayName } from '../../attachment/evidence.js';
import { walkAttachments, type WalkedAttachment } from '../../attachment/inspect.js';
import { foldForMatch } from '../../text/normalize.js';

const GENERIC = new Set([
  'info', 'admin', 'support', 'sales', 'contact', 'office', 'mail', 'user', 'test', 'staff', 'service', 'account',
  'accounts', 'billing', 'noreply', 'no-reply', 'webmaster', 'postmaster', 'help', 'team', 'hello', 'invoice', 'order',
  'orders', 'news', 'list', 'lists', 'mailer', 'root', 'users', 'gmail', 'yahoo', 'outlook', 'hotmail', 'icloud',
  'example', 'mail', 'docs', 'document', 'report', 'file', 'scan', 'payment',
]);
type Targeting = 'address' | 'local-part' | 'organization';
const WEIGHT: Readonly<Record<Targeting, number>> = { address: 20, 'local-part': 10, organization: 8 };

function isAsciiAlnum(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

/** Token as a whole word: not glued to other ASCII letters or digits (CJK text around it is fine). */
function containsWord(hay: string, token: string): boolean {
  for (let i = hay.indexOf(token); i >= 0; i = hay.indexOf(token, i + 1)) {
    if (!isAsciiAlnum(hay[i - 1]) && !isAsciiAlnum(hay[i + token.length])) return true;
  }
  return false;
}

export const recipientInFilename = defineCheck({
  id: 'attachment/recipient-in-filename',
  category: 'attachment',
  severity: 'warn',
  weight: 20,
  needs: ['attachments'],
  run(ctx) {
    const r = ctx.recipient;
    if (!r) return [];
    const address = r.address.toLowerCase();
    const local = foldForMatch(r.local);
    const label = foldForMatch(r.orgLabel);
    let best: { w: WalkedAttachment; what: Targeting; token: string } | null = null;
    for (const w of walkAttachments(ctx.attachments)) {
      const raw = w.info.filename;
      // attached messages are named after their Subject by the parser, not by the sender
      if (!raw || w.info.contentType === 'message/rfc822') continue;
      const name = foldForMatch(raw);
      let what: Targeting | null = null;
      let token = '';
      if (name.includes(address)) [what, token] = ['address', r.address];
      else if (local.length >= 4 && !GENERIC.has(local) && containsWord(name, local)) [what, token] = ['local-part', r.local];
      else if (label.length >= 4 && !GENERIC.has(label) && containsWord(name, label)) [what, token] = ['organization', r.orgLabel];
      if (what && (!best || WEIGHT[what] > WEIGHT[best.what])) best = { w, what, token };
    }
    if (!best) return [];
    // one finding per message: the strongest targeting signal is enough
    const params = { name: displayName(best.w), token: best.token, what: best.what };
    const ev = [attachmentEvidence(best.w, { highlight: best.token })];
    return [best.what === 'address' ? hit(params, ev) : hit(params, ev, { weight: WEIGHT[best.what] })];
  },
});
