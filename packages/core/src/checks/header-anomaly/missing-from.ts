/**
 * No usable From header: the client shows no sender, or a Sender/Resent-From instead, and what the
 * server authenticated is unknown (espoofer A12/A13).
 *
 * Spec: RFC 5322 §3.6 (From is required).
 * False positives: broken automated mail; delivery reports whose From is the mail system with the
 * null address (`MAILER-DAEMON <>`, as DragonFly's mail agent writes it) are skipped.
 * A From whose only address stands inside a comment (`Winner,(<noreply@bank.test>)`) is reported
 * by `obsolete-address-syntax` instead: that is a trick, not a missing header.
 * Weight rationale: unusual and confusing but not proof; a caution. A From that shows a person's
 * or a company's name with no address at all (`From: Sara Hoppitt`, `"Sally Burton" <>`) weighs
 * 35 (`suspicious` alone): the reader is shown a sender that nobody can verify or answer, which
 * no mail program writes by itself, and "check the sender's address" — the first rule every
 * office worker is taught — cannot be followed at all. (25 until measured: 26 phish-dev and 0 ham
 * mails have such a From.) Mail-system names (`Mail Delivery System`, `root`) and local mailboxes
 * (`<MAILER-DAEMON>`) stay at 15.
 */
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';
import { isDeliveryReport } from '../delivery-report.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

type P = HeaderAnomalyParams['header-anomaly/missing-from'];

const SYSTEM_NAME = /mailer|daemon|postmaster|delivery|mail ?system|cron|\broot\b|system administrator|anacron|logwatch/i;

/**
 * The display name a From shows without any address: a name of a person or company (two words,
 * or quoted), not a mail-system name, with no local mailbox in angle brackets beside it.
 */
function nameOnly(raw: string, name: string): string | null {
  const n = name.trim();
  if (!/\p{L}/u.test(n) || SYSTEM_NAME.test(n)) return null;
  // `<MAILER-DAEMON>`: a local mailbox, not a missing one.
  if (/<\s*[^<>\s]+\s*>/.test(raw.replace(/<\s*<\s*>\s*>/g, ''))) return null;
  if (!/\s/.test(n) && !raw.trimStart().startsWith('"')) return null;
  return n;
}
import { addressInComment } from './obsolete-address-syntax.js';

export const missingFrom = defineCheck({
  id: 'header-anomaly/missing-from',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 15,
  needs: ['headers'],
  run(ctx) {
    if (ctx.input.headers.length === 0) return [];
    if (ctx.from.some((b) => b.address)) return [];
    if (isDeliveryReport(ctx)) return [];
    const raw = ctx.header('from')[0]?.value ?? '';
    if (addressInComment(raw)) return [];
    const name = ctx.from.length === 1 ? nameOnly(raw, ctx.from[0]?.name ?? '') : null;
    if (name) return [hit<P>({ name }, [headerEvidence('From', raw.trim())], { weight: 35 })];
    return [hit<P>({}, [])];
  },
});
