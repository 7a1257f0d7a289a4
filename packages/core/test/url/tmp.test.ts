import { it } from 'vitest';
import { inspectUrl } from '../../src/url/inspect.js';
it('x', () => {
  const r = inspectUrl('http://searchSecurity.com/r/0,,4619,00.htm?FreeSecurityWebcast', { recipient: 'searchsecurity@example.org' });
  console.log(JSON.stringify(r.signals));
  const r2 = inspectUrl('https://url-shield.securrence.com/?p=1.0&r=x&u=http://www.Kousya35698900.stbasil.techix.com/?vc=mailer-daemon@kousya.jp', { recipient: 'taro@kousya.jp' });
  console.log(JSON.stringify(r2.signals), JSON.stringify(r2.chain));
});
