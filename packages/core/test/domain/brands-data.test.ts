/**
 * Invariants of the bundled brand registry (`src/data/brands.json`) and its schema. These are what
 * make a data-only change safe to review: a typo in a domain, an alias that is an ordinary word,
 * or a brand filed out of order fails here.
 */
import { describe, expect, it } from 'vitest';
import esp from '../../src/data/esp-domains.json' with { type: 'json' };
import schema from '../../src/data/brands.schema.json' with { type: 'json' };
import {
  BRAND_SECTORS,
  brandMatchKey,
  buildBrandIndex,
  bundledBrands,
  findBrandMentions,
  validateBrandList,
} from '../../src/domain/brands.js';
import { registrableDomain } from '../../src/domain/registrable.js';
import { foldForMatch } from '../../src/text/normalize.js';

const brands = bundledBrands.brands;
const index = buildBrandIndex(bundledBrands);

/** Words and given names that must never be an alias on their own (house rule in the data README). */
const FORBIDDEN_ALIASES = [
  'line', 'au', 'jr', 'ana', 'orange', 'meta', 'zoom', 'slack', 'outlook', 'office', 'steam', 'ledger', 'target',
  'delta', 'united', 'chase', 'discover', 'nifty', 'mizuho', 'sagawa', 'apple pie', 'mail', 'webmail', 'cpanel',
  'admin', 'support', 'security', 'bank', 'card', 'post', 'account', 'service', 'kanade', 'laura', 'jun', 'aoki',
  'イオン', 'ヤマト', '佐川', 'みずほ', 'インスタ', '関電', '九電', 'ソネット',
];

describe('bundled brand registry', () => {
  it('passes validateBrandList', () => {
    const r = validateBrandList(JSON.parse(JSON.stringify(bundledBrands)));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('has at least 170 brands and the 2026-11-24 snapshot', () => {
    expect(brands.length).toBeGreaterThanOrEqual(170);
    expect(bundledBrands.snapshot).toBe('2026-11-24');
  });

  it('lists Japanese brands first', () => {
    const firstGlobal = brands.findIndex((b) => b.region === 'global');
    expect(firstGlobal).toBeGreaterThan(0);
    expect(brands.slice(firstGlobal).filter((b) => b.region === 'jp').map((b) => b.id)).toEqual([]);
    expect(brands.slice(0, firstGlobal).length).toBeGreaterThanOrEqual(100);
  });

  it('has unique kebab-case ids', () => {
    const ids = brands.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has unique aliases per brand after folding, and at least one alias and one domain per brand', () => {
    for (const b of brands) {
      const folded = b.aliases.map((a) => foldForMatch(a));
      expect(new Set(folded).size, b.id).toBe(folded.length);
      expect(b.aliases.length, b.id).toBeGreaterThan(0);
      expect(b.domains.length, b.id).toBeGreaterThan(0);
    }
  });

  it('gives every alias to exactly one brand (after folding and compacting)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const b of brands) {
      for (const key of new Set(b.aliases.map(brandMatchKey))) {
        const prev = owner.get(key);
        if (prev && prev !== b.id) clashes.push(`${key}: ${prev} / ${b.id}`);
        owner.set(key, b.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists only registrable domains (registrableDomain(d) === d), lower-case and unique per brand', () => {
    for (const b of brands) {
      for (const d of [...b.domains, ...b.sendingDomains]) {
        expect(registrableDomain(d), `${b.id}: ${d}`).toBe(d);
        expect(d).toBe(d.toLowerCase());
      }
      expect(new Set(b.domains).size, b.id).toBe(b.domains.length);
    }
  });

  it('never lists a shared ESP as a brand sending domain', () => {
    const shared = new Set(esp.domains);
    for (const b of brands) for (const d of b.sendingDomains) expect(shared.has(d), `${b.id}: ${d}`).toBe(false);
  });

  it('does not list tenant namespaces where anyone can send as a subdomain', () => {
    const all = new Set(brands.flatMap((b) => [...b.domains, ...b.sendingDomains]));
    for (const d of ['onmicrosoft.com', 'amazonaws.com', 'githubusercontent.com', 'amazonses.com', 'sendgrid.net']) {
      expect(all.has(d), d).toBe(false);
    }
  });

  it('has no alias that is an ordinary word or a common given name on its own', () => {
    const forbidden = new Set(FORBIDDEN_ALIASES.map(brandMatchKey));
    for (const b of brands) for (const a of b.aliases) expect(forbidden.has(brandMatchKey(a)), `${b.id}: ${a}`).toBe(false);
  });

  it('finds each brand by each of its own aliases', () => {
    const misses: string[] = [];
    for (const b of brands) {
      for (const a of b.aliases) {
        if (!findBrandMentions(a, index).some((m) => m.brand === b)) misses.push(`${b.id}: ${a}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds each brand by each of its own exact aliases, as the whole name and with a role word', () => {
    const misses: string[] = [];
    for (const b of brands) {
      for (const a of b.exactAliases ?? []) {
        for (const text of [a, `${a} Support`, `${a} Team`, `Official ${a}`, `${a}サポート事務局`]) {
          if (!findBrandMentions(text, index).some((m) => m.brand === b)) misses.push(`${b.id}: ${text}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('gives every exact alias to exactly one brand, and never the key of another brand\'s alias', () => {
    const aliasOwner = new Map<string, string>();
    for (const b of brands) for (const a of b.aliases) aliasOwner.set(brandMatchKey(a), b.id);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const b of brands) {
      for (const a of b.exactAliases ?? []) {
        const key = brandMatchKey(a);
        const prev = owner.get(key);
        if (prev && prev !== b.id) clashes.push(`${key}: ${prev} / ${b.id}`);
        const viaAlias = aliasOwner.get(key);
        if (viaAlias && viaAlias !== b.id) clashes.push(`${key}: alias of ${viaAlias} / exact alias of ${b.id}`);
        owner.set(key, b.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds each brand by its English or Japanese name, except names that are ordinary words', () => {
    // Names such as "Orange" or "Gemini" are ordinary words or other companies' products, so they
    // are neither aliases nor exact aliases; "Zoom", "LINE" or "Ledger" are found as exact aliases.
    // "Allianz" (German for "alliance") and "Douglas" (a given name) are left out on purpose too.
    const wordNames = new Set(['orange', 'gemini-exchange', 'wetransfer', 'allianz', 'douglas']);
    const misses: string[] = [];
    for (const b of brands) {
      if (wordNames.has(b.id)) continue;
      const found = [b.name.en, b.name.ja].some((n) => findBrandMentions(n, index).some((m) => m.brand === b));
      if (!found) misses.push(`${b.id}: ${b.name.en} / ${b.name.ja}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('brands.schema.json', () => {
  it('is draft 2020-12 and agrees with the TypeScript types', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const brand = schema.$defs.brand;
    expect(brand.properties.sector.enum).toEqual([...BRAND_SECTORS]);
    expect(brand.properties.region.enum).toEqual(['jp', 'global']);
    expect(Object.keys(brand.properties).sort()).toEqual(['aliases', 'domains', 'exactAliases', 'id', 'name', 'region', 'sector', 'sendingDomains']);
    expect(brand.required).toEqual(['id', 'name', 'sector', 'region', 'aliases', 'domains']);
  });

  it('accepts every bundled brand by its id and domain patterns', () => {
    const id = new RegExp(schema.$defs.brand.properties.id.pattern);
    const domain = new RegExp(schema.$defs.domain.pattern);
    for (const b of brands) {
      expect(b.id).toMatch(id);
      for (const d of [...b.domains, ...b.sendingDomains]) expect(d).toMatch(domain);
    }
  });
});
