import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-authentication/fake-trust-banner';

function run(body: string, extra: string[] = []) {
  return analyzeText(eml(['From: Notice <notice@shop.example.com>', 'Subject: Notice', 'To: taro@kousya.example', ...extra], body));
}

describe(ID, () => {
  it.each([
    ['en', 'This message is from a trusted sender. Your parcel is waiting.'],
    ['en, sent by', 'This email was sent by a verified sender.\r\nHello.'],
    ['en, tick banner', '✅ Verified sender\r\nYour account needs attention.'],
    ['es', '-Este mensaje fue enviado por un remitente de confianza. Hola.'],
    ['pt', 'Esta mensagem foi enviada por um remetente confiável.'],
    ['nl', 'Dit bericht komt van een betrouwbare afzender.'],
    ['de', 'Diese Nachricht stammt von einem vertrauenswürdigen Absender.'],
    ['fr', "Ce message provient d'un expéditeur de confiance."],
    ['it', 'Questo messaggio proviene da un mittente attendibile.'],
    ['ja', 'このメールは信頼できる送信者から送信されています。'],
  ] as const)('hit: %s', (_lang, body) => {
    const v = run(body);
    expect(ids(v)).toContain(ID);
    expect(v.findings.find((f) => f.checkId === ID)?.weight).toBe(25);
  });
  it.each([
    ['a safe-senders tip', 'Add us to your trusted senders list so our mail reaches you.'],
    ['a gateway warning', 'CAUTION: This email originated from outside of the organization.'],
    ['the claim far down the text', `${'Lorem ipsum dolor sit amet. '.repeat(30)}This message is from a trusted sender.`],
  ] as const)('miss: %s', (_title, body) => {
    expect(ids(run(body))).not.toContain(ID);
  });
  it('allow-listed senders are skipped', () => {
    const v = analyzeText(eml(['From: <notice@shop.example.com>', 'Subject: x', 'To: taro@kousya.example'], 'This message is from a trusted sender.'), {
      allowSenders: ['notice@shop.example.com'],
    });
    expect(ids(v)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
