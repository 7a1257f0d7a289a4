/**
 * Cisco Secure Email (IronPort) URL rewriting: `https://secure-web.cisco.com/<token>/<percent-encoded target>`.
 * The target is the rest of the path after the token segment.
 */
import { looksLikeHttpUrl, safeDecode } from '../parse-url.js';
import type { WrapperDecoder } from './types.js';

export const cisco: WrapperDecoder = {
  id: 'cisco',
  decode(u) {
    const m = /^[a-z]+:\/\/[^/]+\/[^/]+\/(.+)$/i.exec(u.raw);
    if (!m?.[1]) return null;
    const next = safeDecode(m[1]);
    return looksLikeHttpUrl(next) ? { next, param: 'path' } : null;
  },
};
