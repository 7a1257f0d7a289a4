/**
 * The text promises money: a prize, a reward to claim, a balance to withdraw, an inheritance, a
 * refund, a giveaway or easy pay for work from home (`You have won`, `Claim your reward`,
 * `当選しました`, `報酬：毎日八万円`, `valores a receber`, `150 Freispiele ohne Einzahlung`,
 * `Claim 500 BNB`) — the bait of advance-fee fraud, fake
 * giveaways, job scams and crypto scams.
 *
 * Spec: none in the field notes; the awareness-training advice ("too good to be true"). Server
 *   filters such as SpamAssassin carry advance-fee phrase rules in the same spirit.
 * False positives: genuine loyalty programmes and shops announce points and campaigns — capped
 *   below `suspicious` as a category, so it only adds to other evidence. Allow-listed senders are
 *   skipped.
 * Weight rationale: 10 — a weaker sign than an account threat (marketing uses the same words).
 *   20 for unrealistic pay for easy work (`時給は5000円` or `報酬：毎日八万円` with `在宅` or
 *   `未経験`): the recruiting text of 闇バイト (criminal "part-time jobs") as the National Police
 *   Agency's warnings describe it (high pay, easy work, no experience). Genuine job mail pays
 *   such rates for skilled work (a doctor's shift), not for work anyone can do from home. 5 of
 *   168 Japanese phishing mails, 0 of 4,279 `ham/` and 0 legitimate Japanese mails. One finding
 *   either way, and the category stays capped below `suspicious`.
 */
import type { CheckContext } from '../../model/check.js';
import type { SocialEngineeringParams } from '../../model/params/social-engineering.js';
import { defineCheck, hit, type Hit } from '../define-check.js';
import { anyOf, findPhrase, gated, phraseFinding } from './shared.js';

type P = SocialEngineeringParams['social-engineering/money-lure'];


/** Bounded gaps and literal alternatives only: linear (checked by the ReDoS test). */
export const MONEY_LURE: readonly RegExp[] = [
  // en
  /\byou(?:'ve| have)? (?:won(?![a-z'’])|been selected|been chosen|been awarded|are (?:a|the|our) (?:lucky )?winner)\b/,
  /\bclaim (?:your|the) (?:reward|prize|gift|bonus|funds|payment|refund|winnings|compensation|tokens?|airdrop)\b/,
  /\b(?:lottery|jackpot|sweepstakes?|lucky winners?)\b/,
  /\b(?:next of kin|inheritance (?:funds?|sum|claim|transfer)|compensation fund|unclaimed (?:funds|inheritance|payment)|atm card|consignment box)\b/,
  /\bwithdraw (?:your|the) (?:funds|balance|money|profit|earnings|bonus)\b/,
  /\b(?:usd|us\$|\$|€|£) ?\d{1,3}(?:[,.]\d{3}){1,3}(?:\.\d\d)? (?:(?:has been|have been|was) (?:credited|deposited|transferred)|(?:is )?(?:waiting|available|pending) (?:for|to) (?:you|withdraw))\b/,
  /(?:\bus\$|\busd|\$|€|£) ?\d{1,3}(?:,\d{3}){2,}(?:\.\d\d)?(?!\d)|\b\d{1,3}(?:\.\d{1,2})? million (?:us )?(?:dollars|usd|euros?|pounds)\b/,
  /\b(?:free|complimentary) (?:gift|reward|iphone|bonus|usdt|crypto)\b|\bairdrop\b/,
  // advance-fee stories: a fortune to move, an estate nobody claimed, a lucky draw among addresses
  /\b(?:abandoned|unclaimed|dormant) (?:overdue )?(?:funds?|estate|claim|deposit|account|consignment)\b|\b(?:transfer(?:ring)?|move|moving) (?:his|her|their|the|this) (?:funds?|money|inheritance) (?:out|abroad|to)\b/,
  /\blucrative (?:business|deal|venture|transaction|proposal)\b|\b(?:randomly|electronically) selected\b|\bselected (?:randomly|at random)\b/,
  /(?:\$|€|£|us\$|usd) ?\d{1,3}(?:\.\d{3}){2,}|(?<![\d.,])\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d\d)? ?(?:usd|us dollars|dollars|dólares|euros?|pounds|mio)\b|\b\d{1,3}(?:\.\d{1,2})? ?m (?:usd|us dollars|dollars|euros?)\b/,
  // ja
  /当選(?:しました|されました|者)|賞金|(?:未受け取り|未受取)|給付金|還付金.{0,8}(?:受け取|手続)|高額報酬/,
  /配当金.{0,12}(?:入金|受け取|お支払)|(?:日給|報酬|月収|日収).{0,12}万円|在宅(?:ワーク|勤務)|副業|(?:アルバイト|バイト).{0,12}(?:募集|したい)/,
  // pt
  /\bparente mais próximo\b|\bmilhões de (?:dólares|euros)\b|\b\d+(?:,\d+)? milhões\b|\bpariente más cercano\b|\bmillones de (?:dólares|euros)\b|\bplus proche parent\b|\bmillions (?:de )?(?:dollars|euros)\b/,
  /\b(?:você|voce) (?:ganhou|foi selecionad|foi sorteado)|\bvalores a receber\b|\bsaldo (?:disponível|disponivel|liberado)\b|\bresgat(?:e|ar) (?:seus?|suas?|agora)\b|\bpontos?\b.{0,12}(?:expira|vence)/,
  // es
  /\b(?:usted|has|ha) (?:ganado|sido seleccionad)|\breclam(?:e|a) (?:su|tu) (?:premio|recompensa)\b/,
  // de, fr, nl
  /\bsie haben (?:gewonnen|ein .{0,20}gewonnen)|\bgewinnspiel\b|\bsie wurden ausgewählt\b|\bvous avez (?:gagné|obtenu|remporté|été sélectionné)|\b(?:u heeft|je hebt) (?:gewonnen|een .{0,20}gewonnen)/,
  // casino and crypto giveaways: free spins, bonuses without a deposit, a coin amount to claim
  /\bfree ?spins\b|\bno[- ]deposit (?:bonus|required)\b|\bfreispiele\b|\bohne einzahlung\b|\btours gratuits\b|\bsans dépôt\b|\bgratis ?spins\b|\bzonder storting\b|\bgiros (?:grátis|gratis)\b|\b(?:sin|sem) depósito\b|\brodadas (?:grátis|gratis)\b|\bwelkomstbonus\b|\bbonus de (?:boas-vindas|bienvenue)\b|\bbono de bienvenida\b/,
  /\bclaim \d[\d,.]{0,12} ?(?:usdt|btc|eth|bnb|sol|xrp|trx|tokens?|coins?)\b/,
  /\bbonus inside\b|\bwelcome bonus\b|\bwillkommensbonus\b|\b(?:your )?(?:reward|bonus|prize|money|winnings|payout|gift)s? (?:is |are )?(?:await(?:s|ing)|is waiting|waiting for you)\b/,
  // a balance to cash out ("withdraw your +14,633$"), a six-figure sum named in words, an unclaimed fund
  /\bwithdraw (?:your |the )?\+?(?:\$|€|£)?\d|\bon your balance\b|(?:\$|€|£|us\$|usd) ?\d{3}[.,]\d{3}(?:[.,]\d\d)? ?(?:dólares|dollars|usd|euros?)\b/,
  /\b(?:noble|confidential|mutually beneficial) (?:business )?(?:proposal|transaction|venture|partnership)\b|\bfundos? não reclamados?\b|\bfondos no reclamados\b|\bcheque de saque\b/,
  // the advance-fee opener: an urgent proposal to a stranger found "trustworthy", a charity to
  // run on the writer's behalf, a crude-oil deal (`URGENT BUSINESS PROPOSAL : I FOUND YOU
  // TRUSTWORTHY`, `a project which I want you to handle … Charitable work`)
  /\b(?:urgent|private) business proposal\b|\bfound you (?:trustworthy|reliable|worthy)\b|\b(?:charitable|humanitarian|charity) (?:work|project|mission)\b|\bcrude oil (?:business|deal|partnership)\b|\bdivine (?:direction|guidance) from god\b/,
  // the advance-fee letter's addressee and sum (`Attention: Beneficiary`, `your outstanding
  // principal amount`, `my client … whose estate you are included in`), a crypto payment to receive
  /\b(?:attention|dear|attn)[:;,]? ?beneficiary\b|\boutstanding (?:principal |contract |inheritance )?(?:amount|payment|funds|sum)\b|\bwhose estate\b|\b(?:receive|claim|withdraw) (?:a |your |the )?(?:bitcoin|btc|crypto|usdt) (?:payment|transfer|funds)\b/,
  // the crypto-transfer template injected into contact forms and hijacked newsletter accounts
  // (`You have a new incoming transaction 21337712216. … Withdrawal note : invoice 7ZUT…`)
  /\bnew incoming (?:transaction|transfer|payment)\b.{0,20}\d{6}|\bwithdrawal note\b/,
  // a sum credited to the reader, written with a plus sign (`Score released: 💶 +$354`, `Promo
  // Code#3925 +$1,000.`), and the Brazilian "money waiting in your CPF" (`valor disponível`)
  /(?<![\w+])\+ ?(?:us\$|\$|€|£) ?\d|(?<![\w.,+])\+\d{1,3}(?:[,.]\d{3}){0,4}(?:[.,]\d\d)? ?(?:\$|€|£|usd|usdt|eur)(?![a-z])|\bvalor(?:es)? disponíve(?:l|is)\b|\bresgat(?:ou|ar|e) (?:o|os|seu|seus) valor(?:es)?\b/,
];
/**
 * A piece of every match of {@link MONEY_LURE}, pattern by pattern (a word each one requires, or
 * the currency sign and digit, or the digit and unit, that it cannot match without): texts with
 * none of them are not searched with the whole expression. Literal alternatives only: linear.
 */
export const MONEY_LURE_GATE =
  /beneficiary|outstanding (?:principal|contract|inheritance|amount|payment|funds|sum)|whose estate|(?:bitcoin|btc|crypto|usdt) (?:payment|transfer|funds)|\+ ?(?:us)?\$|\+ ?€|\+ ?£|\+\d[\d,.]{0,21} ?(?:\$|€|£|usd|usdt|eur)|disponíve|you won|'ve won|have won|been (?:selected|chosen|awarded)|winner|claim |lottery|jackpot|sweepstake|next of kin|inheritance |compensation fund|unclaimed |atm card|consignment box|withdraw |on your balance|bonus|await|is waiting|waiting for|noble |confidential |mutually beneficial |cheque de saque|business proposal|found you |incoming |withdrawal note|charitable |humanitarian |charity |crude oil |divine |rodadas |bono de|(?:usd|\$|€|£) ?\d|\d million |\d ?(?:usd|us dollars|dollars|dólares|euro|pounds|mio)|\d ?m (?:usd|us dollars|dollars|euro)|free (?:gift|reward|iphone|bonus|usdt|crypto)|complimentary |airdrop|abandoned |dormant |(?:his|her|their|the|this) (?:fund|money |inheritance )|lucrative |(?:randomly|electronically) selected|selected (?:randomly|at random)|当選|賞金|未受け取り|未受取|給付金|還付金|高額報酬|配当金|万円|在宅|副業|バイト|parente mais próximo|milhões|pariente más cercano|millones de |plus proche parent|millions |ganhou|foi selecionad|foi sorteado|valores a receber|saldo |resgat|ponto|ganado|sido seleccionad|reclam|gewonnen|gewinnspiel|sie wurden ausgewählt|vous avez |spins|no[- ]deposit|freispiele|ohne einzahlung|tours gratuits|sans dépôt|zonder storting|giros |depósito/;

/** All of {@link MONEY_LURE} as one expression (also read by `reply-path/freemail-reply-to`), gated by {@link MONEY_LURE_GATE}. */
export const MONEY_LURE_ANY = gated(anyOf(MONEY_LURE), MONEY_LURE_GATE);

/**
 * Three thousand yen an hour or more (`時給は5000円`, `時給1万円`), on the folded text (NFKC: ASCII
 * digits). The amount is the first number after the word (`時給1,200円～` is not read on to a later sum).
 */
const HOURLY = /時給\D{0,8}?(?:(?:[3-9],?\d{3}|[1-9]\d,?\d{3})円|[1-9]\d?万|[一二三四五六七八九十]万)/;
/** Thirty thousand yen a day or more (`日給3万円`, `報酬：毎日八万円`), named as pay. */
const DAILY =
  /(?:日給|日収|日当|(?:報酬|給与|収入).{0,6}?(?:1日|一日|毎日))\D{0,8}?(?:(?:[3-9]|[1-9]\d)(?:\.\d)?万円|[三四五六七八九十]{1,3}万円|(?:[3-9]\d|[1-9]\d\d),?\d{3}円)/;
/** A million yen a month or more (`月収100万円`). */
const MONTHLY = /(?:月収|月給)\D{0,8}?[1-9]\d{2,}万/;
/** Work anyone can do from anywhere: the other half of a 闇バイト offer. */
const EASY_WORK = /在宅|自宅|スマホ(?:のみ|だけ|1台|一台)|未経験|経験不要|資格不要|経験・資格.{0,4}(?:不要|なし|ございません)|誰でも|簡単|好きな時間|空いた時間|即日|即金|履歴書不要|面接なし|来社不要/;

/** Unrealistic pay promised for easy work (`最低保証時給は5000円` … `在宅ワーク`), or null. */
const JOB_PAY = gated(anyOf([HOURLY, DAILY, MONTHLY]), /時給|日給|日収|日当|報酬|給与|収入|月収|月給/);

function jobPayLure(ctx: CheckContext): Hit<P> | null {
  const found = findPhrase(ctx, JOB_PAY);
  if (!found) return null;
  const { subject, body } = ctx.readingText;
  if (!EASY_WORK.test(subject) && !EASY_WORK.test(body)) return null;
  return hit<P>({ where: found.where, phrase: found.phrase, lure: 'job-pay' }, found.evidence, { weight: 20 });
}

export const moneyLure = defineCheck({
  id: 'social-engineering/money-lure',
  category: 'social-engineering',
  severity: 'warn',
  weight: 10,
  needs: ['headers'],
  run(ctx) {
    const from = ctx.author;
    if (from && ctx.isAllowedSender(from.address || from.name)) return [];
    const job = jobPayLure(ctx);
    return job ? [job] : phraseFinding(ctx, MONEY_LURE_ANY);
  },
});
