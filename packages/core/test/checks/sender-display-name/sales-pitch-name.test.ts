import { describe, expect, it } from 'vitest';
import { pitchWord } from '../../../src/checks/sender-display-name/sales-pitch-name.js';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-display-name/sales-pitch-name';

describe(ID, () => {
  it.each([
    ['Personal Loan', 'zhishangmingzhan.example', 'loan'],
    ['Auto Insurance Quotes', 'corona-cartoons.example', 'insurance'],
    ['Solana Heated Vest Sale', 'wlodmbvsouyasilha.example', 'sale'],
    ['Canvas Prints Discount', 'tiles.example', 'discount'],
    ['Exklusives Angebot', 'mailer.example', 'angebot'],
    ['Night Vision Pro 50% OFF', 'wavola.example', '50% off'],
    ['LifeStory_Quote', 'socialou.example', 'quote'],
  ] as const)('%s <…@%s> → %s', (name, domain, word) => {
    expect(pitchWord(name, domain)).toBe(word);
  });
  it.each([
    ['Minato Insurance', 'minato-insurance.example'],
    ['Zurich Insurance', 'zurich.example'],
    ['Credit Karma', 'creditkarma.example'],
    ['H&M Sale', 'email.hm.example'],
    ['AT&T Offers', 'emaildl.att-mail.example'],
    ['楽天市場 SUPER SALE', 'mail.rakuten.example'],
    ['Best Buy Deals', 'emailinfo.bestbuy.example'],
    ["Macy's Sale", 'em.macys.example'],
    ['Example Deals', 'mail.exampledeals.example'],
    ['Casino Rewards Offer', 'casino.example'],
    ['Hanako Sato', 'gmail.com'],
    ['Salesforce', 'salesforce.example'],
    ['Quoted-Printable Test', 'lists.example'],
  ] as const)('no pitch: %s <…@%s>', (name, domain) => {
    expect(pitchWord(name, domain)).toBeNull();
  });
  it('explains in both languages and stays safe alone', () => {
    const v = analyzeText(eml(['From: Personal Loan <renew@tiles.example>', 'To: taro@kousya.example', 'Subject: Rates'], 'See inside.'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ name: 'Personal Loan', word: 'loan', domain: 'tiles.example' });
    expect(v.level).toBe('safe');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe('The sender calls itself "Personal Loan": an offer ("loan") where the name of a person or company belongs, sent from tiles.example, which has nothing to do with it.');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe('差出人名は「Personal Loan」です。人や会社の名前が入るべき所に「loan」という売り文句があり、送信元の tiles.example とは何の関係もありません。');
  });
  it('an allow-listed sender is skipped', () => {
    expect(ids(analyzeText(eml(['From: Personal Loan <renew@tiles.example>', 'To: taro@kousya.example', 'Subject: Rates'], 'x'), { allowSenders: ['tiles.example'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
