import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'url-obfuscation/address-in-username';
const run = (body: string) => analyzeText(eml(['From: Shop <wordpress@shop.example>', 'Subject: Login details', 'To: taro@kousya.example'], body));

describe(ID, () => {
  it.each([
    ['en', 'Username: www.khulhc.example.ro - 90966 EURO KUCOIN\r\nTo set your password…', 'www.khulhc.example.ro - 90966 EURO KUCOIN'],
    ['es', 'Nombre de usuario: www.a.example - 138 788 USD BINANCE', 'www.a.example - 138 788 USD BINANCE'],
    ['pt', 'Nome de usuário: https://b.example/x - 183342 EURO', 'https://b.example/x - 183342 EURO'],
    ['it', 'Nome utente: www.c.example', 'www.c.example'],
    ['fa, with a zero-width non-joiner', 'نام\u200cکاربری : www.d.example - 127 325 USD برای', 'www.d.example - 127 325 USD'],
    ['ja, the following words not capitals', 'ユーザー名：www.e.example 賞金', 'www.e.example'],
  ])('%s', (_lang, body, username) => {
    const f = run(body).findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ username });
    expect(f?.weight).toBe(25);
  });
  it.each([
    ['a sign-in link labelled "login"', 'Login: https://shop.example/wp-login.php'],
    ['a mail address as username', 'Username: taro@kousya.example'],
    ['an ordinary username', 'Username: taro_yamada'],
    ['a label inside a longer word', 'Myusername: www.a.example'],
    ['a web address elsewhere in the text', 'Your username is below.\r\nVisit www.shop.example for help.'],
  ])('no finding: %s', (_title, body) => {
    expect(ids(run(body))).not.toContain(ID);
  });
  it('a later label counts when the first one is inside a word', () => {
    const f = run('Myusername: x\r\nUsername: www.b.example').findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ username: 'www.b.example' });
  });
  it('an allow-listed sender is skipped', () => {
    const v = analyzeText(eml(['From: Shop <wordpress@shop.example>', 'Subject: x', 'To: taro@kousya.example'], 'Username: www.a.example'), { allowSenders: ['shop.example'] });
    expect(ids(v)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
