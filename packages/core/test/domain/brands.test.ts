/**
 * The brand loader and matcher: validation messages, merging, domain ownership and, above all,
 * which display names name a brand and which look-alike ordinary names must not.
 */
import { describe, expect, it } from 'vitest';
import {
  brandMatchKey,
  buildBrandIndex,
  bundledBrands,
  findBrandMentions,
  isBrandDomain,
  mergeBrands,
  validateBrandList,
  type Brand,
  type BrandList,
} from '../../src/domain/brands.js';
import { foldCompact } from '../../src/text/normalize.js';

const index = buildBrandIndex(bundledBrands);
const ids = (text: string): string[] => findBrandMentions(text, index).map((m) => m.brand.id);
const brand = (id: string): Brand => {
  const b = index.byId(id);
  if (!b) throw new Error(`no brand ${id}`);
  return b;
};

const exampleBank: Brand = {
  id: 'example-bank',
  name: { en: 'Example Bank', ja: 'エグザンプル銀行' },
  sector: 'bank',
  region: 'jp',
  aliases: ['エグザンプル銀行', 'Example Bank'],
  domains: ['example.co.jp'],
  sendingDomains: [],
};

describe('findBrandMentions: display names that name a brand', () => {
  it.each([
    ['alpha mail', 'alpha-mail'],
    ['Alpha-Mail', 'alpha-mail'],
    ['ａｌｐｈａ　ｍａｉｌ', 'alpha-mail'],
    ['AlphaMail', 'alpha-mail'],
    ['OTSUKAカスタマーサポート', 'alpha-mail'],
    ['アルファメール管理者', 'alpha-mail'],
    ['Amazon.co.jp', 'amazon'],
    ['ａｍａｚｏｎ', 'amazon'],
    ['Amazon.お知らせ', 'amazon'],
    ['ｱﾏｿﾞﾝ', 'amazon'],
    ['Amazons.co.jp 会員窓口', 'amazon'],
    ['a\u073Fm\u073Fa\u073Fz\u073Fo\u073Fn', 'amazon'],
    ['メルカ\u2064リ事務局', 'mercari'],
    ['コ\u2061インチェ\uFE09ック', 'coincheck'],
    ['三井住友カード', 'smbc-card'],
    ['三 井 住 友 カ ー ド', 'smbc-card'],
    ['SMBC card', 'smbc-card'],
    ['えきねっと', 'jr-east'],
    ['えきねっと(JR東日本)サポート', 'jr-east'],
    ['eki-net.com', 'jr-east'],
    ['JR西日本 会員サポート', 'jr-west'],
    ['Apple', 'apple'],
    ['iCloud', 'apple'],
    ['GitHub', 'github'],
    ['MyJCB', 'jcb'],
    ['ＥＴＣ利用照会サービス', 'etc-meisai'],
    ['E T C マイレージ', 'etc-mileage'],
    ['au PAY カード', 'au-pay-card'],
    ['楽天カード株式会社', 'rakuten-card'],
    ['住信SBIネット銀行 お知らせ', 'sbi-sumishin-netbank'],
    ['三菱ＵＦＪモルガン・スタンレー証券', 'mufg-morgan-stanley'],
    ['Yahoo! JAPAN', 'yahoo-japan'],
    ['postmaster@yahoo.co.jp', 'yahoo-japan'],
    ['国税電子申告 e-Tax', 'nta'],
    ['ヨドバシ・ドット・コム', 'yodobashi'],
    ['UCカード', 'uc-card'],
    ['VIEW\'s NET ログイン', 'view-card'],
    ['McAfee™ Renewal', 'mcafee'],
    ['Norton Anti-Virus Renewal', 'norton'],
    ['Pay Pal', 'paypal'],
    ['P a y P a l', 'paypal'],
    ['\\|BANCO*DO*BRASIL|/', 'banco-do-brasil'],
    ['~PayPal~ Service', 'paypal'],
    ['Play Station Network', 'sony'],
    ['Microsoft Account Security', 'microsoft'],
    ['Visa', 'visa'],
    ['ANAマイレージクラブ', 'ana'],
    ['全日空', 'ana'],
    ['JAL', 'jal'],
    ['日本郵便', 'japan-post'],
    ['東京電力エナジーパートナー', 'tepco'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
});

describe('findBrandMentions: names that must not match', () => {
  it.each([
    'Kanade Yamamoto',
    'Laura',
    'Ana Lopez',
    'Amazonia Travel',
    'Orange County',
    'Line Manager',
    'Jun Aoki',
    'Visalia Foods',
    'Vis A Vis',
    'Vis*A*Vis',
    'Orange/County News',
    'J Al-Rashid',
    'John via USRP-users',
    'Linux Kernel',
    'Paypalooza',
    'Applebee',
    'Nanako Suzuki',
    'Mizuho Sato',
    'Chase Miller',
    'Zoom Lens Club',
    'Economic Outlook Weekly',
    'Slack Tide Fishing',
    'General Ledger Team',
    'ライオン株式会社',
    '関電工',
    '',
  ])('%j names no brand', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('findBrandMentions: exact aliases (the whole name, give or take role words)', () => {
  it.each([
    ['Ledger', 'ledger'],
    ['LEDGER', 'ledger'],
    ['ＬＥＤＧＥＲ', 'ledger'],
    ['Ledger ©', 'ledger'],
    ['🔔 Ledger 🔔', 'ledger'],
    ['The Ledger Team', 'ledger'],
    ['Customer Support Ledger', 'ledger'],
    ['Ledger Notifications 2', 'ledger'],
    ['Tom from Ledger', 'ledger'],
    ['Tom B. from Ledger', 'ledger'],
    ['Zoom', 'zoom'],
    ['Your Zoom Team', 'zoom'],
    ['Slack', 'slack'],
    ['Steam Customer Service', 'steam'],
    ['Outlook', 'microsoft'],
    ['Meta Support', 'meta-facebook'],
    ['Discord Inc', 'discord'],
    ['ANA', 'ana'],
    ['ＡＮＡ', 'ana'],
    ['ANAサポート事務局', 'ana'],
    ['LINE', 'line'],
    ['【LINE】', 'line'],
    ['公式LINE', 'line'],
    ['CHASE', 'chase'],
    ['ヤマトサポート', 'yamato-transport'],
    ['インスタ公式', 'instagram'],
    ['Kraken', 'kraken'],
    ['Exodus', 'exodus'],
    ['Ripple Newsletter', 'ripple'],
    ['Official Tether Support', 'tether'],
    ['Lido V2', 'lido'],
    ['Lido 2.0', 'lido'],
    ['CVS Customer Care', 'cvs'],
    ['AAA', 'aaa'],
    // Event, reward and partner words of airdrop and loyalty lures are role words too.
    ['Tether Cashback', 'tether'],
    ['AAA Management Team.', 'aaa'],
    ['USDC Event', 'circle-usdc'],
    ['Ledger Rewards Partner', 'ledger'],
    ['Jumbo..Winnen', 'jumbo'],
    ['Tether Giveaway', 'tether'],
    // and the winner and prize words of prize lures
    ['AAA Winner', 'aaa'],
    ['Tether Prize Winners', 'tether'],
  ])('%j → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    'Ana',
    'ａｎａ',
    'Line',
    'Chase',
    'cvs',
    'Office',
    'Support',
    'Support Team',
    'Polygon',
    'Gemini',
    'from Ledger',
    'Ledger Alerts Weekly',
    'Tom Ledger',
    'Zo om',
    'L E D G E R',
    'Steam Cleaning Co',
    'Exodus Travels',
    'Ripple Foods',
    'Tether Tools',
    'Paris Hilton',
    'AAA Batteries',
    'Event Management',
    'Steam Event Rentals',
    'Gift Offer Survey',
    'Winner Prize',
    'Steam Prize Draw Winners',
    'Jumbo Frames Survey',
    'Circle',
    'GitKraken',
    'Robin Hood Tours',
    'ヤマト太郎',
  ])('%j names no brand', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('can be turned off for callers that pass fragments', () => {
    expect(findBrandMentions('Ledger', index, { exact: false })).toEqual([]);
    expect(findBrandMentions('Ledger Live', index, { exact: false }).map((m) => m.brand.id)).toEqual(['ledger']);
  });

  it('reports the name itself, without the role words, as the matched text', () => {
    expect(findBrandMentions('Zoom Notifications', index)[0]).toMatchObject({ alias: 'Zoom', matched: 'Zoom' });
    expect(findBrandMentions('ANAサポート事務局', index)[0]).toMatchObject({ alias: 'ANA', matched: 'ANA' });
    expect(findBrandMentions('Amy from Kraken', index)[0]).toMatchObject({ alias: 'Kraken', matched: 'Kraken' });
  });

  it('works for user brands', () => {
    const own = buildBrandIndex({ brands: [{ ...exampleBank, exactAliases: ['Example', 'EXB'] }] });
    expect(findBrandMentions('Example Support', own).map((m) => m.brand.id)).toEqual(['example-bank']);
    expect(findBrandMentions('EXB', own).map((m) => m.brand.id)).toEqual(['example-bank']);
    expect(findBrandMentions('Exb', own)).toEqual([]);
    expect(findBrandMentions('Example Foods', own)).toEqual([]);
  });
});

describe('findBrandMentions: CamelCase and digits end a token', () => {
  it.each([
    ['BinanceMail', 'binance'],
    ['MetaMaskSupport', 'metamask'],
    ['NetflixBilling', 'netflix'],
    ['iCloudMail', 'apple'],
    ['Amazon2024', 'amazon'],
    ['PayPal4U', 'paypal'],
    ['LidoV2', 'lido'],
    ['CoinbaseSupport', 'coinbase'],
    ['ZoomBilling', 'zoom'],
    ['TetherSupport', 'tether'],
    ['amaz0n', 'amazon'],
    ['Norton360', 'norton'],
    ['1inch', '1inch'],
    ['PANCAKESWAP Team', 'pancakeswap'],
  ])('%j → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each(['eVisa', 'eVisa Service', 'Amazonia', 'Paypalooza', 'Metamorphosis', '1 inch', '21inch Monitor', 'Applebee2'])(
    '%j names no brand',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );
});

describe('findBrandMentions: letters that pass for Latin', () => {
  it.each([
    ['\u03A1ay\u03A1al', 'paypal'], // Greek capital Rho
    ['\u0410\u0440\u0440l\u0435', 'apple'], // Cyrillic А р р … е
    ['\u039Cetam\u0430sk Wallet', 'metamask'], // Greek capital Mu, Cyrillic а
    ['Trust WaIIet Support', 'trust-wallet'], // capital I for l
    ['Iedger Team', 'ledger'],
    ['UnitedHeaIthcare Member Services', 'unitedhealthcare'],
    ['\u029F\u1D0F\u1D21\u1D07\'s Rewards', 'lowes'], // small capitals
    ['\u13DEedger Wallet Team', 'ledger'], // Cherokee
    ['N\u0435tfl\u0456x Billing', 'netflix'],
    ['\uA4EEmazon Support', 'amazon'], // Lisu capital A
    ['\uA4D1ay\uA4D1al', 'paypal'], // Lisu PA
    ['Netf\uA4F2ix Billing', 'netflix'], // Lisu I read as l
  ])('%j → %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('reports the original (disguised) text as matched', () => {
    expect(findBrandMentions('\u03A1ay\u03A1al Service', index)[0]).toMatchObject({ alias: 'PayPal', matched: '\u03A1ay\u03A1al' });
  });

  it.each([
    'Рибальські сіті', // Ukrainian words: genuinely Cyrillic, not a disguised "citi"
    'Αθήνα Παπαδοπούλου',
    'Ihre Julia Weber',
    'Info Desk',
  ])('%j names no brand', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('leaves Japanese names alone: no kanji is read as katakana', () => {
    expect(ids('三井住友カード')).toEqual(['smbc-card']);
    expect(ids('工藤 一郎')).toEqual([]);
    expect(ids('口座確認センター')).toEqual([]);
    expect(ids('メル力リ')).toEqual([]);
  });
});

describe('findBrandMentions: results', () => {
  it('returns the substring of the original text that matched', () => {
    const [m] = findBrandMentions('【重要】ａｍａｚｏｎ　お客様', index);
    expect(m?.matched).toBe('ａｍａｚｏｎ');
    expect(findBrandMentions('メルカ\u2064リ事務局', index)[0]?.matched).toBe('メルカ\u2064リ');
    expect(findBrandMentions('Alpha-Mail Support', index)[0]).toMatchObject({ alias: 'alpha mail', matched: 'Alpha-Mail' });
  });

  it('drops a brand named only inside a longer name of another brand', () => {
    expect(ids('SMBCカード')).toEqual(['smbc-card']);
    expect(ids('PayPay銀行')).toEqual(['paypay-bank']);
    expect(ids('楽天モバイル')).toEqual(['rakuten-mobile']);
    expect(ids('Yahoo!ショッピング')).toEqual(['yahoo-shopping']);
    expect(ids('ソニー銀行')).toEqual(['sony-bank']);
  });

  it('keeps one entry per brand, the longest alias, in text order', () => {
    expect(findBrandMentions('Amazon / Amazon.co.jp', index).map((m) => [m.brand.id, m.alias])).toEqual([
      ['amazon', 'Amazon.co.jp'],
    ]);
    expect(ids('Apple ID と Amazon と 楽天')).toEqual(['apple', 'amazon', 'rakuten']);
    expect(ids('楽天カード 楽天')).toEqual(['rakuten-card', 'rakuten']);
  });

  it('is deterministic', () => {
    const a = findBrandMentions('Amazon Visa Mastercard JCB', index);
    const b = findBrandMentions('Amazon Visa Mastercard JCB', index);
    expect(a).toEqual(b);
    expect(a.map((m) => m.brand.id)).toEqual(['amazon', 'visa', 'mastercard', 'jcb']);
  });

  it('ignores text beyond 4096 characters and never throws on odd input', () => {
    expect(ids('x'.repeat(5000) + ' Amazon')).toEqual([]);
    for (const s of ['\u0000\u0001', '\uD800', '\u{E0100}', '\u200B'.repeat(50), '™®©', 'ｶﾞｷﾞ', '\u0301Amazon']) {
      expect(() => findBrandMentions(s, index)).not.toThrow();
    }
  });

  it('works with an index built from a user list', () => {
    const own = buildBrandIndex({ brands: [exampleBank] });
    expect(findBrandMentions('エグザンプル銀行 お客様窓口', own).map((m) => m.brand.id)).toEqual(['example-bank']);
    expect(findBrandMentions('Amazon', own)).toEqual([]);
  });
});

describe('brandMatchKey', () => {
  it('agrees with foldCompact from text/normalize', () => {
    for (const s of ['Alpha-Mail', 'ａｌｐｈａ　ｍａｉｌ', 'えきねっと（JR東日本）', '【Amazon】 "Prime" [JP]', 'a_b.c-d e', '「三井」『住友』・カード', 'O’Reilly', 'ﾔﾌｰ･ｼｮｯﾋﾟﾝｸﾞ', 'メルカ\u2064リ']) {
      expect(brandMatchKey(s), s).toBe(foldCompact(s));
    }
  });

  it('turns ™ into a break and drops decorative marks on Latin letters', () => {
    expect(brandMatchKey('McAfee™ Notice')).toBe('mcafeenotice');
    expect(brandMatchKey('A\u073Fpple')).toBe('apple');
    expect(brandMatchKey('Café')).toBe('café');
  });
});

describe('validateBrandList', () => {
  it('accepts a minimal list and fills in sendingDomains', () => {
    const { sendingDomains: _omit, ...noSending } = exampleBank;
    const r = validateBrandList({ snapshot: '2026-11-23', brands: [noSending] });
    expect(r).toEqual({ ok: true, value: { snapshot: '2026-11-23', brands: [exampleBank] } });
  });

  it('rejects a non-object and a missing brands array', () => {
    expect(validateBrandList(null)).toEqual({ ok: false, errors: ['(root): expected an object with a "brands" array, got null'] });
    expect(validateBrandList([])).toMatchObject({ ok: false });
    expect(validateBrandList({})).toEqual({ ok: false, errors: ['brands: missing (expected an array)'] });
    expect(validateBrandList({ brands: {} })).toEqual({ ok: false, errors: ['brands: expected an array, got object'] });
  });

  it('reports malformed brands with path-based messages', () => {
    const r = validateBrandList({
      snapshot: '23 Nov 2026',
      extra: 1,
      brands: [
        exampleBank,
        { ...exampleBank, id: 'Example Bank', sector: 'bakery', region: 'jp' },
        { ...exampleBank, id: 'example-bank' },
        { ...exampleBank, id: 'b3', name: { en: '', ja: 'x' }, region: 'JP', alias: [] },
        { ...exampleBank, id: 'b4', aliases: ['au', 'x', 'Amazon', 'ＡＭＡＺＯＮ', 42] },
        { ...exampleBank, id: 'b5', domains: ['not a domain', 'Example.CO.JP', 'mail.example.co.jp', 'co.jp', 'a.example', 'a.example'] },
        { ...exampleBank, id: 'b6', domains: 'example.co.jp', sendingDomains: ['sendgrid.net', 7] },
        'a string',
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'extra: unknown property',
      'snapshot: expected a date "YYYY-MM-DD", got "23 Nov 2026"',
      'brands[1].id: expected a kebab-case id like "example-bank", got "Example Bank"',
      'brands[1].sector: expected one of bank, card, carrier, delivery, ecommerce, payment, government, transport, utility, securities, crypto, mail-service, it, social, entertainment, travel, person, other; got "bakery"',
      'brands[2].id: duplicate id "example-bank" (first at brands[0])',
      'brands[3].alias: unknown property',
      'brands[3].name.en: expected a non-empty string, got ""',
      'brands[3].region: expected "jp" or "global", got "JP"',
      'brands[4].aliases[0]: too short: a Latin alias needs at least 3 letters ("au" would match ordinary words)',
      'brands[4].aliases[1]: too short after folding (at least 2 characters)',
      'brands[4].aliases[3]: duplicate of aliases[2] after folding ("amazon")',
      'brands[4].aliases[4]: expected a string, got number',
      'brands[5].domains[0]: not a domain ("not a domain")',
      'brands[5].domains[1]: must be lower-case ("example.co.jp")',
      'brands[5].domains[2]: not a registrable domain: use "example.co.jp" instead of "mail.example.co.jp"',
      'brands[5].domains[3]: not a registrable domain ("co.jp" is a public suffix or invalid)',
      'brands[5].domains[5]: duplicate of domains[4]',
      'brands[6].domains: expected an array, got "example.co.jp"',
      'brands[6].sendingDomains[1]: expected a string, got number',
      'brands[7]: expected an object, got "a string"',
    ]);
  });

  it('validates exact aliases and keeps them', () => {
    const ok = validateBrandList({ brands: [{ ...exampleBank, exactAliases: ['Example', 'EXB'] }] });
    expect(ok).toEqual({ ok: true, value: { brands: [{ ...exampleBank, exactAliases: ['Example', 'EXB'] }] } });
    const r = validateBrandList({
      brands: [
        { ...exampleBank, id: 'b1', exactAliases: 'Example' },
        { ...exampleBank, id: 'b2', exactAliases: ['Support Team', 'ab', 'Example', 'EXAMPLE Support', 7] },
      ],
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        'brands[0].exactAliases: expected an array, got "Example"',
        'brands[1].exactAliases[0]: names nothing once role words such as "support" or "team" are removed',
        'brands[1].exactAliases[1]: too short: a Latin exact alias needs at least 3 letters ("ab")',
        'brands[1].exactAliases[3]: duplicate of exactAliases[2] after folding ("example")',
        'brands[1].exactAliases[4]: expected a string, got number',
      ],
    });
  });

  it('caps the number of errors and the size of the list', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ ...exampleBank, id: `b${i}`, region: 'mars' }));
    const r = validateBrandList({ brands: many });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(51);
      expect(r.errors.at(-1)).toBe('… and 30 more error(s)');
    }
    const huge = validateBrandList({ brands: new Array(5001).fill(exampleBank) });
    expect(huge).toEqual({ ok: false, errors: ['brands: too many brands (5001, at most 5000)'] });
  });
});

describe('mergeBrands', () => {
  const base: BrandList = { snapshot: '2026-11-23', brands: [brand('amazon'), brand('mercari')] };
  const myAmazon: Brand = { ...brand('amazon'), domains: [...brand('amazon').domains, 'example.com'] };

  it('returns the base list when there is nothing to add', () => {
    expect(mergeBrands(base, undefined)).toBe(base);
  });

  it('replaces brands with the same id in place and appends new ones', () => {
    const merged = mergeBrands(base, { brands: [exampleBank, myAmazon] });
    expect(merged.snapshot).toBe('2026-11-23');
    expect(merged.brands.map((b) => b.id)).toEqual(['amazon', 'mercari', 'example-bank']);
    expect(merged.brands[0]).toBe(myAmazon);
  });

  it('uses the user list alone with replace: true', () => {
    const merged = mergeBrands(base, { brands: [exampleBank] }, { replace: true });
    expect(merged.brands).toEqual([exampleBank]);
  });

  it('feeds buildBrandIndex so user brands are found and user domains are owned', () => {
    const idx = buildBrandIndex(mergeBrands(bundledBrands, { brands: [exampleBank, myAmazon] }));
    expect(findBrandMentions('Example Bank', idx).map((m) => m.brand.id)).toEqual(['example-bank']);
    expect(idx.ownersOf('example.com').map((b) => b.id)).toEqual(['amazon']);
    expect(idx.brands.length).toBe(bundledBrands.brands.length + 1);
  });
});

describe('isBrandDomain and ownersOf', () => {
  it('accepts listed domains, sending domains and their subdomains, case-insensitively', () => {
    expect(isBrandDomain(brand('amazon'), 'amazon.co.jp')).toBe(true);
    expect(isBrandDomain(brand('amazon'), 'marketplace.amazon.co.jp')).toBe(true);
    expect(isBrandDomain(brand('amazon'), 'AMAZON.COM.')).toBe(true);
    expect(isBrandDomain(brand('meta-facebook'), 'facebookmail.com')).toBe(true);
    expect(isBrandDomain(brand('alpha-mail'), 'alpha-prm.jp')).toBe(true);
    expect(isBrandDomain(brand('alpha-mail'), 'otsuka-shokai.co.jp')).toBe(true);
  });

  it('rejects look-alike and unrelated domains', () => {
    expect(isBrandDomain(brand('amazon'), 'kankyou-hozen.jp')).toBe(false);
    expect(isBrandDomain(brand('amazon'), 'notamazon.co.jp')).toBe(false);
    expect(isBrandDomain(brand('amazon'), 'amazon.co.jp.example')).toBe(false);
    expect(isBrandDomain(brand('alpha-mail'), 'keimeikai.or.jp')).toBe(false);
    expect(isBrandDomain(brand('amazon'), '')).toBe(false);
  });

  it('lists every brand that owns a registrable domain', () => {
    expect(index.ownersOf('smbc.co.jp').map((b) => b.id)).toEqual(['smbc', 'smbc-card']);
    expect(index.ownersOf('Alpha-PRM.jp').map((b) => b.id)).toEqual(['alpha-mail']);
    expect(index.ownersOf('facebookmail.com').map((b) => b.id)).toEqual(['meta-facebook']);
    expect(index.ownersOf('nta.go.jp').map((b) => b.id)).toEqual(['nta']);
    expect(index.ownersOf('example.org')).toEqual([]);
  });

  it('looks brands up by id', () => {
    expect(index.byId('mercari')?.name.ja).toBe('メルカリ');
    expect(index.byId('no-such-brand')).toBeUndefined();
  });
});

describe('buildBrandIndex', () => {
  it('memoises by list identity', () => {
    expect(buildBrandIndex(bundledBrands)).toBe(index);
    expect(buildBrandIndex({ brands: bundledBrands.brands })).not.toBe(index);
  });

  it('matches a typical display name quickly (10,000 names well under a second)', () => {
    // Measured alone: about 5 µs per name (budget 20 µs); the bound here allows for a loaded machine.
    const names = [
      'Amazon.co.jp',
      'OTSUKAカスタマーサポート',
      '三井住友カード株式会社',
      'Kanade Yamamoto',
      'えきねっと(JR東日本)',
      'Microsoft Account Security',
      '山田 太郎',
      'John Smith via USRP-users',
      'ｱﾏｿﾞﾝ ｶｽﾀﾏｰｻｰﾋﾞｽ',
      'Yahoo! JAPAN',
    ];
    const more = ['Ledger Support Team', 'BinanceMail', '\u03A1ay\u03A1al', 'Ihre Julia Weber (Kundenbetreuung)', 'Masami Hiramatsu (Google)'];
    for (let i = 0; i < 1000; i++) findBrandMentions(names[i % names.length] ?? '', index);
    let found = 0;
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) found += findBrandMentions(names[i % names.length] ?? '', index).length;
    const elapsed = performance.now() - t0;
    expect(found).toBe(7_000);
    let foundMore = 0;
    for (let i = 0; i < 5_000; i++) foundMore += findBrandMentions(more[i % more.length] ?? '', index).length;
    const elapsedAll = performance.now() - t0;
    expect(foundMore).toBe(4_000);
    expect(elapsed).toBeLessThan(1000);
    expect(elapsedAll).toBeLessThan(1500);
  });
});

describe('findBrandMentions: the alias buckets', () => {
  const make = (id: string, alias: string): Brand => ({
    id,
    name: { en: id, ja: id },
    sector: 'other',
    region: 'global',
    aliases: [alias],
    domains: [`${id}.example`],
    sendingDomains: [],
  });
  // `ab…` and `` `\u4062… `` fall into one bucket (the first two characters are folded into a
  // small integer); each text still names only the brand whose alias it spells.
  const shared = buildBrandIndex({ snapshot: '2026-01-01', brands: [make('first', 'abtest'), make('second', '`\u4062test')] });
  it.each([
    ['abtest', ['first']],
    ['`\u4062test', ['second']],
    ['abtes', []],
    ['`\u4062tes', []],
  ])('%s → %j', (text, expected) => {
    expect(findBrandMentions(text, shared).map((m) => m.brand.id)).toEqual(expected);
  });
  it('checks the third character of a two-letter prefix match', () => {
    const idx = buildBrandIndex({ snapshot: '2026-01-01', brands: [make('abc', 'abcx'), make('abd', 'abdx'), make('ab', 'ab')] });
    expect(findBrandMentions('abdx', idx).map((m) => m.brand.id)).toEqual(['abd']);
    expect(findBrandMentions('ab', idx).map((m) => m.brand.id)).toEqual(['ab']);
  });
});
