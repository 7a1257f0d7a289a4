/** FireEye / Trellix Email Security: `https://protect2.fireeye.com/v1/url?k=…&q=1&e=…&u=<percent-encoded>`. */
import { param, type WrapperDecoder } from './types.js';

export const fireeye: WrapperDecoder = {
  id: 'fireeye',
  decode(u) {
    if (!u.pathname.startsWith('/v1/url') && !u.pathname.startsWith('/url')) return null;
    const p = param(u, ['u']);
    return p ? { next: p.value, param: p.name } : null;
  },
};
