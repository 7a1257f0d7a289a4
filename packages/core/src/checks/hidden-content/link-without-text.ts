/**
 * The mail links somewhere but has almost no text: fewer than 25 letters and digits in all it
 * shows (a Han, kana or Hangul character counts as three: a Japanese notice of nine characters is
 * a sentence). Its message is a picture (an `<img>`, a CSS background) or nothing at all, around a link —
 * the words are where spam filters cannot read them, and the reader has nothing to check but the
 * picture. SpamAssassin's HTML_IMAGE_ONLY rules score the same shape.
 *
 * Spec: none; the mail's visible text as a client shows it (`ctx.bodyText`: the HTML part, else
 *   the text part) and the links of its HTML body.
 * False positives: a mail that is only a picture and a link, such as an e-card; a person who sends
 *   a bare short link is one too (a long link already counts as text). Measured: 58 `phish-dev`
 *   mails, 0 of 4,279 `ham/` (newsletters heavy with images still write a sentence or an
 *   unsubscribe line), 0 bounce or Japanese phishing mail; 1 Japanese test fixture (spam).
 * Weight rationale: 12, `caution` alone: hiding the words from filters is deliberate, but an
 *   image-only mail is not proof of fraud; with any other sign it is `suspicious`.
 */
import type { HiddenContentParams } from '../../model/params/hidden-content.js';
import { defineCheck, hit } from '../define-check.js';

type P = HiddenContentParams['hidden-content/link-without-text'];

/** Letters and digits below which a mail says nothing in words (not even "Click here to unsubscribe"). */
const MIN_LETTERS = 25;
const LETTER = /[\p{L}\p{N}]/gu;
/**
 * A Han, kana or Hangul character says as much as a short word: `ご注文の商品を発送しました。`
 * (13 characters) is a whole notice. Each counts as three letters.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_WEIGHT = 3;

export const linkWithoutText = defineCheck({
  id: 'hidden-content/link-without-text',
  category: 'hidden-content',
  severity: 'warn',
  weight: 12,
  needs: ['body'],
  run(ctx) {
    // Most mail says a sentence: count the letters first, and stop at the 25th.
    let letters = 0;
    let weighted = 0;
    const text = ctx.bodyText;
    LETTER.lastIndex = 0;
    for (let m = LETTER.exec(text); m !== null; m = LETTER.exec(text)) {
      letters++;
      weighted += CJK.test(m[0]) ? CJK_WEIGHT : 1;
      if (weighted >= MIN_LETTERS) return [];
    }
    let links = 0;
    let images = 0;
    for (const l of ctx.links) {
      if (l.source !== 'html') continue;
      links++;
      if (l.hasImage) images++;
    }
    const from = ctx.author;
    if (links === 0 || (from && ctx.isAllowedSender(from.address))) return [];
    return [hit<P>({ links, letters, images }, [])];
  },
});
