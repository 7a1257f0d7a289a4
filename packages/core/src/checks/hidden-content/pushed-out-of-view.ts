/**
 * The HTML's own styles push part of the mail ten thousand pixels (or a thousand screen heights)
 * down or up — `margin-top: 470500px`, `height: 10000vh` — where no reader ever scrolls. The mail
 * carries a second text, usually a harmless newsletter copied from elsewhere, for spam filters to
 * read while the person sees only the offer at the top.
 *
 * Spec: CSS 2.1 §8.3 (margins), §10.5 (height), CSS Values 4 §6.1.2 (`vh`); only the vertical
 *   properties count (`margin-top`, `padding-top`, `top`, `height`, `min-height`, `line-height`,
 *   and the `margin`/`padding` shorthands' first value), inside `style` attributes and `<style>`
 *   elements — never text that merely talks about CSS.
 * False positives: none measured (no legitimate, bounce or Japanese mail in the shared corpora has
 *   a vertical length of 10,000 px or 1,000 vh). A hidden preheader is not this: it hides a line
 *   with `display:none` or `max-height:0`, or moves it sideways (`left:-9999px`), which is allowed.
 * Weight rationale: 25 — a deception with no use in real mail, but about the filter rather than
 *   the reader: `caution` alone, `suspicious` with one more sign.
 */
import type { HiddenContentParams } from '../../model/params/hidden-content.js';
import { defineCheck, hit } from '../define-check.js';

type P = HiddenContentParams['hidden-content/pushed-out-of-view'];

/** HTML read at most (styles of a real mail are near the top). */
const HTML_READ_MAX = 2_000_000;
const STYLE_ATTRIBUTE = /\bstyle\s*=\s*(?:"([^"]{0,4000})"|'([^']{0,4000})')/gi;
const DECLARATION =
  /(?<![\w-])(margin-top|padding-top|top|height|min-height|line-height|margin|padding)\s{0,5}:\s{0,5}(-?\d{1,12})(?:\.\d{1,6})?\s{0,5}(px|vh|r?em)\b/gi;

/** Pixels at or beyond which nothing is on any screen; screen heights likewise; `em` as 16 px. */
const MIN_PX = 10_000;
const MIN_VH = 1_000;
const MIN_EM = MIN_PX / 16;

/**
 * A far length as `hasFarLength` describes it: the last 5 (px), 4 (vh) or 3 (em, rem) digits of a
 * run, so a longer run matches too (at its tail); every quantifier is bounded, so each start costs
 * a few steps and a megabyte of digits stays linear. The three digits they share come first (the
 * engine tries the rest only after them). ASCII classes, not the `i` flag: exactly the letters the
 * digit-run loop this replaced folded with `| 0x20`.
 */
const FAR_LENGTH =
  /\d{3}(?:\d\d(?:\.\d{1,6})?\s{0,5}[pP][xX]|\d(?:\.\d{1,6})?\s{0,5}[vV][hH]|(?:\.\d{1,6})?\s{0,5}(?:[eE]|[rR][eE])[mM])/;

/**
 * Whether `html` holds a length far enough to count anywhere: 5+ digits before `px`, 4+ before
 * `vh`, 3+ before `em`/`rem` (10,000 px, 1,000 vh, 625 em), decimals and up to five spaces between.
 * Every declaration `outOfViewDeclaration` reports contains one, so HTML without any is not read
 * further (nearly all mail: widths are three or four digits of px). One native match: a loop over
 * every run of three digits (colours, widths, tracking ids) ran in the interpreter for most of a scan.
 */
export function hasFarLength(html: string): boolean {
  return FAR_LENGTH.test(html);
}

/** The first declaration in `css` that puts content out of view, or null. */
export function outOfViewDeclaration(css: string): string | null {
  for (const m of css.matchAll(DECLARATION)) {
    const n = Math.abs(Number(m[2]));
    const unit = (m[3] ?? '').toLowerCase();
    const far = unit === 'px' ? n >= MIN_PX : unit === 'vh' ? n >= MIN_VH : n >= MIN_EM;
    if (far) return m[0].replace(/\s+/g, ' ');
  }
  return null;
}

/** The style sheets of an HTML document: `<style>` contents and `style` attribute values. */
export function* styleTexts(html: string): Generator<string> {
  const open = /<style\b/gi;
  const close = /<\/style/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const gt = html.indexOf('>', m.index);
    if (gt < 0 || gt - m.index > 200) continue;
    close.lastIndex = gt + 1;
    const end = close.exec(html)?.index ?? html.length;
    yield html.slice(gt + 1, Math.min(end, gt + 1 + 100_000));
    open.lastIndex = Math.max(open.lastIndex, end);
  }
  for (const m of html.matchAll(STYLE_ATTRIBUTE)) yield m[1] ?? m[2] ?? '';
}

export const pushedOutOfView = defineCheck({
  id: 'hidden-content/pushed-out-of-view',
  category: 'hidden-content',
  severity: 'warn',
  weight: 25,
  needs: ['body'],
  run(ctx) {
    const html = ctx.input.bodies?.html;
    if (!html) return [];
    const source = html.length > HTML_READ_MAX ? html.slice(0, HTML_READ_MAX) : html;
    if (!hasFarLength(source)) return [];
    for (const css of styleTexts(source)) {
      const declaration = outOfViewDeclaration(css);
      if (declaration) return [hit<P>({ declaration }, [{ kind: 'body', label: 'HTML style', value: declaration }])];
    }
    return [];
  },
});
