import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/missing-from';

describe('header-anomaly/missing-from', () => {
  it.each([
    ['no From', ['Sender: <admin@example.net>'], 'hit', {}],
    ['From present', ['From: <admin@example.net>'], 'miss', {}],
    ['a name and no address', ['From: Sara Example'], 'hit', {}],
    ['the mail system with the null address (a delivery report)', ['From: MAILER-DAEMON <>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  it.each([
    ['a person’s name alone', 'Sara Example', 'Sara Example', 35],
    ['a quoted name with the null address', '"Sally Example" <>', 'Sally Example', 35],
    ['a quoted name with an empty nested address', '"Jacob Example"<<>>', 'Jacob Example', 35],
    ['a quoted one-word name', '"Welkomstpakket"', 'Welkomstpakket', 35],
    ['a local mailbox beside the name', '"Mail Deliver System" <MAILER-DAEMON>', undefined, 15],
    ['cron’s local sender', 'root (Cron Daemon)', undefined, 15],
    ['an unquoted single word (a local mailbox)', 'webmaster', undefined, 15],
  ] as const)('%s', (_title, from, name, weight) => {
    const v = analyzeText(eml([`From: ${from}`, 'Subject: hi', 'To: taro@kousya.example']));
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.weight).toBe(weight);
    expect(f?.params).toEqual(name ? { name } : {});
  });
  it('says that only a name is shown, in both languages', () => {
    const v = analyzeText(eml(['From: Sara Example', 'Subject: hi', 'To: taro@kousya.example']));
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      'The sender is shown only as “Sara Example”, with no address at all: nobody can check who that is or answer them.',
    );
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      '送信元は「Sara Example」という名前だけで、アドレスがまったくありません。誰なのか確かめることも、返信することもできません。',
    );
  });
  fixtureTests(ID, {}, it);
});
