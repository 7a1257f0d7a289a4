import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'own-organization/own-domain-not-authenticated';

describe('own-organization/own-domain-not-authenticated', () => {
  it.each([
    ['own domain, dmarc=fail', ['Authentication-Results: mx.kousya.example; dmarc=fail header.from=kousya.example', 'From: <boss@kousya.example>', 'To: <taro@kousya.example>'], 'hit', {}],
    ['own domain via Exchange as anonymous', ['X-MS-Exchange-Organization-AuthAs: Anonymous', 'From: <boss@kousya.example>', 'To: <taro@kousya.example>'], 'hit', {}],
    ['own domain, internal', ['X-MS-Exchange-Organization-AuthAs: Internal', 'From: <boss@kousya.example>', 'To: <taro@kousya.example>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
