/**
 * From address syntax that parsers read differently: source routes (`<@a.test:admin@b.test>`,
 * espoofer A16), text after the angle address (`<x@a.test>admin@b.test`, A19), an `@` inside a
 * quoted local part, a second address nested in the first (`x@<noreply@bank.test>`), an address
 * that stands only inside a comment (`Winner,(<noreply@bank.test>)`), or an unquoted comma that
 * splits the name into an address-less entry (`Prize, jehd <a@b.test>`).
 *
 * Spec: RFC 5322 §4.4 (obsolete routes), §3.4.1 (local part), §3.2.2 (comments).
 * False positives: very old mailers. The unquoted comma is also a sloppy mass-mailer's habit; no
 *   mail in the measured legitimate corpora (4,279 ham messages, 629 bounces) has any of these.
 * Weight rationale: 35 when the only address is the one in a comment — there is no sender at all,
 *   only a decoy for the reader, as fabricated as an impossible domain (`invalid-sender-domain`);
 *   also 35 for a route or a trailing address that names a second organisation
 *   (`<@attack.test:admin@bank.test>`, `<x@attack.test>admin@bank.test`, espoofer A16/A19): two
 *   senders that mail programs choose between differently, the multiple-From spoof in one field;
 *   25 for the other forms that put a second address in front of a reader (suspicious with
 *   anything else); 20 for the address-less entry, which only confuses the name.
 */
import { sameOrganization } from '../../domain/registrable.js';
import type { Mailbox } from '../../parse/address.js';
import { defineCheck, headerEvidence, hit, type Hit } from '../define-check.js';
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';

type P = HeaderAnomalyParams['header-anomaly/obsolete-address-syntax'];

/**
 * True when a parenthesised comment of a raw From value holds an address (`(<noreply@bank.test>)`,
 * `(admin@bank.test)`). `missing-from` asks it too: a From whose only address is in a comment is
 * this check's trick, not a missing From.
 */
export function addressInComment(raw: string): boolean {
  for (const m of raw.matchAll(/\(([^()]*)\)/g)) {
    const inner = m[1] ?? '';
    const at = inner.indexOf('@');
    if (at <= 0) continue;
    const domain = inner.slice(at + 1).split(/[\s<>@]/)[0] ?? '';
    const dot = domain.indexOf('.');
    if (dot > 0 && dot < domain.length - 1) return true;
  }
  return false;
}

/** The domains a route or a trailing address adds to a mailbox (`@attack.test` of `<@attack.test:a@b.test>`). */
function otherDomains(mb: Mailbox): string[] {
  const lt = mb.raw.indexOf('<');
  const colon = lt >= 0 ? mb.raw.indexOf(':', lt) : -1;
  const route = mb.route && colon > lt ? mb.raw.slice(lt + 1, colon) : '';
  const found = [...route.matchAll(/@([^,:<>\s]+)/g), ...mb.trailing.matchAll(/@([A-Za-z0-9.-]+)/g)].map((m) => (m[1] ?? '').toLowerCase());
  return found.filter((d) => d.includes('.'));
}

/** 35 when the route or trailing address names another organisation than the address itself. */
function twoSenders(mb: Mailbox): { weight: number } | Record<string, never> {
  return mb.domain && otherDomains(mb).some((d) => !sameOrganization(d, mb.domain)) ? { weight: 35 } : {};
}

export const obsoleteAddressSyntax = defineCheck({
  id: 'header-anomaly/obsolete-address-syntax',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 25,
  needs: ['headers'],
  run(ctx) {
    const out: Hit<P>[] = [];
    for (const mb of ctx.from) {
      const ev = [headerEvidence('From', mb.raw)];
      if (mb.route) out.push(hit({ value: mb.raw, trick: 'route' }, ev, twoSenders(mb)));
      else if (mb.trailing.includes('@')) out.push(hit({ value: mb.raw, trick: 'address-in-comment' }, ev, twoSenders(mb)));
      else if (mb.local.length > 2 && mb.local.startsWith('"') && mb.local.endsWith('"') && mb.local.includes('@')) out.push(hit({ value: mb.raw, trick: 'quoted-at' }, ev));
      else if (!mb.local.startsWith('"') && mb.local.includes('@')) out.push(hit({ value: mb.raw, trick: 'nested-address' }, ev));
      else if (mb.unquotedComma) out.push(hit({ value: mb.raw, trick: 'no-address' }, ev, { weight: 20 }));
    }
    if (out.length === 0 && !ctx.from.some((mb) => mb.address)) {
      // No mailbox at all, yet an address in a comment: what a reader is shown is not a sender.
      const raw = ctx.header('from')[0]?.value.trim() ?? '';
      if (addressInComment(raw)) out.push(hit({ value: raw.slice(0, 200), trick: 'comment-only' }, [headerEvidence('From', raw)], { weight: 35 }));
    }
    return out.slice(0, 1);
  },
});

