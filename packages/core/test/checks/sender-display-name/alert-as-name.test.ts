import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/index.js';
import { alertPhrase } from '../../../src/checks/sender-display-name/alert-as-name.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-display-name/alert-as-name';
const weight = (from: string) => analyzeText(eml([`From: ${from}`, 'Subject: Hi'])).findings.find((f) => f.checkId === ID)?.weight;

describe(ID, () => {
  it.each([
    ['Action Needed', 'action needed'],
    ["You've been HACKED", "you've been hacked"],
    ['You’ve been hacked', "you've been hacked"],
    ['💰Your pending bonus💰', 'your pending bonus'],
    ['Payment Declined', 'payment declined'],
    ['Envío pendiente', 'envío pendiente'],
    ['Account Suspended - Support', 'account suspended'],
    ['AARP® Department - URGENT Notification', 'urgent'],
    ['Norton Security ALERT', 'security alert'],
    ['in afwachting van levering', 'in afwachting van levering'],
    ['Zahlung fehlgeschlagen', 'zahlung fehlgeschlagen'],
    ['Conta bloqueada', 'conta bloqueada'],
    ['Paiement refusé', 'paiement refusé'],
    ['不在通知センター', '不在通知'],
    ['NOTIFICAÇÃO JUDICIAL', 'notificação judicial'],
    ['INTIMAÇÃO 991122', 'intimação'],
    ['NOTIFICACAO EXTRAJUDICIAL', 'notificacao extrajudicial'],
    ['Final Protection Notice', 'final protection notice'],
    ['LAST PAYMENT WARNING', 'last payment warning'],
    ['Payment/DecIined', 'payment declined'],
    ['ACCOUNT_SUSPENDED', 'account suspended'],
    ['Entre̷ga~pe̷rdida', 'entrega perdida'],
    ['Falha na entrega', 'falha na entrega'],
  ])('%s → %s', (name, phrase) => {
    expect(alertPhrase(name)).toBe(phrase);
  });
  it.each([
    ['Google Alerts', 'a service named after alerts'],
    ['Chase Alerts', 'an alert service of a bank'],
    ['Final Fantasy Club', '"final" without notice or warning'],
    ['Final Round of Notices Team', 'more than one word before "notice"'],
    ['McIntyre Payments', 'a capital I inside a name that makes no alert'],
    ['Entregas Rápidas Ltda', 'a courier named after deliveries'],
    ['Urgentino Rossi', 'a name that only starts with "urgent"'],
    ['Delivery Hero', 'a company with "delivery" in its name'],
    ['Tribunal de Justiça de São Paulo', 'a court named as itself'],
    ['Example Shop', 'an ordinary name'],
    ['山田 太郎', 'a Japanese personal name'],
  ])('%s: none (%s)', (name) => {
    expect(alertPhrase(name)).toBeNull();
  });
  it('weighs 10: evidence that stays below caution alone', () => {
    expect(weight('"Action Needed" <promo@mailer.example>')).toBe(10);
    expect(analyzeText(eml(['From: "Action Needed" <promo@mailer.example>', 'Subject: Hi'])).level).toBe('safe');
  });
  it('reads the name, not the address or the subject', () => {
    expect(weight('"Example Shop" <urgent@shop.example>')).toBeUndefined();
    expect(weight('urgent@shop.example')).toBeUndefined();
    const v = analyzeText(eml(['From: "Example Bank" <notice@bank.example>', 'Subject: Action required: your account is suspended']));
    expect(ids(v)).not.toContain(ID);
  });
  it('an allow-listed sender is skipped', () => {
    const v = analyzeText(eml(['From: "Security Alert" <alert@shop.example>', 'Subject: Sign-in']), { allowSenders: ['shop.example'] });
    expect(ids(v)).not.toContain(ID);
  });
  it('explains the name in both languages', () => {
    const v = analyzeText(eml(['From: "Payment Declined" <billing@mailer.example>', 'Subject: Hi']));
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe('The sender calls itself "Payment Declined": an alert ("payment declined") where the name of a person or company belongs.');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toContain('「payment declined」という警告');
  });
  fixtureTests(ID, {}, it);
});
