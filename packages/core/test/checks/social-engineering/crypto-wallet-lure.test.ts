import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/explain.js';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'social-engineering/crypto-wallet-lure';
const H = ['From: "Club News" <news@rewards-club.example>', 'To: user@example.org'];

describe(ID, () => {
  it.each([
    ['Subject: Your wallet may be breached', 'The connect kit was compromised.'],
    ['Subject: Airdrop', 'Connect your wallet to see how much you can claim.'],
    ['Subject: Notice', 'Please synchronize your wallet before Friday.'],
    ['Subject: Notice', 'Verify your Trust Wallet today.'],
    ['Subject: Notice', 'Enter your secret recovery phrase on the next page.'],
    ['Subject: Limited edition', 'Mint exclusive CyberCat NFTs now. Free mint for the first 500!'],
    ['Subject: RECLAIM your unwanted NFTs', 'Fees can be reclaimed as ETH.'],
    ['Subject: Start earning $STREAM Coins today', 'Watch and earn.'],
    ['Subject: Re: As requested', 'Your bitcoin wallet has been funded with 51.85 BTC. Login with details below.'],
    ['Subject: お知らせ', 'ウォレットを接続して受け取ってください。'],
    ['Subject: Aviso', 'Conecte sua carteira para receber.'],
  ])('%s / %s', (subject, body) => {
    expect(ids(analyzeText(eml([...H, subject], body)))).toContain(ID);
  });
  it.each([
    ['Subject: Re: build on Linux Mint', 'The lexer splits the input into tokens; the receiver is in mint condition.'],
    ['Subject: Coin-cell batteries', 'A coin cell lasts a year. My wallet is in the car.'],
    ['Subject: Loyalty', 'Collect points and tokens at our stores; $5 coupons inside.'],
    ['Subject: Passphrase', 'Choose a passphrase of four random words for the laptop.'],
    ['Subject: Notice', 'Verify your wallet: it has been suspended.'],
  ])('no finding: %s / %s', (subject, body) => {
    expect(ids(analyzeText(eml([...H, subject], body)))).not.toContain(ID);
  });
  it('quotes the phrase in both languages and stays safe alone', () => {
    const v = analyzeText(eml([...H, 'Subject: Connect your wallet today'], 'See you.'));
    expect(v.findings.find((f) => f.checkId === ID)?.params).toEqual({ where: 'subject', phrase: 'connect your wallet' });
    expect(v.level).toBe('safe');
    expect(explain(v, { locale: 'en' }).items.find((i) => i.checkId === ID)?.detail).toBe('The subject says “connect your wallet”.');
    expect(explain(v, { locale: 'ja' }).items.find((i) => i.checkId === ID)?.detail).toBe('件名に「connect your wallet」と書かれています。');
  });
  it('an account threat about the wallet is counted once, by account-threat', () => {
    const v = analyzeText(eml([...H, 'Subject: Notice'], 'Verify your wallet within 24 hours.'));
    expect(ids(v)).toContain('social-engineering/account-threat');
    expect(ids(v)).not.toContain(ID);
  });
  it('an allow-listed sender is skipped', () => {
    expect(ids(analyzeText(eml([...H, 'Subject: Connect your wallet today']), { allowSenders: ['rewards-club.example'] }))).not.toContain(ID);
  });
  fixtureTests(ID, {}, it);
});
