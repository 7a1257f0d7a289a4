import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'brand-impersonation/brand-text-from-freemail';
const NORTON = 'Hello,\r\n\r\nYour subscription for Norton 360 has been renewed. Call +1 555 0100 200 to cancel.\r\n';

function run(headers: string[], body = NORTON) {
  return analyzeText(eml(['Subject: Renewal', 'To: taro@kousya.example', ...headers], body));
}

describe(ID, () => {
  it('a free mailbox speaking as a brand is suspicious on its own', () => {
    const v = run(['From: Billing <billing.desk77@gmail.com>']);
    expect(ids(v)).toContain(ID);
    expect(v.level).toBe('suspicious');
    expect(v.findings.find((f) => f.checkId === ID)?.params).toMatchObject({ brand: 'Norton (Gen Digital)', address: 'billing.desk77@gmail.com' });
  });
  it('Japanese letterhead from a free mailbox', () => {
    const v = run(['From: <smbc.card.desk@yahoo.co.jp>'], '三井住友カードをご利用のお客様へ\r\n\r\nお支払い方法の確認をお願いします。\r\n');
    expect(ids(v)).toContain(ID);
  });
  it.each([
    ['a reply', ['From: <billing.desk77@gmail.com>', 'In-Reply-To: <a@b.example>']],
    ['a forward', ['From: <billing.desk77@gmail.com>', 'Subject: Fwd: Renewal']],
    ['a mailing list post', ['From: <billing.desk77@gmail.com>', 'List-Id: <users.lists.example.org>']],
    ["the brand's own domain", ['From: <billing@norton.com>']],
    ['an ordinary domain (another check looks at its links)', ['From: <billing@shop.example.com>']],
    ['allow-listed', ['From: <billing.desk77@gmail.com>']],
  ] as const)('miss: %s', (title, headers) => {
    const options = title === 'allow-listed' ? { allowSenders: ['billing.desk77@gmail.com'] } : {};
    const v = analyzeText(eml([...headers.filter((h) => !h.startsWith('Subject')), headers.find((h) => h.startsWith('Subject')) ?? 'Subject: Renewal', 'To: taro@kousya.example'], NORTON), options);
    expect(ids(v)).not.toContain(ID);
  });
  it('a forward recognised by its separator (no Fwd: in the subject) is skipped', () => {
    const body = 'is this ours?\r\n\r\n---------- Forwarded message ---------\r\nFrom: Norton <billing@norton.com>\r\nSubject: Renewal\r\n\r\n' + NORTON;
    expect(ids(run(['From: <taro.example@gmail.com>'], body))).not.toContain(ID);
  });
  it('a receipt or order confirmation speaking as a brand counts as its letterhead (callback scams)', () => {
    const receipt = '<h3><span style="color:#0853d7">Pay</span><span style="color:#061ff8">Pal</span></h3><p>Hey Paid, your order is confirmed. Money receipt #390-66-709, total $1382.64. Call 1 808 555 0100 to cancel.</p>';
    const v = analyzeText(eml(['From: "Paid Customer" <desk.77@gmail.com>', 'Subject: Paid, Your Order 821111 is placed successfully', 'To: taro@kousya.example', 'Content-Type: text/html; charset=utf-8'], receipt));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toMatchObject({ brand: 'PayPal' });
  });
  it('a brand named without words of a service addressing its customer is not a letterhead', () => {
    expect(ids(run(['From: <taro.example@gmail.com>'], 'Hi,\r\nI read that Norton 360 got a new look. Lunch tomorrow?\r\n'))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
