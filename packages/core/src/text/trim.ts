/** Linear-time trimming helpers (regexes like `/\.+$/` are quadratic on hostile input). */

/** Removes trailing characters contained in `chars`. */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] as string)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Removes leading characters contained in `chars`. */
export function trimStart(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start] as string)) start++;
  return start === 0 ? s : s.slice(start);
}

/** The part of `s` before the first occurrence of `sep` (all of `s` when absent). */
export function before(s: string, sep: string): string {
  const i = s.indexOf(sep);
  return i < 0 ? s : s.slice(0, i);
}
