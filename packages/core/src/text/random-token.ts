/**
 * Machine-made noise in names: the per-copy codes bulk senders stamp into subjects, sender names,
 * mailbox names and link hosts so that filters cannot recognise the same mail twice. Shared by
 * `header-anomaly/random-token` and `url-obfuscation/uppercase-host`.
 */

/**
 * 0 digit, 1 capital, 2 small letter, -1 for anything without case (kanji, kana, punctuation).
 * Letters beyond ASCII are classed by their own case (`ð` small, `Ÿ` capital).
 */
function caseClass(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return 0;
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 2;
  const upper = ch.toUpperCase();
  if (ch.toLowerCase() === upper) return -1;
  return ch === upper ? 1 : 2;
}

/**
 * The classes `t` mixes (bit 1 << class) and how often it switches between them, packed as
 * `switches * 8 + classes`; -1 when a character has no case.
 */
function mix(t: string): number {
  let switches = 0;
  let seen = 0;
  let prev = -1;
  for (const ch of t) {
    const k = caseClass(ch);
    if (k < 0) return -1;
    seen |= 1 << k;
    if (prev >= 0 && k !== prev) switches++;
    prev = k;
  }
  return switches * 8 + seen;
}

/** All three classes (digits, capitals, small letters). */
const ALL = 7;
/** Digits and small letters only. */
const SMALL_AND_DIGITS = 5;

/**
 * Mixed lower/upper/digit noise with at least six switches between the three classes, or a
 * 12+ character lower-case-and-digit run with six switches that is not hexadecimal
 * (`oo2oyj6dku6kdhekfc84exnta`, but not a commit id).
 */
export function isRandomToken(t: string): boolean {
  const m = mix(t);
  if (m < 0 || m < 6 * 8) return false;
  const seen = m % 8;
  return seen === ALL || (seen === SMALL_AND_DIGITS && t.length >= 12 && !/^[0-9a-f]+$/.test(t));
}

/**
 * A mailbox name of scrambled case (`mPmjQSt`, `DhqXWtgoHnIZCEs`): 7+ letters or digits, no
 * separators, at least four switches between lower and upper case, and lower-case runs of under
 * 2.5 letters on average — names are written in syllables (`JohnMcDonald`: runs 3, 1, 5).
 */
export function isRandomLocalPart(local: string): boolean {
  if (local.length < 7 || local.length > 64 || !/^[A-Za-z0-9]+$/.test(local)) return false;
  let switches = 0;
  let prev = -1;
  let lowerRuns = 0;
  let lowerLetters = 0;
  for (const ch of local) {
    const k = caseClass(ch);
    if (k === 0) continue;
    if (k === 2) {
      lowerLetters++;
      if (prev !== 2) lowerRuns++;
    }
    if (prev >= 0 && k !== prev) switches++;
    prev = k;
  }
  return switches >= 4 && lowerRuns > 0 && lowerLetters / lowerRuns < 2.5;
}

/**
 * A host label as written in a link that is scrambled-case noise (`ð69hkŸIHœP8Rz`, `b4tszkxvYp4t`):
 * 8–63 letters and digits mixing small letters, capitals and digits with at least six switches
 * between them (the `isRandomToken` rule). A letter without case (kanji, kana, Hangul) or a
 * hyphen makes the label a name, never noise.
 */
export function isRandomHostLabel(label: string): boolean {
  if (label.length < 8 || label.length > 63) return false;
  const m = mix(label);
  return m >= 6 * 8 && m % 8 === ALL;
}

function isSmall(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * A code glued onto the end of a word (`verifiqueXJ34DNLwlN`, `ImportanteIWWbxrzo4g`): in a token
 * of ASCII letters and digits, the tail of 8–40 characters that starts with a capital right after
 * three small letters, with a digit between letters and with a capital right after a small letter
 * or a run of capitals before a small one. Product and campaign names glue words and numbers too
 * (`WindowsServer2022R2`, `SpringSale2024Now`) but each word starts with a capital followed by
 * small letters. Returns the tail, or null.
 */
export function gluedCode(token: string): string | null {
  if (!/^[A-Za-z0-9]{11,80}$/.test(token)) return null;
  for (let i = 3; i <= token.length - 8; i++) {
    const c = token.charCodeAt(i);
    if (c < 65 || c > 90 || !isSmall(token.charCodeAt(i - 1)) || !isSmall(token.charCodeAt(i - 2)) || !isSmall(token.charCodeAt(i - 3))) continue;
    const tail = token.slice(i);
    if (tail.length > 40) continue;
    return /[A-Za-z][0-9]+[A-Za-z]/.test(tail) && /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(tail) ? tail : null;
  }
  return null;
}
