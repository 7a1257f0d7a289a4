/**
 * Public redirect endpoints of large sites (Facebook's link shim, YouTube, LinkedIn, Slack): the
 * destination is a named parameter. They are legitimate, and abused as open redirects, so their
 * hops are shown in the chain like any other.
 */
import { looksLikeHttpUrl } from '../parse-url.js';
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
