/** Natural order for the report's file column (client.ts), alone so that it can be tested outside a browser. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Strings in natural order: runs of digits compare as numbers (`box.mbox#2` before `box.mbox#10`,
 * `2026-9` before `2026-10`); everything else by code unit.
 */
export function naturalCompare(x: string, y: string): number {
  let i = 0;
  const n = Math.min(x.length, y.length);
  while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (i === x.length || i === y.length) return x.length - y.length;
  // Back to the start of a digit run that both are in at the first difference.
  let s = i;
  while (s > 0 && isDigit(x.charCodeAt(s - 1))) s--;
  if (isDigit(x.charCodeAt(i)) || isDigit(y.charCodeAt(i)) || s < i) {
    let ex = s;
    while (ex < x.length && isDigit(x.charCodeAt(ex))) ex++;
    let ey = s;
    while (ey < y.length && isDigit(y.charCodeAt(ey))) ey++;
    if (ex > s && ey > s) {
      const a = x.slice(s, ex).replace(/^0+(?=\d)/, '');
      const b = y.slice(s, ey).replace(/^0+(?=\d)/, '');
      if (a.length !== b.length) return a.length - b.length;
      if (a !== b) return a < b ? -1 : 1;
    }
  }
  return x.charCodeAt(i) - y.charCodeAt(i);
}
