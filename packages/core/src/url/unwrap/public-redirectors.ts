/**
 * Public redirect endpoints of large sites (Facebook's link shim, YouTube, LinkedIn, Slack, Bing's
 * result clicks): the destination is a named parameter. They are legitimate, and abused as open redirects, so their
 * hops are shown in the chain like any other.
 */
import { decodeBase64Text, looksLikeHttpUrl } from '../parse-url.js';
import { param, type WrapperDecoder } from './types.js';

function byParam(id: string, names: readonly string[], path?: RegExp): WrapperDecoder {
  return {
    id,
    decode(u) {
      if (path && !path.test(u.pathname)) return null;
      const p = param(u, names);
      return p && looksLikeHttpUrl(p.value) ? { next: p.value, param: p.name } : null;
    },
  };
}

export const facebook = byParam('facebook', ['u'], /^\/l\.php|^\/l\//);
export const youtube = byParam('youtube', ['q'], /^\/redirect/);
export const linkedin = byParam('linkedin', ['url'], /^\/redir\//);
export const slack = byParam('slack', ['url'], /^\/link/);

/**
 * Bing's search-result click: `https://www.bing.com/ck/a?!&&p=…&u=a1<base64url of the URL>&ntb=1`
 * (the `a1` prefix marks the encoding), abused to send a Microsoft host to a phishing page.
 */
export const bing: WrapperDecoder = {
  id: 'bing',
  decode(u) {
    if (!/^\/ck\/a\/?$/.test(u.pathname)) return null;
    const p = param(u, ['u']);
    if (!p) return null;
    if (looksLikeHttpUrl(p.value)) return { next: p.value, param: p.name };
    const text = p.value.startsWith('a1') ? decodeBase64Text(p.value.slice(2)) : null;
    return text && looksLikeHttpUrl(text) ? { next: text, param: p.name } : null;
  },
};
