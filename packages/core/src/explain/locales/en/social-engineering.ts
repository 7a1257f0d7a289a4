import type { CatalogPart } from '../../catalog.js';
import type { SocialEngineeringParams } from '../../../model/params/social-engineering.js';

const WHERE: Readonly<Record<string, string>> = { subject: 'subject', body: 'text' };

export const socialEngineeringEn = {
  'social-engineering/account-threat': {
    title: 'The mail pressures you about your account',
    detail: ({ where, phrase }) => `The ${WHERE[where] ?? where} says “${phrase}”.`,
    advice: 'Threats of suspension and requests to “verify” are how fake sign-in pages get visitors. Open the service yourself (bookmark or app) instead of the link in the mail.',
  },
  'social-engineering/money-lure': {
    title: 'The mail promises money or a prize',
    detail: ({ where, phrase, lure }) =>
      lure === 'job-pay'
        ? `The ${WHERE[where] ?? where} says “${phrase}”: unrealistic pay for work anyone can do from home, the typical wording of Japan's criminal “part-time job” recruiting (yami baito), which hires people to carry out robberies and fraud.`
        : `The ${WHERE[where] ?? where} says “${phrase}”.`,
    advice: 'Prizes, payouts and balances waiting for you are the bait of fraud: nothing is paid out by clicking a link or paying a fee. Do not apply to easy jobs that promise high pay.',
  },
  'social-engineering/off-channel-contact': {
    title: 'The mail moves you to a chat app',
    detail: ({ phrase }) => `The text asks you to continue on a messenger: “${phrase}”.`,
    advice: 'Job, romance and investment scams move people to LINE, Telegram or WhatsApp, where no filter follows. Do not add unknown IDs.',
  },
  'social-engineering/crypto-wallet-lure': {
    title: 'The mail asks you to act on a crypto wallet',
    detail: ({ where, phrase }) => `The ${WHERE[where] ?? where} says “${phrase}”.`,
    advice: 'Fake airdrops, coin launches and “wallet checks” ask you to connect your wallet, sign a transaction or type in the recovery phrase; whatever you sign or type is taken, and nobody can reverse it. Never enter a recovery phrase on a web page.',
  },
  'social-engineering/dating-lure': {
    title: 'The mail offers dates or sex with strangers',
    detail: ({ where, phrase }) => `The ${WHERE[where] ?? where} says “${phrase}”.`,
    advice: 'Unsolicited offers of dates and contacts lead to romance scams, blackmail and paid sites full of fake profiles. Do not reply and do not follow the links.',
  },
  'social-engineering/template-placeholder': {
    title: 'A template was sent with its blanks unfilled',
    detail: ({ where, phrase }) => `The ${WHERE[where] ?? where} shows a mass-mailing template's blank where a name belongs: “${phrase}”.`,
    advice: 'The mail pretends to be a person writing to you, but the sending tool did not even fill in the names: it went to a list of addresses. Treat its requests as a stranger’s.',
  },
  'social-engineering/fake-reply': {
    title: 'It pretends to be a reply',
    detail: ({ prefix }) =>
      `The subject starts with "${prefix}" as if it answered a mail of yours, but it has none of the headers a real reply carries (In-Reply-To, References).`,
    advice: 'Scammers add "Re:" so that a first contact looks like a conversation you started. Check whether you ever wrote to this sender.',
  },
  'social-engineering/high-priority': {
    title: 'The sender marked it as urgent',
    detail: ({ header, value }) => `The sender set “${header}: ${value}”, so your mail program shows the mail as high priority before you have read a word of it.`,
    advice: 'Urgency is how scams keep you from checking. Services and shops rarely mark their notices urgent; take your time.',
  },
} satisfies CatalogPart<SocialEngineeringParams>;
