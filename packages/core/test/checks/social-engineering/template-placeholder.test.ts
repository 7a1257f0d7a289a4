import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'social-engineering/template-placeholder';
const H = ['From: "Club News" <news@club-news.example>', 'To: user@example.org'];

describe(ID, () => {
  it.each([
    ['Subject: Notice', 'Dear [Trust User ], please verify.'],
    ['Subject: New quote for [username]', 'See inside.'],
    ['Subject: Angebot', 'Hallo %VORNAME%, heute 20 % auf alles.'],
    ['Subject: Offer', 'Hi {{FIRST_NAME}}, your invoice is ready.'],
    ['Subject: Offer', 'Dear {{ user_email }}, your mailbox is full.'],
    ['Subject: Offer', 'Hello *|FNAME|*, read on.'],
    ['Subject: Offer', 'Proposal for {{CompanyName}}.'],
    ['Subject: Offer', 'Hola #NOMBRE#, tienes un premio.'],
    ['Subject: Test', 'This is a test email. Best regards, [Your Name]'],
    ['Subject: テスト', 'これはテスト用のメールです。よろしくお願いいたします。[あなたの名前 / Your Name] 協会'],
  ])('%s / %s', (subject, body) => {
    expect(ids(analyzeText(eml([...H, subject], body)))).toContain(ID);
  });
  it.each([
    ['Subject: build', 'Set ${WORKDIR} and ${MACHINE}; the loop renders {{ item }}.'],
    ['Subject: Sale', 'Up to 50% off, issue #12, [1] see the footnote, [PATCH] v2.'],
    ['Subject: Preview', '*|MC_PREVIEW_TEXT|* Our spring catalogue is here.'],
    ['Subject: Hello Taro', 'Dear Taro Suzuki, your order has shipped.'],
    ['Subject: お問い合わせありがとうございます', '【お名前】山田 太郎 【会社名】株式会社サンプル 【ご用件】資料請求'],
    ['Subject: Form', 'Type your name in the box [Your Name here is optional] and press send.'],
  ])('no finding: %s / %s', (subject, body) => {
    expect(ids(analyzeText(eml([...H, subject], body)))).not.toContain(ID);
  });
  it('quotes the blank in both languages and stays safe alone', () => {
    const v = analyzeText(eml([...H, 'Subject: Your quote, [username]'], 'See inside.'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ where: 'subject', phrase: '[username]' });
    expect(v.level).toBe('safe');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe('The subject shows a mass-mailing template\'s blank where a name belongs: “[username]”.');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe('件名の名前が入るべき位置に、一斉送信テンプレートの差し込み欄がそのまま残っています：「[username]」。');
  });
  it('an allow-listed sender is skipped', () => {
    expect(ids(analyzeText(eml([...H, 'Subject: Hi %FIRSTNAME%']), { allowSenders: ['club-news.example'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
