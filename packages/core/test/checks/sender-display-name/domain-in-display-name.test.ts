import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-display-name/domain-in-display-name';

describe('sender-display-name/domain-in-display-name', () => {
  it.each([
    ['domain at another organisation', ['From: "secure.example.com" <x@example.net>'], 'hit', {}],
    ['domain of the sender', ['From: "www.example.com" <x@example.com>'], 'miss', {}],
    ['abbreviation with a dot is not a domain', ['From: "Mr.Smith" <smith@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
