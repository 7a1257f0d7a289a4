/**
 * Reference copy of `foldForMatch` before its printable-ASCII fast path (`src/text/normalize.ts`),
 * for the oracle test in `../fold.test.ts`.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E0FFF}]/gu;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

export function foldForMatch(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, '').normalize('NFKC').toLowerCase();
}
