/** Trend Micro click-time protection: `https://<x>-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=<percent-encoded>&umid=…&auth=…`. */
import { param, type WrapperDecoder } from './types.js';

export const trendmicro: WrapperDecoder = {
  id: 'trendmicro',
  decode(u) {
    if (!u.pathname.includes('/clicktime/')) return null;
    const p = param(u, ['url']);
    return p ? { next: p.value, param: p.name } : null;
  },
};
