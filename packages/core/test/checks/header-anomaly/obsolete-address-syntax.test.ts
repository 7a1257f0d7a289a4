import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/obsolete-address-syntax';
const MISSING = 'header-anomaly/missing-from';

function finding(from: string) {
  const v = analyzeText(eml([`From: ${from}`, 'Subject: hi', 'To: taro@kousya.example']));
  return { v, f: v.findings.find((x) => x.checkId === ID) };
}

describe('header-anomaly/obsolete-address-syntax', () => {
  it.each([
    ['espoofer A16: a route through another organisation', '<@attack.example,@any.example:admin@legitimate.example>', 'route', 35],
    ['a route through the same organisation', '<@mx.legitimate.example:admin@legitimate.example>', 'route', 25],
    ['espoofer A19: a trailing address of another organisation', '<any@attack.example>admin@legitimate.example', 'address-in-comment', 35],
    ['a trailing address of the same organisation', '<any@legitimate.example>admin@legitimate.example', 'address-in-comment', 25],
    ['a second address nested in the first', 'Lucky Tower <xwcfpa@<noreply@bank.example>', 'nested-address', 25],
    ['the only address inside a comment', 'LuckyWins,(<noreply@parcel.example>)', 'comment-only', 35],
    ['an unquoted comma: an address-less entry', 'Prize Team, jehd <service@shop.example>', 'no-address', 20],
    ['a trailing comma', 'Kundenservice, <noreply@shop.example>', 'no-address', 20],
  ] as const)('%s', (_title, from, trick, weight) => {
    const { f } = finding(from);
    expect(f?.params).toMatchObject({ trick });
    expect(f?.weight).toBe(weight);
  });
  it.each([
    ['normal', 'Admin <admin@legitimate.example>'],
    ['a quoted comma ("Last, First")', '"Yamada, Taro" <taro@kousya.example>'],
    ['a comment after a real address', 'taro@kousya.example (Taro Yamada)'],
    ['a comment holding an address next to a real one', 'Taro <taro@kousya.example> (was taro@old.example)'],
  ] as const)('miss: %s', (_title, from) => {
    expect(ids(finding(from).v)).not.toContain(ID);
  });
  it('a From whose only address is in a comment is this trick, not a missing From', () => {
    const { v } = finding('Winner,(<reply@telecom.example>)');
    expect(ids(v)).toContain(ID);
    expect(ids(v)).not.toContain(MISSING);
  });
  it('a From with no address anywhere is still a missing From', () => {
    const { v } = finding('Just a name');
    expect(ids(v)).toContain(MISSING);
    expect(ids(v)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
