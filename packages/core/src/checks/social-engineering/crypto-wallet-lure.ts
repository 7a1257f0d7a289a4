/**
 * The text asks for what empties a crypto wallet: connect or synchronise the wallet, type in its
 * recovery phrase, mint or burn NFTs, claim a newly launched coin (`$DISNEY Coins`, `$MEME
 * tokens`), or it warns that the wallet "may be breached" (`connect your wallet`, `verify your
 * Trust Wallet`, `secret recovery phrase`, `free mint`, `reclaim your unwanted NFTs`). Wallet drainers
 * ask the victim to sign a transaction or hand over the phrase; whatever is signed or typed is
 * gone for good, with no bank to reverse it. Also the fake exchange account handed to the reader
 * (`your bitcoin wallet has been funded with 51.85 BTC … Login with details below`).
 *
 * Spec: none in the field notes; the FBI's IC3 and Japan's FSA warn about wallet drainers and
 *   fake airdrops in the same words.
 * Account threats about the wallet (`verify your wallet`, `your wallet has been suspended`) are
 *   `social-engineering/account-threat`'s, not counted again here.
 * False positives: a wallet maker's own security notice ("never share your recovery phrase") and
 *   crypto newsletters use the words: capped with the category below `suspicious`, so it only adds
 *   to the sender and link evidence; allow-listed senders are skipped. "Linux Mint", "mint
 *   condition", "a coin", "tokens" alone do not count.
 *   Measured: 52 `phish-dev` mails (67 before account threats were left to that check), 0 of 4,279
 *   `ham/`, 0 bounce or Japanese mail; Toyota's genuine warning about the "$TOYOTA Coin" mails
 *   quotes the name and gets the 10 points (it stays `safe`).
 * Weight rationale: 10, like the money lure: wording, capped with the category.
 */
import { defineCheck } from '../define-check.js';
import { anyOf, gated, phraseFinding } from './shared.js';

/** Lower case, as the reading text is folded. Bounded gaps and literal alternatives only: linear (checked by the ReDoS test). */
export const CRYPTO_WALLET_LURE: readonly RegExp[] = [
  /\bconnect(?:ing)? (?:your |an? |the )?(?:email and |external |erc-?20 |crypto |web3 |digital )?wallets?\b/,
  // `verify your wallet`, `your wallet has been suspended` are account threats (`account-threat`): only what it does not read
  /\b(?:synchroni[sz]e|sync|rectify|secure|migrate|revoke|recover|whitelist) (?:your |the )?(?:crypto |digital |web3 |metamask |trust )?wallet\b|\b(?:validate|verify|confirm|unlock|restore|re-?activate) (?:the (?:crypto |digital |web3 |metamask |trust )?|your (?:crypto|digital|web3|metamask|trust) )wallet\b/,
  /\byour wallet (?:may be|may have been|has been|was|is|might be) (?:breached|at risk|drained|flagged|hacked)\b/,
  /\bwallet (?:validation|verification|synchroni[sz]ation|sync)\b/,
  /\b(?:seed|recovery|secret|mnemonic|backup) phrases?\b|\b(?:12|24)[- ]word (?:phrase|seed)\b/,
  /\bmint(?:ing)? (?:exclusive |your |free |now |an? |the )?(?:[a-z]{1,20} )?nfts?\b|\bfree mint\b|\bmint now\b/,
  /\b(?:burn|reclaim) (?:your )?(?:unwanted |spam |old )?(?:nfts?|tokens?)\b/,
  // a coin named by its ticker, as launch scams do: `$DISNEY Coins`, `$MEME tokens`
  /(?<![\w$])\$[a-z]{2,10} (?:coins?|tokens?)\b/,
  /\beligible (?:for|to (?:claim|receive)) (?:the |an? |your )?(?:airdrop|tokens?)\b|\btoken (?:claim|giveaway|airdrop)\b/,
  /\b(?:bitcoin|btc|crypto|usdt|eth|ethereum) (?:wallet|account) (?:has been|was|is) (?:funded|credited|loaded)\b/,
  // ja, pt, es
  /ウォレット(?:を|の)?(?:接続|連携|認証|同期|復元)|シードフレーズ|(?:復元|リカバリー)フレーズ|秘密鍵を(?:入力|送)/,
  /\bconect(?:e|a|ar) (?:sua |tu |su )?(?:carteira|billetera|cartera)\b|\bfrase (?:semilla|de recupera[cç][aã]o|secreta)\b/,
];

/** A piece of every alternative of {@link CRYPTO_WALLET_LURE}: most mail has none, and the gate is cheap. */
export const CRYPTO_WALLET_LURE_GATE = /wallet|phrase|seed|mint|nft|token|coin|airdrop|funded|credited|loaded|ウォレット|フレーズ|秘密鍵|carteira|billetera|cartera|frase/;

export const CRYPTO_WALLET_LURE_ANY = gated(anyOf(CRYPTO_WALLET_LURE), CRYPTO_WALLET_LURE_GATE);

export const cryptoWalletLure = defineCheck({
  id: 'social-engineering/crypto-wallet-lure',
  category: 'social-engineering',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run: (ctx) => phraseFinding(ctx, CRYPTO_WALLET_LURE_ANY),
});
