/**
 * The HTML body contains a `<form>`: whatever the person types is posted straight from the mail to
 * the form's action. A form that asks for a password, card number, PIN or one-time code is the
 * phishing page itself, delivered inside the mail.
 *
 * Spec: HTML Living Standard §4.10; field notes §3.8 (Thunderbird's only message-level scam bar is
 *   `form[action]`), §3.13 (MAIV: critical).
 * False positives: search boxes, surveys and "was this helpful?" forms in newsletters are common
 *   (86 of 4,279 legitimate mails in our corpus against 10 of 1,977 phishing): only forms that ask
 *   for a secret count.
 * Weight rationale: 25: no legitimate sender collects passwords or card numbers in a mail.
 */
import { linkEvidence } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck, hit } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/html-form'];

export const htmlForm = defineCheck({
  id: 'url-obfuscation/html-form',
  category: 'url-obfuscation',
  severity: 'danger',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    // The body's forms: an HTML attachment's are attachment/html-form-or-script's.
    const forms = ctx.links.filter((l) => l.kind === 'form' && l.sensitive && l.source !== 'attachment');
    const first = forms[0];
    if (!first) return [];
    const t = first.inspection.target;
    const action = t?.host ?? (first.href ? first.href.slice(0, 80) : '');
    return [hit<P>({ action }, forms.slice(0, 3).map((l) => linkEvidence(l, l.inspection.target?.domain ?? undefined)))];
  },
});
