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

export function levelFor(score: number): VerdictLevel {
  return THRESHOLDS.find((t) => score >= t.min)?.level ?? 'safe';
}
