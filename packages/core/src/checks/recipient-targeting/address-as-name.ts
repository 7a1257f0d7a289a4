/**
 * The text greets the recipient by their e-mail address (`Hallo taro@kousya.example,`,
 * `Dear customer taro@kousya.example`, `taro@kousya.example 様`, or the address alone opening the
 * text: `taro@kousya.example, your account is on our list`): the sender has the address and
 * nothing else — one line of a harvested list, filled into a greeting to look personal.
 *
 * Spec: none in the field notes; the "Dear user@example.com" salutation is a standard item of
 *   user-awareness training (a service you deal with knows your name).
 * The addresses looked for: the mailbox it was delivered to and those in To and Cc (a list or a
 *   shared mailbox greeted by its address is the same harvested line).
 * False positives: a new service's first mail before you gave it a name ("Hi taro@…, welcome");
 *   it comes from the service's own authenticated domain, so the weight is lower then. Delivery
 *   reports ("Hello taro@…, your message was not delivered"), allow-listed senders and the
 *   sender's own address are skipped. No mail of the measured mailing lists greets the list so.
 * Weight rationale: 10 from a stranger (a hint that adds to other signs), 4 when the sender's
 *   domain passed DMARC.
 */
import type { RecipientTargetingParams } from '../../model/params/recipient-targeting.js';
import { isDeliveryReport } from '../delivery-report.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';
import { addressStandsAlone } from './shared.js';

type P = RecipientTargetingParams['recipient-targeting/address-as-name'];

/** Where a greeting would be: the letterhead and the first lines. */
const OPENING = 1500;

/**
 * A salutation right before the address (optionally "customer", "user"…), in the languages of
 * the mail we see: en, de, es, pt, fr, nl, it, pl, sv/da/no, tr.
 */
const GREETING_BEFORE =
  /(?:^|[^\p{L}]|(?=[\u3040-\u30ff\u4e00-\u9fff]))(dear|hello|hi|hey|greetings|attention|congratulations|hallo|guten tag|moin|liebe|lieber|sehr geehrte|sehr geehrter|hola|estimado|estimada|querido|querida|olá|ola|prezado|prezada|prezado\(a\)|caro|cara|bonjour|bonsoir|cher|chère|beste|geachte|hoi|ciao|gentile|salve|witaj|dzień dobry|hej|merhaba|こんにちは|こんばんは|おはようございます|拝啓|親愛なる|尊敬する)(?: (?:customer|user|member|client|kunde|kundin|cliente|usuário|usuario|utilisateur|klant|utente))?[ ,:、，：!！]*$/iu;

/** A Japanese honorific right after the address (`taro@kousya.example 様`). */
const HONORIFIC_AFTER = /^ ?(様|さま|さん|殿|御中)/u;
/** A comma, colon or exclamation mark right after an address that opens the text: the address as the salutation. */
const VOCATIVE_AFTER = /^ ?[,:!、，：！]/u;

export const addressAsName = defineCheck({
  id: 'recipient-targeting/address-as-name',
  category: 'recipient-targeting',
  severity: 'warn',
  weight: 10,
  needs: ['headers', 'body'],
  run(ctx) {
    const opening = ctx.bodyText.slice(0, OPENING);
    // Most mail names no address at all in its opening: nothing more to do.
    if (!opening.includes('@')) return [];
    const r = ctx.recipient;
    const from = ctx.author;
    if (!from || ctx.isAllowedSender(from.address || from.name)) return [];
    // The mailbox it was delivered to, and the addresses it was written to (a list, a shared box).
    const addresses = [...new Set([r?.address ?? '', ...ctx.to.map((t) => t.address), ...ctx.cc.map((t) => t.address)].map((a) => a.toLowerCase()))]
      .filter((a) => a.includes('@') && a !== from.address.toLowerCase())
      .slice(0, 8);
    if (addresses.length === 0) return [];
    const text = opening.replace(/\s+/g, ' ');
    const lower = text.toLowerCase();
    if (!addresses.some((a) => lower.includes(a)) || isDeliveryReport(ctx)) return [];
    for (const address of addresses) {
      let at = lower.indexOf(address);
      for (let n = 0; at >= 0 && n < 8; n++, at = lower.indexOf(address, at + 1)) {
        if (!addressStandsAlone(text, at, address.length)) continue;
        const head = text.slice(Math.max(0, at - 40), at);
        const tail = text.slice(at + address.length, at + address.length + 4);
        const g = GREETING_BEFORE.exec(head);
        // the address itself as the salutation, opening the text (`taro@kousya.example, your account…`)
        const h = g ? null : HONORIFIC_AFTER.exec(tail) ?? (at === 0 ? VOCATIVE_AFTER.exec(tail) : null);
        if (!g && !h) continue;
        const shown = text.slice(at, at + address.length);
        const greeting = g ? `${head.slice(g.index).trimStart()}${shown}` : `${shown}${h?.[0] ?? ''}`;
        const weight = ctx.auth.dmarc?.result === 'pass' ? 4 : 10;
        const value = text.slice(Math.max(0, at - 40), at + address.length + 40).trim();
        return [
          hit<P>({ address: shown, greeting }, [{ kind: 'body', label: 'text', value, highlight: shown }, headerEvidence('From', from.raw, from.domain || undefined)], { weight }),
        ];
      }
    }
    return [];
  },
});
