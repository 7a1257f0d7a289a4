/**
 * Google Translate's web proxy, which phishing uses to show its page under a Google host:
 * - `https://translate.google.<tld>/translate?sl=auto&tl=en&u=<url>` (also `/website`, and the
 *   older `translate.googleusercontent.com/translate_c`); `u` is often written without a scheme
 *   (`u=4a66884dbc.example.io/login.php`), which the generic rule does not read;
 * - `https://<host>.translate.goog/<path>?_x_tr_sl=…`: the proxied host is spelled into the first
 *   label, a `-` for each dot and `--` for a hyphen (`www-example--shop-com.translate.goog` →
 *   `www.example-shop.com`); the `_x_tr_*` parameters are the proxy's own.
 */
import { looksLikeHttpUrl, withScheme } from '../parse-url.js';
import { param, type WrapperDecoder } from './types.js';

const GOOG = '.translate.goog';

/** `www-example--shop-com` → `www.example-shop.com` (null when it decodes to no dotted host). */
export function translateGoogHost(label: string): string | null {
  if (!/^[a-z0-9-]+$/.test(label)) return null;
  const host = label.split('--').map((part) => part.replace(/-/g, '.')).join('-');
  return /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(host) ? host : null;
}

export const googleTranslate: WrapperDecoder = {
  id: 'google-translate',
  decode(u) {
    if (u.host.endsWith(GOOG)) {
      const host = translateGoogHost(u.host.slice(0, -GOOG.length));
      if (!host) return null;
      const kept = [...u.url.searchParams].filter(([k]) => !k.startsWith('_x_tr_'));
      const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
      return { next: `https://${host}${u.pathname}${query}`, param: 'host' };
    }
    if (!/^\/(?:translate|website|translate_c)\/?$/.test(u.pathname)) return null;
    const p = param(u, ['u']);
    const v = p?.value.trim() ?? '';
    const next = looksLikeHttpUrl(v) ? v : withScheme(v, 'http');
    return next && p ? { next, param: p.name } : null;
  },
};
