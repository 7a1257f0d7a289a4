// The implementation at commit 42e60b6, kept as the reference ../far-length.test.ts compares the current code with.

const DIGIT_RUN = /\d{3,}/g;

/**
 * Whether `html` holds a length far enough to count anywhere: 5+ digits before `px`, 4+ before
 * `vh`, 3+ before `em`/`rem` (10,000 px, 1,000 vh, 625 em), decimals and up to five spaces between.
 * Every declaration `outOfViewDeclaration` reports contains one, so HTML without any is not read
 * further (nearly all mail: widths are three or four digits of px). One pass over the digit runs.
 */
export function hasFarLength(html: string): boolean {
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(html); m; m = DIGIT_RUN.exec(html)) {
    const digits = m[0].length;
    let i = m.index + digits;
    if (html.charCodeAt(i) === 46) {
      // decimals: `.5`, up to six digits
      let j = i + 1;
      while (j < html.length && j - i <= 6 && html.charCodeAt(j) >= 48 && html.charCodeAt(j) <= 57) j++;
      if (j > i + 1) i = j;
    }
    let spaces = 0;
    while (spaces < 5 && /\s/.test(html[i] ?? '')) {
      i++;
      spaces++;
    }
    const a = html.charCodeAt(i) | 0x20;
    const b = html.charCodeAt(i + 1) | 0x20;
    const c = html.charCodeAt(i + 2) | 0x20;
    if (a === 112 && b === 120 && digits >= 5) return true; // px
    if (a === 118 && b === 104 && digits >= 4) return true; // vh
    if (digits >= 3 && ((a === 101 && b === 109) || (a === 114 && b === 101 && c === 109))) return true; // em, rem
  }
  return false;
}
