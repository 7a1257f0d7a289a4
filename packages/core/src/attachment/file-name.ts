/**
 * Static analysis of an attachment's file name: the extension Windows will act on, a decoy
 * extension in front of it (`請求書.pdf.exe`, `scan.pdf      .exe`), and bidi controls that make
 * the name display differently from what it is (`invoice\u202Efdp.exe` shows as `invoiceexe.pdf`).
 *
 * The real extension is taken the way Windows Explorer takes it: after the last `.`, once
 * trailing dots and spaces are dropped (Win32 strips them). Only ASCII `.` separates an extension;
 * look-alike dots (`．`, `․`, `﹒`) are recognised only for the decoy, where they are a disguise.
 */
import { neutralize } from '../text/normalize.js';
import { classOfExtension, DECOY_CLASSES, type RiskClass } from './risky-extensions.js';

/** Bidi embedding/override/isolate controls: they reorder what a person sees (Unicode UAX #9). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
/** Characters that look like a dot but are not an extension separator. */
const DOT_LIKE = '.\uFF0E\u2024\uFE52\u3002\u00B7\u2027';
/** Blank-looking padding between a decoy and the real extension (spaces, braille blank, filler). */
const PAD_CHARS = new Set([...' \t\u3000_\u2800\u3164\u115F\u1160\uFFA0\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B-']);

/** Length of the run at the end of `s` made only of characters in `set` (no regex: linear). */
function trailingRun(s: string, set: ReadonlySet<string>): number {
  let i = s.length;
  while (i > 0 && set.has(s[i - 1] as string)) i--;
  return s.length - i;
}

const TRAILING_WIN32 = new Set([' ', '.']);

export interface FileNameInfo {
  /** The name as given (null when the part had none). */
  readonly raw: string | null;
  /** The base name (path components removed), with invisibles and bidi controls made visible. */
  readonly display: string;
  /** The extension that decides what happens on open: lower-case, no dot, '' when none. */
  readonly ext: string;
  readonly extClass: RiskClass | null;
  /** A document/image/archive extension in front of the real one (`pdf` in `a.pdf.exe`), or null. */
  readonly decoyExt: string | null;
  readonly decoyClass: RiskClass | null;
  /** Three or more blanks (or look-alike dot) between the decoy and the real extension. */
  readonly padded: boolean;
  /** Bidi controls present, as `U+202E` code points. */
  readonly bidi: readonly string[];
  /** Roughly what a person sees when the name holds a right-to-left override (null otherwise). */
  readonly shownAs: string | null;
  /** The extension a person sees at the end of `shownAs` (null when no override). */
  readonly shownExt: string | null;
}

const MAX_NAME = 512;

function codePoint(c: string): string {
  return 'U+' + (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** Drops any directory part (`C:\x\y.exe`, `../y.exe`). */
function baseName(name: string): string {
  const cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return cut >= 0 ? name.slice(cut + 1) : name;
}

/**
 * Approximates the visual order of a name with bidi overrides for Latin/CJK text: a run after
 * U+202E (RLO) up to U+202C (PDF), U+2069 (PDI) or the end is displayed reversed. Other controls
 * are removed. Good enough to show the disguise, not a full UAX #9 implementation.
 */
export function visualOrder(name: string): string {
  let out = '';
  let i = 0;
  const chars = [...name];
  while (i < chars.length) {
    const c = chars[i] as string;
    if (c === '\u202E') {
      const run: string[] = [];
      i++;
      while (i < chars.length && chars[i] !== '\u202C' && chars[i] !== '\u2069') {
        const d = chars[i] as string;
        if (!/[\u202A-\u202E\u2066-\u2069]/u.test(d)) run.push(d);
        i++;
      }
      i++; // skip the terminator
      out += run.reverse().join('');
      continue;
    }
    if (!/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/u.test(c)) out += c;
    i++;
  }
  return out;
}

function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return '';
  const ext = name.slice(dot + 1).toLowerCase();
  return ext.length <= 24 && !/\s/u.test(ext) ? ext : '';
}

/** Analyses an attachment file name. Pure; never throws; bounded by a 512-character cap. */
export function analyzeFileName(raw: string | null): FileNameInfo {
  if (raw === null || raw === '') {
    return { raw, display: '', ext: '', extClass: null, decoyExt: null, decoyClass: null, padded: false, bidi: [], shownAs: null, shownExt: null };
  }
  const base = baseName(raw.length > MAX_NAME ? raw.slice(-MAX_NAME) : raw);
  // Win32 drops trailing dots and spaces, so `a.exe.` and `a.exe ` run as `.exe`.
  const trimmed = base.slice(0, base.length - trailingRun(base, TRAILING_WIN32));
  const ext = extOf(trimmed);
  const extClass = classOfExtension(ext);

  let decoyExt: string | null = null;
  let decoyClass: RiskClass | null = null;
  let padded = false;
  if (ext) {
    const stem = trimmed.slice(0, trimmed.length - ext.length - 1);
    const pad = trailingRun(stem, PAD_CHARS);
    const unpadded = stem.slice(0, stem.length - pad);
    padded = pad >= 3;
    // the decoy: the last segment after a dot or a look-alike dot
    let cut = -1;
    for (let i = unpadded.length - 1; i >= 0 && i >= unpadded.length - 25; i--) {
      if (DOT_LIKE.includes(unpadded[i] as string)) {
        cut = i;
        break;
      }
    }
    if (cut > 0) {
      const cand = unpadded.slice(cut + 1).normalize('NFKC').toLowerCase();
      const cls = classOfExtension(cand);
      if (cls && DECOY_CLASSES.has(cls)) {
        decoyExt = cand;
        decoyClass = cls;
      }
    }
  }

  const bidi = [...new Set([...base.matchAll(BIDI_CONTROLS)].map((m) => codePoint(m[0])))];
  let shownAs: string | null = null;
  let shownExt: string | null = null;
  if (base.includes('\u202E')) {
    shownAs = visualOrder(base);
    shownExt = extOf(shownAs) || null;
  }
  return {
    raw,
    display: neutralize(base, 200),
    ext,
    extClass,
    decoyExt,
    decoyClass,
    padded,
    bidi,
    shownAs,
    shownExt,
  };
}
