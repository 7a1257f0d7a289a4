/** Params of the `sender-authentication` checks. */
export interface SenderAuthenticationParams {
  /** `failed`: the failing result (`dmarc=fail`, `compauth=fail`, `spf=fail`), or `none` when nothing failed but nothing authenticated the domain either. */
  'sender-authentication/brand-domain-spoofed': { brand: string; brandJa: string; domain: string; failed: string; authservId: string };
  'sender-authentication/dmarc-fail': { domain: string; policy: string; authservId: string };
  /** `firstHop`: the authserv-id of the first ARC set (`-` when it names none). */
  'sender-authentication/earlier-dmarc-fail': { domain: string; firstHop: string; authservId: string };
  'sender-authentication/spf-fail': { domain: string; result: string; authservId: string };
  'sender-authentication/dkim-fail': { domains: string; authservId: string };
  /** `domains`: the signing domains (`d=`), comma-separated, or `-`. */
  'sender-authentication/dkim-sha1': { domains: string };
  'sender-authentication/dkim-unaligned': { fromDomain: string; signers: string };
  'sender-authentication/compauth-fail': { result: string; reason: string; kind: 'explicit' | 'implicit' | 'intra-org' | 'admin' | 'other' };
  /** An upstream spam filter's verdict header says yes. */
  'sender-authentication/spam-filter-verdict': { header: 'x-spam-flag' | 'x-spam-status' | 'x-spam' };
  'sender-authentication/fake-trust-banner': { claim: string };
  'sender-authentication/microsoft-verdict': { code: string; kind: 'phish' | 'spoof' | 'impersonation' | 'spam' | 'malware' | 'first-contact' | 'lookalike' };
}
