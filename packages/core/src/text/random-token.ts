/**
 * Machine-made noise in names: the per-copy codes bulk senders stamp into subjects, sender names,
 * mailbox names and link hosts so that filters cannot recognise the same mail twice. Shared by
 * `header-anomaly/random-token` and `url-obfuscation/uppercase-host`.
 */

/** 0 digit, 1 capital, 2 anything else (small letters). */
function kind(c: number): number {
  if (c >= 48 && c <= 57) return 0;
  if (c >= 65 && c <= 90) return 1;
  return 2;
}

/**
 * Mixed lower/upper/digit noise with at least six switches between the three classes, or a
 * 12+ character lower-case-and-digit run with six switches that is not hexadecimal
 * (`oo2oyj6dku6kdhekfc84exnta`, but not a commit id).
 */
export function isRandomToken(t: string): boolean {
  let switches = 0;
  let seen = 0;
  let prev = -1;
  for (let i = 0; i < t.length; i++) {
    const k = kind(t.charCodeAt(i));
    seen |= 1 << k;
    if (prev >= 0 && k !== prev) switches++;
    prev = k;
  }
  if (seen === 7) return switches >= 6;
  return seen === 5 && t.length >= 12 && switches >= 6 && !/^[0-9a-f]+$/.test(t);
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
  for (let i = 0; i < local.length; i++) {
    const k = kind(local.charCodeAt(i));
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
 * between them. Letters are classed by their own case, so Latin letters beyond ASCII count; a
 * letter without case (kanji, kana, Hangul) or a hyphen makes the label a name, never noise.
 */
export function isRandomHostLabel(label: string): boolean {
  if (label.length < 8 || label.length > 63) return false;
  let switches = 0;
  let seen = 0;
  let prev = -1;
  for (const ch of label) {
    let k: number;
    if (ch >= '0' && ch <= '9') k = 0;
    else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower === upper) return false;
      k = ch === upper ? 1 : 2;
    }
    seen |= 1 << k;
    if (prev >= 0 && k !== prev) switches++;
    prev = k;
  }
  return seen === 7 && switches >= 6;
}
