import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'reply-path/return-path-other-organization';

describe('reply-path/return-path-other-organization', () => {
  it.each([
    ['freemail envelope', ['Return-Path: <a1@gmail.com>', 'From: <billing@example.com>'], 'hit', {}],
    ['same organisation', ['Return-Path: <bounce@bounce.example.com>', 'From: <billing@example.com>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
