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
  // Its one finding carries the forwarded original's whole score (see ALTERNATIVE_CATEGORIES).
  'forwarded-message': 100,
};

/**
 * Categories that stand for the same evidence seen another way, and so are not added to the rest:
 * the mail scores the higher of the two. A forwarded original's score is its links and text,
 * which the forward's own checks also saw.
 */
/**
 * Signs of several different kinds that point the same way are stronger than their sum. The score
 * gains `points` when either
 * - at least 3 categories each contribute 5 points or more (after their caps), or
 * - at least 2 categories each contribute enough for `caution` on their own (12 points or more).
 * The summary counts the kinds that agree as the categories of 5 points or more.
 *
 * Measured on the shared corpus. Session 13 (the first rule): 785 of the 1,977 real phishing mails
 * and 1 of the 4,279 legitimate ones have three such categories. Session 18 (the second rule): it
 * adds the points to 4 more mails outside `phish-dev` (one `ham/` mail already at 55, three
 * milter-manager header fixtures) and lifts 12 `phish-dev` mails to `suspicious`: 9 pair
 * Microsoft's spam rating with a shortened or free-hosting link, an obsolete address syntax or a
 * domain in the sender name; the others a failed SPF check with a shortened link, decorative
 * letters or a free-hosting link with account threats. No `ham/` or bounce mail crosses
 * `suspicious` because of either rule; one milter-manager test message does (two Subject headers,
 * sent as its own recipient: 32 → 37). The legitimate corpus holds no mail Microsoft rated, so the
 * pairs with its rating are not calibrated there.
 */
export const CORROBORATION = {
  /** Three categories (`categories`) of at least `minPoints` each… */
  categories: 3,
  minPoints: 5,
  /** …or two (`strongCategories`) that each reach `caution` on their own. */
  strongCategories: 2,
  strongPoints: THRESHOLDS.find((t) => t.level === 'caution')?.min ?? 12,
  points: 5,
} as const;

export const ALTERNATIVE_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['forwarded-message']);

export function levelFor(score: number): VerdictLevel {
  return THRESHOLDS.find((t) => score >= t.min)?.level ?? 'safe';
}
