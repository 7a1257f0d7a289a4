/**
 * Internationalised domain names, offline and dependency-free.
 *
 * `new URL()` already turns a Unicode host into its ASCII (`xn--`) form, so only the way back is
 * needed: a small RFC 3492 (Punycode) decoder for display and for confusable comparison. On top of
 * it, a UTS #39 §5.2 restriction level per label, which decides whether a mix of scripts is one a
 * real name uses (Japanese: Latin + Han + Hiragana + Katakana, `メモ書き.jp`, `OTSUKAカスタマー`) or a
 * homograph trick (Latin + Cyrillic `аpple`).
 */

import { skeleton } from './confusables.js';

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
/** Longest label decoded (RFC 1035 §2.3.4 allows 63 octets; a little slack for hostile input). */
const MAX_LABEL = 256;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 22; // 0-9 → 26..35
  if (c >= 0x41 && c <= 0x5a) return c - 0x41; // A-Z
  if (c >= 0x61 && c <= 0x7a) return c - 0x61; // a-z
  return BASE;
}

/**
 * Decodes one Punycode string (the part after `xn--`), RFC 3492 §6.2. Returns null when the input
 * is not valid Punycode (bad digit, overflow, or too long).
 *
 * @example
 * decodePunycode('w8jxqd8946c'); // 'メモ書き'
 */
export function decodePunycode(input: string): string | null {
  if (input.length > MAX_LABEL) return null;
  const output: number[] = [];
  const lastDelim = input.lastIndexOf('-');
  const basicEnd = lastDelim < 0 ? 0 : lastDelim;
  for (let j = 0; j < basicEnd; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let idx = basicEnd > 0 ? basicEnd + 1 : 0; idx < input.length; ) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (idx >= input.length) return null;
      const digit = digitValue(input.charCodeAt(idx++));
      if (digit >= BASE) return null;
      if (digit > Math.floor((0x7fffffff - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(0x7fffffff / (BASE - t))) return null;
      w *= BASE - t;
    }
    const len = output.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    if (Math.floor(i / len) > 0x10ffff - n) return null;
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** True when some label of the host is an `xn--` (A-label). */
export function isPunycodeHost(host: string): boolean {
  return host.startsWith('xn--') || host.includes('.xn--');
}

/**
 * ASCII (`xn--`) host → Unicode for display and comparison; labels that fail to decode stay as they
 * are. Idempotent on hosts that are already Unicode.
 *
 * @example
 * hostToUnicode('xn--w8jxqd8946c.jp'); // 'メモ書き.jp'
 */
export function hostToUnicode(host: string): string {
  if (!isPunycodeHost(host.toLowerCase())) return host;
  return host
    .split('.')
    .map((label) => {
      if (label.length > 4 && label.slice(0, 4).toLowerCase() === 'xn--') return decodePunycode(label.slice(4)) ?? label;
      return label;
    })
    .join('.');
}

/** The scripts UTS #39 cares about for domain names (Common and Inherited are ignored). */
export type Script =
  | 'Latin'
  | 'Han'
  | 'Hiragana'
  | 'Katakana'
  | 'Hangul'
  | 'Bopomofo'
  | 'Cyrillic'
  | 'Greek'
  | 'Armenian'
  | 'Arabic'
  | 'Hebrew'
  | 'Thai'
  | 'Other';

const SCRIPT_TESTS: readonly (readonly [Script, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
];
/** Common/Inherited: digits, hyphen, marks, and `ー` `々` `〆` (which UTS #39 extends to Japanese). */
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

function scriptOf(ch: string): Script | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'Latin' : null;
  if (NEUTRAL.test(ch)) return null;
  for (const [s, re] of SCRIPT_TESTS) if (re.test(ch)) return s;
  return 'Other';
}

/** The set of (non-Common) scripts in a text, in order of first appearance. */
export function scriptsOf(text: string): Script[] {
  const out: Script[] = [];
  for (const ch of text) {
    const s = scriptOf(ch);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * UTS #39 §5.2 restriction levels, from safest to loosest. `highly-restrictive` admits the CJK
 * sets (Latin + Han + Hiragana + Katakana for Japanese), so genuine Japanese names stay clean.
 */
export type RestrictionLevel = 'ascii' | 'single-script' | 'highly-restrictive' | 'moderately-restrictive' | 'minimally-restrictive';

const JAPANESE: ReadonlySet<Script> = new Set(['Latin', 'Han', 'Hiragana', 'Katakana']);
const CHINESE: ReadonlySet<Script> = new Set(['Latin', 'Han', 'Bopomofo']);
const KOREAN: ReadonlySet<Script> = new Set(['Latin', 'Han', 'Hangul']);

/**
 * The restriction level of one label (or any text).
 *
 * @example
 * restrictionLevel('メモ書き');   // 'highly-restrictive'
 * restrictionLevel('аpple');     // 'minimally-restrictive' (Cyrillic а + Latin)
 */
export function restrictionLevel(text: string): RestrictionLevel {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return 'ascii';
  const scripts = scriptsOf(text);
  if (scripts.length <= 1) return 'single-script';
  const within = (set: ReadonlySet<Script>) => scripts.every((s) => set.has(s));
  if (within(JAPANESE) || within(CHINESE) || within(KOREAN)) return 'highly-restrictive';
  if (scripts.length === 2 && scripts.includes('Latin')) {
    const other = scripts.find((s) => s !== 'Latin');
    if (other !== 'Cyrillic' && other !== 'Greek' && other !== 'Other') return 'moderately-restrictive';
  }
  return 'minimally-restrictive';
}

/** Scripts whose own ccTLDs make an all-Cyrillic/Greek/Armenian label normal. */
const NATIVE_TLDS: Readonly<Partial<Record<Script, readonly string[]>>> = {
  Cyrillic: ['ru', 'su', 'ua', 'by', 'kz', 'bg', 'mk', 'rs', 'mn', 'kg', 'tj', 'xn--p1ai', 'xn--j1amh', 'xn--90ais', 'xn--90a3ac', 'xn--d1alf', 'xn--80ao21a', 'xn--l1acc'],
  Greek: ['gr', 'cy', 'xn--qxam'],
  Armenian: ['am', 'xn--y9a3aq'],
};

const LEVEL_ORDER: readonly RestrictionLevel[] = ['ascii', 'single-script', 'highly-restrictive', 'moderately-restrictive', 'minimally-restrictive'];

/** What an internationalised host looks like to a homograph check. */
export interface IdnAssessment {
  /** Unicode form (`メモ書き.jp`). */
  readonly unicodeHost: string;
  /** The loosest restriction level among its labels. */
  readonly level: RestrictionLevel;
  /**
   * A label written entirely in Cyrillic, Greek or Armenian whose skeleton is plain Latin
   * (`аррӏе` reads as `apple`), under a TLD that is not that script's own.
   */
  readonly wholeScriptConfusable: boolean;
}

/**
 * Assesses an ASCII (`xn--`) or Unicode host; null for plain ASCII hosts. Japanese names
 * (Latin + Han + Hiragana + Katakana) come out `highly-restrictive` and not confusable.
 *
 * @example
 * assessIdn('xn--w8jxqd8946c.jp');  // { unicodeHost: 'メモ書き.jp', level: 'highly-restrictive', wholeScriptConfusable: false }
 * assessIdn('xn--80ak6aa92e.com');  // { unicodeHost: 'аррӏе.com', level: 'single-script', wholeScriptConfusable: true }
 */
export function assessIdn(host: string): IdnAssessment | null {
  const h = host.toLowerCase();
  const unicodeHost = hostToUnicode(h);
  if (unicodeHost === h && restrictionLevel(h) === 'ascii') return null;
  const labels = unicodeHost.split('.');
  const asciiLabels = h.split('.');
  const tld = asciiLabels[asciiLabels.length - 1] ?? '';
  let level: RestrictionLevel = 'ascii';
  let wholeScriptConfusable = false;
  for (const label of labels) {
    const l = restrictionLevel(label);
    if (LEVEL_ORDER.indexOf(l) > LEVEL_ORDER.indexOf(level)) level = l;
    if (l === 'single-script') {
      const script = scriptsOf(label)[0];
      const native = script ? NATIVE_TLDS[script] : undefined;
      if (native && !native.includes(tld) && /^[a-z0-9-]+$/.test(skeleton(label))) wholeScriptConfusable = true;
    }
  }
  return { unicodeHost, level, wholeScriptConfusable };
}
