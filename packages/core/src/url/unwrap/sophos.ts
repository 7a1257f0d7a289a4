/** Sophos Time-of-Click: `https://<region>.protection.sophos.com/?d=<domain>&u=<base64 URL>&…` (standard or URL-safe base64). */
import { decodeBase64Text, looksLikeHttpUrl } from '../parse-url.js';
import { param, type WrapperDecoder } from './types.js';

export const sophos: WrapperDecoder = {
  id: 'sophos',
  decode(u) {
    const p = param(u, ['u']);
    if (!p) return null;
    if (looksLikeHttpUrl(p.value)) return { next: p.value, param: p.name };
    const text = decodeBase64Text(p.value.trim());
    return text && looksLikeHttpUrl(text) ? { next: text, param: p.name } : null;
  },
};
