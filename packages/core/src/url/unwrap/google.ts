/**
 * Google redirects: `https://www.google.<tld>/url?q=<url>&sa=…&usg=…` (Gmail, Search, Docs; also
 * `?url=`), and AMP `https://www.google.com/amp/s/<host>/<path>`.
 */
import { looksLikeHttpUrl } from '../parse-url.js';
import { param, type WrapperDecoder } from './types.js';

export const google: WrapperDecoder = {
  id: 'google',
  decode(u) {
    if (u.pathname === '/url' || u.pathname === '/url/') {
      const p = param(u, ['q', 'url']);
      return p && looksLikeHttpUrl(p.value) ? { next: p.value, param: p.name } : null;
    }
    if (!u.pathname.startsWith('/amp/')) return null;
    let rest = u.pathname.slice(5);
    const secure = rest.startsWith('s/');
    if (secure) rest = rest.slice(2);
    const slash = rest.indexOf('/');
    const host = slash < 0 ? rest : rest.slice(0, slash);
    if (!host.includes('.')) return null;
    return { next: `${secure ? 'https' : 'http'}://${rest}${u.query ? `?${u.query}` : ''}`, param: 'path' };
  },
};
