import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'social-engineering/money-lure';
const H = ['From: "Desk" <desk@promo.example.net>', 'To: taro@kousya.example'];

describe(ID, () => {
  it.each([
    ['you have won', 'Subject: Hi', 'You have won!', true],
    ["you've been selected", 'Subject: Hi', "You've been selected for a reward.", true],
    ['claim your reward', 'Subject: Claim your reward today', 'Hello.', true],
    ['a multi-million sum', 'Subject: Hi', 'The sum of $10,500,000.00 is waiting.', true],
    ['millions in words', 'Subject: Hi', 'a fund of 4.5 million US dollars', true],
    ['withdraw your balance', 'Subject: Hi', 'Withdraw your balance today: +14,633$', true],
    ['withdraw an amount', 'Subject: The main thing is to have time to withdraw your +14,633$', 'Hello.', true],
    ['rich on your balance', 'Subject: Hi', 'You are now rich: +27165$ on your balance!', true],
    ['a six-figure sum named in words', 'Subject: Hi', 'a check of $550.000 dollars for you and your family', true],
    ['the advance-fee addressee', 'Subject: RE: YOUR URGENT PAYMENT NOTIFICATION', 'Attention: Beneficiary, you have not received your outstanding principal amount.', true],
    ['an estate the reader is included in', 'Subject: Hi', 'On behalf of my client, whose estate you are included in.', true],
    ['a bitcoin payment to receive', 'Subject: If you urgently need to receive a Bitcoin payment, act now', 'Hello.', true],
    ['a beneficiary in a bank form is no lure', 'Subject: Transfer', 'Enter the beneficiary name and IBAN; the outstanding balance is shown below.', false],
    ['a sum credited with a plus sign', 'Subject: Score released: 💶 +$354 date 2023.12.21', 'Hello.', true],
    ['an amount written +1,000$', 'Subject: Promo Code#3925 +1,000$', 'Hello.', true],
    ['pt: money waiting in your CPF', 'Subject: Aviso', 'Notamos que ainda não resgatou o valor disponível em seu CPF.', true],
    ['a grade or a change in percent is no sum credited', 'Subject: Results', 'You got an A+ $20 voucher? No: prices rose +3% to $40.', false],
    ['a six-figure price is not a lure', 'Subject: Listing', 'The house sold for $450,000 last week.', false],
    ['casino: your reward awaits', 'Subject: Your Reward Awaits at the casino!', 'Hello.', true],
    ['casino: bonus inside', 'Subject: VIP Bonus Inside ---- Open Now!', 'Hello.', true],
    ['casino: welcome bonus', 'Subject: Hi', 'Your welcome bonus: 200 spins.', true],
    ['advance fee: a noble proposal', 'Subject: Project', 'I have a noble proposal for you, reply for details.', true],
    ['pt: unclaimed funds', 'Subject: Ola', 'o relatório referente aos seus fundos não reclamados', true],
    ['a business proposal in ordinary words', 'Subject: Proposal', 'Attached is our business proposal for the office renovation.', false],
    ['advance fee: an urgent proposal to a trusted stranger', 'Subject: REF', 'URGENT BUSINESS PROPOSAL : I FOUND YOU TRUSTWORTHY OF THIS TRANSACTION', true],
    ['advance fee: charity work to handle', 'Subject: God bless you', 'I have a project which I want you to handle in your country. Charitable work as I have instructed.', true],
    ['advance fee: a crude-oil partnership', 'Subject: Crude Oil Business Partnership', 'Hello there.', true],
    ['a charity report is no lure', 'Subject: Annual report', 'Our charity raised funds for the school roof this year.', false],
    ['the crypto-transfer template', 'Subject: Einmal bestätigen bitte', 'Hello. You have a new incoming transaction 21337712216. Withdrawal note : invoice 7ZUT11291AP4M2143.', true],
    ['a bank notice of an incoming payment is no lure', 'Subject: Payment received', 'You have a new incoming payment of EUR 120.00 from Example GmbH.', false],
    ['nl: a casino welcome bonus', 'Subject: Claim nu jouw Casino Welkomstbonus!', 'Registreer nu.', true],
    ['pt: free roulette spins', 'Subject: Desbloqueie suas rodadas grátis agora', 'Olá.', true],
    ['es: a welcome bonus', 'Subject: Hola', 'Tu bono de bienvenida te espera.', true],
    ['ja: 当選', 'Subject: お知らせ', '抽選の結果、当選しました。', true],
    ['pt: você ganhou', 'Subject: Oi', 'Parabéns, você ganhou um prêmio!', true],
    ['ja: a dividend to collect', 'Subject: お知らせ', '配当金の入金が確認されました。ログインしてください。', true],
    ['ja: job-scam pay', 'Subject: 募集', '報酬：毎日八万円から十万円、在宅ワークです。', true],
    ['de: free spins without a deposit', 'Subject: 150 Freispiele nur für dich!', 'Hallo.', true],
    ['de: you were selected', 'Subject: Hallo', 'Glückwunsch! Sie wurden ausgewählt und stehen im Finale.', true],
    ['fr: vous avez obtenu', 'Subject: Bonjour', 'Nous sommes heureux de vous annoncer que vous avez obtenu 1 250 EUR.', true],
    ['nl: gratis spins zonder storting', 'Subject: Proficiat!', '200 gratis spins zonder storting nodig!', true],
    ['en: no deposit bonus', 'Subject: Hi', 'Join now: no deposit bonus for new players.', true],
    ['crypto: claim a coin amount', 'Subject: #user: Claim 500 BNB Now', 'Hello.', true],
    ['a claim number is not a coin claim', 'Subject: Hi', 'Please claim 2 tickets at the desk.', false],
    ['de: a deposit in an ordinary letter', 'Subject: Miete', 'Die Kaution wird mit der Einzahlung fällig.', false],
    ['advance fee: an abandoned estate', 'Subject: Business', 'I have discovered an abandoned overdue claim/estate.', true],
    ['advance fee: move the funds out', 'Subject: Proposal', 'A client needs help in transferring his funds out for investment.', true],
    ['advance fee: a lucrative venture', 'Subject: Please confirm', 'for a lucrative business venture I would like to transact with you', true],
    ['dotted thousands with a currency', 'Subject: Boas notícias', 'um prêmio no valor de $ 1.700.000 dólares americanos', true],
    ['millions in short form', 'Subject: Hi', 'a business deal in the sum of 10.2M USD dollars', true],
    ['pt: the next of kin', 'Subject: Oi', 'fornecer o parente mais próximo ao meu cliente', true],
    ['pt: millions', 'Subject: Oi', 'um depósito avaliado em US$ 7,2 milhões', true],
    ['a big count without a currency', 'Subject: Stats', 'We served 1.000.000 requests and 2,500,000 page views.', false],
    ['a transfer of files', 'Subject: Hi', 'We are moving the files to the new server.', false],
    ["you won't", 'Subject: Hi', "You won't believe this bug.", false],
    ['class inheritance', 'Subject: Hi', 'Use inheritance rather than composition here.', false],
    ['an ordinary price', 'Subject: Hi', 'The licence costs $1,200 a year.', false],
  ] as const)('%s', (_t, subject, body, hit) => {
    const v = analyzeText(eml([...H, subject], `${body}\r\n`));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });
  fixtureTests(ID, {}, it);

  it.each([
    // HTML mail writes accents as named references: read as the browser shows them
    ['pt, entities', '<p>Um dep&oacute;sito avaliado em US$ 7,2 milh&otilde;es aguarda voc&ecirc;.</p>', true],
    ['de, entities', '<p>Gl&uuml;ckwunsch! Sie wurden ausgew&auml;hlt.</p>', true],
    ['pt, entities, ordinary news', '<p>A prefeitura anunciou a reforma da pra&ccedil;a em mar&ccedil;o.</p>', false],
  ] as const)('html: %s', (_t, html, hit) => {
    const v = analyzeText(eml([...H, 'Subject: Oi', 'Content-Type: text/html; charset=us-ascii'], `${html}\r\n`));
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(hit);
  });

  describe('unrealistic pay for easy work (闇バイト recruiting) weighs 20', () => {
    const lure = (subject: string, body: string) =>
      analyzeText(eml([...H, subject], `${body}\r\n`)).findings.find((f) => f.checkId === ID);
    it.each([
      ['hourly pay with home work', 'Subject: 募集', '最低保証時給は5000円～、在宅ワークです。'],
      ['full-width digits and a comma', 'Subject: 募集', '時給：５，０００円　スマホのみでOK'],
      ['daily pay in kanji numerals', 'Subject: 募集', '報酬：毎日八万円から十万円。経験・資格は不要です。'],
      ['daily pay in figures', 'Subject: 募集', '日給3万円以上、未経験OK'],
      ['monthly pay of a million', 'Subject: 副業', '月収100万円も可能、誰でもできます'],
      ['the pay in the subject', 'Subject: 時給1万円の在宅ワーク', 'ご応募お待ちしています。'],
    ] as const)('%s', (_t, subject, body) => {
      const f = lure(subject, body);
      expect(f?.weight).toBe(20);
      expect(f?.params).toMatchObject({ lure: 'job-pay' });
    });
    it.each([
      // legitimate twins: ordinary pay for home work, high pay for skilled work
      ['ordinary hourly pay, home work', 'Subject: 募集', '時給1,200円、在宅勤務も可能です。', 10],
      ['a later sum is not the hourly pay', 'Subject: 募集', '時給1,200円～1万円、在宅勤務可。', 10],
      ['a doctor’s shift', 'Subject: 非常勤医師', '外来診療、日給10万円。内科専門医の先生。', 10],
      ['a doctor’s hourly pay, no lure words', 'Subject: 非常勤医師', '外来診療 時給10,000円、専門医資格が必要です。', undefined],
      ['a daily visitor count', 'Subject: お知らせ', '毎日3万円分のポイントを抽選でお届け、簡単エントリー。', undefined],
    ] as const)('twin: %s', (_t, subject, body, weight) => {
      const f = lure(subject, body);
      expect(f?.weight).toBe(weight);
      expect(f?.params).not.toMatchObject({ lure: 'job-pay' });
    });
  });
});
