/**
 * From address syntax that parsers read differently: source routes (`<@a.test:admin@b.test>`,
 * espoofer A16), text after the angle address (`<x@a.test>admin@b.test`, A19), an `@` inside a
 * quoted local part, or an unquoted comma that splits the name into an address-less entry.
 *
 * Spec: RFC 5322 §4.4 (obsolete routes), §3.4.1.
 * False positives: very old mailers; none in current legitimate mail.
 * Weight rationale: a parser-confusion attack; suspicious together with anything else.
 */
import { defineCheck, headerEvidence, hit, type Hit } from '../define-check.js';
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';

type P = HeaderAnomalyParams['header-anomaly/obsolete-address-syntax'];

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
      if (mb.route) out.push(hit({ value: mb.raw, trick: 'route' }, ev));
      else if (mb.trailing.includes('@')) out.push(hit({ value: mb.raw, trick: 'address-in-comment' }, ev));
      else if (mb.local.length > 2 && mb.local.startsWith('"') && mb.local.endsWith('"') && mb.local.includes('@')) out.push(hit({ value: mb.raw, trick: 'quoted-at' }, ev));
      else if (mb.unquotedComma) out.push(hit({ value: mb.raw, trick: 'no-address' }, ev, { weight: 10 }));
    }
    return out.slice(0, 1);
  },
});
