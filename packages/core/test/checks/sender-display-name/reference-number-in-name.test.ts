import { describe, expect, it } from 'vitest';
import { referenceNumber } from '../../../src/checks/sender-display-name/reference-number-in-name.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-display-name/reference-number-in-name';
const weight = (from: string) => analyzeText(eml([`From: ${from}`, 'Subject: Hi'])).findings.find((f) => f.checkId === ID)?.weight;

describe(ID, () => {
  it.each([
    ['Banco Example. Protocolo:7164942633959263', '7164942633959263'],
    ['AVISO DE COMPRA - 4028389522', '4028389522'],
    ['Comunicado ao cliente - Cod. 37165178664887', '37165178664887'],
    ['Contrato: 521023603874627', '521023603874627'],
    ['Support ticket #12345678', '12345678'],
    ['Example Co. 受付番号 20261123001', '20261123001'],
  ])('%s → %s', (name, number) => {
    expect(referenceNumber(name)).toBe(number);
  });
  it.each([
    ['Fax - +81312345678', 'a phone number'],
    ['Voicemail from 0312345678', 'a number after a word, not a reference'],
    ['Fax: 0312345678', 'a fax number'],
    ['Order #1234567', 'seven digits'],
    ['Paid12345678', 'a number glued to a word (not the word "id")'],
    ['Example Support', 'no number'],
  ])('%s: none (%s)', (name) => {
    expect(referenceNumber(name)).toBeNull();
  });
  it('weighs 25 from a free mailbox, 12 from an organisation, nothing without a reference', () => {
    expect(weight('"Aviso de compra - 4028389522" <someone.random@gmail.com>')).toBe(25);
    expect(weight('"Aviso de compra - 4028389522" <notice@shop.example>')).toBe(12);
    expect(weight('"Example Shop" <notice@shop.example>')).toBeUndefined();
  });
  it('an allow-listed sender is skipped', () => {
    const v = analyzeText(eml(['From: "Fax gateway - 0312345678" <fax@gw.example>', 'Subject: Fax']), { allowSenders: ['gw.example'] });
    expect(ids(v)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
