import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { fromRawMessage } from '../../../src/adapters/raw-message.js';
import { eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/limit-exceeded';

describe('header-anomaly/limit-exceeded', () => {
  it.each([
    ['header count above the limit', ['From: <a@example.com>', 'X-P0: x', 'X-P1: x', 'X-P2: x', 'X-P3: x', 'X-P4: x', 'X-P5: x', 'X-P6: x', 'X-P7: x', 'X-P8: x', 'X-P9: x', 'X-P10: x', 'X-P11: x', 'X-P12: x', 'X-P13: x', 'X-P14: x', 'X-P15: x', 'X-P16: x', 'X-P17: x', 'X-P18: x', 'X-P19: x', 'X-P20: x', 'X-P21: x', 'X-P22: x', 'X-P23: x', 'X-P24: x', 'X-P25: x', 'X-P26: x', 'X-P27: x', 'X-P28: x', 'X-P29: x'], 'hit', { limits: {} }],
    ['normal', ['From: <a@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyze(fromRawMessage(eml(headers), { maxHeaderCount: 20 }), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
