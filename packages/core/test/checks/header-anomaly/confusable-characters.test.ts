import { describe, expect, it } from 'vitest';
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
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
