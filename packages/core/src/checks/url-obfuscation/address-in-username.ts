/**
 * A website's own account mail ("your login details", "set your password") whose username is a web
 * address: `Username: www.khulhc.blogspot.ro - 90966 EURO KUCOIN`. Someone typed a message into the
 * site's sign-up form, and the site — a real one, with good authentication — mailed it to you. The
 * link in the username is the stranger's, not the site's.
 *
 * Spec: none in the field notes; the "registration form abuse" that WordPress and other sign-up
 *   forms suffer (the same idea as contact-form and ticket-system spam).
 * False positives: "login: https://…" lines that label a sign-in link (only username labels count),
 *   and usernames that are mail addresses (an address is not a web address).
 * Weight rationale: 25, `caution` alone; the site's authentication passes, so nothing else tells.
 *   Measured: 9 phish-dev mails, 0 of 4,279 ham, 0 Japanese.
 */
import type { UrlObfuscationParams } from '../../model/params/url-obfuscation.js';
import { defineCheck, hit } from '../define-check.js';

type P = UrlObfuscationParams['url-obfuscation/address-in-username'];

/**
 * A username label (en, pt, es, it, de, nl, fr, ja, fa, ru, tr, pl) and its colon. Literal
 * alternatives first (fast to scan); that no letter precedes the label is checked after a match.
 */
const LABEL =
  /(?:user ?-?name|nome de usu[aá]rio|nombre de usuario|nome utente|benutzername|gebruikersnaam|nom d.utilisateur|ユーザー?名|نام[\s\u200c]?کاربری|имя пользователя|kullanıcı adı|nazwa użytkownika)\s*[:：]\s*/giu;
const LETTER = /\p{L}/u;
const WEB = /^(?:https?:\/\/|www\.)\S/i;
/** A word of capitals, digits and signs only (`EURO`, `90966`, `-`, `1.331`). */
const SHOUT = /^[\p{Lu}\p{N}\p{P}\p{S}]+$/u;

/**
 * The username after the first username label when it starts as a web address, with the words
 * that follow it as long as they are capitals, digits and signs (`- 90966 EURO KUCOIN`); else null.
 */
export function webAddressUsername(text: string): string | null {
  LABEL.lastIndex = 0;
  let m = LABEL.exec(text);
  while (m && m.index > 0 && LETTER.test(text[m.index - 1] as string)) m = LABEL.exec(text);
  if (!m) return null;
  const words = text.slice(m.index + m[0].length, m.index + m[0].length + 300).split(' ');
  const first = words[0] ?? '';
  if (!WEB.test(first)) return null;
  const out = [first.slice(0, 100)];
  for (const w of words.slice(1, 7)) {
    if (!w || w.length > 20 || !SHOUT.test(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

export const addressInUsername = defineCheck({
  id: 'url-obfuscation/address-in-username',
  category: 'url-obfuscation',
  severity: 'warn',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    const from = ctx.author;
    if (from && ctx.isAllowedSender(from.address || from.name)) return [];
    const body = ctx.bodyText;
    const username = webAddressUsername(body);
    if (!username) return [];
    const at = body.indexOf(username);
    return [hit<P>({ username }, [{ kind: 'body', label: 'text', value: body.slice(Math.max(0, at - 40), at + username.length + 40).trim(), highlight: username }])];
  },
});
