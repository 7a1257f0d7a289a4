/**
 * Proofpoint URL Defense, all three formats (field notes §3.2, after Proofpoint's own
 * URLDefenseDecode.py 3.0.1; re-implemented, not copied):
 * - v1 `/v1/url?u=<percent-encoded>&k=…`
 * - v2 `/v2/url?u=http-3A__www.example.org_url&d=…`: `-` → `%`, `_` → `/`, then percent-decode
 * - v3 `/v3/__<url>__;<base64url>!!…$`: each `*` in the URL takes the next character of the
 *   decoded bytes, `**X` takes a run of N characters (X in A–Z a–z 0–9 - _ ↦ N = 2…65).
 */
import { decodeBase64Text, safeDecode, type ParsedUrl } from '../parse-url.js';
import { param, type Decoded, type WrapperDecoder } from './types.js';

const RUN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function unescapeHtml(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function decodeV3(raw: string): Decoded | null {
  const start = raw.indexOf('/v3/__');
  if (start < 0) return null;
  const body = raw.slice(start + 6);
  const end = body.indexOf('__;');
  const close = end >= 0 ? end : body.lastIndexOf('__');
  const urlPart = safeDecode(close >= 0 ? body.slice(0, close) : body);
  let chars: string[] = [];
  if (end >= 0) {
    const rest = body.slice(end + 3);
    const bang = rest.indexOf('!');
    const enc = bang >= 0 ? rest.slice(0, bang) : rest;
    if (enc) chars = [...(decodeBase64Text(enc) ?? '')];
  }
  let out = '';
  let k = 0;
  for (let i = 0; i < urlPart.length; i++) {
    const c = urlPart[i] as string;
    if (c !== '*') {
      out += c;
      continue;
    }
    if (urlPart[i + 1] === '*' && i + 2 < urlPart.length) {
      const n = RUN_ALPHABET.indexOf(urlPart[i + 2] as string) + 2;
      out += chars.slice(k, k + n).join('');
      k += n;
      i += 2;
    } else {
      out += chars[k] ?? '';
      k++;
    }
  }
  out = out.replace(/^(https?):\/(?!\/)/i, '$1://');
  return { next: out, param: 'path' };
}

export const urldefense: WrapperDecoder = {
  id: 'urldefense',
  decode(u: ParsedUrl) {
    if (u.pathname.startsWith('/v3/')) return decodeV3(u.raw);
    const p = param(u, ['u']);
    if (!p) return null;
    if (u.pathname.startsWith('/v2/')) {
      const v = safeDecode(p.value.replace(/-/g, '%').replace(/_/g, '/'));
      return { next: unescapeHtml(v), param: p.name };
    }
    return { next: unescapeHtml(p.value), param: p.name };
  },
};
