import { describe, expect, it } from 'vitest';
import { brandLookalikeOf, buildLookalikeIndex, editDistance, lookalikeOf } from '../../src/domain/lookalike.js';
import { buildBrandIndex, bundledBrands } from '../../src/domain/brands.js';

describe('lookalikeOf', () => {
  it.each([
    ['amazon-co-jp.example', 'amazon.co.jp', 'flattened'],
    ['amazoncojp.test', 'amazon.co.jp', 'flattened'],
    ['kousya-jp.com', 'kousya.jp', 'flattened'],
    ['smbc-card-security.com', 'smbc-card.com', 'brand-plus-keyword'],
    ['secure-amazon.test', 'amazon.co.jp', 'brand-plus-keyword'],
    ['amazonlogin.test', 'amazon.co.jp', 'brand-plus-keyword'],
    ['amaz0n.co.jp', 'amazon.co.jp', 'skeleton'],
    ['xn--mazon-3ve.co.jp', 'amazon.co.jp', 'skeleton'],
    ['smbccard.com', 'smbc-card.com', 'hyphen'],
    ['kousya.com', 'kousya.jp', 'tld-swap'],
    ['rakutem.co.jp', 'rakuten.co.jp', 'typo'],
    ['mercairi.jp', 'mercari.jp', 'typo'],
    ['mitsubishiufj-bank.test', 'mitsubishiufj.example', 'brand-plus-keyword'],
    ['github-scanner.test', 'github.com', 'brand-plus-keyword'],
    ['ledger-protect.test', 'ledger.com', 'brand-plus-keyword'],
    ['binance-claim.test', 'binance.com', 'brand-plus-keyword'],
    ['paypal-us.test', 'paypal.com', 'brand-plus-keyword'],
    ['debank-us.invalid', 'debank.com', 'brand-plus-keyword'],
    ['amazon-de-login.test', 'amazon.co.jp', 'brand-plus-keyword'],
  ])('%s imitates %s (%s)', (candidate, target, kind) => {
    expect(lookalikeOf(candidate, target)?.kind).toBe(kind);
  });

  it.each([
    ['amazon.co.jp', 'amazon.co.jp'],
    ['example.com', 'amazon.co.jp'],
    ['anaconda.example', 'ana.co.jp'],
    ['appletree.example', 'apple.com'],
    ['myamazonlogin.test', 'amazon.co.jp'],
    ['tesco.ie', 'tepco.co.jp'],
    ['mobile.de', 'ymobile.jp'],
    ['bitnet.cx', 'bitget.com'],
    ['ana.com', 'ana.co.jp'],
    ['メモ書き.jp', 'メモ.jp'],
    ['paypalus.test', 'paypal.com'],
  ])('%s is not a lookalike of %s', (candidate, target) => {
    expect(lookalikeOf(candidate, target)).toBeNull();
  });

  it('a typo under another ending counts for names of 8+ letters, or when the ending or TLD is kept or is .com', () => {
    expect(lookalikeOf('rakutem.jp', 'rakuten.co.jp')).toEqual({ kind: 'typo', distance: 1 });
    expect(lookalikeOf('rakutem.com', 'rakuten.co.jp')).toEqual({ kind: 'typo', distance: 1 });
    expect(lookalikeOf('rakutem.xyz', 'rakuten.co.jp')).toBeNull();
    expect(lookalikeOf('mitsubisihufj.xyz', 'mitsubishiufj.example')).toEqual({ kind: 'typo', distance: 1 });
  });

  it('reports the typo distance', () => {
    expect(lookalikeOf('rakutem.co.jp', 'rakuten.co.jp')).toEqual({ kind: 'typo', distance: 1 });
    expect(lookalikeOf('mitsubisihufj.example', 'mitsubishiufj.example')).toEqual({ kind: 'typo', distance: 1 });
    expect(lookalikeOf('mitsubshiufjx.example', 'mitsubishiufj.example')).toEqual({ kind: 'typo', distance: 2 });
  });
});

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['amazon', 'amzaon', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s / %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
  it('stops early past max', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 1)).toBe(2);
  });
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('abcdef', 'abdcef')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('a', 'b', 0)).toBe(1);
  });
});

describe('buildLookalikeIndex', () => {
  const targets = ['amazon.co.jp', 'smbc-card.com', 'smbc.co.jp', 'rakuten.co.jp', 'mercari.jp', 'kousya.jp'];
  const idx = buildLookalikeIndex(targets);
  it.each(['amazon-co-jp.example', 'smbc-card-security.com', 'amaz0n.co.jp', 'rakutem.co.jp', 'mercari-jp.com', 'kousya-jp.com', 'example.com', 'smbccard.com'])(
    'agrees with lookalikeOf for %s',
    (candidate) => {
      const best = targets.map((t) => lookalikeOf(candidate, t)).filter((x) => x !== null);
      const found = idx.find(candidate);
      expect(found !== null).toBe(best.length > 0);
    },
  );
  it('prefers the longest imitated name', () => {
    expect(idx.find('smbc-card-security.com')?.target).toBe('smbc-card.com');
  });
  it('finds what a comparison with every target finds (seeded mutations of the targets)', () => {
    let seed = 3490;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return Math.floor((seed / 4294967296) * n);
    };
    const all = [...targets, 'mitsubishiufj.example', 'paypal.com', 'apple.com', 'docomo.ne.jp', 'jcb.co.jp', 'аmazon.co.jp'];
    const index = buildLookalikeIndex(all);
    const words = ['login', 'secure', 'jp', 'my', 'support', 'group', 'x1', ''];
    const suffixes = ['com', 'co.jp', 'jp', 'xyz', 'example', 'ne.jp'];
    for (let t = 0; t < 600; t++) {
      const target = all[rnd(all.length)] as string;
      let label = target.slice(0, target.indexOf('.'));
      const op = rnd(6);
      const at = rnd(label.length + 1);
      if (op === 0) label = label.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz0-'[rnd(28)] + label.slice(at);
      else if (op === 1) label = label.slice(0, at) + label.slice(at + 1);
      else if (op === 2 && at + 1 < label.length) label = label.slice(0, at) + label[at + 1] + label[at] + label.slice(at + 2);
      else if (op === 3) label = `${words[rnd(words.length)]}${rnd(2) ? '-' : ''}${label}`;
      else if (op === 4) label = `${label}${rnd(2) ? '-' : ''}${words[rnd(words.length)]}`;
      label = label.replace(/^-+|-+$/g, '') || 'x';
      const candidate = `${label}.${suffixes[rnd(suffixes.length)]}`;
      const pairwise = all.map((d) => lookalikeOf(candidate, d)).filter((x) => x !== null);
      const found = index.find(candidate);
      expect(found !== null, candidate).toBe(pairwise.length > 0);
      if (found) expect(lookalikeOf(candidate, found.target), candidate).toEqual(found.lookalike);
    }
  });
});

describe('brandLookalikeOf (registry)', () => {
  const brands = buildBrandIndex(bundledBrands);
  it('names the brand and the imitated domain', () => {
    expect(brandLookalikeOf('amazon-co-jp.example', brands)).toMatchObject({ brand: { id: 'amazon' }, target: 'amazon.co.jp', lookalike: { kind: 'flattened' } });
  });
  it("never flags a brand's own domains", () => {
    expect(brandLookalikeOf('rakuten-bank.co.jp', brands)).toBeNull();
    expect(brandLookalikeOf('amazon.co.jp', brands)).toBeNull();
  });
  it('another ending counts only under a phishing-favoured TLD', () => {
    expect(brandLookalikeOf('verizon.net', brands)).toBeNull();
    expect(brandLookalikeOf('mercari.xyz', brands)?.lookalike.kind).toBe('tld-swap');
    // and under a namespace sold like a TLD (`it.com`: a public suffix of the private section)
    expect(brandLookalikeOf('lidl.it.com', brands)?.lookalike.kind).toBe('tld-swap');
  });
  it('ordinary-word brand names need a homoglyph or an account word', () => {
    expect(brandLookalikeOf('lindows.com', brands)).toBeNull();
    expect(brandLookalikeOf('outlooksecure.com', brands)).toBeNull();
    expect(brandLookalikeOf('apple-id-support.example', brands)?.brand.id).toBe('apple');
  });
  it('plurals, one-letter prefixes and country codes on ordinary words are other names', () => {
    // mobile.de, target.com, kraken.com, phantom.app, charter.com: words before they are brands.
    for (const d of ['jpmobile.jp', 'mobiles.com', 'targets.com', 'krakens.com', 'phantoms.com', 'charters.com', 'geminis.com']) {
      expect(brandLookalikeOf(d, brands), d).toBeNull();
    }
    // An account word still counts, and so does a homoglyph.
    expect(brandLookalikeOf('kraken-login.example', brands)?.brand.id).toBe('kraken');
    expect(brandLookalikeOf('target-account-verify.example', brands)?.brand.id).toBe('target');
    expect(brandLookalikeOf('krakеn.com', brands)?.lookalike.kind).toBe('skeleton');
  });
  it('is fast enough for batch scans', () => {
    const started = performance.now();
    for (let i = 0; i < 500; i++) brandLookalikeOf(`candidate-${i}-login.example`, brands);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
