/**
 * `ayashii.config.json` → AnalyzeOptions: what is accepted and normalised, and that every problem
 * comes back as one path-based message (the CLI prints them and exits 2; add-ins show them).
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { checks } from '../src/checks/info.js';
import { CATEGORIES } from '../src/model/finding.js';
import { analyze } from '../src/analyze.js';
import { fromRawMessage } from '../src/adapters/raw-message.js';
import schema from '../src/data/config.schema.json' with { type: 'json' };

const exampleBank = {
  id: 'example-bank',
  name: { en: 'Example Bank', ja: 'エグザンプル銀行' },
  sector: 'bank',
  region: 'jp',
  aliases: ['エグザンプル銀行', 'Example Bank'],
  domains: ['example-bank.co.jp'],
};

function errorsOf(value: unknown): string[] {
  const r = parseConfig(value);
  if (r.ok) throw new Error(`expected errors, got options ${JSON.stringify(r.options)}`);
  return r.errors;
}

function optionsOf(value: unknown) {
  const r = parseConfig(value);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.options;
}

const someId = checks[0]!.id;

describe('parseConfig: accepted shapes', () => {
  it('an empty object gives empty options (the core defaults stay in force)', () => {
    expect(optionsOf({})).toEqual({});
  });

  it('empty lists are the same as absent keys', () => {
    expect(
      optionsOf({ organizationDomains: [], trustedAuthservIds: [], allowSenders: [], allowLinkDomains: [], disable: [], weights: {}, limits: {}, extraBrands: { brands: [] } }),
    ).toEqual({});
  });

  it('maps every documented key to AnalyzeOptions', () => {
    const o = optionsOf({
      $schema: './node_modules/@ayashii/core/src/data/config.schema.json',
      organizationDomains: ['kousya.example'],
      trustedAuthservIds: ['mx.kousya.example'],
      recipient: { address: 'taro@kousya.example', name: '山田 太郎' },
      extraBrands: { brands: [exampleBank] },
      allowSenders: ['news@vendor.example', 'partner.example'],
      allowLinkDomains: ['intranet.example'],
      disable: [someId],
      weights: { [someId]: 5 },
      limits: { maxUrls: 50, timeBudgetMs: 500 },
    });
    expect(o.organizationDomains).toEqual(['kousya.example']);
    expect(o.trustedAuthservIds).toEqual(['mx.kousya.example']);
    expect(o.recipient).toEqual({ address: 'taro@kousya.example', name: '山田 太郎' });
    expect(o.extraBrands?.brands.map((b) => b.id)).toEqual(['example-bank']);
    expect(o.extraBrands?.brands[0]?.sendingDomains).toEqual([]);
    expect(o.allowSenders).toEqual(['news@vendor.example', 'partner.example']);
    expect(o.allowLinkDomains).toEqual(['intranet.example']);
    expect(o.disable).toEqual([someId]);
    expect(o.weights?.[someId]).toBe(5);
    expect(o.limits).toEqual({ maxUrls: 50, timeBudgetMs: 500 });
  });

  it('normalises domains: case, trailing dot, a leading @ on allowSenders, IDN to punycode, duplicates', () => {
    const o = optionsOf({
      organizationDomains: ['Kousya.Example.', 'kousya.example', 'ドメイン.example'],
      allowSenders: ['@Vendor.Example', 'News@Vendor.Example'],
    });
    expect(o.organizationDomains).toEqual(['kousya.example', 'xn--eckwd4c7c.example']);
    expect(o.allowSenders).toEqual(['vendor.example', 'news@vendor.example']);
  });

  it('accepts every check id of this version in disable and weights', () => {
    const all = checks.map((c) => c.id);
    const o = optionsOf({ disable: all, weights: Object.fromEntries(all.map((id) => [id, 0])) });
    expect(o.disable).toHaveLength(all.length);
  });

  it('the options work: a disabled check is reported as skipped, a weight replaces the default', () => {
    const eml = 'From: "Bank" <a@b.example>\r\nTo: c@d.example\r\nSubject: x\r\n\r\nbody\r\n';
    const o = optionsOf({ disable: [someId] });
    const v = analyze(fromRawMessage(eml), o);
    expect(v.skipped).toContainEqual({ checkId: someId, reason: 'disabled' });
  });
});

describe('parseConfig: errors name the path', () => {
  it.each([
    [null, '(root): expected an object, got null'],
    [[], '(root): expected an object, got an array'],
    ['{}', '(root): expected an object, got "{}"'],
  ])('root %j', (value, message) => {
    expect(errorsOf(value)).toEqual([message]);
  });

  it('unknown top-level property (a typo is not silently ignored)', () => {
    const e = errorsOf({ organisationDomains: ['kousya.example'] });
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^organisationDomains: unknown property \(allowed: organizationDomains, /);
  });

  it.each([
    [{ organizationDomains: 'kousya.example' }, 'organizationDomains: expected an array of domain names, got "kousya.example"'],
    [{ organizationDomains: ['kousya.example', 'kousya'] }, 'organizationDomains[1]: "kousya" is not a domain name'],
    [{ organizationDomains: ['kousya.example', 7] }, 'organizationDomains[1]: expected a string, got 7'],
    [{ organizationDomains: [''] }, 'organizationDomains[0]: empty string'],
    [{ organizationDomains: ['http://kousya.example/'] }, 'organizationDomains[0]: "http://kousya.example/" is not a domain name'],
    [{ allowLinkDomains: ['a b.example'] }, 'allowLinkDomains[0]: "a b.example" is not a domain name'],
    [{ allowSenders: ['x@'] }, 'allowSenders[0]: "x@" is not an address or a domain name'],
    [{ trustedAuthservIds: ['mx.example; spf=pass'] }, 'trustedAuthservIds[0]: "mx.example; spf=pass" is not an authserv-id (a host name such as "mx.example.com")'],
    [{ recipient: 'taro@kousya.example' }, 'recipient: expected an object { "address": …, "name"?: … }, got "taro@kousya.example"'],
    [{ recipient: {} }, 'recipient.address: missing (expected an address)'],
    [{ recipient: { address: 'taro' } }, 'recipient.address: "taro" is not an address'],
    [{ recipient: { address: 'taro@kousya.example', email: 'x' } }, 'recipient.email: unknown property (allowed: address, name)'],
    [{ weights: [] }, 'weights: expected an object of check id → number, got an array'],
    [{ weights: { [someId]: -1 } }, `weights["${someId}"]: expected a number from 0 to 100, got -1`],
    [{ weights: { [someId]: '10' } }, `weights["${someId}"]: expected a number from 0 to 100, got "10"`],
    [{ limits: { maxUrls: 0 } }, 'limits.maxUrls: expected a whole number from 1 to 1000000, got 0'],
    [{ limits: { maxUrls: 1.5 } }, 'limits.maxUrls: expected a whole number from 1 to 1000000, got 1.5'],
    [{ limits: { maxLinks: 5 } }, 'limits.maxLinks: unknown property (allowed: maxHeaderBytes, maxHeaderCount, maxUrls, maxAttachments, maxBodyBytes, timeBudgetMs)'],
    [{ disable: someId }, `disable: expected an array of check ids, got "${someId}"`],
    [{ disable: [3] }, 'disable[0]: expected a check id string, got 3'],
  ])('%j', (value, message) => {
    expect(errorsOf(value)).toEqual([message]);
  });

  it('unknown check ids are errors, with a suggestion for a near miss', () => {
    const typo = someId.slice(0, -2) + someId.slice(-1) + someId.slice(-2, -1);
    const [d] = errorsOf({ disable: [typo] });
    expect(d).toBe(`disable[0]: unknown check id "${typo}" (did you mean "${someId}"?)`);
    const [w] = errorsOf({ weights: { 'no-such-category/whatever-this-is': 3 } });
    expect(w).toBe('weights["no-such-category/whatever-this-is"]: unknown check id');
  });

  it('extraBrands errors come from validateBrandList, prefixed with their path', () => {
    const e = errorsOf({ extraBrands: { brands: [{ ...exampleBank, domains: ['mail.example-bank.co.jp'] }] } });
    expect(e).toEqual(['extraBrands.brands[0].domains[0]: not a registrable domain: use "example-bank.co.jp" instead of "mail.example-bank.co.jp"']);
    expect(errorsOf({ extraBrands: [] })).toEqual(['extraBrands: expected an object with a "brands" array, got an array']);
  });

  it('reports every problem at once, capped at 50', () => {
    expect(errorsOf({ organizationDomains: ['x', 'y'], disable: ['nope/nope'] })).toHaveLength(3);
    const many = errorsOf({ organizationDomains: Array.from({ length: 80 }, (_, i) => `bad${i}`) });
    expect(many).toHaveLength(51);
    expect(many[50]).toBe('… and 30 more error(s)');
  });

  it('bounds lists (hostile input)', () => {
    expect(errorsOf({ allowSenders: Array.from({ length: 1001 }, (_, i) => `u${i}@x.example`) })).toEqual([
      'allowSenders: too many entries (1001, at most 1000)',
    ]);
    expect(errorsOf({ organizationDomains: [`${'a'.repeat(300)}.example`] })).toEqual(['organizationDomains[0]: longer than 253 characters']);
  });

  it('a "__proto__" key in weights neither pollutes nor passes', () => {
    const value = JSON.parse(`{"weights":{"__proto__":{"polluted":1}}}`);
    expect(errorsOf(value)).toEqual(['weights.__proto__: unknown check id']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('config.schema.json agrees with parseConfig', () => {
  const props = schema.properties as Record<string, unknown>;
  it('has the same top-level keys', () => {
    expect(Object.keys(props).sort()).toEqual(
      ['$schema', 'organizationDomains', 'trustedAuthservIds', 'recipient', 'extraBrands', 'allowSenders', 'allowLinkDomains', 'disable', 'weights', 'limits'].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it('its check-id pattern admits every check id and names every public category', () => {
    const pattern = new RegExp(schema.$defs.checkId.pattern);
    for (const c of checks) expect(c.id).toMatch(pattern);
    for (const cat of CATEGORIES) expect(schema.$defs.checkId.pattern).toContain(cat);
  });

  it('lists the same limits, with the same maxima', () => {
    const limits = schema.properties.limits.properties as Record<string, { maximum: number }>;
    for (const [key, { maximum }] of Object.entries(limits)) {
      expect(parseConfig({ limits: { [key]: maximum } }).ok).toBe(true);
      expect(parseConfig({ limits: { [key]: maximum + 1 } }).ok).toBe(false);
    }
  });
});
