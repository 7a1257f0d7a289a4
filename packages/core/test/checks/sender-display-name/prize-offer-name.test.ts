import { describe, expect, it } from 'vitest';
import { prizeWord } from '../../../src/checks/sender-display-name/prize-offer-name.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-display-name/prize-offer-name';
const weight = (from: string) => analyzeText(eml([`From: ${from}`, 'Subject: Hi'])).findings.find((f) => f.checkId === ID)?.weight;

describe(ID, () => {
  it.each([
    ['Your Bonus Inside', 'bonus'],
    ['RevolutionCasino rewards💰', 'revolutioncasino'],
    ['🎃 OceanSpin Casino Willkommensbonus', 'casino'],
    ['🎉 BetAlice Casino Willkommensbonus', 'casino'],
    ['Dudespin Willkommensbonus', 'willkommensbonus'],
    ['AAA Giveaway ®', 'giveaway'],
    ['💰Free Spins Inside💰', 'free spins'],
    ['BlockGames Airdrop', 'airdrop'],
    ['Your payout verification🤑', 'payout'],
    ['Claim Your Everlasting Foam Seat', 'claim your'],
    ['✅ Bitcoin Auszahlung Erfolgreich', 'auszahlung'],
    ['🚨Bitcoin-uitbetaling goedkeuren', 'uitbetaling'],
    ['Prêmios do Cliente', 'prêmios'],
    ['ＢＯＮＵＳ', 'bonus'],
    ['懸賞当選事務局', '懸賞'],
  ])('%s → %s', (name, word) => {
    expect(prizeWord(name)).toBe(word);
  });
  it.each([
    ['Claims Department', 'a claims desk, not "claim your"'],
    ['Bonusprint Studio', 'a word that only starts with "bonus"'],
    ['Prizewell Printing', 'a word that only starts with "prize"'],
    ['Casinoro Alves', 'a surname that only starts with "casino"'],
    ['Example Shop', 'an ordinary name'],
    ['山田 太郎', 'a Japanese personal name'],
  ])('%s: none (%s)', (name) => {
    expect(prizeWord(name)).toBeNull();
  });
  it('weighs 10: evidence that stays below caution alone', () => {
    expect(weight('"Casino Rewards" <promo@mailer.example>')).toBe(10);
    expect(analyzeText(eml(['From: "Casino Rewards" <promo@mailer.example>', 'Subject: Hi'])).level).toBe('safe');
    expect(weight('"Example Shop" <news@shop.example>')).toBeUndefined();
  });
  it('reads the name, not the address', () => {
    expect(weight('"Example Shop" <bonus@shop.example>')).toBeUndefined();
    expect(weight('bonus@shop.example')).toBeUndefined();
  });
  it('an allow-listed sender is skipped', () => {
    const v = analyzeText(eml(['From: "Example Rewards" <rewards@shop.example>', 'Subject: Points']), { allowSenders: ['shop.example'] });
    expect(ids(v)).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
