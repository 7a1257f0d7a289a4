/**
 * Invisible or direction-changing characters in the display name, subject or a link's text: zero-width spaces,
 * invisible operators and variation selectors split brand names past filters (`メルカ\u2064リ`,
 * `コ\u2061インチェ\uFE09ック`), and bidi overrides reverse what is shown.
 *
 * Spec: UTS #39 §3 (default-ignorable characters), Unicode bidi (UAX #9).
 * False positives: emoji sequences (ZWJ and VS-16 next to an emoji are ignored).
 * Weight rationale: no reason for these in a sender name; bidi controls weigh more.
 */
import { hasBidi, invisibleCodePoints, stripInvisible } from '../../text/normalize.js';
import { defineCheck, headerEvidence, hit } from '../define-check.js';

/** Drops emoji joiners and presentation selectors, which are legitimate inside emoji sequences. */
function withoutEmojiJoiners(text: string): string {
  if (!text.includes('\u200D') && !text.includes('\uFE0F')) return text;
  return text.replace(/(\p{Extended_Pictographic}|\p{Emoji_Modifier})[\u200D\uFE0F]+(?=\p{Extended_Pictographic}|$|\s|[^\p{L}])/gu, '$1').replace(/(\p{Extended_Pictographic})\uFE0F/gu, '$1');
}

/** At most 80 characters of the text quoted in the sentence (a link's text can be a whole paragraph); the evidence keeps it whole. */
function shortened(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : chars.join('');
}

export const invisibleCharacters = defineCheck({
  id: 'header-anomaly/invisible-characters',
  category: 'header-anomaly',
  severity: 'warn',
  weight: 20,
  needs: ['headers'],
  run(ctx) {
    const places: ['display-name' | 'subject' | 'link-text', string, string][] = [
      ['display-name', ctx.author?.name ?? '', 'From'],
      ['subject', ctx.subject, 'Subject'],
    ];
    // Link texts too, when the body is there (a reversed or padded link text hides its target).
    if (!ctx.input.unavailable?.some((u) => u.what === 'body')) {
      for (const link of ctx.links) if (link.text) places.push(['link-text', link.text, link.href]);
    }
    for (const [where, text, label] of places) {
      const t = withoutEmojiJoiners(text);
      const cps = invisibleCodePoints(t);
      if (cps.length === 0) continue;
      const bidi = hasBidi(t);
      const evidence = where === 'link-text' ? [{ kind: 'url' as const, label: 'link text', value: text, highlight: label }] : [headerEvidence(label, text)];
      return [hit({ where, text: shortened(stripInvisible(t)), codePoints: cps.join(' '), bidi }, evidence, bidi ? { weight: 30, severity: 'danger' } : {})];
    }
    return [];
  },
});
