/** Params of the `reply-path` checks. */
export interface ReplyPathParams {
  'reply-path/reply-to-other-organization': { replyTo: string; fromDomain: string; replyDomain: string };
  'reply-path/freemail-reply-to': { replyTo: string; fromDomain: string; fromAddress: string; kind: 'company' | 'other-mailbox'; moneyPhrase?: string };
  'reply-path/freemail-money-offer': { fromAddress: string; fromDomain: string; moneyPhrase: string };
  'reply-path/freemail-address-in-text': { address: string; fromAddress: string };
  'reply-path/return-path-other-organization': { returnPath: string; fromDomain: string };
}
