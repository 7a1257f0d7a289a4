import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/index.js';
import { actionLabel } from '../../../src/checks/link-mismatch/action-link-elsewhere.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'link-mismatch/action-link-elsewhere';
const H = ['From: "Support" <support@mailer.example.com>', 'Subject: Notice', 'To: taro@kousya.example', 'Content-Type: text/html; charset=utf-8'];
const mail = (href: string, label: string, headers = H) => analyzeText(eml(headers, `<p>Notice about your account.</p><a href="${href}">${label}</a>\r\n`));

describe(ID, () => {
  it.each([
    'Verify your wallet',
    'Log in',
    'Sign in to your account',
    'Confirm payment details',
    'Update My Wallet Now',
    'CLAIM NOW',
    'JETZT BESTÄTIGEN',
    'Vérifier',
    'Vérifier mes droits CPF',
    'Verify up to $750',
    'Acessar minha conta',
    '本人確認',
    'ログインはこちら',
  ])('%s is an account action', (label) => {
    expect(actionLabel(label)).not.toBeNull();
  });
  it.each([
    'Update your preferences',
    'Confirm your subscription',
    'Verify your e-mail address',
    'Read more',
    'Logbook of the week',
    'Verifying facts: how newsrooms check a story before they publish it',
    'Check out our new menu',
  ])('%s is not', (label) => {
    expect(actionLabel(label)).toBeNull();
  });
  it('fires for an account action leading to an unrelated site, with the label and the target', () => {
    const v = mail('https://wallet-check.kit.test/v/1', 'Verify your wallet');
    const f = v.findings.find((x) => x.checkId === ID);
    expect(f?.params).toEqual({ label: 'Verify your wallet', target: 'wallet-check.kit.test', domain: 'mailer.example.com' });
    expect(f?.weight).toBe(12);
    expect(v.level).toBe('caution');
  });
  it('the sender’s own site, a related name, a known brand or a mail service is not elsewhere', () => {
    expect(ids(mail('https://www.mailer.example.com/login', 'Log in'))).not.toContain(ID);
    const acme = ['From: "Acme" <news@acmemail.test>', 'Subject: Notice', 'To: taro@kousya.example', 'Content-Type: text/html; charset=utf-8'];
    expect(ids(mail('https://app.acme.test/', 'Log in', acme))).not.toContain(ID);
    expect(ids(mail('https://app.other.test/', 'Log in', acme))).toContain(ID);
    expect(ids(mail('https://www.paypal.com/signin', 'Log in'))).not.toContain(ID);
    expect(ids(mail('https://u123.ct.sendgrid.net/ls/click?upn=abc', 'Log in'))).not.toContain(ID);
  });
  it('replies and list mail are skipped; an allow-listed sender too', () => {
    expect(ids(mail('https://wallet-check.kit.test/', 'Log in', [...H, 'In-Reply-To: <a@example.org>', 'References: <a@example.org>']))).not.toContain(ID);
    expect(ids(mail('https://wallet-check.kit.test/', 'Log in', [...H, 'List-Id: <dev.lists.example.org>', 'List-Post: <mailto:dev@lists.example.org>']))).not.toContain(ID);
    const v = analyzeText(eml(H, '<a href="https://wallet-check.kit.test/">Log in</a>\r\n'), { allowSenders: ['mailer.example.com'] });
    expect(ids(v)).not.toContain(ID);
  });
  it('explains the button and where it goes, in both languages', () => {
    const v = mail('https://wallet-check.kit.test/v/1', 'Verify your wallet');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      'The button "Verify your wallet" asks you to act on an account, but it leads to wallet-check.kit.test, which belongs neither to the sender (mailer.example.com) nor to any brand or mail service ayashii knows.',
    );
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^「Verify your wallet」というボタンは.*wallet-check\.kit\.test/);
  });
  fixtureTests(ID, {}, it);
});
