/**
 * RFC 2047 encoded-words used to hide structure: a display name that decodes to an address or
 * `<…>` (Mailsploit, espoofer A15), an encoded-word inside the address itself, or control
 * characters (NUL, CR, LF) inside a decoded name.
 *
 * Spec: RFC 2047 §5 (encoded-words never in addr-spec, and they are not parsed after decoding).
 * False positives: none seen; legitimate senders never need these.
 * Weight rationale: no legitimate use; suspicious alone.
 */
import { findAddresses } from '../../text/address-like.js';
import { defineCheck, headerEvidence, hit, type Hit } from '../define-check.js';
import type { HeaderAnomalyParams } from '../../model/params/header-anomaly.js';

type P = HeaderAnomalyParams['header-anomaly/encoded-word-trick'];

export const encodedWordTrick = defineCheck({
  id: 'header-anomaly/encoded-word-trick',
  category: 'header-anomaly',
  severity: 'danger',
  weight: 40,
  needs: ['headers'],
  run(ctx) {
    const out: Hit<P>[] = [];
    for (const mb of ctx.from) {
      const ev = [headerEvidence('From', mb.raw)];
      if (mb.addressEncoded) out.push(hit({ name: mb.rawName, decoded: mb.address, trick: 'encoded-address' }, ev));
      else if (mb.nameEncoded && /[<>@]/.test(mb.name) && findAddresses(mb.name).length > 0) {
        out.push(hit({ name: mb.rawName, decoded: mb.name, trick: 'address-in-encoded-name' }, ev));
      } else if (mb.nameEncoded && /[\u0000-\u001f\u007f]/.test(mb.name)) {
        out.push(hit({ name: mb.rawName, decoded: mb.name, trick: 'control-in-name' }, ev));
      }
    }
    return out.slice(0, 1);
  },
});
