import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'own-organization/outsider-names-own-organization';

describe('own-organization/outsider-names-own-organization', () => {
  it.each([
    ['subject names recipient domain', ['From: <info@clinic.example.net>', 'To: <taro@kousya.example>', 'Subject: kousya.example mail stop notice'], 'hit', {}],
    ['organisation from options', ['From: <info@clinic.example.net>', 'Subject: KOUSYA password reset'], 'hit', { organizationDomains: ['kousya.example'] }],
    ['insider', ['From: <it@kousya.example>', 'To: <taro@kousya.example>', 'Subject: kousya.example maintenance'], 'miss', {}],
    ['unknown recipient: skipped', ['From: <info@clinic.example.net>', 'Subject: kousya.example notice'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
