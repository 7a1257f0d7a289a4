/** Symantec click-time URL protection: `https://clicktime.symantec.com/<token>?u=<percent-encoded>` (newer: `?h=…&u=…`). */
import { param, type WrapperDecoder } from './types.js';

export const symantec: WrapperDecoder = {
  id: 'symantec',
  decode(u) {
    const p = param(u, ['u']);
    return p ? { next: p.value, param: p.name } : null;
  },
};
