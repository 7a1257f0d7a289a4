import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'reply-path/freemail-address-in-text';
const H = ['From: "Admin" <admin@hotel-mail.example>', 'To: taro@kousya.example', 'Subject: Hello'];

describe(ID, () => {
  it.each([
    ['kindly respond', 'Kindly respond to this email. Email: mr.lee.private@outlook.com', true],
    ['contact me at', 'For details contact me at j.smith1960@yahoo.com today.', true],
    ['Portuguese', 'Por favor, escreva para joao.banco@gmail.com com seus dados.', true],
    ['Japanese', '詳しくは tanaka.job77@gmail.com まで連絡してください。', false],
    ['Japanese, ask first', 'ご連絡はこちら: tanaka.job77@gmail.com', true],
    ['no request word', 'The winner was announced by lee@gmail.com last year.', false],
    ['a company mailbox', 'Email our desk at desk@hotel-mail.example.', false],
    ['the recipient', 'We will write to taro@kousya.example again.', false],
    ['a footer naming the reader', 'Contact us any time. This email was sent to hanako.k@gmail.com because you subscribed.', false],
    ['a mail service footer naming the sender', 'Questions? Contact us. Sent by bakery.hanako@gmail.com powered by a mailer', false],
  ] as const)('%s', (_t, body, expected) => {
    const v = analyzeText(eml(H, `${body}\r\n`));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected);
  });
  it('the sender\'s own second mailbox, replies, forwards and list mail are skipped', () => {
    const free = ['From: "Lee" <lee.private@gmail.com>', 'To: taro@kousya.example', 'Subject: Hello'];
    expect(ids(analyzeText(eml(free, 'Please email lee.private.work@yahoo.com instead.')))).not.toContain(ID);
    expect(ids(analyzeText(eml([...H, 'In-Reply-To: <a@hotel-mail.example>'], 'Email: mr.lee@outlook.com')))).not.toContain(ID);
    expect(ids(analyzeText(eml(['From: "Admin" <admin@hotel-mail.example>', 'To: taro@kousya.example', 'Subject: Fwd: offer'], '---------- Forwarded message ---------\nFrom: Lee <lee@outlook.com>\nEmail: mr.lee@outlook.com')))).not.toContain(ID);
    expect(ids(analyzeText(eml([...H, 'List-Id: <users.lists.example.net>'], 'Email: mr.lee@outlook.com')))).not.toContain(ID);
  });
  it('explains in both languages', () => {
    const v = analyzeText(eml(H, 'Kindly respond. Email: mr.lee.private@outlook.com'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ address: 'mr.lee.private@outlook.com', fromAddress: 'admin@hotel-mail.example' });
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe('The mail comes from admin@hotel-mail.example, but the text asks you to write to mr.lee.private@outlook.com, a free mailbox that anyone can open.');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe('送信元は admin@hotel-mail.example ですが、本文は誰でも作れるフリーメールのアドレス mr.lee.private@outlook.com に連絡するよう求めています。');
  });
  fixtureTests(ID, {}, it);
});
