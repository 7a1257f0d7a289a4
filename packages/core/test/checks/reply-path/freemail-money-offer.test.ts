import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'reply-path/freemail-money-offer';

describe('reply-path/freemail-money-offer', () => {
  it.each([
    ['a free mailbox promises an inheritance', ['From: <estate.desk.example@gmail.com>', 'Subject: Hello'], 'You are the next of kin of my late client.\r\n', 'hit'],
    ['a free mailbox promises a balance to withdraw', ['From: <wallet.example@outlook.com>', 'Subject: Your account'], 'Withdraw your +14,633$ today.\r\n', 'hit'],
    ['a company domain promising money is not this check', ['From: <draw@example.com>', 'Subject: You have won'], 'Claim your prize.\r\n', 'miss'],
    ['a free mailbox without a money promise', ['From: <hanako.example@gmail.com>', 'Subject: Hi'], 'See you on Friday.\r\n', 'miss'],
    ['an unsubscribe header does not make a free mailbox a list', ['From: <estate.desk.example@gmail.com>', 'List-Unsubscribe: <mailto:estate.desk.example@gmail.com>', 'Subject: Hello'], 'You are the next of kin of my late client.\r\n', 'hit'],
    ['a mailing list re-sending a poster’s mail', ['From: <poster.example@gmail.com>', 'List-Id: <talk.lists.example.org>', 'Subject: Lottery odds'], 'Nobody wins the lottery jackpot twice.\r\n', 'miss'],
  ] as const)('%s', (_title, headers, body, expected) => {
    const v = analyzeText(eml(headers, body));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });

  it('stays silent when the Reply-To is another free mailbox: freemail-reply-to reports that (25 with the money promise)', () => {
    const v = analyzeText(eml(['From: <sistermary.example@gmail.com>', 'Reply-To: <claims.office.example@outlook.com>', 'Subject: Hello'], 'You are the next of kin of my late husband.\r\n'));
    expect(ids(v)).toContain('reply-path/freemail-reply-to');
    expect(ids(v)).not.toContain(ID);
  });

  it('with the money promise it is a caution; one more sign about the sender makes it suspicious', () => {
    const alone = analyzeText(eml(['From: <estate.desk.example@gmail.com>', 'Subject: Hello'], 'You are the next of kin of my late client.\r\n'));
    expect(alone.level).toBe('caution');
    const stamped = analyzeText(eml(['From: <estate.desk.example@gmail.com>', 'Subject: Hello 8dSHbu0oHKXsxJE'], 'You are the next of kin of my late client.\r\n'));
    expect(['suspicious', 'dangerous']).toContain(stamped.level);
  });

  fixtureTests(ID, {}, it);
});
