/**
 * RFC 2047 encoded-words. Adjacent encoded-words in the same charset are joined at the byte level
 * before decoding, because Japanese mailers split ISO-2022-JP and UTF-8 sequences across words.
 */
import { decodeBytes, latin1Bytes } from './charset.js';
import { decodeBase64, decodeQuotedPrintable } from './transfer-encoding.js';

const WORD = /=\?([^?\s]{1,64})\?([bBqQ])\?([^?\s]*)\?=/g;

function wordBytes(encoding: string, text: string): Uint8Array {
  return encoding === 'b' || encoding === 'B' ? decodeBase64(text) : decodeQuotedPrintable(latin1Bytes(text), true);
}

/** True when the text contains at least one RFC 2047 encoded-word. */
export function hasEncodedWord(text: string): boolean {
  return /=\?[^?\s]{1,64}\?[bBqQ]\?[^?\s]*\?=/.test(text);
}

/**
 * Decodes every encoded-word in `text` (unstructured text or a display name after structuring).
 * Whitespace between adjacent encoded-words is dropped (RFC 2047 §6.2). Never throws.
 */
export function decodeEncodedWords(text: string): string {
  if (!text.includes('=?')) return text;
  let out = '';
  let last = 0;
  let pending: { charset: string; bytes: Uint8Array[] } | null = null;
  const flush = () => {
    if (!pending) return;
    const total = pending.bytes.reduce((n, b) => n + b.length, 0);
    const all = new Uint8Array(total);
    let o = 0;
    for (const b of pending.bytes) {
      all.set(b, o);
      o += b.length;
    }
    out += decodeBytes(all, pending.charset);
    pending = null;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const between = text.slice(last, m.index);
    const charset = ((m[1] ?? '').split('*')[0] ?? '').toLowerCase(); // RFC 2231 language suffix
    const bytes = wordBytes(m[2] ?? 'B', m[3] ?? '');
    if (pending && /^[ \t\r\n]*$/.test(between) && pending.charset === charset) {
      pending.bytes.push(bytes);
    } else {
      if (pending && /^[ \t\r\n]*$/.test(between)) {
        flush();
      } else {
        flush();
        out += between;
      }
      pending = { charset, bytes: [bytes] };
    }
    last = m.index + m[0].length;
  }
  flush();
  out += text.slice(last);
  return out;
}

/** RFC 2231 extended parameter value (`utf-8''%E8%AB%8B%E6%B1%82.pdf`). */
export function decodeRfc2231(value: string): string {
  const m = /^([^']*)'[^']*'(.*)$/s.exec(value);
  const charset = m ? m[1] : 'utf-8';
  const data = m ? (m[2] ?? '') : value;
  const bytes: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(data.slice(i + 1, i + 3))) {
      bytes.push(parseInt(data.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c & 0xff);
  }
  return decodeBytes(Uint8Array.from(bytes), charset);
}
