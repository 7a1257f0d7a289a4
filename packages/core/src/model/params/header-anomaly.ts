/** Params of the `header-anomaly` checks. */
export interface HeaderAnomalyParams {
  'header-anomaly/multiple-from': { count: number; addresses: string; shown: string; distinct: number };
  'header-anomaly/missing-from': {
    /** The display name shown without any address (`Sara Hoppitt`, `"Sally Burton" <>`); absent when there is no name either. */
    name?: string;
  };
  'header-anomaly/encoded-word-trick': { name: string; decoded: string; trick: 'address-in-encoded-name' | 'encoded-address' | 'control-in-name' };
  'header-anomaly/obsolete-address-syntax': { value: string; trick: 'route' | 'address-in-comment' | 'quoted-at' | 'nested-address' | 'comment-only' | 'no-address' };
  'header-anomaly/invisible-characters': { where: 'display-name' | 'subject' | 'link-text'; text: string; codePoints: string; bidi: boolean };
  'header-anomaly/malformed-header': {
    /** What is broken; `hidden-from` is a From or Sender field inside a broken line. */
    kind: 'hidden-from' | 'malformed-line' | 'space-before-colon' | 'bare-cr' | 'nul' | 'empty-name' | 'dkim-tag';
    line: string;
  };
  /** `value`: the (first) List-Id as written, white space collapsed, at most 200 characters. */
  'header-anomaly/malformed-list-id': { value: string };
  'header-anomaly/duplicate-header': { name: string; count: number };
  'header-anomaly/forged-authentication-results': { authservId: string; claims: string; trustedId: string };
  'header-anomaly/sender-mismatch': { sender: string; from: string; scrambled?: boolean };
  'header-anomaly/confusable-characters': { where: 'display-name' | 'subject' | 'text'; text: string; looksLike: string; scripts: string };
  'header-anomaly/invalid-sender-domain': { domain: string; reason: 'single-label' | 'unknown-tld' | 'bad-characters' | 'ip-literal' };
  'header-anomaly/styled-letters': { where: 'subject' | 'display-name'; text: string; plain: string };
  'header-anomaly/random-token': { where: 'subject' | 'display-name' | 'address' | 'attachment'; token: string; serial?: boolean; padded?: boolean };
  'header-anomaly/joined-words': { subject: string; reading: string };
  'header-anomaly/platform-default-sender': { domain: string; service: string; what: 'project' | 'tenant' | 'help-desk' };
  'header-anomaly/limit-exceeded': { limit: string; value: number; max: number };
}
