/**
 * The display name carries a case, contract or protocol number — `Banco X. Protocolo:
 * 7164942633959263`, `AVISO DE COMPRA - 4028389522`, `Comunicado ao cliente - Cod. 37165178664887`.
 * The inbox line then reads like an official notice, and the number, different in every copy,
 * keeps filters from grouping the campaign. Real notice systems put references in the subject or
 * the text, and send from their own domain; sent from a free mailbox, the name is a costume.
 *
 * What counts: a run of eight or more digits introduced by a separator (`-`, `:`, `#`) or a
 * reference word (protocol, code, contract, ref, no., order, ticket, case, id, and their
 * Portuguese, Spanish, German, French and Japanese forms). A phone number (`+81…`, `Fax
 * 0312345678`) or a number glued to a word is not a reference.
 *
 * Spec: none in the field notes; RFC 5322 §3.4 (the display name is free text, never verified).
 * False positives: fax and voicemail gateways that name the calling number after a dash; no such
 *   sender in the ham corpus (0 of 4,279 names have a run of 8+ digits at all).
 * Weight rationale: 12 from an organisation's own domain (a caution); 25 from a free mailbox —
 *   an official-looking notice from an address anyone can open — so that one more sign reaches
 *   `suspicious`.
 */
import { isFreemail } from '../../domain/lists.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

const DIGITS = /\d{8,}/g;
/** What may stand right before the number (the text before it, lower case, trailing spaces cut). */
const INTRODUCED =
  /(?:[-–—:#№]|(?:^|[^\p{L}])(?:protocol[oa]?|c[oó]d(?:igo|e)?\.?|contrat[oa]|contract|ref\.?|reference|refer[eê]ncia|n[º°o]\.?|nr\.?|number|nummer|num[ée]ro|n[úu]mero|pedido|order|ticket|case|caso|id)|受付番号|番号)$/u;
/** A phone number: `+81…`, `Fax 0312345678`, `TEL: …`. */
const PHONE = /(?:\+|(?:^|[^\p{L}])(?:tel|fax|phone|voicemail)\.?:?|電話)$/u;

/** The first reference number in a display name, or null. */
export function referenceNumber(name: string): string | null {
  for (const m of name.matchAll(DIGITS)) {
    const before = name.slice(Math.max(0, m.index - 16), m.index).toLowerCase().trimEnd();
    if (!PHONE.test(before) && INTRODUCED.test(before)) return m[0];
  }
  return null;
}

export const referenceNumberInName = defineCheck({
  id: 'sender-display-name/reference-number-in-name',
  category: 'sender-display-name',
  severity: 'warn',
  weight: 12,
  needs: ['headers'],
  run(ctx) {
    const mb = ctx.author;
    if (!mb?.name || ctx.isAllowedSender(mb.address || mb.name)) return [];
    const number = referenceNumber(mb.name);
    if (!number) return [];
    const freemail = mb.domain !== '' && isFreemail(mb.domain);
    return [
      hit({ name: mb.name, number, address: mb.address, freemail }, [headerEvidence('From', mb.raw, number)], freemail ? { weight: 25 } : {}),
    ];
  },
});
