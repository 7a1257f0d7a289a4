/** Helpers shared by the `recipient-targeting` checks. */

/**
 * Whether the address found at `at` in `text` stands on its own: `xtaro@kousya.example` or
 * `taro@kousya.example.net` around `taro@kousya.example` are other addresses.
 */
export function addressStandsAlone(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  if (before && /[a-z0-9._%+-]/i.test(before)) return false;
  if (after && /[a-z0-9-]/i.test(after)) return false;
  return !(after === '.' && /[a-z0-9]/i.test(text[at + length + 1] ?? ''));
}
