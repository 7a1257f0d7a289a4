/** Params of the `social-engineering` checks: what the text of the mail says to push the reader. */
export interface SocialEngineeringParams {
  /** The mail threatens the reader's account or demands that they verify, confirm or update it. */
  'social-engineering/account-threat': {
    /** `subject` or `body`. */
    readonly where: 'subject' | 'body';
    /** The phrase found, as written in the mail. */
    readonly phrase: string;
  };
  /** The mail asks the reader to continue on a messenger (LINE ID, WhatsApp/Telegram number or handle). */
  'social-engineering/off-channel-contact': {
    /** The request as written. */
    readonly phrase: string;
  };
  /** The subject says it is a reply ("Re:") but the mail has no reply headers (In-Reply-To, References). */
  'social-engineering/fake-reply': {
    /** The prefix as written (`RE:`, `AW:`, `回复:`). */
    readonly prefix: string;
  };
  /** The mail asks for a crypto-wallet action that loses funds (`connect your wallet`, `recovery phrase`, `$MEME tokens`). */
  'social-engineering/crypto-wallet-lure': {
    readonly where: 'subject' | 'body';
    readonly phrase: string;
  };
  /** The mail offers dates or sex with strangers (`hot singles near you`, `Oekraïense meisjes`). */
  'social-engineering/dating-lure': {
    readonly where: 'subject' | 'body';
    readonly phrase: string;
  };
  /** A mass-mailing template's blank stands where the reader's name should be (`Dear [Trust User ]`, `%VORNAME%`). */
  'social-engineering/template-placeholder': {
    readonly where: 'subject' | 'body';
    readonly phrase: string;
  };
  /** The sender marked the mail as urgent (`X-Priority: 1`, `Importance: high`…). */
  'social-engineering/high-priority': {
    /** The header as usually written (`X-Priority`, `Importance`, `X-MSMail-Priority`, `Priority`). */
    readonly header: string;
    /** Its value as written (at most 60 characters). */
    readonly value: string;
  };
  /** The mail promises money, a prize, a reward or a payout. */
  'social-engineering/money-lure': {
    readonly where: 'subject' | 'body';
    readonly phrase: string;
    /** `job-pay`: unrealistic pay for easy work from home (闇バイト recruiting), weighed 20 instead of 10. */
    readonly lure?: 'job-pay';
  };
}
