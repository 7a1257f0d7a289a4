/**
 * Brand mentions with the alias buckets split by third character (src/domain/brands.ts
 * `PrefixBucket`) against the matcher that scanned whole two-character buckets
 * (./reference/brands.ts): the same brands, aliases and matched text, in both modes (with and
 * without exact aliases), on every fixture's header values and the opening of its text, on every
 * alias of the registry written in other ways, and on seeded soup of alias pieces, separators,
 * CamelCase, lookalike letters and Japanese.
 */
import { describe, expect, it } from 'vitest';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { buildBrandIndex, bundledBrands, findBrandMentions, type BrandMention } from '../../src/domain/brands.js';
import { visibleText } from '../../src/text/visible-text.js';
import { mulberry32 } from '../attachment/builders.js';
import { allFixtures, fixtureBytes } from '../helpers.js';
import * as ref from './reference/brands.js';

const index = buildBrandIndex(bundledBrands);
const refIndex = ref.buildBrandIndex(ref.bundledBrands);

const show = (ms: readonly (BrandMention | ref.BrandMention)[]): string[] => ms.map((m) => `${m.brand.id}|${m.alias}|${m.matched}`);

let mentioned = 0;
function same(text: string): void {
  for (const exact of [true, false]) {
    const want = show(ref.findBrandMentions(text, refIndex, { exact }));
    if (want.length > 0) mentioned++;
    expect(show(findBrandMentions(text, index, { exact })), `${JSON.stringify(text)} exact=${exact}`).toEqual(want);
  }
}

describe('findBrandMentions with third-character buckets = with whole pair buckets', () => {
  it('on every fixture header value and the opening of every fixture text', () => {
    mentioned = 0;
    for (const rel of allFixtures()) {
      const input = fromRawMessage(fixtureBytes(rel));
      for (const h of input.headers) same(h.value.slice(0, 300));
      const text = input.bodies ? visibleText(input.bodies) : '';
      same(text.slice(0, 300));
    }
    expect(mentioned).toBeGreaterThan(200);
  });

  it('on every alias of the registry, as written and respelled', () => {
    mentioned = 0;
    for (const brand of bundledBrands.brands) {
      for (const alias of [...brand.aliases, ...(brand.exactAliases ?? [])]) {
        same(alias);
        same(`Your ${alias} account`);
        same(alias.toUpperCase().split('').join(' '));
        same(`x${alias}y`);
        same(alias.replace(/(.)(.)/, '$1-$2'));
        same(`${alias}サポート事務局`);
      }
    }
    expect(mentioned).toBeGreaterThan(1000);
  });

  it('on seeded soup of alias pieces, separators, CamelCase, lookalike letters and Japanese', () => {
    const next = mulberry32(3301);
    const aliases = bundledBrands.brands.flatMap((b) => b.aliases);
    const pieces = [' ', '-', '.', '_', '・', 'I', 'l', 'Ι', 'а', 'р', '0', '1', 'カード', 'ご利用', 'Support', 'Team', 'from', 'Pay', 'Pal', 'x', 'ab', '\u200b', 'Ｐａｙ'];
    mentioned = 0;
    for (let round = 0; round < 4000; round++) {
      let s = '';
      const n = 1 + Math.floor(next() * 6);
      for (let k = 0; k < n; k++) {
        if (next() < 0.4) {
          const a = aliases[Math.floor(next() * aliases.length)] as string;
          const cut = Math.floor(next() * a.length);
          s += next() < 0.5 ? a : next() < 0.5 ? a.slice(0, cut) : a.slice(cut);
        } else s += pieces[Math.floor(next() * pieces.length)];
      }
      same(s);
    }
    expect(mentioned).toBeGreaterThan(1000);
  });
});
