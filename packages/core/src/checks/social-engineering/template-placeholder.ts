/**
 * The text shows a blank of a mass-mailing template where a name or address should be: the
 * reader's (`Dear [Trust User ]`, `New Life Insurance quote for [username]`, `Hallo %VORNAME%`,
 * `{{FIRST_NAME}}`, `*|FNAME|*`) or the writer's own (`Best regards, [Your Name]`, `[あなたの名前 /
 * Your Name]`). The mail poses as written by a person to the reader, but the sending tool did not
 * even fill in the names: it went to a list of harvested addresses.
 *
 * Spec: none in the field notes; SpamAssassin's old `UNRESOLVED_TEMPLATE` rule is the same idea.
 * False positives: a shop's mailing whose merge failed (it stays `safe` alone); templates quoted in
 *   technical mail (`${WORKDIR}`, `{{ item }}`) are not placeholders for a person, and only names,
 *   addresses, companies and customers inside the usual brackets count (`[name]`, `%EMAIL%`,
 *   `{{company_name}}`, `#FIRSTNAME#`). Mailchimp's `*|MC_PREVIEW_TEXT|*`, which templates copied
 *   into other tools carry harmlessly, does not count. Allow-listed senders are skipped.
 *   Measured: 16 `phish-dev` mails, 0 of 4,279 `ham/`, 0 bounce or Japanese mail; the writer's
 *   own blank: 2 more `phish-dev` mails and 1 of the 168 Japanese phishing mails, 0 legitimate.
 * Weight rationale: 10, a hint like the other wording checks, capped with the category.
 */
import { defineCheck } from '../define-check.js';
import { anyOf, phraseFinding } from './shared.js';

/**
 * Lower case, as the reading text is folded; bounded and linear (checked by the ReDoS test). Inside
 * `{{…}}`, `%…%`, `*|…|*` or `#…#`: a name, an address, a company or a customer, with an optional
 * prefix (`user_email`, `contact.firstname`).
 */
export const TEMPLATE_PLACEHOLDERS: readonly RegExp[] = [
  /\[ ?(?:user ?name|name|first ?name|full ?name|e-?mail|client|customer|recipient|[a-z]{1,12} user) ?\]/,
  /(?:\{\{ ?|%|\*\||#)(?:fname|lname|(?:[a-z]{1,12}[_.])?(?:first_?name|last_?name|full_?name|name|vorname|nachname|nome|nombre|pr[eé]nom|e-?mail|user_?name|company_?name|company|customer|recipient|client))(?: ?\}\}|%|\|\*|#)/,
  // the writer's own blank too (`Best regards, [Your Name]`, `[あなたの名前 / Your Name]`)
  /[\[【] ?(?:your (?:full )?name|your company(?: name)?|company name|customer name|あなたの(?:お?名前|会社名))(?= ?[\]】/|])/,
];

export const TEMPLATE_PLACEHOLDER = anyOf(TEMPLATE_PLACEHOLDERS);

export const templatePlaceholder = defineCheck({
  id: 'social-engineering/template-placeholder',
  category: 'social-engineering',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run: (ctx) => phraseFinding(ctx, TEMPLATE_PLACEHOLDER),
});
