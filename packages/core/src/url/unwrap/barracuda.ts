/** Barracuda Link Protection: `https://linkprotect.cudasvc.com/url?a=<percent-encoded>&c=E,1,…&typo=1`. */
import { param, type WrapperDecoder } from './types.js';

export const barracuda: WrapperDecoder = {
  id: 'barracuda',
  decode(u) {
    const p = param(u, ['a']);
    return p ? { next: p.value, param: p.name } : null;
  },
};
