/**
 * The HTML body Outlook keeps inside a `.msg` file's compressed RTF (adapters/msg.ts): many files
 * saved from Outlook have no `PR_HTML`, only `PR_RTF_COMPRESSED`, whose RTF encapsulates the
 * original HTML.
 * - `decompressRtf`: [MS-OXRTFCP] §2.1.3 (LZFu: a 4,096-byte ring dictionary primed with a fixed
 *   RTF prefix, control bytes whose bits, low first, mark a literal byte or a 2-byte reference of
 *   12 bits of offset and 4 of length − 2; a reference to the write position ends the data) and
 *   the uncompressed form (`MELA`).
 * - `htmlFromRtf`: [MS-OXRTFEX] §2.1.3.1 de-encapsulation: only RTF marked `\fromhtml1`; the text of
 *   `{\*\htmltag…}` groups and the text outside `\htmlrtf` … `\htmlrtf0` spans are the HTML,
 *   everything else (font and colour tables, RTF-only formatting) is left out.
 * Both are linear, bounded by `maxBytes`, and never throw: damaged data gives what was readable.
 */
import { codePageCharset, decodeBytes, latin1 } from './charset.js';

const PREFIX =
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx';

const LZFU = 0x75465a4c;
const MELA = 0x414c454d;

/** The RTF of a `PR_RTF_COMPRESSED` value (at most `maxBytes`), or null when it is neither form. */
export function decompressRtf(b: Uint8Array, maxBytes = 16 * 1024 * 1024): Uint8Array | null {
  if (b.length < 16) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const rawSize = v.getUint32(4, true);
  const type = v.getUint32(8, true);
  const want = Math.min(rawSize, maxBytes);
  if (type === MELA) return b.slice(16, 16 + want);
  if (type !== LZFU) return null;
  const dict = new Uint8Array(4096);
  for (let i = 0; i < PREFIX.length; i++) dict[i] = PREFIX.charCodeAt(i);
  let wp = PREFIX.length;
  const out = new Uint8Array(want);
  let n = 0;
  let i = 16;
  while (i < b.length && n < want) {
    const control = b[i++] as number;
    for (let bit = 0; bit < 8 && n < want; bit++) {
      if ((control & (1 << bit)) === 0) {
        if (i >= b.length) return out.subarray(0, n);
        const c = b[i++] as number;
        out[n++] = c;
        dict[wp] = c;
        wp = (wp + 1) & 4095;
        continue;
      }
      if (i + 1 >= b.length) return out.subarray(0, n);
      const ref = ((b[i] as number) << 8) | (b[i + 1] as number);
      i += 2;
      const offset = ref >> 4;
      if (offset === wp) return out.subarray(0, n);
      const length = (ref & 15) + 2;
      for (let k = 0; k < length && n < want; k++) {
        const c = dict[(offset + k) & 4095] as number;
        out[n++] = c;
        dict[wp] = c;
        wp = (wp + 1) & 4095;
      }
    }
  }
  return out.subarray(0, n);
}

/** Destinations whose text is never part of the HTML (besides every `{\*…}` group but `\*\htmltag`). */
const SKIPPED = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'footer', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'xmlnstbl', 'generator']);

interface Group {
  /** Text in this group is not emitted (a skipped destination). */
  skip: boolean;
  /** Inside `\htmlrtf` … `\htmlrtf0`: RTF-only text, not HTML. */
  suppressed: boolean;
  /** Inside `{\*\htmltag…}`: HTML markup, emitted even where it would otherwise be suppressed. */
  tag: boolean;
  /** `\ucN`: characters that stand for a `\u` character after it. */
  uc: number;
}

/**
 * The HTML encapsulated in an RTF document (`\fromhtml1`), or null when the RTF is not encapsulated
 * HTML (an RTF body written in Outlook, where the text body is what there is to read).
 */
export function htmlFromRtf(rtfBytes: Uint8Array, maxChars = 8 * 1024 * 1024): string | null {
  const head = latin1(rtfBytes, 0, Math.min(rtfBytes.length, 1024));
  if (!head.startsWith('{\\rtf') || !/\\fromhtml1/.test(head)) return null;
  const cp = /\\ansicpg(\d{1,5})/.exec(head);
  const charset = (cp && codePageCharset(Number(cp[1]))) || 'windows-1252';
  const s = latin1(rtfBytes);

  const parts: string[] = [];
  let size = 0;
  // Bytes of `\'hh` escapes are collected and decoded together (two bytes make one Shift_JIS character).
  let bytes: number[] = [];
  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    const t = decodeBytes(Uint8Array.from(bytes), charset);
    bytes = [];
    parts.push(t);
    size += t.length;
  };
  const emit = (t: string): void => {
    flushBytes();
    parts.push(t);
    size += t.length;
  };
  const stack: Group[] = [];
  let g: Group = { skip: false, suppressed: false, tag: false, uc: 1 };
  const visible = (): boolean => !g.skip && (g.tag || !g.suppressed);
  // Characters still to skip after a `\u` (its fallback, `\ucN` of them).
  let fallback = 0;
  let i = 0;
  const n = s.length;
  while (i < n && size < maxChars) {
    const c = s.charCodeAt(i);
    if (c === 0x7b /* { */) {
      stack.push(g);
      g = { ...g };
      fallback = 0;
      i++;
      // `{\*\dest`: an ignorable destination, skipped unless it is an HTML tag.
      if (s.startsWith('\\*\\', i)) {
        const word = /^[a-z]{1,32}/.exec(s.slice(i + 3, i + 40))?.[0] ?? '';
        if (word === 'htmltag' || word === 'mhtmltag') g.tag = true;
        else g.skip = true;
      }
      continue;
    }
    if (c === 0x7d /* } */) {
      if (g.tag) flushBytes();
      g = stack.pop() ?? g;
      fallback = 0;
      i++;
      continue;
    }
    if (c === 0x0d || c === 0x0a) {
      i++;
      continue;
    }
    if (c !== 0x5c /* \ */) {
      if (fallback > 0) fallback--;
      else if (visible()) {
        let j = i + 1;
        while (j < n && j - i < 4096) {
          const d = s.charCodeAt(j);
          if (d === 0x5c || d === 0x7b || d === 0x7d || d === 0x0d || d === 0x0a) break;
          j++;
        }
        emit(s.slice(i, j));
        i = j;
        continue;
      }
      i++;
      continue;
    }
    // A control symbol or word.
    const next = s.charCodeAt(i + 1);
    if (next === 0x5c || next === 0x7b || next === 0x7d) {
      if (fallback > 0) fallback--;
      else if (visible()) emit(s[i + 1] as string);
      i += 2;
      continue;
    }
    if (next === 0x27 /* ' */) {
      const hex = parseInt(s.slice(i + 2, i + 4), 16);
      i += 4;
      if (fallback > 0) fallback--;
      else if (visible() && !Number.isNaN(hex)) bytes.push(hex);
      continue;
    }
    const m = /^([a-z]{1,32})(-?\d{1,10})? ?/.exec(s.slice(i + 1, i + 48));
    if (!m) {
      // `\~`, `\-`, `\_` and the like: a nonbreaking space stands for itself, the rest for nothing.
      if (next === 0x7e && visible()) emit('\u00a0');
      i += 2;
      continue;
    }
    i += 1 + m[0].length;
    const word = m[1] as string;
    const arg = m[2] === undefined ? null : Number(m[2]);
    if (SKIPPED.has(word)) g.skip = true;
    else if (word === 'htmlrtf') g.suppressed = arg !== 0;
    else if (word === 'uc' && arg !== null) g.uc = Math.max(0, arg);
    else if (word === 'u' && arg !== null) {
      if (visible()) emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
      fallback = g.uc;
    } else if (visible()) {
      if (word === 'par' || word === 'line') emit('\r\n');
      else if (word === 'tab') emit('\t');
    }
  }
  flushBytes();
  const html = parts.join('');
  return html.length > maxChars ? html.slice(0, maxChars) : html;
}
