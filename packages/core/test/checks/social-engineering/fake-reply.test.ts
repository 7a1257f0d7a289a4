import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'social-engineering/fake-reply';
const FROM = 'From: "Chris" <chris@sender.example.net>';

describe(ID, () => {
  it.each([
    ['RE: without reply headers', [FROM, 'Subject: RE: YOUR URGENT PAYMENT NOTIFICATION'], true],
    ['German AW:', [FROM, 'Subject: AW: Mein Name ist Dieter'], true],
    ['a counted RE[2]:', [FROM, 'Subject: RE[2]: invoice'], true],
    ['Chinese 回复：', [FROM, 'Subject: 回复：付款通知'], true],
    ['a genuine reply (In-Reply-To)', [FROM, 'Subject: Re: invoice', 'In-Reply-To: <a@kousya.example>'], false],
    ['a genuine reply (References only)', [FROM, 'Subject: Re: invoice', 'References: <a@kousya.example>'], false],
    ['Outlook writes Thread-Index', [FROM, 'Subject: RE: invoice', 'Thread-Index: AdjQx1234567890abcdef=='], false],
    ['a mailing list', [FROM, 'Subject: Re: [dev] build broken', 'List-Id: <dev.lists.example.org>'], false],
    ['a Japanese mobile carrier', ['From: <taro.mobile@ezweb.ne.jp>', 'Subject: Re: 明日の件'], false],
    ['a word that starts with Re', [FROM, 'Subject: Report: quarterly numbers'], false],
    ['Re- in a word', [FROM, 'Subject: Re-scheduled meeting'], false],
  ] as const)('%s', (_t, headers, hit) => {
    const v = analyzeText(eml([...headers, 'To: taro@kousya.example']));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });
  it('quotes the prefix and names the missing headers', () => {
    const v = analyzeText(eml([FROM, 'Subject: RE: YOUR URGENT PAYMENT NOTIFICATION', 'To: taro@kousya.example']));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ prefix: 'RE:' });
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe(
      '件名が「RE:」で始まり、あなたのメールへの返信のように見せていますが、本当の返信なら必ずある情報（In-Reply-To、References ヘッダー）がありません。',
    );
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toMatch(/^The subject starts with "RE:" as if it answered a mail of yours/);
  });
  fixtureTests(ID, {}, it);
});
