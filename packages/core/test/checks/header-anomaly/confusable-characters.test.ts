import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'header-anomaly/confusable-characters';

describe('header-anomaly/confusable-characters', () => {
  it.each([
    ['Greek/Cyrillic/Armenian lookalikes in the subject', ['From: <a@example.net>', 'Subject: Ρⅼеаѕе Սрⅾаtе Υоսr Αссоսnt'], 'hit', {}],
    ['Cyrillic а inside a Latin brand name', ['From: "Аpple Support" <a@example.net>'], 'hit', {}],
    ['genuine Russian', ['From: "Иван Петров" <ivan@example.ru>', 'Subject: Привет, как дела'], 'miss', {}],
    ['a Russian subject with an English tail (a Russian word that happens to look Latin)', ['From: <mailer-daemon@mail.example.ru>', 'Subject: Ваше сообщение не доставлено. Mail failure.'], 'miss', {}],
    ['a wholly Cyrillic lookalike word in Latin text', ['From: <a@example.net>', 'Subject: Please Сору the code'], 'hit', {}],
    ['Japanese with Latin', ['From: "OTSUKAカスタマーサポート" <a@example.jp>', 'Subject: メモ書きのお知らせ ABC'], 'miss', {}],
    ['accented Latin', ['From: "José Müller" <jm@example.de>', 'Subject: Réunion à Zürich'], 'miss', {}],
    ['a Tai Le letter inside a Latin word', ['From: "Support aᥴcount team" <noreply@example.net>'], 'hit', {}],
    ['Canadian syllabics written as Latin', ['From: "ᑕᒪOᑌᗪ ᗩᒪEᖇT" <noreply@example.net>'], 'hit', {}],
    ['Lisu capitals written as Latin', ['From: "ꓮmazon ꓢupport" <noreply@example.net>'], 'hit', {}],
    ['genuine Lisu (words too short to read as Latin)', ['From: "ꓡꓲ ꓢꓴ" <info@example.cn>', 'Subject: ꓠꓬ ꓗꓪ'], 'miss', {}],
    ['genuine Inuktitut (syllabics that do not read as Latin)', ['From: "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ" <info@example.ca>', 'Subject: ᐊᐃ'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  describe('in the text', () => {
    const H = ['From: "Wallet" <info@wallet.example.net>', 'Subject: Notice', 'To: taro@kousya.example'];
    it.each([
      ['two disguised words', 'Gооd аfternoon. You have a new inсoming transfer. Log in to your account.', true],
      ['two words disguised with Lisu and syllabic letters', 'ꓖood afternoon. Your ᑕloud account is full. Log in to your account.', true],
      ['one disguised word (a stray name)', 'Good afternoon. Your parcel from Мoscow is on its way.', false],
      ['genuine Russian text', 'Добрый день! Ваше сообщение получено. Мы ответим в течение дня.', false],
      ['genuine Greek with a Latin brand', 'Καλησπέρα, το νέο σας Apple ID είναι έτοιμο.', false],
      ['disguised words after the opening', `${'word '.repeat(420)}Gооd аfternoon, inсoming.`, false],
    ] as const)('%s', (_t, body, expected) => {
      const v = analyzeText(eml(H, `${body}\r\n`));
      expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected);
    });
    it('shows the word and what it reads as', () => {
      const v = analyzeText(eml(H, 'Gооd аfternoon. You have a new inсoming transfer.\r\n'));
      const f = v.findings.find((x) => x.checkId === ID);
      expect(f?.params).toMatchObject({ where: 'text', text: 'Gооd', looksLike: 'good' });
      expect(f?.evidence[0]).toMatchObject({ kind: 'body', highlight: 'Gооd' });
      expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^The text contains "Gооd", which reads as "good"/);
      expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^本文の「Gооd」は「good」と読めます/);
    });
  });
  it.each([
    ['ᑕᒪOᑌᗪ ᗩᒪEᖇT', 'ᑕᒪOᑌᗪ', 'cloud', 'Canadian syllabics and Latin', 'カナダ先住民音節文字とラテン文字'],
    ['Gоvernment Notice', 'Gоvernment', 'government', 'Cyrillic and Latin', 'キリル文字とラテン文字'],
    ['ꓮmazon Support', 'ꓮmazon', 'amazon', 'Lisu and Latin', 'リス文字とラテン文字'],
  ] as const)('%j: says how the word reads (not its merged skeleton) and names its alphabets', (name, word, reads, en, ja) => {
    const v = analyzeText(eml([`From: "${name}" <noreply@example.net>`]));
    expect(v.findings.find((x) => x.checkId === ID)?.params).toMatchObject({ text: word, looksLike: reads });
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toContain(`reads as "${reads}" but is written with lookalike letters (${en}).`);
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toContain(`「${reads}」と読めますが、見た目の似た別の文字（${ja}）で書かれています。`);
  });
  fixtureTests(ID, {}, it);
});
