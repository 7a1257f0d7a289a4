import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-display-name/address-in-display-name';

describe('sender-display-name/address-in-display-name', () => {
  it.each([
    ['address at another organisation', ['From: "service@bank.example.com" <x@attacker.example.net>'], 'hit', {}],
    ['full-width address folded by NFKC', ['From: "ｓｅｒｖｉｃｅ＠ｂａｎｋ．ｅｘａｍｐｌｅ．ｃｏｍ" <x@attacker.example.net>'], 'hit', {}],
    ['same organisation', ['From: "info@example.com" <info@mail.example.com>'], 'miss', {}],
    ['no name', ['From: <x@example.com>'], 'miss', {}],
    ['plain person name', ['From: "Taro Yamada" <taro@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
