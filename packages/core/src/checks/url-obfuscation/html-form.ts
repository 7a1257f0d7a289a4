/**
 * The HTML body contains a `<form>`: whatever the person types is posted straight from the mail to
 * the form's action. A form that asks for a password, card number, PIN or one-time code is the
 * phishing page itself, delivered inside the mail.
 *
 * Spec: HTML Living Standard §4.10; field notes §3.8 (Thunderbird's only message-level scam bar is
 *   `form[action]`), §3.13 (MAIV: critical).
 * False positives: search boxes and "was this helpful?" forms in newsletters (common in older
 *   ones): a form that asks for no secret only hints.
 * Weight rationale: 25 for a form asking for secrets (no legitimate sender collects them in a
 *   mail); 3 for any other form.
 */
import { linkEvidence } from '../../url/link-facts.js';
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck, hit } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/html-form'];

export const htmlForm = defineCheck({
  id: 'url-obfuscation/html-form',
  category: 'url-obfuscation',
  severity: 'warn',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    const forms = ctx.links.filter((l) => l.kind === 'form');
    const first = forms.find((l) => l.sensitive) ?? forms[0];
    if (!first) return [];
    const t = first.inspection.target;
    const action = t?.host ?? (first.href ? first.href.slice(0, 80) : '');
    const cited = [first, ...forms.filter((l) => l !== first)].slice(0, 3);
    return [hit<P>({ action }, cited.map((l) => linkEvidence(l, l.inspection.target?.domain ?? undefined)), first.sensitive ? { weight: 25, severity: 'danger' } : { weight: 3, severity: 'info' })];
  },
});
