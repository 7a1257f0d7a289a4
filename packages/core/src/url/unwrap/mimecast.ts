/**
 * Mimecast URL Protect: `https://protect-<region>.mimecast.com/s/<token>?domain=<host>`. The full
 * target sits behind Mimecast's API; offline only the destination host is known, so the result is
 * `https://<host>/` marked partial (host-level checks only).
 */
import { param, type WrapperDecoder } from './types.js';

const HOST = /^[a-z0-9](?:[a-z0-9-]{0,62}\.){1,10}[a-z0-9-]{2,63}$/i;

export const mimecast: WrapperDecoder = {
  id: 'mimecast',
  decode(u) {
    const p = param(u, ['domain']);
    if (!p) return null;
    const host = p.value.trim().toLowerCase();
    return HOST.test(host) ? { next: `https://${host}/`, param: p.name, partial: true } : null;
  },
};
