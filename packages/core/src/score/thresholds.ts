import type { Category } from '../model/finding.js';
import type { VerdictLevel } from '../model/verdict.js';

/**
 * The only place the level cut-offs live. Calibrated with `pnpm eval` on the shared corpus
 * (real phishing vs. legitimate mail): see the README's "Measured" section.
 */
export const THRESHOLDS: readonly { readonly level: VerdictLevel; readonly min: number }[] = [
  { level: 'dangerous', min: 65 },
  { level: 'suspicious', min: 35 },
  { level: 'caution', min: 12 },
  { level: 'safe', min: 0 },
];

/** No single category may add more than this, so ten URL findings cannot outweigh the sender evidence. */
export const CATEGORY_CAP = 60;

/**
 * Categories with their own cap: the receiving server saying a brand's own domain was forged is
 * enough on its own for `dangerous`; the wording of a mail is never enough for `suspicious`.
 */
export const CATEGORY_CAPS: Readonly<Partial<Record<Category, number>>> = {
  'sender-authentication': 80,
  // What the text says is never proof on its own: below `suspicious`, it only adds to other signs.
  'social-engineering': 22,
  // Its one finding carries the forwarded original's whole score (see aggregate).
  'forwarded-message': 100,
};

export function levelFor(score: number): VerdictLevel {
  return THRESHOLDS.find((t) => score >= t.min)?.level ?? 'safe';
}
