import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'reply-path/freemail-reply-to';

describe('reply-path/freemail-reply-to', () => {
  it.each([
    ['corporate From, freemail Reply-To', ['From: <billing@example.com>', 'Reply-To: <billing.desk@outlook.com>'], 'hit', {}],
    ['one free mailbox sends, another collects the replies', ['From: <sistermary22@gmail.com>', 'Reply-To: <alinco.office@outlook.com>'], 'hit', {}],
    ['the same person’s second free mailbox', ['From: <hanako.sato@gmail.com>', 'Reply-To: <hanakosato.home@outlook.com>'], 'miss', {}],
    ['the same mailbox name at another provider', ['From: <a.b.taro@gmail.com>', 'Reply-To: <abtaro@yahoo.co.jp>'], 'miss', {}],
    ['a list manager re-sent the mail (the poster’s own Reply-To)', ['From: <list@lists.example.org>', 'List-Id: <dev.lists.example.org>', 'Reply-To: <taro.poster@gmail.com>'], 'miss', {}],
    ['an unsubscribe header alone excuses nothing', ['From: <news@example.com>', 'List-Unsubscribe: <mailto:u@example.com>', 'Reply-To: <claims.desk@gmail.com>'], 'hit', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});

describe('freemail-reply-to with a money promise (advance-fee pattern)', () => {
  const weightOf = (v: ReturnType<typeof analyzeText>) => v.findings.find((f) => f.checkId === ID)?.weight;
  it('weighs 25 when the text promises money, and reaches suspicious with money-lure', () => {
    const v = analyzeText(eml(['From: <widow.example@example.edu>', 'Reply-To: <claims.office@gmail.com>', 'Subject: Hello'], 'You are the next of kin of my late husband.\r\n'));
    expect(weightOf(v)).toBe(25);
    expect(v.findings.find((f) => f.checkId === ID)?.params).toMatchObject({ moneyPhrase: 'next of kin' });
    expect(['suspicious', 'dangerous']).toContain(v.level);
  });
  it('stays 15 without a money promise', () => {
    const v = analyzeText(eml(['From: <widow.example@example.edu>', 'Reply-To: <claims.office@gmail.com>', 'Subject: Hello'], 'Please reply.\r\n'));
    expect(weightOf(v)).toBe(15);
  });
  it('a money promise with replies to the sender\'s own organisation is no finding here', () => {
    const v = analyzeText(eml(['From: <draw@example.com>', 'Reply-To: <prizes@example.com>', 'Subject: You have won'], 'Claim your prize.\r\n'));
    expect(ids(v)).not.toContain(ID);
  });
});
