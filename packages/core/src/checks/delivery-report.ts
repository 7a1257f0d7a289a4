/**
 * A delivery-status report from a mail system (a bounce): `multipart/report`, or sent as
 * MAILER-DAEMON / postmaster (also `MAILER-DAEMON <>` with the null address). Its text quotes other
 * mail and describes other mailboxes, and its sender is a host, not an organisation: several
 * checks leave such reports alone. Used by header, display-name and wording checks alike.
 */
import type { CheckContext } from '../model/check.js';

const SYSTEM_LOCAL = /^(?:mailer-daemon|postmaster)$/i;
const SYSTEM_NAME = /^(?:mailer-daemon|postmaster|mail delivery (?:system|subsystem))$/i;

export function isDeliveryReport(ctx: CheckContext): boolean {
  if (/multipart\/report/i.test(ctx.header('content-type')[0]?.value ?? '')) return true;
  return isSystemSender(ctx);
}

/** Sent as the mail system itself: MAILER-DAEMON or postmaster, or a mail-delivery name with no address. */
export function isSystemSender(ctx: CheckContext): boolean {
  const a = ctx.author;
  if (!a) return false;
  return SYSTEM_LOCAL.test(a.local) || (!a.address && SYSTEM_NAME.test(a.name.trim()));
}
