/**
 * Microsoft Defender for Office 365 Safe Links (field notes §3.1):
 * `https://<region>.safelinks.protection.outlook.com/?url=<percent-encoded>&data=…&sdata=…&reserved=0`,
 * the US Government host `*.safelinks.protection.office365.us`, and Teams'
 * `statics.teams.cdn.office.net/evergreen-assets/safelinks/…/atp-safelinks.html?url=…`.
 * Decoding is one percent-decode of `url`. `data=` carries the recipient's address: it belongs
 * to the wrapper and is never read as recipient targeting.
 */
import { looksLikeHttpUrl, safeDecode } from '../parse-url.js';
import { param, type WrapperDecoder } from './types.js';

export const safelinks: WrapperDecoder = {
  id: 'safelinks',
  decode(u) {
    if (u.host === 'statics.teams.cdn.office.net' && !u.pathname.includes('/safelinks/')) return null;
    const p = param(u, ['url']);
    if (!p) return null;
    const v = looksLikeHttpUrl(p.value) && /^https?%3a/i.test(p.value) ? safeDecode(p.value) : p.value;
    return { next: v, param: p.name };
  },
};
