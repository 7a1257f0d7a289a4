/**
 * White space runs to one space, as `text.replace(/\s+/g, ' ')` gives, faster: only the runs that
 * are not a lone space are replaced (a space before another white space char is taken with it),
 * so the single spaces between words, which are most of the runs, are not rewritten one by one.
 * Linear (no nested quantifier); compared with the `\s+` form in test/perf-paths/white-space.test.ts.
 */
const WHITE_RUN = / ?(?:[^\S ]| {2})\s*/g;

export function collapseWhiteSpace(text: string): string {
  return text.replace(WHITE_RUN, ' ');
}
